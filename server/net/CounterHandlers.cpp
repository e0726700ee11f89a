#include "net/CounterHandlers.h"

#include "net/HallCore.h"
#include "net/Respond.h"

namespace hallq::net {

using protocol::ErrorCode;

std::optional<protocol::Error> CounterHandlers::ownership(const ClientConnection &c, int window) const
{
    const auto *status = m_context.core.engine().window(window);
    if (!status)
        return protocol::Error{ErrorCode::UnknownWindow, QStringLiteral("there is no window %1").arg(window)};
    if (status->state != engine::WindowState::Closed && status->staffId != c.principal().id)
        return protocol::Error{ErrorCode::Forbidden,
                               QStringLiteral("window %1 is open for staff %2, not for you").arg(window).arg(status->staffId)};
    return std::nullopt;
}

bool CounterHandlers::checkOwner(ClientConnection &c, const protocol::Envelope &e, int window)
{
    if (const auto error = ownership(c, window)) {
        respondError(m_context.core, c, e, *error);
        return false;
    }
    return true;
}

void CounterHandlers::answerWindow(ClientConnection &c, const protocol::Envelope &e,
                                   const engine::Result<engine::Operation> &r)
{
    HallCore &core = m_context.core;
    respond(core, c, e, r, [&core](const engine::Operation &op) {
        return protocol::WindowReply{core.info().window(op.window)};
    });
}

void CounterHandlers::answerTicket(ClientConnection &c, const protocol::Envelope &e,
                                   const engine::Result<engine::Operation> &r)
{
    HallCore &core = m_context.core;
    respond(core, c, e, r, [&core](const engine::Operation &op) {
        protocol::TicketReply reply;
        // Staff at the counter see the masked identity of the citizen in front of them.
        reply.ticket = core.info().ticket(op.ticket, InfoBuilder::Identity::Masked);
        if (op.window.number)
            reply.window = core.info().window(op.window);
        return reply;
    });
}

void CounterHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::WindowOpenRequest &r)
{
    if (checkOwner(c, e, r.window))
        answerWindow(c, e, m_context.core.engine().openWindow(r.window, c.principal().id));
}

void CounterHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::WindowCloseRequest &r)
{
    if (checkOwner(c, e, r.window))
        answerWindow(c, e, m_context.core.engine().closeWindow(r.window, c.principal().id));
}

void CounterHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::WindowPauseRequest &r)
{
    if (!checkOwner(c, e, r.window))
        return;
    const auto reason = engine::pauseReasonFromString(r.reason).value_or(engine::PauseReason::Other);
    answerWindow(c, e, m_context.core.engine().pauseWindow(r.window, reason, r.note, c.principal().id));
}

void CounterHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::WindowResumeRequest &r)
{
    if (checkOwner(c, e, r.window))
        answerWindow(c, e, m_context.core.engine().resumeWindow(r.window, c.principal().id));
}

void CounterHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::CallNextRequest &r)
{
    if (checkOwner(c, e, r.window))
        answerTicket(c, e, m_context.core.engine().callNext(r.window, c.principal().id));
}

void CounterHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::CallTicketRequest &r)
{
    if (checkOwner(c, e, r.window))
        answerTicket(c, e, m_context.core.engine().callTicket(r.window, r.ticketId, c.principal().id));
}

void CounterHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::CallRecallRequest &r)
{
    if (checkOwner(c, e, r.window))
        answerTicket(c, e, m_context.core.engine().recall(r.window, c.principal().id));
}

void CounterHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::ServeStartRequest &r)
{
    if (checkOwner(c, e, r.window))
        answerTicket(c, e, m_context.core.engine().startServing(r.window, c.principal().id));
}

void CounterHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::ServeFinishRequest &r)
{
    if (!checkOwner(c, e, r.window))
        return;
    engine::FinishCommand cmd;
    cmd.window = r.window;
    cmd.caseType = engine::caseTypeFromString(r.caseType).value_or(engine::CaseType::Immediate);
    cmd.outcome = r.outcome;
    cmd.actor = c.principal().id;
    answerTicket(c, e, m_context.core.engine().finish(cmd));
}

void CounterHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketNoShowRequest &r)
{
    if (checkOwner(c, e, r.window))
        answerTicket(c, e, m_context.core.engine().noShow(r.window, c.principal().id));
}

void CounterHandlers::handle(ClientConnection &c, const protocol::Envelope &e,
                             const protocol::TicketTransferRequest &r)
{
    if (!checkOwner(c, e, r.window))
        return;
    engine::TransferCommand cmd;
    cmd.window = r.window;
    cmd.toService = r.toService;
    cmd.toWindow = r.toWindow;
    cmd.placement = engine::placementFromString(r.placement).value_or(engine::Placement::End);
    cmd.note = r.note;
    cmd.actor = c.principal().id;
    answerTicket(c, e, m_context.core.engine().transfer(cmd));
}

void CounterHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketParkRequest &r)
{
    if (checkOwner(c, e, r.window))
        answerTicket(c, e, m_context.core.engine().park(r.window, c.principal().id));
}

void CounterHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketUnparkRequest &r)
{
    if (checkOwner(c, e, r.window))
        answerTicket(c, e, m_context.core.engine().unpark(r.window, r.ticketId, c.principal().id));
}

} // namespace hallq::net
