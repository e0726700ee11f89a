#include "sim/DaySimulation.h"

#include "sim/SimLog.h"

#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace hallq::sim {

using Outcome = HallBackend::Outcome;
using engine::PauseReason;
using engine::TicketClass;

namespace {

// Piecewise-linear relative arrival rate at a local time of day.
double rateAt(const QList<Scenario::RatePoint> &curve, int secondOfDay)
{
    for (qsizetype i = 1; i < curve.size(); ++i) {
        const int a = curve[i - 1].at.msecsSinceStartOfDay() / 1000;
        const int b = curve[i].at.msecsSinceStartOfDay() / 1000;
        if (secondOfDay >= a && secondOfDay < b) {
            const double f = double(secondOfDay - a) / double(b - a);
            return curve[i - 1].rate + f * (curve[i].rate - curve[i - 1].rate);
        }
    }
    return 0;
}

} // namespace

DaySimulation::DaySimulation(const Scenario &scenario, const engine::HallConfig &hall, HallBackend &backend,
                             Scheduler &scheduler)
    : m_scenario(scenario), m_hall(hall), m_backend(backend), m_scheduler(scheduler)
{
}

qint64 DaySimulation::localMs(const QDate &day, const QTime &time) const
{
    return QDateTime(day, time, m_hall.calendar.timeZone).toMSecsSinceEpoch();
}

DayOutcome DaySimulation::run(const QDate &day, quint64 seed)
{
    m_out = DayOutcome{};
    m_out.day = day;
    m_counters.clear();
    m_byId.clear();
    m_plans.clear();
    SimRandom random(seed);
    m_backend.startDay(day);
    plan(day, random);
    m_scheduler.run([this] { return m_inFlight > 0; });
    for (Counter &c : m_counters) {
        if (c.state == Counter::State::Open)
            c.day.staffedMs += m_scheduler.nowMs() - c.openSince;
        m_out.windows.append(c.day);
    }
    return std::move(m_out);
}

void DaySimulation::plan(const QDate &day, SimRandom &random)
{
    // Staff: each window's shifts, merged across the staffing entries.
    for (const auto &entry : m_scenario.staffing) {
        for (int w : entry.windows) {
            Counter &c = m_counters[w];
            c.number = w;
            c.day.number = w;
            for (const auto &h : entry.hours)
                c.shifts.append({localMs(day, h.start), localMs(day, h.end)});
        }
    }
    for (Counter &c : m_counters) {
        std::sort(c.shifts.begin(), c.shifts.end());
        QList<std::pair<qint64, qint64>> merged;
        for (const auto &s : std::as_const(c.shifts)) {
            if (!merged.isEmpty() && s.first <= merged.last().second)
                merged.last().second = std::max(merged.last().second, s.second);
            else
                merged.append(s);
        }
        c.shifts = merged;
        if (const auto *config = m_hall.window(c.number))
            for (const auto &e : config->profile)
                c.services.append(e.serviceId);
        const int number = c.number;
        for (int i = 0; i < c.shifts.size(); ++i) {
            m_scheduler.at(c.shifts[i].first, [this, number] { startShift(m_counters[number]); });
            m_scheduler.at(c.shifts[i].second, [this, number] { endShift(m_counters[number]); });
            // Short pauses (a meeting, a phone call) while staffed.
            if (m_scenario.pausesPerWindowHour <= 0)
                continue;
            const double meanGapMs = 3'600'000.0 / m_scenario.pausesPerWindowHour;
            for (double t = double(c.shifts[i].first) + random.exponential(meanGapMs); t < double(c.shifts[i].second);
                 t += random.exponential(meanGapMs)) {
                const qint64 length = qint64(random.exponential(m_scenario.pauseMeanMinutes * 60'000.0));
                m_scheduler.at(qint64(t), [this, number, length] {
                    Counter &counter = m_counters[number];
                    if (counter.state != Counter::State::Open)
                        return;
                    counter.pauseWanted = true;
                    counter.pauseMs = length;
                    if (!counter.busy && !counter.inFlight)
                        takePause(counter);
                });
            }
        }
    }

    // Citizens: a non-homogeneous Poisson process along the curve (thinning).
    const auto &curve = m_scenario.arrivalCurve;
    if (curve.size() < 2 || m_scenario.ticketsPerDay <= 0)
        return;
    const int first = curve.first().at.msecsSinceStartOfDay() / 1000;
    const int last = curve.last().at.msecsSinceStartOfDay() / 1000;
    double area = 0, peak = 0;
    for (int s = first; s < last; s += 60) {
        area += rateAt(curve, s) * 60;
        peak = std::max(peak, rateAt(curve, s));
    }
    if (area <= 0 || peak <= 0)
        return;
    const double peakPerSecond = m_scenario.ticketsPerDay * peak / area;
    QList<double> shares;
    for (const auto &m : m_scenario.services)
        shares.append(m.share);
    const qint64 dayStart = localMs(day, QTime(0, 0));
    qint64 people = 0;
    for (double t = first + random.exponential(1 / peakPerSecond); t < last;
         t += random.exponential(1 / peakPerSecond)) {
        if (!random.chance(rateAt(curve, int(t)) / peak))
            continue;
        Arrival a;
        a.atMs = dayStart + qint64(t * 1000);
        const auto &mix = m_scenario.services[random.pick(shares)];
        const engine::ServiceConfig *service = m_hall.service(mix.id);
        a.issue.serviceId = mix.id;
        a.issue.person = u"sim-%1-%2-%3"_s.arg(day.toString(Qt::ISODate)).arg(m_scenario.seed).arg(++people);
        const bool green = random.chance(m_scenario.greenShare);
        const bool appointment = random.chance(m_scenario.appointmentShare);
        if (green && service && service->greenChannel) {
            a.issue.ticketClass = TicketClass::Green;
        } else if (appointment && service && service->appointments) {
            a.issue.ticketClass = TicketClass::Appointment;
            // Booked for a slot that starts within the next 20 minutes (check-in opens early).
            a.issue.slotStart = QDateTime::fromMSecsSinceEpoch(a.atMs + qint64(random.uniform(0, 20 * 60'000)), Qt::UTC);
        }
        a.holder.serviceId = mix.id;
        a.holder.ticketClass = a.issue.ticketClass;
        if (m_scenario.patienceMinutes > 0)
            a.holder.leavesAtMs = a.atMs + qint64(random.exponential(m_scenario.patienceMinutes * 60'000.0));
        a.holder.absent = random.chance(m_scenario.noShowRate);
        a.holder.needsRecall = random.chance(m_scenario.recallShare);
        a.holder.transfers = random.chance(m_scenario.transferShare);
        a.handlingSeconds = random.lognormal(mix.meanSeconds, mix.cv);
        a.walkSeconds = random.uniform(m_scenario.walkSecondsMin, m_scenario.walkSecondsMax);
        m_scheduler.at(a.atMs, [this, a] { arrive(a); });
    }
}

HallBackend::Done DaySimulation::track(std::function<void(const HallBackend::Reply &)> then)
{
    ++m_inFlight;
    return [this, then = std::move(then)](const HallBackend::Reply &reply) {
        --m_inFlight;
        if (reply.outcome == Outcome::Failed)
            ++m_out.backendFailures;
        then(reply);
    };
}

void DaySimulation::arrive(const Arrival &a)
{
    m_backend.issue(a.issue, track([this, a](const HallBackend::Reply &reply) {
        if (reply.outcome != Outcome::Ok) {
            ++m_out.turnedAway[a.issue.serviceId][reply.code.isEmpty() ? u"failed"_s : reply.code];
            return;
        }
        TicketRecord r = a.holder;
        r.id = reply.ticketId;
        r.number = reply.number;
        r.issuedMs = m_scheduler.nowMs();
        if (r.leavesAtMs >= 0)
            r.leavesAtMs += r.issuedMs - a.atMs;
        r.estimateSeconds = reply.estimateSeconds;
        r.naiveSeconds = reply.naiveSeconds;
        r.estimateNs = reply.estimateNs;
        r.estimateWallNs = reply.estimateWallNs;
        m_byId.insert(r.id, m_out.tickets.size());
        m_out.tickets.push_back(r);
        m_plans.insert(r.id, a);
        poke(a.issue.serviceId);
    }));
}

TicketRecord *DaySimulation::record(qint64 ticketId)
{
    const auto it = m_byId.constFind(ticketId);
    return it == m_byId.constEnd() ? nullptr : &m_out.tickets[*it];
}

void DaySimulation::setState(Counter &c, Counter::State state)
{
    const qint64 now = m_scheduler.nowMs();
    if (c.state == Counter::State::Open && state != Counter::State::Open)
        c.day.staffedMs += now - c.openSince;
    if (state == Counter::State::Open && c.state != Counter::State::Open)
        c.openSince = now;
    c.state = state;
}

bool DaySimulation::shiftOver(const Counter &c) const
{
    return c.shift >= c.shifts.size() || m_scheduler.nowMs() >= c.shifts[c.shift].second;
}

bool DaySimulation::laterShift(const Counter &c) const
{
    return c.shift + 1 < c.shifts.size();
}

void DaySimulation::startShift(Counter &c)
{
    const qint64 now = m_scheduler.nowMs();
    while (c.shift < c.shifts.size() && c.shifts[c.shift].second <= now)
        ++c.shift;
    c.draining = false;
    if (c.state == Counter::State::Closed) {
        m_backend.openWindow(c.number, track([this, number = c.number](const HallBackend::Reply &reply) {
            Counter &counter = m_counters[number];
            if (reply.outcome != Outcome::Ok) {
                qCWarning(lcSim) << "window" << number << "could not open:" << reply.code;
                return;
            }
            setState(counter, Counter::State::Open);
            seek(counter);
        }));
    } else if (c.state == Counter::State::Paused) {
        m_backend.resumeWindow(c.number, track([this, number = c.number](const HallBackend::Reply &reply) {
            Counter &counter = m_counters[number];
            if (reply.outcome == Outcome::Ok) {
                counter.lunch = false;
                setState(counter, Counter::State::Open);
            }
            seek(counter);
        }));
    } else {
        seek(c);
    }
}

void DaySimulation::endShift(Counter &c)
{
    if (c.state == Counter::State::Open && !c.busy && !c.inFlight)
        leave(c);
    // A busy window leaves when its case is done (release → seek → leave).
}

void DaySimulation::leave(Counter &c)
{
    if (laterShift(c)) {
        ++c.shift;
        c.inFlight = true;
        m_backend.pauseWindow(c.number, PauseReason::Lunch,
                              track([this, number = c.number](const HallBackend::Reply &reply) {
                                  Counter &counter = m_counters[number];
                                  counter.inFlight = false;
                                  if (reply.outcome == Outcome::Ok) {
                                      counter.lunch = true;
                                      setState(counter, Counter::State::Paused);
                                  }
                              }));
        return;
    }
    if (m_scenario.drainAtClose && !c.draining) {
        c.draining = true; // serve out the queue, then close
        seek(c);
        return;
    }
    c.inFlight = true;
    m_backend.closeWindow(c.number, track([this, number = c.number](const HallBackend::Reply &reply) {
        Counter &counter = m_counters[number];
        counter.inFlight = false;
        if (reply.outcome == Outcome::Ok)
            setState(counter, Counter::State::Closed);
    }));
}

void DaySimulation::seek(Counter &c)
{
    if (c.state != Counter::State::Open || c.busy || c.inFlight)
        return;
    if (shiftOver(c) && !c.draining) {
        leave(c);
        return;
    }
    if (c.pauseWanted && !c.draining) {
        takePause(c);
        return;
    }
    c.idle = false;
    c.inFlight = true;
    m_backend.callNext(c.number, track([this, number = c.number](const HallBackend::Reply &reply) {
        Counter &counter = m_counters[number];
        counter.inFlight = false;
        if (reply.outcome == Outcome::Ok) {
            called(counter, reply.ticketId);
            return;
        }
        counter.idle = true;
        if (counter.draining)
            leave(counter); // the queue is served out: close
    }));
}

void DaySimulation::poke(const QString &serviceId)
{
    const qint64 at = m_scheduler.nowMs() + qint64(m_scenario.callGapSeconds) * 1000;
    for (Counter &c : m_counters) {
        if (!c.idle || c.state != Counter::State::Open || c.busy || !c.services.contains(serviceId))
            continue;
        c.idle = false;
        m_scheduler.at(at, [this, number = c.number] { seek(m_counters[number]); });
    }
}

void DaySimulation::called(Counter &c, qint64 ticketId)
{
    const qint64 now = m_scheduler.nowMs();
    c.busy = true;
    c.busySince = now;
    c.ticket = ticketId;
    c.recalls = 0;
    ++c.day.calls;
    TicketRecord *r = record(ticketId);
    const bool first = r && r->firstCalledMs < 0;
    if (first) {
        r->firstCalledMs = now;
        r->firstWindow = c.number;
    }
    const bool present = !r || r->transferred || r->presentAt(now);
    const Arrival plan = m_plans.value(ticketId);
    const qint64 walk = qint64(plan.walkSeconds * 1000);
    const qint64 interval = qint64(m_scenario.recallIntervalSeconds) * 1000;
    const int number = c.number;
    if (!present) {
        m_scheduler.at(now + interval, [this, number] { absentLoop(m_counters[number]); });
        return;
    }
    if (first && r->needsRecall) {
        m_scheduler.at(now + interval, [this, number, walk] {
            m_backend.recall(number, track([this, number, walk](const HallBackend::Reply &) {
                m_scheduler.at(m_scheduler.nowMs() + walk, [this, number] { serve(m_counters[number]); });
            }));
        });
        return;
    }
    m_scheduler.at(now + walk, [this, number] { serve(m_counters[number]); });
}

void DaySimulation::absentLoop(Counter &c)
{
    const int number = c.number;
    if (c.recalls < m_hall.rules.recallLimit) {
        ++c.recalls;
        m_backend.recall(number, track([this, number](const HallBackend::Reply &) {
            m_scheduler.at(m_scheduler.nowMs() + qint64(m_scenario.recallIntervalSeconds) * 1000,
                           [this, number] { absentLoop(m_counters[number]); });
        }));
        return;
    }
    m_backend.noShow(number, track([this, number](const HallBackend::Reply &) {
        Counter &counter = m_counters[number];
        if (TicketRecord *r = record(counter.ticket))
            r->outcome = r->leavesAtMs >= 0 && r->leavesAtMs <= r->firstCalledMs ? TicketRecord::Outcome::Abandoned
                                                                                 : TicketRecord::Outcome::NoShow;
        release(counter);
    }));
}

void DaySimulation::serve(Counter &c)
{
    const int number = c.number;
    m_backend.startServing(number, track([this, number](const HallBackend::Reply &) {
        Counter &counter = m_counters[number];
        TicketRecord *r = record(counter.ticket);
        if (r && r->servingMs < 0)
            r->servingMs = m_scheduler.nowMs();
        const double seconds = m_plans.value(counter.ticket).handlingSeconds;
        m_scheduler.at(m_scheduler.nowMs() + qint64(std::max(1.0, seconds) * 1000),
                       [this, number] { done(m_counters[number]); });
    }));
}

void DaySimulation::done(Counter &c)
{
    const int number = c.number;
    TicketRecord *r = record(c.ticket);
    if (r && r->transfers && !r->transferred && !m_scenario.transferTo.isEmpty()) {
        m_backend.transfer(number, m_scenario.transferTo, track([this, number](const HallBackend::Reply &reply) {
            Counter &counter = m_counters[number];
            if (TicketRecord *t = record(counter.ticket); t && reply.outcome == Outcome::Ok)
                t->transferred = true;
            release(counter);
            poke(m_scenario.transferTo);
        }));
        return;
    }
    m_backend.finish(number, track([this, number](const HallBackend::Reply &) {
        Counter &counter = m_counters[number];
        if (TicketRecord *t = record(counter.ticket)) {
            t->doneMs = m_scheduler.nowMs();
            t->outcome = TicketRecord::Outcome::Served;
        }
        release(counter);
    }));
}

void DaySimulation::release(Counter &c)
{
    const qint64 now = m_scheduler.nowMs();
    c.busy = false;
    c.day.busyMs += now - c.busySince;
    c.ticket = 0;
    m_scheduler.at(now + qint64(m_scenario.callGapSeconds) * 1000, [this, number = c.number] {
        Counter &counter = m_counters[number];
        if (shiftOver(counter) && !counter.draining && counter.state == Counter::State::Open)
            leave(counter);
        else
            seek(counter);
    });
}

void DaySimulation::takePause(Counter &c)
{
    c.pauseWanted = false;
    const qint64 now = m_scheduler.nowMs();
    if (c.shift < c.shifts.size() && now + c.pauseMs >= c.shifts[c.shift].second) {
        seek(c); // the shift ends first: no point pausing
        return;
    }
    c.inFlight = true;
    const int number = c.number;
    const qint64 length = c.pauseMs;
    m_backend.pauseWindow(number, PauseReason::Other, track([this, number, length](const HallBackend::Reply &reply) {
        Counter &counter = m_counters[number];
        counter.inFlight = false;
        if (reply.outcome != Outcome::Ok) {
            seek(counter);
            return;
        }
        setState(counter, Counter::State::Paused);
        m_scheduler.at(m_scheduler.nowMs() + length, [this, number] {
            Counter &back = m_counters[number];
            if (back.state != Counter::State::Paused || back.lunch)
                return;
            back.inFlight = true;
            m_backend.resumeWindow(number, track([this, number](const HallBackend::Reply &r) {
                Counter &again = m_counters[number];
                again.inFlight = false;
                if (r.outcome == Outcome::Ok)
                    setState(again, Counter::State::Open);
                seek(again);
            }));
        });
    }));
}

} // namespace hallq::sim
