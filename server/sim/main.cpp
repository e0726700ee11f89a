// hallq-sim: a hall day in minutes. Runs a scenario against the real engine
// on a virtual clock (default) and prints the day's figures; see
// docs/simulator.md.
#include "config/HallConfigLoader.h"
#include "sim/ScenarioLoader.h"
#include "sim/SimulationRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>
#include <QUrl>
#include <cstdio>

using namespace hallq;
using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString evaluationLine(const char *label, const sim::EstimateEvaluation &e)
{
    const auto compute = sim::Distribution::of(e.computeMs);
    const auto wall = sim::Distribution::of(e.computeWallMs);
    return u"%1: %2 tickets compared; MAE %3 s vs naive %4 s (ratio %5); waited >5 min past the promise %6% vs %7% "
           "(ratio %8); bias %9 s vs %10 s; estimate compute (CPU) p50 %11 ms, p99 %12 ms, max %13 ms; "
           "wall p99 %14 ms\n"_s
        .arg(QLatin1StringView(label))
        .arg(e.compared)
        .arg(e.maeSeconds, 0, 'f', 0)
        .arg(e.naiveMaeSeconds, 0, 'f', 0)
        .arg(e.maeRatio(), 0, 'f', 2)
        .arg(e.lateShare * 100, 0, 'f', 1)
        .arg(e.naiveLateShare * 100, 0, 'f', 1)
        .arg(e.lateRatio(), 0, 'f', 2)
        .arg(e.biasSeconds, 0, 'f', 0)
        .arg(e.naiveBiasSeconds, 0, 'f', 0)
        .arg(compute.p50, 0, 'f', 3)
        .arg(compute.p99, 0, 'f', 3)
        .arg(compute.max, 0, 'f', 3)
        .arg(wall.p99, 0, 'f', 3);
}

// One tab-separated line for scripts (scripts/bench-estimator).
QString summaryLine(const char *label, const sim::EstimateEvaluation &e)
{
    const auto compute = sim::Distribution::of(e.computeMs);
    const auto wall = sim::Distribution::of(e.computeWallMs);
    return u"%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\t%10\n"_s.arg(QLatin1StringView(label))
        .arg(e.compared)
        .arg(e.maeSeconds, 0, 'f', 1)
        .arg(e.naiveMaeSeconds, 0, 'f', 1)
        .arg(e.lateShare, 0, 'f', 4)
        .arg(e.naiveLateShare, 0, 'f', 4)
        .arg(compute.p50, 0, 'f', 3)
        .arg(compute.p99, 0, 'f', 3)
        .arg(compute.max, 0, 'f', 3)
        .arg(wall.p99, 0, 'f', 3);
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err() << "hallq-sim: cannot write " << path << ": " << file.errorString() << "\n";
        return false;
    }
    file.write(text.toUtf8());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"hallq-sim"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simulates hall days from a scenario file against the real HallQ engine (virtual clock) and "
        "prints tickets by service, waits, handling times, longest waits, utilisation, abandonment and "
        "how the printed wait estimates compare with the naive formula."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"scenario"_s, u"scenario file (resources/scenarios/*.json)"_s);
    const QCommandLineOption days(u"days"_s, u"workdays to simulate (default: the scenario's)"_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"random seed (default: the scenario's)"_s, u"N"_s);
    const QCommandLineOption csv(u"csv"_s, u"also write the figures as CSV to FILE"_s, u"FILE"_s);
    const QCommandLineOption constant(u"constant-staffing"_s,
                                      u"staff every window from its first to its last hour, no lunch drop or pauses"_s);
    const QCommandLineOption summaryFile(
        u"summary"_s,
        u"write the estimate evaluation as tab-separated lines (label, compared, MAE s, naive MAE s, late share, "
        "naive late share, CPU p50/p99/max ms, wall p99 ms) to FILE"_s,
        u"FILE"_s);
    const QCommandLineOption live(u"live"_s,
                                  u"play the days against a running hallq-server at URL (ws://host:port) instead of "
                                  "the in-process engine"_s,
                                  u"URL"_s);
    const QCommandLineOption speed(u"speed"_s, u"with --live: simulated seconds per second (default 60)"_s, u"X"_s,
                                   u"60"_s);
    const QCommandLineOption credentials(
        u"credentials"_s,
        u"with --live: KEY=VALUE file with SIM_STAFF_PREFIX (default sim-), SIM_STAFF_PASSWORD (the password of "
        "the counter accounts <prefix><window>), SIM_ISSUER and SIM_ISSUER_PASSWORD (a supervisor who issues)"_s,
        u"FILE"_s);
    const QCommandLineOption verbose(u"verbose"_s, u"log what the client sessions and loaders do"_s);
    const QCommandLineOption listWindows(u"list-windows"_s,
                                         u"print the hall file and the staffed window numbers, then exit"_s);
    parser.addOptions({days, seed, csv, constant, summaryFile, live, speed, credentials, verbose, listWindows});
    parser.process(app);
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(u"hallq.client.info=false\nhallq.config.info=false\nhallq.engine.info=false"_s);
    if (parser.positionalArguments().size() != 1) {
        err() << "hallq-sim: give one scenario file (see --help)\n";
        return 2;
    }

    const auto loaded = sim::ScenarioLoader::load(parser.positionalArguments().first());
    if (const auto *errors = std::get_if<config::ConfigErrors>(&loaded)) {
        err() << errors->toString() << "\n";
        return 1;
    }
    const sim::Scenario &scenario = std::get<sim::Scenario>(loaded);
    const auto hallLoaded = config::HallConfigLoader::load(scenario.hallFile);
    if (const auto *errors = std::get_if<config::ConfigErrors>(&hallLoaded)) {
        err() << errors->toString() << "\n";
        return 1;
    }
    const config::LoadedHall &hall = std::get<config::LoadedHall>(hallLoaded);
    if (const auto problems = sim::ScenarioLoader::check(scenario, hall.config); !problems.isEmpty()) {
        err() << problems.toString() << "\n";
        return 1;
    }

    if (parser.isSet(listWindows)) {
        QList<int> windows;
        for (const auto &entry : scenario.staffing)
            for (int w : entry.windows)
                if (!windows.contains(w))
                    windows.append(w);
        std::sort(windows.begin(), windows.end());
        out() << "hall " << scenario.hallFile << "\nwindows";
        for (int w : windows)
            out() << " " << w;
        out() << "\n";
        return 0;
    }

    sim::SimulationRun::Options options;
    bool ok = true;
    if (parser.isSet(days))
        options.days = parser.value(days).toInt(&ok);
    if (ok && parser.isSet(seed))
        options.seed = parser.value(seed).toLongLong(&ok);
    if (!ok || options.days < 0) {
        err() << "hallq-sim: --days and --seed take whole numbers\n";
        return 2;
    }
    options.constantStaffing = parser.isSet(constant);

    out() << "Scenario: " << scenario.name << " (" << scenario.file << ")\n";
    out().flush();
    sim::SimulationRun::Summary summary;
    if (parser.isSet(live)) {
        sim::LiveBackend::Options liveOptions;
        liveOptions.url = QUrl(parser.value(live));
        QFile file(parser.value(credentials));
        if (!parser.isSet(credentials) || !file.open(QIODevice::ReadOnly)) {
            err() << "hallq-sim: --live needs --credentials FILE (see --help)\n";
            return 2;
        }
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            const QString key = QString::fromUtf8(line.left(eq)).trimmed();
            const QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
            if (eq <= 0)
                continue;
            if (key == u"SIM_STAFF_PREFIX"_s)
                liveOptions.staffPrefix = value;
            else if (key == u"SIM_STAFF_PASSWORD"_s)
                liveOptions.staffPassword = value;
            else if (key == u"SIM_ISSUER"_s)
                liveOptions.issuerStaff = value;
            else if (key == u"SIM_ISSUER_PASSWORD"_s)
                liveOptions.issuerPassword = value;
        }
        const double factor = parser.value(speed).toDouble(&ok);
        if (!ok || factor <= 0) {
            err() << "hallq-sim: --speed takes a positive number\n";
            return 2;
        }
        out() << "Playing against " << liveOptions.url.toString() << " at " << factor << "x\n";
        out().flush();
        QString why;
        summary = sim::SimulationRun::runLive(scenario, hall, options, liveOptions, factor, &why);
        if (!why.isEmpty()) {
            err() << "hallq-sim: " << why << "\n";
            return 1;
        }
    } else {
        summary = sim::SimulationRun::run(scenario, hall, options);
    }
    for (const auto &day : summary.days)
        out() << day.table() << "\n";
    if (summary.all.compared > 0)
        out() << evaluationLine("All days", summary.all);
    if (summary.days.size() > 1)
        out() << evaluationLine("From day 2 (profile learned)", summary.learned);
    out() << "Simulated in " << QString::number(summary.seconds, 'f', 1) << " s\n";

    if (parser.isSet(csv)) {
        QString text = sim::DayReport::csvHeader();
        for (const auto &day : summary.days)
            text += day.csvRows();
        if (!writeFile(parser.value(csv), text))
            return 1;
    }
    if (parser.isSet(summaryFile)) {
        QString text = summaryLine("all", summary.all);
        if (summary.days.size() > 1)
            text += summaryLine("learned", summary.learned);
        if (!writeFile(parser.value(summaryFile), text))
            return 1;
    }
    return 0;
}
