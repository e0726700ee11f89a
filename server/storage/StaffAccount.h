#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hallq::storage {

struct StaffAccount
{
    QString staffId;       // login name, e.g. "1001"
    QString name;
    QString departmentId;
    QStringList roles;     // counter, guide, supervisor, admin
    QString passwordHash;  // libsodium crypto_pwhash_str (Argon2id) string
    bool active = true;
    QDateTime createdAt;
};

} // namespace hallq::storage
