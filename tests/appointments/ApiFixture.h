#pragma once

// A real hallq-server with appointments switched on, reached over HTTP and
// WebSockets. Time in the server is real, so the hall is built around the
// moment the test runs: its time zone makes the local time about 10:00, its
// calendar makes every day of the next weeks a working day except one test
// holiday (today + 3), and slots are 10 minutes long from 06:00 to 20:00.

#include "support/ServerProcess.h"
#include "support/SessionDriver.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimeZone>
#include <memory>

namespace hallq::test {

struct HttpResponse
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString errorCode() const { return json.value(u"error").toObject().value(u"code").toString(); }
    QHash<QByteArray, QByteArray> headers;
};

// A bare HTTP client (own connection per instance).
class HttpClient
{
public:
    explicit HttpClient(QUrl base) : m_base(std::move(base)) {}
    // Sends without waiting; collect() waits for the answer.
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body, const QString &key);
    static HttpResponse collect(QNetworkReply *reply, int timeoutMs = 10000);
    HttpResponse request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                         const QString &key = {})
    {
        return collect(send(method, path, body, key));
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
};

struct ApiFixture
{
    ServerProcess server;
    QTimeZone zone;
    QDate today;     // local
    QDate holiday;   // today + 3, a day off with no sessions unless a test adds one
    QString apiKey;  // scoped to appointments, from `hallq-admin apikey issue`
    QString kioskToken;
    QJsonObject policy; // the hall's `appointments` section
    static inline const QString kPassword = QStringLiteral("correct horse 7");

    ApiFixture();
    // The database exists (migrated by `hallq-admin apikey issue`) from the start.
    // Writes the hall (with `policy`) and starts the server.
    void start();
    void restart();
    void crashAndRestart(); // SIGKILL: nothing flushed

    // hallq-admin with these arguments against this data directory; its output.
    struct AdminRun
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    AdminRun admin(const QStringList &args, const QByteArray &input = {}) const;
    QString issueKey(const QString &id);

    // Local wall-clock time `hhmm` on today + `days`, as an instant.
    QDateTime at(int days, const QString &hhmm) const;
    // Start of the first slot starting at least `minutes` from now.
    QDateTime slotAfter(int minutes) const;
    // The slot running now.
    QDateTime currentSlot() const;
    QString isoLocal(const QDateTime &t) const { return t.toTimeZone(zone).toString(Qt::ISODate); }

    QByteArray bookBody(const QDateTime &slot, const QString &idNumber, const QString &service = QStringLiteral("accept"),
                        const QString &name = QStringLiteral("张三")) const;
    HttpResponse book(const QDateTime &slot, const QString &idNumber, const QString &service = QStringLiteral("accept"));
    HttpResponse get(const QString &path) { return http().request("GET", path, {}, apiKey); }
    HttpResponse post(const QString &path, const QByteArray &body) { return http().request("POST", path, body, apiKey); }
    HttpClient &http();

    // Rows written straight into the database before the server starts
    // (bookings made earlier whose slots have passed by now).
    struct SeedBooking
    {
        QString code;
        QString idNumber;
        QDateTime slotStart;
        QString state = QStringLiteral("booked");
        QString service = QStringLiteral("accept");
    };
    void seed(const QList<SeedBooking> &bookings);
    int rowCount(const QString &where = QStringLiteral("1=1")) const;
    QString rowState(const QString &code) const;

    std::unique_ptr<SessionDriver> kiosk();
    std::unique_ptr<SessionDriver> staff(const QString &id);

private:
    void writeCalendar(QJsonObject &hall);
    std::unique_ptr<HttpClient> m_http;
};

// Valid test identities (GB 11643 check digits).
QString idNumber(int n);

} // namespace hallq::test
