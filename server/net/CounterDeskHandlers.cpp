#include "net/CounterDeskHandlers.h"

#include "net/CounterFigures.h"
#include "net/HallCore.h"
#include "net/NetLog.h"
#include "net/Respond.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace hallq::net {

using protocol::Error;
using protocol::ErrorCode;

namespace {

// How long a pad shows the levels before it gives up (the citizen is never
// forced to rate). The pad may choose a shorter time of its own.
constexpr qint64 kInvitationSeconds = 120;

template <class Event>
void publish(HallCore &core, const Event &event, int window)
{
    core.hub().publish(QString(protocol::EventTraits<Event>::name()), protocol::encode(event), window);
}

protocol::RatingInfo toInfo(const storage::RatingRecord &r)
{
    return {r.ticketId, r.ticketNumber, r.serviceId, r.window, r.staffId, r.level, r.reasons, r.comment, r.at};
}

} // namespace

std::optional<Error> CounterDeskHandlers::openedByCaller(const ClientConnection &c, int window) const
{
    const auto *status = m_context.core.engine().window(window);
    if (!status)
        return Error{ErrorCode::UnknownWindow, u"there is no window %1"_s.arg(window)};
    if (status->state == engine::WindowState::Closed)
        return Error{ErrorCode::WindowNotOpen, u"window %1 is closed"_s.arg(window)};
    if (status->staffId != c.principal().id)
        return Error{ErrorCode::Forbidden, u"window %1 is open for staff %2, not for you"_s.arg(window).arg(status->staffId)};
    return std::nullopt;
}

std::optional<Error> CounterDeskHandlers::servedAt(qint64 ticketId, int window) const
{
    const engine::Engine &engine = m_context.core.engine();
    const engine::Ticket *t = engine.ticket(ticketId);
    if (!t || t->businessDay != engine.currentBusinessDay())
        return Error{ErrorCode::UnknownTicket, u"there is no ticket %1 today"_s.arg(ticketId)};
    const bool served = t->state == engine::TicketState::Serving || t->state == engine::TicketState::Finished;
    if (!served || t->window != window)
        return Error{ErrorCode::WrongState, u"ticket %1 was not served at window %2"_s.arg(t->number).arg(window)};
    if (m_ratings.isRated(ticketId))
        return Error{ErrorCode::AlreadyRated, u"ticket %1 has been rated already"_s.arg(t->number)};
    return std::nullopt;
}

bool CounterDeskHandlers::ratingsReady(ClientConnection &c, const protocol::Envelope &e)
{
    try {
        m_ratings.ensureDay(m_context.core.engine().currentBusinessDay());
        return true;
    } catch (const storage::StorageError &error) {
        qCWarning(lcNet) << "cannot read today's ratings:" << error.message();
        respondError(m_context.core, c, e, {ErrorCode::Unavailable, u"ratings cannot be read now; retry"_s});
        return false;
    }
}

void CounterDeskHandlers::handle(ClientConnection &c, const protocol::Envelope &e,
                                 const protocol::RatingInviteRequest &r)
{
    HallCore &core = m_context.core;
    if (!ratingsReady(c, e))
        return;
    std::optional<Error> refused = openedByCaller(c, r.window);
    if (!refused)
        refused = servedAt(r.ticketId, r.window);
    if (refused) {
        respondError(core, c, e, *refused);
        return;
    }
    const engine::Ticket &t = *core.engine().ticket(r.ticketId);
    const protocol::WindowInfo window = core.info().window(r.window);
    const protocol::RatingInvitation invitation{r.window, window.name, t.id, t.number, t.serviceId,
                                                window.staffId, window.staffName,
                                                core.engine().clock().now().addSecs(kInvitationSeconds)};
    m_ratings.invite(invitation);
    // The pad learns of it by its window's events; the ticket it names is
    // durable by the time the event goes out.
    QPointer<ClientConnection> connection(&c);
    core.afterPending([&core, connection, e, invitation] {
        publish(core, protocol::RatingInviteEvent{invitation}, invitation.window);
        if (connection)
            connection->reply(e, protocol::RatingInviteReply{invitation});
    });
}

void CounterDeskHandlers::handle(ClientConnection &c, const protocol::Envelope &e,
                                 const protocol::RatingSubmitRequest &r)
{
    HallCore &core = m_context.core;
    if (!ratingsReady(c, e))
        return;
    // A counter's own session may answer for its pad; a pad on its own screen
    // is a display device and is held to the invitation alone.
    std::optional<Error> refused;
    if (c.principal().kind == Principal::Kind::Staff)
        refused = openedByCaller(c, r.window);
    if (!refused)
        refused = servedAt(r.ticketId, r.window);
    const QDateTime now = core.engine().clock().now();
    const auto invitation = m_ratings.invitation(r.window, r.ticketId, now);
    if (!refused && !invitation)
        refused = Error{ErrorCode::WrongState,
                        u"no rating is being asked for ticket %1 at window %2 (never asked, or timed out)"_s
                            .arg(r.ticketId).arg(r.window)};
    if (!refused && !r.reasons.isEmpty() && r.level > protocol::kBadRatingLevel)
        refused = Error{ErrorCode::InvalidArgument, u"reasons go with 不满意 or 非常不满意 only"_s};
    if (refused) {
        respondError(core, c, e, *refused);
        return;
    }
    const engine::Ticket &t = *core.engine().ticket(r.ticketId);
    storage::RatingRecord rating;
    rating.ticketId = t.id;
    rating.businessDay = t.businessDay;
    rating.ticketNumber = t.number;
    rating.serviceId = t.serviceId;
    rating.window = r.window;
    rating.staffId = invitation->staffId; // who served, as asked: not whoever holds the window later
    rating.level = r.level;
    rating.reasons = r.reasons;
    rating.comment = r.comment;
    rating.at = now;
    // Decided now: a second submission is refused even before this one is on disk.
    m_ratings.add(rating);
    m_ratings.closeInvitation(r.window);

    engine::Operation op;
    op.changes.rows << rating.toRow();
    QPointer<ClientConnection> connection(&c);
    core.commit(op, [&core, connection, e, info = toInfo(rating)] {
        protocol::RatingInfo public_ = info;
        public_.comment.clear(); // the citizen's words stay with the pad and the database
        publish(core, protocol::RatingEvent{public_}, info.window);
        if (connection)
            connection->reply(e, protocol::RatingReply{info});
    });
}

void CounterDeskHandlers::handle(ClientConnection &c, const protocol::Envelope &e,
                                 const protocol::WindowFiguresRequest &r)
{
    HallCore &core = m_context.core;
    if (!core.engine().window(r.window)) {
        respondError(core, c, e, {ErrorCode::UnknownWindow, u"there is no window %1"_s.arg(r.window)});
        return;
    }
    // Window staff see their own window's figures; supervisors any window's.
    if (!c.principal().has(protocol::Role::Supervisor)) {
        if (auto refused = openedByCaller(c, r.window)) {
            respondError(core, c, e, *refused);
            return;
        }
    }
    if (!ratingsReady(c, e))
        return;
    respondWhenDurable(core, c, e, protocol::WindowFiguresReply{windowFigures(core.engine(), m_ratings, r.window)});
}

void CounterDeskHandlers::handle(ClientConnection &c, const protocol::Envelope &e,
                                 const protocol::WindowTicketsRequest &r)
{
    HallCore &core = m_context.core;
    const engine::Engine &engine = core.engine();
    const auto *config = engine.config().window(r.window);
    if (!config) {
        respondError(core, c, e, {ErrorCode::UnknownWindow, u"there is no window %1"_s.arg(r.window)});
        return;
    }
    const InfoBuilder info = core.info();
    protocol::WindowTicketsReply reply;
    for (const auto &t : engine.waitingForWindow(r.window))
        reply.waiting << info.ticket(t);
    for (const auto &t : engine.parkedTickets(r.window))
        reply.parked << info.ticket(t);
    for (const auto &entry : config->profile)
        for (const auto &t : engine.noShowTickets(entry.serviceId))
            reply.noShows << info.ticket(t);
    respondWhenDurable(core, c, e, reply);
}

void CounterDeskHandlers::handle(ClientConnection &c, const protocol::Envelope &e,
                                 const protocol::TicketHistoryRequest &r)
{
    HallCore &core = m_context.core;
    if (!core.engine().ticket(r.ticketId)) {
        respondError(core, c, e, {ErrorCode::UnknownTicket, u"there is no ticket %1 today"_s.arg(r.ticketId)});
        return;
    }
    // The journal is read once everything decided so far is on disk, so the
    // history is complete up to this request.
    QPointer<ClientConnection> connection(&c);
    core.afterPending([this, connection, e, ticketId = r.ticketId] {
        if (!connection)
            return;
        QList<engine::Event> events;
        try {
            events = m_context.store.ticketEvents(ticketId);
        } catch (const storage::StorageError &error) {
            qCWarning(lcNet) << "cannot read the journal of ticket" << ticketId << ":" << error.message();
            connection->fail(e, {ErrorCode::Unavailable, u"the ticket's history cannot be read now; retry"_s});
            return;
        }
        protocol::TicketHistoryReply reply;
        reply.ticketId = ticketId;
        for (const auto &ev : events) {
            protocol::TicketHistoryEntry entry;
            entry.change = engine::toString(ev.type);
            entry.at = ev.at;
            entry.window = ev.window;
            entry.actor = ev.actor;
            entry.fromService = ev.detail.value(u"fromService"_s).toString();
            entry.toService = ev.detail.value(u"toService"_s).toString();
            entry.toWindow = ev.detail.value(u"toWindow"_s).toInt();
            entry.placement = ev.detail.value(u"placement"_s).toString();
            entry.note = ev.detail.value(u"note"_s).toString();
            reply.entries << entry;
        }
        connection->reply(e, reply);
    });
}

} // namespace hallq::net
