#include "net/KioskHandlers.h"

#include "config/HallExtras.h"
#include "net/AlertMonitor.h"
#include "net/HallCore.h"
#include "net/OnScreenTickets.h"
#include "net/NetLog.h"
#include "net/Respond.h"

namespace hallq::net {

namespace {

protocol::ServiceGuide toWire(const config::ServiceGuide &g)
{
    return {g.serviceId, g.materials, g.materialsEn, g.timeLimit, g.timeLimitEn,
            g.fees,      g.feesEn,    g.window,      g.windowEn,    g.url};
}

} // namespace

void KioskHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::KioskInfoRequest &)
{
    HallCore &core = m_context.core;
    static const config::HallExtras kDefaults;
    const config::HallExtras &extras = m_context.hallExtras ? *m_context.hallExtras : kDefaults;
    protocol::KioskInfoReply reply;
    reply.timeZone = QString::fromUtf8(core.engine().config().calendar.timeZone.id());
    reply.idleTimeoutSeconds = extras.kiosk.idleTimeoutSeconds;
    reply.elderlyAge = m_context.greenChannelAge;
    reply.greenGroups = extras.greenChannel.groups;
    reply.outsideShowGuides = extras.kiosk.outsideHours.showGuides;
    reply.outsideAppointmentCheckIn = extras.kiosk.outsideHours.appointmentCheckIn;
    reply.outsideMessage = extras.kiosk.outsideHours.message;
    reply.outsideMessageEn = extras.kiosk.outsideHours.messageEn;
    reply.publicBaseUrl = m_context.publicBaseUrl;
    for (const auto &service : core.engine().config().services) {
        protocol::KioskServiceInfo info;
        info.serviceId = service.id;
        info.issueOutsideHours = service.issueOutsideHours;
        info.realNameLimit = service.realNameLimit;
        for (const auto &guide : extras.guides)
            if (guide.serviceId == service.id)
                info.guide = toWire(guide);
        reply.services.append(info);
    }
    respondWhenDurable(core, c, e, reply);
}

void KioskHandlers::handle(ClientConnection &c, const protocol::Envelope &e, const protocol::TicketPrintRequest &r)
{
    HallCore &core = m_context.core;
    const bool printed = r.outcome == QStringLiteral("printed");
    if (!printed)
        qCWarning(lcNet).noquote() << "ticket" << r.ticketId << "shown on screen only:" << r.reason << "(from"
                                   << c.principal().id << ")";
    const auto result = core.engine().recordReceipt(r.ticketId, printed, r.reason, c.principal().id);
    respond(core, c, e, result, [outcome = r.outcome](const engine::Operation &op) {
        return protocol::TicketPrintReply{op.ticket.id, op.ticket.number, outcome};
    });
    if (!result || !m_context.onScreen)
        return;
    // A ticket only on a screen is a supervisor's yellow card until it is called or reprinted.
    const engine::Ticket &t = result.value().ticket;
    if (printed)
        m_context.onScreen->remove(t.id);
    else
        m_context.onScreen->add({t.id, t.number, t.serviceId, r.reason, c.principal().id});
    if (m_context.alerts)
        m_context.alerts->evaluate();
}

} // namespace hallq::net
