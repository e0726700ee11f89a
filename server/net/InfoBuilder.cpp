#include "net/InfoBuilder.h"

namespace hallq::net {

using engine::toString;

InfoBuilder::InfoBuilder(const engine::Engine &engine, const QHash<QString, QString> &staffNames)
    : m_engine(engine), m_staffNames(staffNames)
{
}

protocol::ServiceInfo InfoBuilder::service(const engine::ServiceConfig &s) const
{
    protocol::ServiceInfo info;
    info.id = s.id;
    info.name = s.name;
    info.nameEn = s.nameEn;
    info.prefix = s.prefix;
    info.departmentId = s.departmentId;
    info.realName = s.realName;
    info.greenChannel = s.greenChannel;
    info.appointments = s.appointments;
    const auto availability = m_engine.availability(s.id);
    info.open = availability.open;
    if (!availability.open && availability.nextOpen.isValid())
        info.nextOpen = availability.nextOpen;
    return info;
}

protocol::QueueInfo InfoBuilder::queue(const QString &serviceId) const
{
    protocol::QueueInfo info;
    info.serviceId = serviceId;
    info.waiting = m_engine.waitingCount(serviceId);
    info.estimatedWaitSeconds = m_engine.estimateNewTicket(serviceId);
    info.servedToday = m_engine.servedToday(serviceId);
    info.openWindows = m_engine.openWindowsServing(serviceId);
    return info;
}

protocol::WindowInfo InfoBuilder::window(const engine::WindowStatus &status) const
{
    protocol::WindowInfo info;
    info.number = status.number;
    if (const auto *config = m_engine.config().window(status.number)) {
        info.name = config->name;
        info.nameEn = config->nameEn;
        info.type = config->type;
        for (const auto &entry : config->profile)
            info.services.append(entry.serviceId);
    }
    info.state = toString(status.state);
    info.staffId = status.staffId;
    info.staffName = m_staffNames.value(status.staffId);
    info.currentTicketId = status.currentTicket;
    if (const auto *t = status.currentTicket ? m_engine.ticket(status.currentTicket) : nullptr)
        info.currentTicketNumber = t->number;
    if (status.state == engine::WindowState::Paused)
        info.pauseReason = toString(status.pauseReason);
    if (status.since.isValid())
        info.since = status.since;
    return info;
}

protocol::WindowInfo InfoBuilder::window(int number) const
{
    if (const auto *status = m_engine.window(number))
        return window(*status);
    engine::WindowStatus closed;
    closed.number = number;
    return window(closed);
}

protocol::TicketInfo InfoBuilder::ticket(const engine::Ticket &t, Identity identity) const
{
    protocol::TicketInfo info;
    info.id = t.id;
    info.number = t.number;
    info.serviceId = t.serviceId;
    info.ticketClass = toString(t.ticketClass);
    info.state = toString(t.state);
    info.issuedAt = t.issuedAt;
    if (t.calledAt.isValid())
        info.calledAt = t.calledAt;
    if (t.servingAt.isValid())
        info.servingAt = t.servingAt;
    if (t.finishedAt.isValid())
        info.finishedAt = t.finishedAt;
    info.window = t.window;
    info.firstWindow = t.firstWindow;
    info.targetWindow = t.targetWindow;
    info.recallCount = t.recallCount;
    info.recallLimit = m_engine.config().rules.recallLimit;
    info.transferCount = t.transferCount;
    if (t.state == engine::TicketState::Waiting) {
        info.peopleAhead = qMax(0, m_engine.peopleAhead(t.id));
        info.estimatedWaitSeconds = m_engine.estimateTicket(t.id);
    }
    if (identity == Identity::Masked && !t.identityMasked.isEmpty())
        info.identityMasked = t.identityMasked;
    if (identity == Identity::Masked && !t.nameMasked.isEmpty())
        info.nameMasked = t.nameMasked;
    info.note = t.note;
    if (t.state == engine::TicketState::Finished) {
        info.caseType = toString(t.caseType);
        info.outcome = t.outcome;
    }
    return info;
}

protocol::CallInfo InfoBuilder::call(const engine::Ticket &t, int windowNumber, int recall, const QDateTime &at) const
{
    protocol::CallInfo info;
    info.ticketId = t.id;
    info.ticketNumber = t.number;
    info.serviceId = t.serviceId;
    info.window = windowNumber;
    if (const auto *config = m_engine.config().window(windowNumber))
        info.windowName = config->name;
    info.recall = recall;
    info.at = at;
    return info;
}

QList<protocol::ServiceInfo> InfoBuilder::services() const
{
    QList<protocol::ServiceInfo> out;
    for (const auto &s : m_engine.config().services)
        out.append(service(s));
    return out;
}

QList<protocol::QueueInfo> InfoBuilder::queues() const
{
    QList<protocol::QueueInfo> out;
    for (const auto &s : m_engine.config().services)
        out.append(queue(s.id));
    return out;
}

QList<protocol::WindowInfo> InfoBuilder::windows() const
{
    QList<protocol::WindowInfo> out;
    for (const auto &w : m_engine.windows())
        out.append(window(w));
    return out;
}

} // namespace hallq::net
