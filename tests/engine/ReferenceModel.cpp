#include "ReferenceModel.h"

#include <algorithm>
#include <tuple>

namespace hallq::engine::test {

using E = ErrorCode;

ReferenceModel::ReferenceModel(HallConfig config) : m_config(std::move(config))
{
    for (const WindowConfig &w : m_config.windows)
        m_windows.insert(w.number, Window{});
}

bool ReferenceModel::mayCall(int w, const Ticket &t) const
{
    if (t.target != 0)
        return t.target == w;
    const WindowConfig *cfg = m_config.window(w);
    for (const WorkProfileEntry &e : cfg->profile) {
        if (e.serviceId == t.service)
            return true;
    }
    return false;
}

QList<qint64> ReferenceModel::candidates(int w) const
{
    QList<qint64> result;
    for (const Ticket &t : m_tickets) {
        if (t.state == TicketState::Waiting && mayCall(w, t))
            result.append(t.id);
    }
    return result;
}

int ReferenceModel::tier(const Ticket &t, int w, const QDateTime &now) const
{
    if (isDue(t))
        return 0;
    if (t.cls == TicketClass::Green)
        return 1;
    if (t.target == w)
        return 2;
    if (t.cls == TicketClass::Appointment && t.slot <= now)
        return 3;
    return 4;
}

std::optional<ErrorCode> ReferenceModel::checkActive(int w) const
{
    if (!m_windows.contains(w))
        return E::UnknownWindow;
    if (m_windows[w].state == WindowState::Closed)
        return E::WindowNotOpen;
    if (m_windows[w].state == WindowState::Paused)
        return E::WindowPaused;
    return std::nullopt;
}

std::optional<ErrorCode> ReferenceModel::checkIdle(int w) const
{
    if (auto e = checkActive(w))
        return e;
    if (m_windows[w].current != 0)
        return E::WindowBusy;
    return std::nullopt;
}

std::optional<ErrorCode> ReferenceModel::checkBusy(int w) const
{
    if (auto e = checkActive(w))
        return e;
    if (m_windows[w].current == 0)
        return E::WindowIdle;
    return std::nullopt;
}

ReferenceModel::Outcome ReferenceModel::issue(const IssueCommand &cmd)
{
    const ServiceConfig *s = m_config.service(cmd.serviceId);
    if (!s)
        return error(E::UnknownService);
    if (cmd.ticketClass == TicketClass::Green && !s->greenChannel)
        return error(E::ClassNotAccepted);
    if (cmd.ticketClass == TicketClass::Appointment && !s->appointments)
        return error(E::ClassNotAccepted);
    if (s->realName) {
        if (cmd.identityHash.isEmpty())
            return error(E::RealNameRequired);
        int held = 0;
        for (const Ticket &t : m_tickets) {
            if (t.identity == cmd.identityHash && t.service == s->id &&
                (t.state == TicketState::Waiting || t.state == TicketState::Called ||
                 t.state == TicketState::Serving || t.state == TicketState::Parked))
                ++held;
        }
        if (held >= s->realNameLimit)
            return error(E::RealNameLimit);
    }
    const int sequence = std::max(m_lastSequence.value(s->id) + 1, s->numberMin);
    if (m_issued.value(s->id) >= s->dailyCap || sequence > s->numberMax)
        return error(E::SoldOut);
    m_lastSequence[s->id] = sequence;
    ++m_issued[s->id];

    Ticket t;
    t.id = ++m_lastId;
    t.service = s->id;
    const int width = std::max(3, int(QString::number(s->numberMax).size()));
    t.number = s->prefix + QString::number(sequence).rightJustified(width, u'0');
    t.cls = cmd.ticketClass;
    t.order = t.issueOrder = ++m_lastOrder;
    t.slot = cmd.slotStart;
    t.identity = cmd.identityHash;
    m_tickets.insert(t.id, t);
    return {std::nullopt, t.id, {}};
}

ReferenceModel::Outcome ReferenceModel::openWindow(int w, const QString &staff)
{
    if (!m_windows.contains(w))
        return error(E::UnknownWindow);
    if (staff.isEmpty())
        return error(E::InvalidArgument);
    if (m_windows[w].state != WindowState::Closed)
        return m_windows[w].staff == staff ? Outcome{} : error(E::WrongState);
    for (const Window &other : m_windows) {
        if (other.state != WindowState::Closed && other.staff == staff)
            return error(E::StaffAlreadyOpen);
    }
    m_windows[w] = Window{WindowState::Idle, staff, 0};
    return {};
}

ReferenceModel::Outcome ReferenceModel::closeWindow(int w)
{
    if (!m_windows.contains(w))
        return error(E::UnknownWindow);
    if (m_windows[w].state == WindowState::Closed)
        return error(E::WindowNotOpen);
    if (m_windows[w].current != 0)
        return error(E::WindowBusy);
    m_windows[w] = Window{};
    return {};
}

ReferenceModel::Outcome ReferenceModel::pauseWindow(int w)
{
    if (auto e = checkIdle(w))
        return error(*e);
    m_windows[w].state = WindowState::Paused;
    return {};
}

ReferenceModel::Outcome ReferenceModel::resumeWindow(int w)
{
    if (!m_windows.contains(w))
        return error(E::UnknownWindow);
    if (m_windows[w].state == WindowState::Closed)
        return error(E::WindowNotOpen);
    if (m_windows[w].state != WindowState::Paused)
        return error(E::WrongState);
    m_windows[w].state = WindowState::Idle;
    return {};
}

ReferenceModel::Outcome ReferenceModel::callNext(int w, const QDateTime &now)
{
    if (auto e = checkIdle(w))
        return error(*e);
    QList<qint64> ids = candidates(w);
    if (ids.isEmpty())
        return error(E::NothingWaiting);
    // The lowest (tier, key) wins, except that tier 4 is shared by weight.
    const auto key = [&](qint64 id) {
        const Ticket &t = m_tickets[id];
        const int k = tier(t, w, now);
        const qint64 a = k == 0 ? t.issueOrder : k == 3 ? t.slot.toMSecsSinceEpoch() : t.order;
        return std::make_tuple(k, a, k == 3 ? t.order : 0, t.id);
    };
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) { return key(a) < key(b); });
    const int best = std::get<0>(key(ids.first()));
    static const char *const names[] = {"due", "green", "targeted", "appointment", "queue"};
    qint64 chosen = ids.first();
    if (best == 4) {
        // nginx smooth weighted round-robin over the profile's services that have someone waiting.
        QString pick;
        qint64 pickCredit = 0, total = 0;
        QMap<QString, qint64> &credit = m_credit[w];
        for (const WorkProfileEntry &e : m_config.window(w)->profile) {
            const bool waiting = std::any_of(ids.cbegin(), ids.cend(),
                                             [&](qint64 id) { return m_tickets[id].service == e.serviceId; });
            if (!waiting)
                continue;
            credit[e.serviceId] += e.weight;
            total += e.weight;
            if (pick.isEmpty() || credit[e.serviceId] > pickCredit) {
                pick = e.serviceId;
                pickCredit = credit[e.serviceId];
            }
        }
        credit[pick] -= total;
        chosen = *std::find_if(ids.cbegin(), ids.cend(), [&](qint64 id) { return m_tickets[id].service == pick; });
    }
    call(w, chosen, false);
    return {std::nullopt, chosen, QString::fromLatin1(names[best])};
}

ReferenceModel::Outcome ReferenceModel::callTicket(int w, qint64 id)
{
    if (auto e = checkIdle(w))
        return error(*e);
    if (!m_tickets.contains(id))
        return error(E::UnknownTicket);
    if (m_tickets[id].state != TicketState::Waiting)
        return error(E::WrongState);
    if (!mayCall(w, m_tickets[id]))
        return error(E::NotServedHere);
    call(w, id, true);
    return {std::nullopt, id, {}};
}

void ReferenceModel::call(int w, qint64 id, bool explicitChoice)
{
    for (qint64 other : candidates(w)) {
        if (other == id)
            continue;
        Ticket &t = m_tickets[other];
        if (explicitChoice && isDue(t))
            ++t.explicitPassesWhileDue;
        ++t.bypass;
    }
    Ticket &t = m_tickets[id];
    t.state = TicketState::Called;
    t.window = w;
    if (t.firstWindow == 0)
        t.firstWindow = w;
    t.recalls = 0;
    m_windows[w].state = WindowState::Calling;
    m_windows[w].current = id;
}

void ReferenceModel::release(int w)
{
    m_windows[w].state = WindowState::Idle;
    m_windows[w].current = 0;
}

ReferenceModel::Outcome ReferenceModel::recall(int w)
{
    if (auto e = checkBusy(w))
        return error(*e);
    Ticket &t = m_tickets[m_windows[w].current];
    if (t.state != TicketState::Called)
        return error(E::WrongState);
    if (t.recalls >= m_config.rules.recallLimit) {
        t.state = TicketState::NoShow;
        release(w);
    } else {
        ++t.recalls;
    }
    return {};
}

ReferenceModel::Outcome ReferenceModel::startServing(int w)
{
    if (auto e = checkBusy(w))
        return error(*e);
    Ticket &t = m_tickets[m_windows[w].current];
    if (t.state != TicketState::Called)
        return error(E::WrongState);
    t.state = TicketState::Serving;
    m_windows[w].state = WindowState::Serving;
    return {};
}

ReferenceModel::Outcome ReferenceModel::finish(int w)
{
    if (auto e = checkBusy(w))
        return error(*e);
    Ticket &t = m_tickets[m_windows[w].current];
    if (t.state != TicketState::Serving)
        return error(E::WrongState);
    t.state = TicketState::Finished;
    release(w);
    return {};
}

ReferenceModel::Outcome ReferenceModel::noShow(int w)
{
    if (auto e = checkBusy(w))
        return error(*e);
    Ticket &t = m_tickets[m_windows[w].current];
    if (t.state != TicketState::Called)
        return error(E::WrongState);
    t.state = TicketState::NoShow;
    release(w);
    return {};
}

void ReferenceModel::rejoin(Ticket &t, Placement p)
{
    t.state = TicketState::Waiting;
    t.window = 0;
    t.recalls = 0;
    t.bypass = 0;
    ++t.wait;
    t.explicitPassesWhileDue = 0;
    t.dueAheadWhileDue.clear();
    if (p == Placement::ByIssueTime) {
        t.order = t.issueOrder;
        return;
    }
    if (p == Placement::Front) {
        std::optional<qint64> lowest;
        for (const Ticket &o : m_tickets) {
            const bool sameQueue = t.target != 0 ? o.target == t.target : o.service == t.service;
            if (o.id != t.id && o.state == TicketState::Waiting && sameQueue)
                lowest = std::min(lowest.value_or(o.order), o.order);
        }
        if (lowest) {
            t.order = *lowest - 1;
            return;
        }
    }
    t.order = ++m_lastOrder;
}

ReferenceModel::Outcome ReferenceModel::reactivate(qint64 id, std::optional<Placement> placement)
{
    if (!m_tickets.contains(id))
        return error(E::UnknownTicket);
    if (m_tickets[id].state != TicketState::NoShow)
        return error(E::WrongState);
    rejoin(m_tickets[id], placement.value_or(m_config.rules.reactivatePlacement));
    return {};
}

ReferenceModel::Outcome ReferenceModel::transfer(const TransferCommand &cmd)
{
    if (auto e = checkBusy(cmd.window))
        return error(*e);
    if (cmd.toService.isEmpty() == (cmd.toWindow == 0))
        return error(E::InvalidArgument);
    if (!cmd.toService.isEmpty() && !m_config.service(cmd.toService))
        return error(E::UnknownService);
    if (cmd.toWindow != 0 && !m_windows.contains(cmd.toWindow))
        return error(E::UnknownWindow);
    if (cmd.toWindow == cmd.window)
        return error(E::InvalidArgument);
    Ticket &t = m_tickets[m_windows[cmd.window].current];
    if (!cmd.toService.isEmpty()) {
        t.service = cmd.toService;
        t.target = 0;
    } else {
        t.target = cmd.toWindow;
    }
    ++t.transfers;
    rejoin(t, cmd.placement);
    release(cmd.window);
    return {};
}

ReferenceModel::Outcome ReferenceModel::park(int w)
{
    if (auto e = checkBusy(w))
        return error(*e);
    m_tickets[m_windows[w].current].state = TicketState::Parked;
    release(w);
    return {};
}

ReferenceModel::Outcome ReferenceModel::unpark(int w, qint64 id)
{
    if (auto e = checkIdle(w))
        return error(*e);
    if (!m_tickets.contains(id))
        return error(E::UnknownTicket);
    if (m_tickets[id].state != TicketState::Parked)
        return error(E::WrongState);
    if (m_tickets[id].window != w)
        return error(E::NotServedHere);
    call(w, id, true);
    return {};
}

ReferenceModel::Outcome ReferenceModel::cancel(qint64 id)
{
    if (!m_tickets.contains(id))
        return error(E::UnknownTicket);
    Ticket &t = m_tickets[id];
    if (t.state != TicketState::Waiting && t.state != TicketState::Parked && t.state != TicketState::NoShow)
        return error(E::WrongState);
    t.state = TicketState::Cancelled;
    return {};
}

void ReferenceModel::noteDueCompetition()
{
    for (Ticket &t : m_tickets) {
        if (t.state != TicketState::Waiting || !isDue(t))
            continue;
        for (const Ticket &u : std::as_const(m_tickets)) {
            if (u.id == t.id || u.state != TicketState::Waiting || !isDue(u) || u.issueOrder >= t.issueOrder)
                continue;
            const bool shareAWindow = std::any_of(m_windows.keyBegin(), m_windows.keyEnd(),
                                                  [&](int w) { return mayCall(w, t) && mayCall(w, u); });
            if (shareAWindow)
                t.dueAheadWhileDue.insert(waitKey(u));
        }
    }
}

} // namespace hallq::engine::test
