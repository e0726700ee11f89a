// Engine: how an issued ticket reached its holder. The kiosk reports it after
// the printer answered; the journal keeps it as a fact, so a ticket that only
// ever existed on a screen is never mistaken for a printed one.
#include "engine/Engine.h"

#include "engine/EngineImpl.h"
#include "engine/EngineLog.h"

using namespace Qt::StringLiterals;

namespace hallq::engine {

Result<Operation> Engine::recordReceipt(qint64 ticketId, bool printed, const QString &reason, const QString &actor)
{
    auto found = d->knownTicket(ticketId);
    if (!found)
        return found.error();
    const Ticket t = found.value();
    if (printed && !reason.isEmpty())
        return fail(ErrorCode::InvalidArgument, u"a printed ticket has no failure reason"_s);
    if (!printed && reason.isEmpty())
        return fail(ErrorCode::InvalidArgument, u"an on-screen ticket needs the reason the print failed"_s);
    Mutation m = d->mutate(actor);
    QJsonObject detail{{u"number"_s, t.number}, {u"service"_s, t.serviceId}};
    if (!printed)
        detail.insert(u"reason"_s, reason);
    m.record(printed ? EventType::Printed : EventType::ShownOnScreen, 0, t.id, detail);
    qCDebug(lcEngine).noquote() << describe(t) << (printed ? "printed" : "shown on screen only:") << reason;
    // No row changes: the ticket's queue state is the same whether or not it was printed.
    return m.finish(t, {});
}

} // namespace hallq::engine
