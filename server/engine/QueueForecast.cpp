#include "engine/QueueForecast.h"

#include <algorithm>
#include <functional>
#include <queue>
#include <tuple>

namespace hallq::engine {

namespace {

enum class Kind : char { Real, NewTicket, Expected };

struct SimTicket
{
    qint64 id;
    int service;
    int target;
    bool green;
    bool appointment;
    qint64 slotMs;
    qint64 order;
    qint64 issueOrder;
    qint64 threshold; // due once the calls that can pass it over reach this
    Kind kind;
    bool taken = false;
};

template <class T>
using MinHeap = std::priority_queue<T, std::vector<T>, std::greater<T>>;

// The arbitration key of Arbiter::before: tier, then the tier's order.
using Key = std::tuple<int, qint64, qint64, qint64>;
constexpr int kDue = 0, kGreen = 1, kTargeted = 2, kAppointment = 3;

struct ServiceQueue
{
    std::vector<int> plain; // by order; appointments too (they wait as walk-ins until their slot)
    size_t plainHead = 0;
    std::vector<int> green; // by order
    size_t greenHead = 0;
    MinHeap<std::pair<std::pair<qint64, qint64>, int>> due;         // (issueOrder, id)
    MinHeap<std::pair<std::pair<qint64, qint64>, int>> appointment; // (slot, order)
    MinHeap<std::pair<qint64, int>> aging;                          // (threshold, ticket)
    qint64 calls = 0; // calls by windows that serve the service
    std::vector<int> windows;
};

struct WindowSim
{
    std::vector<std::pair<int, int>> profile; // deduplicated
    std::vector<qint64> credit;
    std::vector<int> targeted;
    qint64 calls = 0;
    int interval = 0;
    bool idle = false;
    bool done = false;
};

struct Stream
{
    qint64 cursor;
    double need = 0.5; // tickets still to accumulate before the next arrival
    int piece = 0;
};

class Simulation
{
public:
    Simulation(const QueueForecast::Input &in, QueueForecast::Result &out) : m_in(in), m_out(out) {}

    void run()
    {
        setUp();
        while (!m_events.empty() && m_remaining > 0 && m_alive > 0) {
            const auto [t, kind, index] = m_events.top();
            m_events.pop();
            ++m_out.steps;
            if (kind == 0)
                arrive(index, t);
            else
                serve(index, t);
        }
    }

private:
    void setUp()
    {
        const size_t services = m_in.handlingSeconds.size();
        m_queues.resize(services);
        m_windows.resize(m_in.windows.size());
        m_out.newTicketAtMs.assign(services, QueueForecast::kNever);
        for (size_t w = 0; w < m_in.windows.size(); ++w) {
            WindowSim &ws = m_windows[w];
            for (const auto &entry : m_in.windows[w].profile) {
                const int service = entry.first;
                if (service < 0 || size_t(service) >= services)
                    continue;
                if (std::none_of(ws.profile.begin(), ws.profile.end(), [&](const auto &e) { return e.first == service; })) {
                    ws.profile.emplace_back(service, std::max(1, entry.second));
                    m_queues[size_t(service)].windows.push_back(int(w));
                }
            }
            ws.credit.assign(ws.profile.size(), 0);
        }

        qint64 maxOrder = 0, maxIssue = 0;
        std::vector<int> real;
        for (const auto &w : m_in.waiting) {
            maxOrder = std::max(maxOrder, w.order);
            maxIssue = std::max(maxIssue, w.issueOrder);
            if (w.service < 0 || size_t(w.service) >= services)
                continue;
            SimTicket t{w.id, w.service, w.targetWindow, w.green, w.appointment, w.slotMs, w.order, w.issueOrder,
                        qint64(m_in.agingLimit) - w.bypassCount, Kind::Real};
            if (t.target >= int(m_windows.size()))
                continue;
            real.push_back(int(m_tickets.size()));
            m_tickets.push_back(t);
        }
        // Each queue in call order before the new and expected tickets join behind.
        std::sort(real.begin(), real.end(), [&](int a, int b) {
            return std::tie(m_tickets[size_t(a)].order, m_tickets[size_t(a)].id) <
                   std::tie(m_tickets[size_t(b)].order, m_tickets[size_t(b)].id);
        });
        for (int i : real)
            enqueue(i);
        m_remaining = int(real.size());
        m_nextOrder = maxOrder + 1;
        m_nextIssue = maxIssue + 1;
        if (m_in.newTickets) {
            for (size_t s = 0; s < services; ++s) {
                if (m_queues[s].windows.empty())
                    continue;
                m_tickets.push_back({0, int(s), -1, false, false, 0, m_nextOrder, m_nextIssue + qint64(s),
                                     qint64(m_in.agingLimit), Kind::NewTicket});
                enqueue(int(m_tickets.size()) - 1);
                ++m_remaining;
            }
            m_nextIssue += qint64(services);
        }
        ++m_nextOrder;

        m_streams.resize(m_in.arrivals.size());
        for (size_t k = 0; k < m_in.arrivals.size(); ++k) {
            m_streams[k].cursor = m_in.nowMs;
            scheduleArrival(int(k));
        }
        for (size_t w = 0; w < m_windows.size(); ++w) {
            if (m_in.windows[w].staffed.isEmpty()) {
                m_windows[w].done = true;
                continue;
            }
            ++m_alive;
            m_events.emplace(std::max(m_in.nowMs, m_in.windows[w].freeAtMs), 1, int(w));
        }
    }

    void enqueue(int i)
    {
        SimTicket &t = m_tickets[size_t(i)];
        // Thresholds come relative to now (calls still to pass the ticket
        // over) and are kept as the counter value that makes the ticket due.
        if (t.target >= 0) {
            t.threshold += m_windows[size_t(t.target)].calls;
            m_windows[size_t(t.target)].targeted.push_back(i);
            return;
        }
        ServiceQueue &q = m_queues[size_t(t.service)];
        if (t.threshold <= 0)
            q.due.push({{t.issueOrder, t.id}, i});
        else
            q.aging.emplace(t.threshold + q.calls, i);
        if (t.green)
            q.green.push_back(i);
        else
            q.plain.push_back(i);
        if (t.appointment && !t.green)
            q.appointment.push({{t.slotMs, t.order}, i});
    }

    void scheduleArrival(int k)
    {
        const QueueForecast::Arrivals &a = m_in.arrivals[size_t(k)];
        Stream &s = m_streams[size_t(k)];
        while (s.piece < a.rate.size()) {
            const qint64 start = std::max(s.cursor, a.rate[s.piece].first);
            const qint64 end = std::min(a.untilMs, s.piece + 1 < a.rate.size() ? a.rate[s.piece + 1].first : a.untilMs);
            const double perMs = a.rate[s.piece].second / 1000.0;
            if (start < end && perMs > 0) {
                const double expected = double(end - start) * perMs;
                if (expected >= s.need) {
                    const qint64 at = start + qint64(s.need / perMs);
                    s.cursor = at;
                    s.need = 1.0;
                    m_events.emplace(at, 0, k);
                    return;
                }
                s.need -= expected;
            }
            s.cursor = std::max(s.cursor, end);
            ++s.piece;
        }
    }

    void arrive(int k, qint64 t)
    {
        const QueueForecast::Arrivals &a = m_in.arrivals[size_t(k)];
        if (a.service >= 0 && size_t(a.service) < m_queues.size()) {
            const bool appointment = a.cls == QueueForecast::Appointment;
            m_tickets.push_back({-qint64(m_tickets.size()) - 1, a.service, -1, a.cls == QueueForecast::Green,
                                 appointment, t, m_nextOrder++, m_nextIssue++, qint64(m_in.agingLimit),
                                 Kind::Expected});
            enqueue(int(m_tickets.size()) - 1);
            for (int w : m_queues[size_t(a.service)].windows) {
                if (m_windows[size_t(w)].idle) {
                    m_windows[size_t(w)].idle = false;
                    m_events.emplace(t, 1, w);
                }
            }
        }
        scheduleArrival(k);
    }

    void serve(int w, qint64 t)
    {
        WindowSim &ws = m_windows[size_t(w)];
        if (ws.done)
            return;
        const auto &staffed = m_in.windows[size_t(w)].staffed;
        while (ws.interval < staffed.size() && staffed[ws.interval].endMs <= t)
            ++ws.interval;
        if (ws.interval >= staffed.size()) {
            ws.done = true;
            --m_alive;
            return;
        }
        if (t < staffed[ws.interval].startMs) {
            m_events.emplace(staffed[ws.interval].startMs, 1, w);
            return;
        }
        const int pick = choose(w, t);
        if (pick < 0) {
            ws.idle = true;
            return;
        }
        SimTicket &ticket = m_tickets[size_t(pick)];
        ticket.taken = true;
        if (ticket.kind == Kind::NewTicket) {
            // A what-if ticket: record when it would be called, take no window time.
            m_out.newTicketAtMs[size_t(ticket.service)] = t;
            --m_remaining;
            m_events.emplace(t, 1, w);
            return;
        }
        if (ticket.kind == Kind::Real) {
            m_out.calledAtMs.insert(ticket.id, t);
            --m_remaining;
        }
        // Aging: this call passed over every other ticket the window could have called.
        ++ws.calls;
        for (const auto &[service, weight] : ws.profile) {
            ServiceQueue &q = m_queues[size_t(service)];
            ++q.calls;
            while (!q.aging.empty() && q.aging.top().first <= q.calls) {
                const int i = q.aging.top().second;
                q.aging.pop();
                if (!m_tickets[size_t(i)].taken)
                    q.due.push({{m_tickets[size_t(i)].issueOrder, m_tickets[size_t(i)].id}, i});
            }
        }
        const double seconds = m_in.handlingSeconds[size_t(ticket.service)];
        m_events.emplace(t + std::max<qint64>(1, qint64(seconds * 1000.0)), 1, w);
    }

    template <class Heap>
    int top(Heap &heap)
    {
        while (!heap.empty() && m_tickets[size_t(heap.top().second)].taken)
            heap.pop();
        return heap.empty() ? -1 : heap.top().second;
    }

    int head(const std::vector<int> &list, size_t &at)
    {
        while (at < list.size() && m_tickets[size_t(list[at])].taken)
            ++at;
        return at < list.size() ? list[at] : -1;
    }

    int choose(int w, qint64 now)
    {
        WindowSim &ws = m_windows[size_t(w)];
        int best = -1;
        Key bestKey;
        const auto consider = [&](int i, const Key &key) {
            if (i >= 0 && (best < 0 || key < bestKey)) {
                best = i;
                bestKey = key;
            }
        };
        for (const auto &[service, weight] : ws.profile) {
            ServiceQueue &q = m_queues[size_t(service)];
            if (const int i = top(q.due); i >= 0)
                consider(i, {kDue, m_tickets[size_t(i)].issueOrder, 0, m_tickets[size_t(i)].id});
            if (const int i = head(q.green, q.greenHead); i >= 0)
                consider(i, {kGreen, m_tickets[size_t(i)].order, 0, m_tickets[size_t(i)].id});
            if (const int i = top(q.appointment); i >= 0 && m_tickets[size_t(i)].slotMs <= now)
                consider(i, {kAppointment, m_tickets[size_t(i)].slotMs, m_tickets[size_t(i)].order,
                             m_tickets[size_t(i)].id});
        }
        for (int i : ws.targeted) {
            const SimTicket &t = m_tickets[size_t(i)];
            if (t.taken)
                continue;
            if (ws.calls >= t.threshold)
                consider(i, {kDue, t.issueOrder, 0, t.id});
            else
                consider(i, {t.green ? kGreen : kTargeted, t.order, 0, t.id});
        }
        if (best >= 0)
            return best;

        // Plain queue: smooth weighted round-robin over the services with someone waiting.
        qint64 total = 0;
        int chosen = -1;
        qint64 chosenCredit = 0;
        for (size_t e = 0; e < ws.profile.size(); ++e) {
            ServiceQueue &q = m_queues[size_t(ws.profile[e].first)];
            if (head(q.plain, q.plainHead) < 0)
                continue;
            ws.credit[e] += ws.profile[e].second;
            total += ws.profile[e].second;
            if (chosen < 0 || ws.credit[e] > chosenCredit) {
                chosen = int(e);
                chosenCredit = ws.credit[e];
            }
        }
        if (chosen < 0)
            return -1;
        ws.credit[size_t(chosen)] -= total;
        ServiceQueue &q = m_queues[size_t(ws.profile[size_t(chosen)].first)];
        return head(q.plain, q.plainHead);
    }

    const QueueForecast::Input &m_in;
    QueueForecast::Result &m_out;
    std::vector<SimTicket> m_tickets;
    std::vector<ServiceQueue> m_queues;
    std::vector<WindowSim> m_windows;
    std::vector<Stream> m_streams;
    MinHeap<std::tuple<qint64, int, int>> m_events; // (time, 0 arrival | 1 window, index)
    int m_remaining = 0;
    int m_alive = 0;
    qint64 m_nextOrder = 0;
    qint64 m_nextIssue = 0;
};

} // namespace

QueueForecast::Result QueueForecast::run(const Input &input)
{
    Result result;
    result.calledAtMs.reserve(qsizetype(input.waiting.size()));
    Simulation(input, result).run();
    return result;
}

} // namespace hallq::engine
