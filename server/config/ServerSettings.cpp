#include "config/ServerSettings.h"

#include "config/ConfigLog.h"
#include "config/JsonFields.h"
#include "config/JsonFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hallq::config {
namespace {

// QtNetwork is not a dependency of this library, so addresses are checked by
// shape: an IPv4 dotted quad, an IPv6 literal, or localhost.
bool isListenAddress(const QString &address)
{
    static const QRegularExpression ipv4(
        u"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"_s);
    static const QRegularExpression ipv6(u"^[0-9A-Fa-f:.]+$"_s);
    if (address == "localhost"_L1 || ipv4.match(address).hasMatch())
        return true;
    return address.contains(u':') && ipv6.match(address).hasMatch() && address.count("::"_L1) <= 1;
}

class SettingsReader
{
public:
    SettingsReader(const QString &file, const QString &baseDir, ConfigErrors &errors)
        : m_file(file), m_baseDir(baseDir), m_errors(errors)
    {
    }

    ServerSettings read(const QJsonObject &root)
    {
        ServerSettings s; // defaults
        JsonFields fields(root, QString(), m_file, m_errors);
        s.listenAddress = fields.string("listenAddress"_L1, s.listenAddress);
        if (!isListenAddress(s.listenAddress))
            fields.error(u"listenAddress", u"\"%1\" is not an IP address or localhost"_s.arg(s.listenAddress));
        s.port = fields.integer("port"_L1, 1, 65535, s.port);
        s.dataDir = fields.string("dataDir"_L1, s.dataDir);
        if (s.dataDir.trimmed().isEmpty())
            fields.error(u"dataDir", u"must not be empty"_s);
        s.hallConfigPath = resolved(fields.string("hallConfigPath"_L1, s.hallConfigPath));
        s.identityKeyFile = resolved(fields.string("identityKeyFile"_L1, s.identityKeyFile));
        s.publicBaseUrl = fields.string("publicBaseUrl"_L1, s.publicBaseUrl);
        checkUrl(fields, s.publicBaseUrl);
        s.retentionDays = fields.integer("retentionDays"_L1, 1, 3650, s.retentionDays);
        s.authFailureDelayMs = fields.integer("authFailureDelayMs"_L1, 0, 60000, s.authFailureDelayMs);
        if (const auto tls = fields.object("tls"_L1, false)) {
            JsonFields tlsFields(*tls, fields.pathOf(u"tls"), m_file, m_errors);
            s.tls = TlsSettings{existingFile(tlsFields, "certificateFile"_L1), existingFile(tlsFields, "keyFile"_L1)};
            tlsFields.finish();
        }
        if (const auto limits = fields.object("limits"_L1, false)) {
            JsonFields limitFields(*limits, fields.pathOf(u"limits"), m_file, m_errors);
            readLimits(limitFields, s.limits);
            limitFields.finish();
        }
        fields.finish();
        return s;
    }

private:
    QString resolved(const QString &path) const
    {
        return path.isEmpty() ? path : QDir::cleanPath(QDir(m_baseDir).absoluteFilePath(path));
    }

    QString existingFile(JsonFields &fields, QLatin1StringView key)
    {
        const QString path = resolved(fields.string(key).value_or(QString()));
        if (!path.isEmpty() && !QFileInfo(path).isFile())
            fields.error(key, u"%1 does not exist"_s.arg(path));
        return path;
    }

    static void checkUrl(JsonFields &fields, const QString &text)
    {
        if (text.isEmpty())
            return;
        const QUrl url(text, QUrl::StrictMode);
        const bool web = url.scheme() == "http"_L1 || url.scheme() == "https"_L1;
        if (!url.isValid() || !web || url.host().isEmpty())
            fields.error(u"publicBaseUrl", u"\"%1\" is not an http:// or https:// address"_s.arg(text));
    }

    static void readLimits(JsonFields &fields, ConnectionLimits &limits)
    {
        limits.maxFrameBytes = fields.integer("maxFrameBytes"_L1, 1024, 16 * 1024 * 1024, limits.maxFrameBytes);
        limits.messagesPerSecond = fields.integer("messagesPerSecond"_L1, 1, 10000, limits.messagesPerSecond);
        limits.burst = fields.integer("burst"_L1, 1, 100000, limits.burst);
        limits.maxConnections = fields.integer("maxConnections"_L1, 1, 100000, limits.maxConnections);
        limits.maxStringLength = fields.integer("maxStringLength"_L1, 16, 65536, limits.maxStringLength);
        if (limits.maxStringLength >= limits.maxFrameBytes) {
            fields.error(u"maxStringLength", u"%1 must be less than maxFrameBytes (%2)"_s.arg(limits.maxStringLength)
                                                 .arg(limits.maxFrameBytes));
        }
    }

    QString m_file;
    QString m_baseDir;
    ConfigErrors &m_errors;
};

} // namespace

QString ServerSettings::identityKeyPath() const
{
    return identityKeyFile.isEmpty() ? QDir(dataDir).filePath(u"identity.key"_s) : identityKeyFile;
}

QString ServerSettings::databasePath() const
{
    return databasePathIn(dataDir);
}

QString ServerSettings::databasePathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"hallq.sqlite"_s);
}

ServerSettings::Result ServerSettings::load(const QString &path)
{
    return JsonFile::loadWith<Result>(path, &ServerSettings::loadFromJson);
}

ServerSettings::Result ServerSettings::loadFromJson(const QByteArray &json, const QString &fileLabel,
                                                    const QString &baseDir)
{
    ConfigErrors errors;
    const std::optional<QJsonObject> root = JsonFile::parse(json, fileLabel, errors);
    if (!root)
        return errors;
    SettingsReader reader(fileLabel, JsonFile::baseDirFor(fileLabel, baseDir), errors);
    const ServerSettings settings = reader.read(*root);
    if (!errors.isEmpty())
        return errors;
    qCInfo(lcConfig) << "server settings loaded from" << fileLabel;
    return settings;
}

} // namespace hallq::config
