#pragma once

#include <QString>

namespace hallq::net {

// Secrets handling in one place: staff passwords (Argon2id via libsodium) and
// device tokens (random, stored only as a SHA-256 hash).
class Credentials
{
public:
    // Argon2id string (algorithm, parameters, salt and hash) for the staff table.
    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &password, const QString &storedHash);
    // A fresh random secret: URL-safe base64 of `bytes` random bytes.
    static QString randomToken(int bytes = 24);
    // A password people can type: 12 characters without look-alikes.
    static QString randomPassword();
    static QString hashToken(const QString &token);
};

} // namespace hallq::net
