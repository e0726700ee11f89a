// TLS is optional: with a certificate and key in the settings, the same port
// speaks wss:// and https://.
#include "HallFixture.h"

#include "support/RawClient.h"

#include <QJsonDocument>
#include <QProcess>

using namespace hallq;
using namespace hallq::test;

TEST_CASE("with a certificate the server speaks wss and https", "[integration][tls]")
{
    HallFixture hall(false);
    const QString dir = hall.server.dataDir();
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
                   dir + QStringLiteral("/cert.pem")});
    REQUIRE(openssl.waitForFinished(30000));
    REQUIRE(openssl.exitCode() == 0);
    QFile settings(dir + QStringLiteral("/tls-server.json"));
    REQUIRE(settings.open(QIODevice::WriteOnly));
    settings.write(QJsonDocument(QJsonObject{{QStringLiteral("tls"),
                                              QJsonObject{{QStringLiteral("certificateFile"), dir + QStringLiteral("/cert.pem")},
                                                          {QStringLiteral("keyFile"), dir + QStringLiteral("/key.pem")}}}})
                       .toJson());
    settings.close();
    hall.server.setExtraArguments({QStringLiteral("--config"), settings.fileName()});
    hall.start();
    CHECK(hall.server.output().contains(QStringLiteral("wss://127.0.0.1")));

    QUrl url = hall.server.wsUrl();
    url.setScheme(QStringLiteral("wss"));
    RawClient raw;
    REQUIRE(raw.open(url));
    CHECK(raw.helloAndLogin(QStringLiteral("c1"), HallFixture::kPassword));

    // Plain ws:// on a TLS port gets nowhere.
    RawClient plain;
    CHECK_FALSE(plain.open(hall.server.wsUrl(), 3000));

    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("-sk"), QStringLiteral("https://127.0.0.1:%1/health").arg(hall.server.port())});
    REQUIRE(curl.waitForFinished(10000));
    CHECK(QJsonDocument::fromJson(curl.readAllStandardOutput()).object().value(QStringLiteral("status")).toString()
          == QStringLiteral("ok"));
}
