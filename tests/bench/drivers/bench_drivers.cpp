// bench_drivers: how fast tickets are built and how long a ticket takes from
// submit to "completed" on a private cupsd. Baselines from the same run:
// GB18030-encoding the ticket's text alone (the builder's irreducible work),
// and one bare IPP round trip (Get-Printer-Attributes) to the same cupsd.
//   bench_drivers [--tickets N] [--jobs N] [--update-doc docs/benchmarks.md]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include "CupsdFixture.h"
#include "printer/CupsClient.h"
#include "printer/CupsTicketPrinter.h"
#include "printer/EscPosTicketBuilder.h"

using namespace hallq;
using namespace hallq::printer;
using namespace Qt::StringLiterals;

namespace {

TicketPrintData ticket(int i)
{
    TicketPrintData t;
    t.hallName = u"茶陵县政务服务中心"_s;
    t.ticketNumber = u"A%1"_s.arg(i % 1000, 3, 10, QLatin1Char('0'));
    t.serviceName = u"综合办事"_s;
    t.peopleAhead = i % 40;
    t.estimatedWaitMinutes = (i % 40) * 3;
    t.issuedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0)).addSecs(i);
    t.statusUrl = u"https://hall.example/t/20260302-"_s + t.ticketNumber;
    t.notes = {u"绿色通道"_s};
    return t;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5))];
}

struct Figures
{
    double builderPerSec = 0, encodePerSec = 0, bytesPerTicket = 0;
    double submitP50 = 0, submitP99 = 0, ippP50 = 0, ippP99 = 0;
    int jobs = 0, failed = 0;
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"tickets"_s, u"tickets to build"_s, u"n"_s, u"100000"_s});
    parser.addOption({u"jobs"_s, u"jobs to print on the private cupsd"_s, u"n"_s, u"300"_s});
    parser.addOption({u"update-doc"_s, u"rewrite the drivers section of this markdown file"_s, u"path"_s});
    parser.process(app);
    const int tickets = parser.value(u"tickets"_s).toInt();
    const int jobs = parser.value(u"jobs"_s).toInt();
    Figures f;

    // 1. Builder throughput, against encoding the same text alone.
    {
        QList<TicketPrintData> data;
        for (int i = 0; i < 1000; ++i)
            data.append(ticket(i));
        EscPosTicketBuilder builder;
        qsizetype bytes = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < tickets; ++i)
            bytes += builder.build(data[i % 1000]).size();
        f.builderPerSec = tickets / (double(clock.nsecsElapsed()) / 1e9);
        f.bytesPerTicket = double(bytes) / tickets;

        QStringEncoder gb18030("GB18030");
        clock.restart();
        qsizetype encoded = 0;
        for (int i = 0; i < tickets; ++i) {
            const TicketPrintData &t = data[i % 1000];
            encoded += QByteArray(gb18030.encode(t.hallName + t.serviceName + t.ticketNumber + u"前面还有人预计等候约分钟取号时间"_s
                                      + t.statusUrl + t.notes.join(QString())))
                           .size();
        }
        f.encodePerSec = tickets / (double(clock.nsecsElapsed()) / 1e9);
        if (encoded == 0)
            return 3;
    }

    // 2. Submit → completed on a private cupsd, against a bare IPP round trip.
    {
        test::CupsdFixture cups;
        QString error;
        if (!cups.start(&error) || !cups.addCaptureQueue(u"Receipt80"_s, &error)) {
            fprintf(stderr, "cupsd: %s\n", qPrintable(error));
            return 2;
        }
        CupsTicketPrinter printer(cups.spec(u"Receipt80"_s));
        EscPosTicketBuilder builder;
        QList<double> latencies;
        for (int i = 0; i < jobs; ++i) {
            QFuture<PrintResult> future = printer.submit(builder.build(ticket(i)), u"bench"_s);
            future.waitForFinished();
            const PrintResult r = future.result();
            if (!r.completed()) {
                ++f.failed;
                continue;
            }
            latencies.append(double(r.elapsedMs));
        }
        f.jobs = jobs;
        f.submitP50 = percentile(latencies, 0.5);
        f.submitP99 = percentile(latencies, 0.99);

        CupsClient client(cups.spec(u"Receipt80"_s));
        QList<double> ipp;
        for (int i = 0; i < jobs; ++i) {
            QElapsedTimer clock;
            clock.start();
            client.printerState();
            ipp.append(double(clock.nsecsElapsed()) / 1e6);
        }
        f.ippP50 = percentile(ipp, 0.5);
        f.ippP99 = percentile(ipp, 0.99);
    }

    const QString table =
        u"| what | figure | baseline (same run) | ratio | goal |\n|---|---|---|---|---|\n"
        "| EscPosTicketBuilder, 80 mm ticket with QR (%1 bytes) | %2 tickets/s | GB18030 encoding of the same text alone: %3/s | %4× slower | ≥ 10,000 tickets/s |\n"
        "| submit → CUPS job completed, %5 jobs one after another, p50 | %6 ms | one IPP Get-Printer-Attributes round trip p50: %7 ms | %8× | |\n"
        "| submit → CUPS job completed, p99 | %9 ms | IPP round trip p99: %10 ms | %11× | ≤ 200 ms |\n"_s
            .arg(qRound(f.bytesPerTicket))
            .arg(qRound(f.builderPerSec))
            .arg(qRound(f.encodePerSec))
            .arg(f.encodePerSec / f.builderPerSec, 0, 'f', 1)
            .arg(f.jobs)
            .arg(f.submitP50, 0, 'f', 1)
            .arg(f.ippP50, 0, 'f', 2)
            .arg(f.submitP50 / std::max(0.001, f.ippP50), 0, 'f', 0)
            .arg(f.submitP99, 0, 'f', 1)
            .arg(f.ippP99, 0, 'f', 2)
            .arg(f.submitP99 / std::max(0.001, f.ippP99), 0, 'f', 0)
        + (f.failed ? u"\n%1 of %2 jobs did not complete.\n"_s.arg(f.failed).arg(f.jobs) : QString());
    printf("%s", qPrintable(table));

    if (parser.isSet(u"update-doc"_s)) {
        QFile doc(parser.value(u"update-doc"_s));
        if (!doc.open(QIODevice::ReadOnly))
            return 4;
        QString text = QString::fromUtf8(doc.readAll());
        doc.close();
        const QString begin = u"<!-- drivers:begin -->"_s, end = u"<!-- drivers:end -->"_s;
        const qsizetype b = text.indexOf(begin), e = text.indexOf(end);
        if (b < 0 || e < b) {
            fprintf(stderr, "no %s … %s markers in %s\n", qPrintable(begin), qPrintable(end), qPrintable(doc.fileName()));
            return 4;
        }
        const QString section = u"%1\nMeasured %2 on %3 (%4 cores) with `build/bench/bench_drivers --tickets %5 --jobs %6`:\n\n%7"_s
                                    .arg(begin, QDate::currentDate().toString(Qt::ISODate), QSysInfo::currentCpuArchitecture())
                                    .arg(QThread::idealThreadCount())
                                    .arg(tickets)
                                    .arg(jobs)
                                    .arg(table);
        text.replace(b, e - b, section);
        if (!doc.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 4;
        doc.write(text.toUtf8());
    }
    return f.failed ? 1 : 0;
}
