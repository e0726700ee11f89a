#include "sim/DayReport.h"

#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace hallq::sim {

namespace {

constexpr int kLongest = 5;

DayReport::Row rowOf(const QString &name, const std::vector<const TicketRecord *> &records, int turnedAway)
{
    DayReport::Row row;
    row.service = name;
    row.turnedAway = turnedAway;
    std::vector<double> waits, handling;
    for (const TicketRecord *r : records) {
        ++row.issued;
        switch (r->outcome) {
        case TicketRecord::Outcome::Served: ++row.served; break;
        case TicketRecord::Outcome::NoShow: ++row.noShow; break;
        case TicketRecord::Outcome::Abandoned: ++row.abandoned; break;
        case TicketRecord::Outcome::Waiting: row.unserved += r->firstCalledMs < 0; break;
        }
        if (r->firstCalledMs >= 0)
            waits.push_back(double(r->waitMs()) / 1000.0);
        if (r->servingMs >= 0 && r->doneMs >= 0)
            handling.push_back(double(r->doneMs - r->servingMs) / 1000.0);
    }
    row.wait = Distribution::of(std::move(waits));
    row.handling = Distribution::of(std::move(handling));
    row.estimates = EstimateEvaluation::of(records);
    return row;
}

QString minutes(double seconds)
{
    return QString::number(seconds / 60.0, 'f', 1);
}

} // namespace

DayReport DayReport::build(const DayOutcome &day, const engine::HallConfig &hall)
{
    DayReport report;
    report.day = day.day;
    report.backendFailures = day.backendFailures;
    std::vector<const TicketRecord *> all;
    for (const auto &t : day.tickets)
        all.push_back(&t);
    int turnedAwayAll = 0;
    for (const auto &service : hall.services) {
        std::vector<const TicketRecord *> mine;
        for (const TicketRecord *t : all)
            if (t->serviceId == service.id)
                mine.push_back(t);
        int turnedAway = 0;
        for (int n : day.turnedAway.value(service.id))
            turnedAway += n;
        turnedAwayAll += turnedAway;
        if (!mine.empty() || turnedAway > 0)
            report.rows.append(rowOf(service.id, mine, turnedAway));
    }
    report.rows.append(rowOf(u"all"_s, all, turnedAwayAll));

    std::vector<const TicketRecord *> called;
    for (const TicketRecord *t : all)
        if (t->firstCalledMs >= 0)
            called.push_back(t);
    std::sort(called.begin(), called.end(),
              [](const TicketRecord *a, const TicketRecord *b) { return a->waitMs() > b->waitMs(); });
    for (size_t i = 0; i < called.size() && i < kLongest; ++i) {
        const QDateTime issued = QDateTime::fromMSecsSinceEpoch(called[i]->issuedMs, Qt::UTC)
                                     .toTimeZone(hall.calendar.timeZone);
        report.longest.append({called[i]->number, called[i]->serviceId, double(called[i]->waitMs()) / 60000.0,
                               issued.toString(u"HH:mm"_s)});
    }

    qint64 staffed = 0, busy = 0;
    report.minUtilisation = 1;
    for (const WindowDay &w : day.windows) {
        if (w.staffedMs <= 0)
            continue;
        ++report.windowsStaffed;
        staffed += w.staffedMs;
        busy += w.busyMs;
        const double u = std::min(1.0, double(w.busyMs) / double(w.staffedMs));
        report.minUtilisation = std::min(report.minUtilisation, u);
        report.maxUtilisation = std::max(report.maxUtilisation, u);
    }
    report.utilisation = staffed > 0 ? std::min(1.0, double(busy) / double(staffed)) : 0;
    if (report.windowsStaffed == 0)
        report.minUtilisation = 0;
    return report;
}

QString DayReport::table() const
{
    QString out;
    QTextStream s(&out);
    s << "Day " << day.toString(Qt::ISODate) << "\n";
    s << QString(u"%1 %2 %3 %4 %5 %6 %7 | %8 %9 %10 %11 | %12 %13\n"_s)
             .arg(u"service"_s, -12)
             .arg(u"issued"_s, 7)
             .arg(u"served"_s, 7)
             .arg(u"noshow"_s, 7)
             .arg(u"left"_s, 6)
             .arg(u"unserv"_s, 7)
             .arg(u"refused"_s, 8)
             .arg(u"wait p50"_s, 9)
             .arg(u"p90"_s, 7)
             .arg(u"max"_s, 7)
             .arg(u"mean"_s, 7)
             .arg(u"handl mean"_s, 10)
             .arg(u"p90"_s, 7);
    for (const Row &r : rows) {
        s << QString(u"%1 %2 %3 %4 %5 %6 %7 | %8 %9 %10 %11 | %12 %13\n"_s)
                 .arg(r.service, -12)
                 .arg(r.issued, 7)
                 .arg(r.served, 7)
                 .arg(r.noShow, 7)
                 .arg(r.abandoned, 6)
                 .arg(r.unserved, 7)
                 .arg(r.turnedAway, 8)
                 .arg(minutes(r.wait.p50), 9)
                 .arg(minutes(r.wait.p90), 7)
                 .arg(minutes(r.wait.max), 7)
                 .arg(minutes(r.wait.mean), 7)
                 .arg(minutes(r.handling.mean), 10)
                 .arg(minutes(r.handling.p90), 7);
    }
    s << "(waits and handling in minutes; left = gave up waiting before the call)\n";
    s << "Longest waits:";
    for (const LongWait &w : longest)
        s << " " << w.number << " (" << w.service << ", issued " << w.issuedAt << ") "
          << QString::number(w.minutes, 'f', 1) << " min;";
    s << "\n";
    s << "Window utilisation: " << QString::number(utilisation * 100, 'f', 0) << "% over " << windowsStaffed
      << " staffed windows (least " << QString::number(minUtilisation * 100, 'f', 0) << "%, most "
      << QString::number(maxUtilisation * 100, 'f', 0) << "%)\n";
    const EstimateEvaluation &e = rows.last().estimates;
    if (e.compared > 0) {
        s << "Wait estimate vs naive on " << e.compared << " tickets: MAE " << minutes(e.maeSeconds) << " vs "
          << minutes(e.naiveMaeSeconds) << " min (" << QString::number(e.maeRatio(), 'f', 2) << "x), waited >5 min past the promise "
          << QString::number(e.lateShare * 100, 'f', 1) << "% vs " << QString::number(e.naiveLateShare * 100, 'f', 1)
          << "%\n";
    }
    if (backendFailures > 0)
        s << "Back-end failures: " << backendFailures << "\n";
    return out;
}

QString DayReport::csvHeader()
{
    return u"day,service,issued,served,no_show,abandoned,unserved,turned_away,"
           "wait_mean_s,wait_p50_s,wait_p90_s,wait_p99_s,wait_max_s,handling_mean_s,handling_p90_s,"
           "estimate_compared,estimate_mae_s,naive_mae_s,estimate_late_share,naive_late_share,utilisation\n"_s;
}

QString DayReport::csvRows() const
{
    QString out;
    for (const Row &r : rows) {
        out += u"%1,%2,%3,%4,%5,%6,%7,%8,"_s.arg(day.toString(Qt::ISODate), r.service)
                   .arg(r.issued)
                   .arg(r.served)
                   .arg(r.noShow)
                   .arg(r.abandoned)
                   .arg(r.unserved)
                   .arg(r.turnedAway);
        out += u"%1,%2,%3,%4,%5,%6,%7,"_s.arg(r.wait.mean, 0, 'f', 1)
                   .arg(r.wait.p50, 0, 'f', 1)
                   .arg(r.wait.p90, 0, 'f', 1)
                   .arg(r.wait.p99, 0, 'f', 1)
                   .arg(r.wait.max, 0, 'f', 1)
                   .arg(r.handling.mean, 0, 'f', 1)
                   .arg(r.handling.p90, 0, 'f', 1);
        out += u"%1,%2,%3,%4,%5,%6\n"_s.arg(r.estimates.compared)
                   .arg(r.estimates.maeSeconds, 0, 'f', 1)
                   .arg(r.estimates.naiveMaeSeconds, 0, 'f', 1)
                   .arg(r.estimates.lateShare, 0, 'f', 4)
                   .arg(r.estimates.naiveLateShare, 0, 'f', 4)
                   .arg(r.service == u"all"_s ? utilisation : 0.0, 0, 'f', 3);
    }
    return out;
}

} // namespace hallq::sim
