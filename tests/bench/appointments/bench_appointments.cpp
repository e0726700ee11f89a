// Bookings per second and latency of the appointments HTTP API of the real
// hallq-server, every booking acknowledged only after its commit with
// synchronous=FULL, against raw SQLite measured in the same run on the same
// disk with one durable commit per booking (what a server without group
// commit can do at best).
//
//   build/bench/bench_appointments [--seconds N] [--connections N] [--rate N] [--markdown FILE]
//
// Phases against the server (HTTP/1.1 keep-alive connections, each with one
// POST /api/v1/appointments in flight at a time):
//   closed loop: every connection sends its next booking as soon as the last
//                is answered (saturation);
//   paced:       `--rate` bookings a second in all (default 500, the goal),
//                for the latency at that load.
#include "BenchSupport.h"
#include "appointments/ApiKey.h"
#include "appointments/AppointmentDatabase.h"
#include "net/Credentials.h"
#include "protocol/IdNumber.h"
#include "storage/SqliteStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <unistd.h>
#include <memory>
#include <vector>

using namespace hallq;
using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    QString name;
    double serverCpuUsPerBooking = 0;
    double perSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 count = 0;
    qint64 refused = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

// A distinct valid ID number per booking (the per-person rule never refuses).
QString person(qint64 n)
{
    const QDate birth = QDate(1950, 1, 1).addDays(n / 1000);
    const QString first17 = u"110105"_s + birth.toString(u"yyyyMMdd"_s) + QString::number(n % 1000).rightJustified(3, u'0');
    return first17 + protocol::IdNumber::checkCharacter(first17);
}

// ---- baseline -------------------------------------------------------------------
Figures rawSqlite(const QString &dir, double seconds)
{
    Figures f;
    f.name = u"raw SQLite, 1 booking row per commit, synchronous=FULL"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(dir + u"/raw.sqlite"_s);
        if (!db.open())
            qFatal("cannot open the baseline database");
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"PRAGMA synchronous=FULL"_s);
        q.exec(u"CREATE TABLE appointments (id BIGINT PRIMARY KEY, code TEXT NOT NULL, service_id TEXT NOT NULL, "
               "business_day TEXT NOT NULL, slot_start BIGINT NOT NULL, slot_end BIGINT NOT NULL, state TEXT NOT NULL, "
               "identity_hash TEXT, identity_masked TEXT, name_masked TEXT, phone_hash TEXT, phone_masked TEXT, "
               "booked_at BIGINT NOT NULL, booked_by TEXT, changed_at BIGINT, ticket_id BIGINT NOT NULL, "
               "ticket_number TEXT)"_s);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO appointments VALUES (?, 'K7M2Q9TW', 'accept', '2026-12-01', ?, ?, 'booked', "
                       "'0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', '110105********002X', "
                       "'张*', NULL, '138****5678', ?, 'bench', NULL, 0, NULL)"_s);
        std::vector<double> latencies;
        QElapsedTimer total;
        total.start();
        qint64 id = 0;
        while (total.elapsed() < qint64(seconds * 1000)) {
            QElapsedTimer one;
            one.start();
            db.transaction();
            insert.addBindValue(++id);
            insert.addBindValue(id);
            insert.addBindValue(id + 1800000);
            insert.addBindValue(id);
            insert.exec();
            db.commit();
            latencies.push_back(double(one.nsecsElapsed()) / 1e6);
        }
        f.count = id;
        f.perSecond = double(id) / (double(total.nsecsElapsed()) / 1e9);
        f.p50Ms = percentile(latencies, 0.5);
        f.p99Ms = percentile(latencies, 0.99);
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return f;
}

// ---- what the server says about itself ----------------------------------------
// CPU seconds (user + system) the process has used so far.
double cpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK))
                              : 0;
}

// ---- the real server ------------------------------------------------------------
struct Server
{
    QTemporaryDir dir{QDir::currentPath() + u"/bench-appointments-XXXXXX"_s};
    QProcess process;
    quint16 port = 0;
    QString key;

    bool start()
    {
        const QString source = QStringLiteral(HALLQ_SOURCE_DIR);
        QFile in(source + u"/resources/halls/chaling.json"_s);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QJsonObject hall = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject calendar = hall.value(u"calendar").toObject();
        QJsonArray files;
        for (const auto &file : calendar.value(u"files").toArray())
            files.append(QDir(source + u"/resources/halls"_s).absoluteFilePath(file.toString()));
        calendar.insert(u"files"_s, files);
        hall.insert(u"calendar"_s, calendar);
        // Room for every booking the run makes; the API's limit out of the way.
        hall.insert(u"appointments"_s,
                    QJsonObject{{u"capacity"_s, 10000}, {u"minHoursAhead"_s, 0}, {u"maxWorkdaysAhead"_s, 20},
                                {u"api"_s, QJsonObject{{u"requestsPerSecond"_s, 100000}, {u"burst"_s, 100000}}}});
        QFile out(dir.filePath(u"hall.json"_s));
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(QJsonDocument(hall).toJson());
        out.close();

        const QString database = dir.filePath(u"hallq.sqlite"_s);
        {
            storage::SqliteStore store(database, u"bench-migrate"_s);
            store.migrate();
        }
        {
            appointments::AppointmentDatabase keys(database, u"bench-keys"_s);
            key = net::Credentials::randomToken(32);
            keys.saveKey({u"bench"_s, u"bench"_s, net::Credentials::hashToken(key), {appointments::kAppointmentsScope},
                          false, QDateTime::currentDateTimeUtc()});
        }
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=false"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HALLQ_BIN_DIR) + u"/hallq-server"_s,
                      {u"--data-dir"_s, dir.path(), u"--port"_s, u"0"_s, u"--listen"_s, u"127.0.0.1"_s, u"--hall"_s,
                       out.fileName()});
        static const QRegularExpression listening(u"listening on ws://127\\.0\\.0\\.1:(\\d+)"_s);
        QString output;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20000 && process.waitForReadyRead(1000)) {
            output += QString::fromUtf8(process.readAll());
            if (const auto m = listening.match(output); m.hasMatch()) {
                port = quint16(m.captured(1).toUInt());
                return true;
            }
        }
        QTextStream(stderr) << output;
        return false;
    }

    ~Server()
    {
        process.terminate();
        process.waitForFinished(10000);
    }
};

// One keep-alive HTTP/1.1 connection with one request in flight.
class Connection : public QObject
{
public:
    std::function<void(int status, double ms)> answered;

    Connection(quint16 port)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        m_socket.connectToHost(u"127.0.0.1"_s, port);
        m_socket.waitForConnected(5000);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    bool busy() const { return m_busy; }
    void send(const QByteArray &request)
    {
        m_busy = true;
        m_timer.start();
        m_socket.write(request);
    }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            static const QRegularExpression length(u"content-length:\\s*(\\d+)"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
            const QString head = QString::fromLatin1(m_buffer.left(end));
            const qsizetype bodyLength = length.match(head).captured(1).toLongLong();
            if (m_buffer.size() < end + 4 + bodyLength)
                return;
            const int status = head.mid(9, 3).toInt();
            m_buffer.remove(0, end + 4 + bodyLength);
            m_busy = false;
            answered(status, double(m_timer.nsecsElapsed()) / 1e6);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    bool m_busy = false;
};

struct Load
{
    Server &server;
    QList<QDateTime> slotStarts;
    qint64 next = 0;

    QByteArray request()
    {
        const qint64 n = next++;
        const QString slot = slotStarts[n % slotStarts.size()].toString(Qt::ISODateWithMs);
        const QByteArray body = QJsonDocument(QJsonObject{{u"serviceId"_s, u"accept"_s},
                                                          {u"slotStart"_s, slot},
                                                          {u"identity"_s, QJsonObject{{u"idNumber"_s, person(n)},
                                                                                      {u"name"_s, u"张三"_s}}},
                                                          {u"phone"_s, u"13812345678"_s}})
                                    .toJson(QJsonDocument::Compact);
        return "POST /api/v1/appointments HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + server.key.toLatin1()
               + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
               + body;
    }

    // The bookable slots the server offers (GET /slots), every booking spread over them.
    bool fetchSlots()
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, server.port);
        if (!socket.waitForConnected(5000))
            return false;
        socket.write("GET /api/v1/appointments/slots?service=accept&days=14 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                     "Authorization: Bearer " + server.key.toLatin1() + "\r\n\r\n");
        QByteArray reply;
        while (socket.waitForReadyRead(5000))
            reply += socket.readAll();
        const QJsonObject json = QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4)).object();
        for (const auto &value : json.value(u"slots").toArray())
            if (value.toObject().value(u"bookable").toBool())
                slotStarts.append(QDateTime::fromString(value.toObject().value(u"start").toString(), Qt::ISODateWithMs));
        return !slotStarts.isEmpty();
    }

    // ratePerSecond 0: closed loop.
    Figures run(const QString &name, int connections, double seconds, double ratePerSecond)
    {
        std::vector<std::unique_ptr<Connection>> pool;
        std::vector<double> latencies;
        Figures f;
        f.name = name;
        QElapsedTimer clock;
        bool running = true;
        qint64 sent = 0;
        for (int i = 0; i < connections; ++i) {
            auto c = std::make_unique<Connection>(server.port);
            Connection *raw = c.get();
            c->answered = [&, raw](int status, double ms) {
                latencies.push_back(ms);
                status == 201 ? ++f.count : ++f.refused;
                if (running && ratePerSecond == 0) {
                    ++sent;
                    raw->send(request());
                }
            };
            pool.push_back(std::move(c));
        }
        const double cpuBefore = cpuSeconds(server.process.processId());
        clock.start();
        QTimer pacer;
        if (ratePerSecond == 0) {
            for (auto &c : pool) {
                ++sent;
                c->send(request());
            }
        } else {
            // Every millisecond, send what the rate owes by now on idle connections.
            QObject::connect(&pacer, &QTimer::timeout, [&] {
                const qint64 owed = qint64(double(clock.nsecsElapsed()) / 1e9 * ratePerSecond);
                for (auto &c : pool) {
                    if (sent >= owed)
                        break;
                    if (!c->busy()) {
                        ++sent;
                        c->send(request());
                    }
                }
            });
            pacer.start(1);
        }
        QEventLoop loop;
        QTimer::singleShot(int(seconds * 1000), &loop, [&] {
            running = false;
            pacer.stop();
            loop.quit();
        });
        loop.exec();
        const double elapsed = double(clock.nsecsElapsed()) / 1e9;
        // Let what is in flight come back before the next phase.
        QElapsedTimer drain;
        drain.start();
        while (drain.elapsed() < 5000 && std::any_of(pool.begin(), pool.end(), [](auto &c) { return c->busy(); }))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        f.perSecond = double(f.count) / elapsed;
        if (f.count > 0)
            f.serverCpuUsPerBooking = (cpuSeconds(server.process.processId()) - cpuBefore) * 1e6 / double(f.count);
        f.p50Ms = percentile(latencies, 0.5);
        f.p99Ms = percentile(latencies, 0.99);
        return f;
    }
};

QString argValue(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const double seconds = argValue(args, u"--seconds"_s, u"5"_s).toDouble();
    const int connections = argValue(args, u"--connections"_s, u"16"_s).toInt();
    const double rate = argValue(args, u"--rate"_s, u"500"_s).toDouble();
    const QString markdown = argValue(args, u"--markdown"_s, {});

    QTemporaryDir scratch(QDir::currentPath() + u"/bench-raw-XXXXXX"_s);
    const Figures raw = rawSqlite(scratch.path(), seconds);

    Server server;
    if (!server.start())
        qFatal("the server did not start");
    Load load{server, {}, 0};
    if (!load.fetchSlots())
        qFatal("the server offers no bookable slot");
    const Figures closed = load.run(u"hallq-server, %1 connections, closed loop"_s.arg(connections), connections,
                                    seconds, 0);
    const auto bucketsBefore = bench::ackBuckets(bench::httpGet(server.port, u"/metrics"_s));
    const Figures paced = load.run(u"hallq-server, %1 bookings/s offered (paced)"_s.arg(rate), connections, seconds, rate);
    const auto bucketsAfter = bench::ackBuckets(bench::httpGet(server.port, u"/metrics"_s));

    QString table;
    QTextStream t(&table);
    t << "| what | bookings/s | p50 ms | p99 ms | vs raw FULL |\n|---|---|---|---|---|\n";
    for (const Figures &f : {raw, closed, paced})
        t << "| " << f.name << " | " << qRound(f.perSecond) << " | " << QString::number(f.p50Ms, 'f', 2) << " | "
          << QString::number(f.p99Ms, 'f', 2) << " | " << QString::number(f.perSecond / raw.perSecond, 'f', 1)
          << "× |\n";
    t << "\nBookings made: " << closed.count + paced.count << " over " << load.slotStarts.size()
      << " slots; refused: " << closed.refused + paced.refused << ". Server CPU per booking: "
      << qRound(closed.serverCpuUsPerBooking) << " µs (closed loop), " << qRound(paced.serverCpuUsPerBooking)
      << " µs (paced).\nPaced phase, measured inside the server (decision → durable, histogram bucket bounds): p50 ≤ "
      << bench::bucketPercentileMs(bucketsBefore, bucketsAfter, 0.5) << " ms, p99 ≤ "
      << bench::bucketPercentileMs(bucketsBefore, bucketsAfter, 0.99) << " ms.\n";
    t.flush();
    QTextStream(stdout) << table;
    if (!markdown.isEmpty()) {
        QFile file(markdown);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(table.toUtf8());
    }
    return closed.refused + paced.refused == 0 ? 0 : 1;
}
