#include "net/IdentityHasher.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QMessageAuthenticationCode>
#include <sodium.h>
#include <stdexcept>

namespace hallq::net {

IdentityHasher::IdentityHasher(QByteArray key) : m_key(std::move(key)) {}

QString IdentityHasher::hash(QStringView idNumber) const
{
    // Normalise the check digit so "x" and "X" are the same person.
    const QByteArray normalised = idNumber.toString().trimmed().toUpper().toLatin1();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(normalised, m_key, QCryptographicHash::Sha256).toHex());
}

QByteArray IdentityHasher::loadOrCreateKey(const QString &path)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error(QStringLiteral("cannot read identity key %1: %2")
                                         .arg(path, file.errorString()).toStdString());
        const QByteArray key = file.readAll();
        if (key.size() < 16)
            throw std::runtime_error(QStringLiteral("identity key %1 is too short (need at least 16 bytes)")
                                         .arg(path).toStdString());
        return key;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(key) != key.size() || !file.flush())
        throw std::runtime_error(QStringLiteral("cannot create identity key %1: %2")
                                     .arg(path, file.errorString()).toStdString());
    return key;
}

} // namespace hallq::net
