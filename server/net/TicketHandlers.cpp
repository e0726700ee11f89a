#include "net/TicketHandlers.h"

#include "net/Credentials.h"
#include "net/HallCore.h"
#include "net/IdentityHasher.h"
#include "net/Respond.h"

#include "appointments/PersonalData.h"

namespace hallq::net {

using protocol::ErrorCode;
using protocol::Role;

std::optional<protocol::Error> TicketHandlers::classRefusal(const ClientConnection &c,
                                                            const protocol::TicketIssueRequest &r) const
{
    const Principal &p = c.principal();
    const bool deskStaff = p.has(Role::Guide) || p.has(Role::Supervisor);
    if (r.ticketClass == QStringLiteral("appointment"))
        return protocol::Error{ErrorCode::InvalidArgument,
                               QStringLiteral("appointment tickets come from appointment check-in, not ticket.issue")};
    if (r.ticketClass == QStringLiteral("assisted") && !deskStaff)
        return protocol::Error{ErrorCode::Forbidden,
                               QStringLiteral("帮办代办 tickets are issued by the guide desk (assisted tickets: guide desk)")};
    if (r.ticketClass == QStringLiteral("green") && !deskStaff) {
        // The kiosk may give a green ticket only on the card's own evidence: age.
        const QDate today = m_context.core.engine().currentBusinessDay();
        if (!r.identity || protocol::IdNumber::ageOn(r.identity->idNumber, today) < m_context.greenChannelAge)
            return protocol::Error{ErrorCode::Forbidden,
                                   QStringLiteral("绿色通道请到导办台办理 (green channel: please see the guide desk)")};
    }
    return std::nullopt;
}

void TicketHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketIssueRequest &r)
{
    HallCore &core = m_context.core;
    if (const auto refusal = classRefusal(c, r)) {
        respondError(core, c, e, *refusal);
        return;
    }
    engine::IssueCommand cmd;
    cmd.serviceId = r.serviceId;
    cmd.ticketClass = engine::ticketClassFromString(r.ticketClass).value_or(engine::TicketClass::Normal);
    if (r.identity) {
        // The only forms of the ID number that go any further.
        cmd.identityHash = m_context.identities.hash(r.identity->idNumber);
        cmd.identityMasked = protocol::IdNumber::mask(r.identity->idNumber);
        // The counter shows whom it serves by surname only; the full name is dropped here.
        if (!r.identity->name.trimmed().isEmpty())
            cmd.nameMasked = appointments::PersonalData::maskName(r.identity->name.trimmed());
    }
    cmd.helper = r.helper.value_or(QString());
    cmd.token = Credentials::randomToken(16);
    cmd.actor = c.principal().id;
    // Urgent matters outside hours (art. 16) are the supervisor's call.
    cmd.ignoreHours = c.principal().has(Role::Supervisor);
    respond(core, c, e, core.engine().issue(cmd), [&core](const engine::Operation &op) {
        protocol::IssueReply reply;
        reply.ticket = core.info().ticket(op.ticket, InfoBuilder::Identity::Masked);
        reply.statusToken = op.ticket.token;
        reply.statusUrlPath = QStringLiteral("/t/") + op.ticket.token;
        return reply;
    });
}

void TicketHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketGetRequest &r)
{
    HallCore &core = m_context.core;
    const auto *t = core.engine().ticket(r.ticketId);
    if (!t) {
        respondError(core, c, e, {ErrorCode::UnknownTicket, QStringLiteral("there is no ticket %1 today").arg(r.ticketId)});
        return;
    }
    protocol::TicketReply reply;
    reply.ticket = core.info().ticket(*t, InfoBuilder::Identity::Masked);
    if (t->window)
        reply.window = core.info().window(t->window);
    respondWhenDurable(core, c, e, reply);
}

void TicketHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::QueueListRequest &r)
{
    HallCore &core = m_context.core;
    const auto &engine = core.engine();
    if (r.serviceId && !engine.config().service(*r.serviceId)) {
        respondError(core, c, e, {ErrorCode::UnknownService, QStringLiteral("there is no service %1").arg(*r.serviceId)});
        return;
    }
    if (r.window && !engine.config().window(*r.window)) {
        respondError(core, c, e, {ErrorCode::UnknownWindow, QStringLiteral("there is no window %1").arg(*r.window)});
        return;
    }
    QList<engine::Ticket> tickets;
    if (r.window) {
        tickets = engine.waitingForWindow(*r.window);
        if (r.serviceId)
            tickets.removeIf([&](const engine::Ticket &t) { return t.serviceId != *r.serviceId; });
    } else {
        for (const auto &service : engine.config().services)
            if (!r.serviceId || *r.serviceId == service.id)
                tickets += engine.waitingTickets(service.id);
    }
    protocol::TicketListReply reply;
    const InfoBuilder info = core.info();
    for (const auto &t : std::as_const(tickets))
        reply.tickets.append(info.ticket(t, InfoBuilder::Identity::Masked));
    respondWhenDurable(core, c, e, reply);
}

void TicketHandlers::answerTicket(ClientConnection &c, const protocol::Envelope &e,
                                  const engine::Result<engine::Operation> &r)
{
    HallCore &core = m_context.core;
    respond(core, c, e, r, [&core](const engine::Operation &op) {
        return protocol::TicketReply{core.info().ticket(op.ticket, InfoBuilder::Identity::Masked), std::nullopt};
    });
}

void TicketHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketCancelRequest &r)
{
    answerTicket(c, e, m_context.core.engine().cancel(r.ticketId, c.principal().id));
}

void TicketHandlers::handle(ClientConnection &c, const protocol::Envelope &e,
                            const protocol::TicketReactivateRequest &r)
{
    std::optional<engine::Placement> placement;
    if (r.placement)
        placement = engine::placementFromString(*r.placement);
    answerTicket(c, e, m_context.core.engine().reactivate(r.ticketId, placement, c.principal().id));
}

} // namespace hallq::net
