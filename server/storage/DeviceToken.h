#pragma once

#include <QDateTime>
#include <QString>

namespace hallq::storage {

// A kiosk's or display's credential. Only a hash of the token is stored.
struct DeviceToken
{
    QString deviceId;   // e.g. "kiosk-1"
    QString kind;       // kiosk, display
    QString name;
    QString tokenHash;  // hex SHA-256 of the token
    bool revoked = false;
    QDateTime createdAt;
};

} // namespace hallq::storage
