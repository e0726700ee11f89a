#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hallq::appointments {

// An outside system's key to the HTTP API. The key itself is shown once when
// issued; only its SHA-256 hash is stored.
struct ApiKey
{
    QString keyId;      // e.g. "provincial-app"
    QString name;       // who uses it
    QString tokenHash;
    QStringList scopes; // "appointments" is the only scope so far
    bool revoked = false;
    QDateTime createdAt;

    bool allows(const QString &scope) const { return !revoked && scopes.contains(scope); }
};

inline const QString kAppointmentsScope = QStringLiteral("appointments");

} // namespace hallq::appointments
