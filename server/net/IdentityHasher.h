#pragma once

#include <QByteArray>
#include <QString>

namespace hallq::net {

// Turns an ID number into the only forms HallQ keeps: a keyed hash (HMAC-SHA256
// with the server's secret key, so the hash cannot be reversed by hashing all
// possible numbers) for per-person limits, and the masked form for display.
class IdentityHasher
{
public:
    explicit IdentityHasher(QByteArray key);
    QString hash(QStringView idNumber) const;

    // Reads the key file, creating it (32 random bytes, mode 0600) when missing.
    // Throws std::runtime_error when the file cannot be read or written.
    static QByteArray loadOrCreateKey(const QString &path);

private:
    QByteArray m_key;
};

} // namespace hallq::net
