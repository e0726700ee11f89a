#include "ApiFixture.h"

#include "config/ServerSettings.h"
#include "net/IdentityHasher.h"
#include "protocol/IdNumber.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace hallq::test {

QString idNumber(int n)
{
    const QString first17 = u"11010519800101"_s + QString::number(n % 1000).rightJustified(3, u'0');
    return first17 + protocol::IdNumber::checkCharacter(first17);
}

QNetworkReply *HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                const QString &key)
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toLatin1());
    return m_manager.sendCustomRequest(request, method, body);
}

HttpResponse HttpClient::collect(QNetworkReply *reply, int timeoutMs)
{
    HttpResponse r;
    if (!reply->isFinished() && !QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs)) {
        reply->abort();
        reply->deleteLater();
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return r;
}

ApiFixture::ApiFixture()
{
    // Local time about 10:00 now, whatever the machine's time.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int offset = 10 - now.time().hour();
    if (offset < -12)
        offset += 24;
    if (offset > 14)
        offset -= 24;
    const QByteArray zoneId = offset == 0 ? QByteArrayLiteral("Etc/GMT")
                                          : QByteArrayLiteral("Etc/GMT") + (offset > 0 ? "-" : "+")
                                                + QByteArray::number(std::abs(offset));
    zone = QTimeZone(zoneId);
    today = now.toTimeZone(zone).date();
    holiday = today.addDays(3);
    policy = QJsonObject{{u"slotMinutes"_s, 10},    {u"capacity"_s, 2},          {u"minHoursAhead"_s, 0},
                         {u"maxWorkdaysAhead"_s, 5}, {u"cancelHoursBefore"_s, 1}, {u"lateMinutes"_s, 10},
                         {u"lateArrival"_s, u"normal_ticket"_s},
                         {u"noShow"_s, QJsonObject{{u"limit"_s, 2}, {u"withinDays"_s, 90}, {u"suspendDays"_s, 30}}},
                         {u"api"_s, QJsonObject{{u"requestsPerSecond"_s, 200}, {u"burst"_s, 400}}}};
    server.addStaff(u"c1"_s, u"王小明"_s, {u"counter"_s}, kPassword);
    server.addStaff(u"sup"_s, u"张主任"_s, {u"supervisor"_s, u"guide"_s}, kPassword);
    kioskToken = server.addDevice(u"kiosk"_s, u"kiosk-1"_s);
    apiKey = issueKey(u"province-app"_s);
}

QString ApiFixture::issueKey(const QString &id)
{
    const AdminRun run = admin({u"apikey"_s, u"issue"_s, u"--id"_s, id, u"--name"_s, u"测试接入"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out.trimmed().split(u'\n').last().trimmed();
}

ApiFixture::AdminRun ApiFixture::admin(const QStringList &args, const QByteArray &input) const
{
    QProcess process;
    process.start(ServerProcess::binary(u"hallq-admin"_s), QStringList{u"--data-dir"_s, server.dataDir()} + args);
    AdminRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void ApiFixture::writeCalendar(QJsonObject &hall)
{
    // Weekends from today on are make-up workdays; the test holiday is the only day off.
    QMap<int, QJsonArray> makeUp;
    for (QDate d = today.addDays(-10); d <= today.addDays(40); d = d.addDays(1))
        if (d.dayOfWeek() >= Qt::Saturday && d != holiday)
            makeUp[d.year()].append(d.toString(Qt::ISODate));
    QJsonArray files;
    for (int year : {today.year() - 1, today.year(), today.year() + 1}) {
        QJsonArray holidays;
        QDate day = holiday;
        if (day.year() != year) {
            // A day off far from the weeks the tests use, to carry the year's make-up days.
            for (int month : {1, 4, 7, 10}) {
                day = QDate(year, month, 15);
                if (std::abs(day.daysTo(today)) > 60 && day.dayOfWeek() < Qt::Saturday)
                    break;
            }
        }
        holidays.append(QJsonObject{{u"name"_s, u"测试假日"_s},
                                    {u"from"_s, day.toString(Qt::ISODate)},
                                    {u"to"_s, day.toString(Qt::ISODate)},
                                    {u"makeUpWorkdays"_s, makeUp.value(year)}});
        const QString path = server.dataDir() + u"/calendar-%1.json"_s.arg(year);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(QJsonObject{{u"year"_s, year}, {u"holidays"_s, holidays}}).toJson());
        files.append(path);
    }
    QJsonObject calendar = hall.value(u"calendar").toObject();
    calendar.insert(u"files"_s, files);
    calendar.insert(u"hours"_s, QJsonArray{u"06:00-20:00"_s});
    calendar.remove(u"extendedUntil"_s);
    hall.insert(u"calendar"_s, calendar);
}

void ApiFixture::start()
{
    server.writeHall([this](QJsonObject &hall) {
        hall.insert(u"timeZone"_s, QString::fromLatin1(zone.id()));
        writeCalendar(hall);
        hall.insert(u"appointments"_s, policy);
    });
    const bool started = server.start();
    INFO(server.output().toStdString());
    REQUIRE(started);
    m_http.reset();
}

void ApiFixture::restart()
{
    REQUIRE(server.stop());
    const bool started = server.start();
    INFO(server.output().toStdString());
    REQUIRE(started);
    m_http.reset();
}

void ApiFixture::crashAndRestart()
{
    server.kill9();
    const bool started = server.start();
    INFO(server.output().toStdString());
    REQUIRE(started);
    m_http.reset();
}

HttpClient &ApiFixture::http()
{
    if (!m_http)
        m_http = std::make_unique<HttpClient>(server.httpUrl());
    return *m_http;
}

QDateTime ApiFixture::at(int days, const QString &hhmm) const
{
    return QDateTime(today.addDays(days), QTime::fromString(hhmm, u"HH:mm"_s), zone);
}

QDateTime ApiFixture::slotAfter(int minutes) const
{
    const QDateTime earliest = QDateTime::currentDateTimeUtc().addSecs(qint64(minutes) * 60).toTimeZone(zone);
    QDateTime slot(earliest.date(), QTime(earliest.time().hour(), earliest.time().minute() / 10 * 10), zone);
    if (slot < earliest)
        slot = slot.addSecs(600);
    return slot;
}

QDateTime ApiFixture::currentSlot() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(zone);
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute() / 10 * 10), zone);
}

QByteArray ApiFixture::bookBody(const QDateTime &slot, const QString &id, const QString &service,
                                const QString &name) const
{
    return QJsonDocument(QJsonObject{{u"serviceId"_s, service},
                                     {u"slotStart"_s, isoLocal(slot)},
                                     {u"identity"_s, QJsonObject{{u"idNumber"_s, id}, {u"name"_s, name}}},
                                     {u"phone"_s, u"13812345678"_s}})
        .toJson(QJsonDocument::Compact);
}

HttpResponse ApiFixture::book(const QDateTime &slot, const QString &id, const QString &service)
{
    return post(u"/api/v1/appointments"_s, bookBody(slot, id, service));
}

namespace {

// A private connection to the data directory's database.
struct Database
{
    QString name = QUuid::createUuid().toString();
    QSqlDatabase db;
    explicit Database(const QString &path)
    {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Database()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

} // namespace

void ApiFixture::seed(const QList<SeedBooking> &bookings)
{
    // The same keyed hash the server will compute (the key file is made here if missing).
    config::ServerSettings settings;
    settings.dataDir = server.dataDir();
    const net::IdentityHasher hasher(net::IdentityHasher::loadOrCreateKey(settings.identityKeyPath()));
    Database database(server.databasePath());
    REQUIRE(database.db.isOpen());
    QSqlQuery q(database.db);
    qint64 id = 1000;
    for (const SeedBooking &b : bookings) {
        REQUIRE(q.prepare(uR"(INSERT INTO appointments (id, code, service_id, business_day, slot_start, slot_end,
                state, identity_hash, identity_masked, name_masked, booked_at, ticket_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0))"_s));
        q.addBindValue(++id);
        q.addBindValue(b.code);
        q.addBindValue(b.service);
        q.addBindValue(b.slotStart.toTimeZone(zone).date().toString(Qt::ISODate));
        q.addBindValue(b.slotStart.toMSecsSinceEpoch());
        q.addBindValue(b.slotStart.addSecs(600).toMSecsSinceEpoch());
        q.addBindValue(b.state);
        q.addBindValue(hasher.hash(b.idNumber));
        q.addBindValue(protocol::IdNumber::mask(b.idNumber));
        q.addBindValue(u"张*"_s);
        q.addBindValue(b.slotStart.addDays(-1).toMSecsSinceEpoch());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
    }
}

int ApiFixture::rowCount(const QString &where) const
{
    Database database(server.databasePath());
    QSqlQuery q(database.db);
    if (!q.exec(u"SELECT COUNT(*) FROM appointments WHERE "_s + where) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString ApiFixture::rowState(const QString &code) const
{
    Database database(server.databasePath());
    QSqlQuery q(database.db);
    q.prepare(u"SELECT state FROM appointments WHERE code = ?"_s);
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

std::unique_ptr<SessionDriver> ApiFixture::kiosk()
{
    auto driver = std::make_unique<SessionDriver>(server.wsUrl(), kioskToken);
    REQUIRE(driver->startAndWait());
    return driver;
}

std::unique_ptr<SessionDriver> ApiFixture::staff(const QString &id)
{
    auto driver = std::make_unique<SessionDriver>(server.wsUrl(), id, kPassword);
    REQUIRE(driver->startAndWait());
    return driver;
}

} // namespace hallq::test
