#include "net/Credentials.h"

#include <QCryptographicHash>
#include <QByteArray>
#include <sodium.h>
#include <stdexcept>

namespace hallq::net {
namespace {

void ensureSodium()
{
    // sodium_init is idempotent and thread-safe; it fails only without an entropy source.
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

// Interactive limits: ~70 ms and 64 MiB per hash on this class of machine,
// which also slows down password guessing on its own.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

QString Credentials::hashPassword(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), kOpsLimit, kMemLimit) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool Credentials::verifyPassword(const QString &password, const QString &storedHash)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QString Credentials::randomToken(int bytes)
{
    ensureSodium();
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Credentials::randomPassword()
{
    ensureSodium();
    static constexpr char kAlphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr uint32_t kSize = sizeof(kAlphabet) - 1;
    QString out;
    for (int i = 0; i < 12; ++i)
        out.append(QLatin1Char(kAlphabet[randombytes_uniform(kSize)]));
    return out;
}

QString Credentials::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace hallq::net
