#include "net/AppointmentHandlers.h"

#include "net/AppointmentService.h"
#include "net/HallCore.h"
#include "net/Respond.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace hallq::net {

using protocol::Error;
using protocol::ErrorCode;

namespace {

Error notEnabled()
{
    return {ErrorCode::Unavailable, u"本大厅未开通预约 (appointments are not enabled in this hall)"_s};
}

// Exactly one of code / identity; a service, when named, must exist.
std::optional<Error> checkFind(const protocol::AppointmentFind &r, const engine::HallConfig &hall)
{
    if (r.code.has_value() == r.identity.has_value())
        return Error{ErrorCode::BadField, u"give either 'code' or 'identity'"_s};
    if (r.code && r.code->trimmed().isEmpty())
        return Error{ErrorCode::BadField, u"'code' is empty"_s};
    if (r.serviceId && !hall.service(*r.serviceId))
        return Error{ErrorCode::UnknownService, u"there is no service '%1'"_s.arg(*r.serviceId)};
    return std::nullopt;
}

} // namespace

void AppointmentHandlers::handle(ClientConnection &c, const protocol::Envelope &e,
                                 const protocol::AppointmentLookupRequest &r)
{
    HallCore &core = m_context.core;
    AppointmentService *service = m_context.appointments;
    if (!service)
        return respondError(core, c, e, notEnabled());
    if (auto bad = checkFind(r, core.engine().config()))
        return respondError(core, c, e, *bad);
    protocol::AppointmentListReply reply;
    if (r.code) {
        auto found = service->lookupCode(*r.code);
        if (const auto *error = std::get_if<Error>(&found))
            return respondError(core, c, e, *error);
        reply.appointments.append(std::get<protocol::AppointmentInfo>(found));
    } else {
        reply.appointments = service->lookupIdentity(*r.identity, r.serviceId.value_or(QString()));
    }
    respondWhenDurable(core, c, e, reply);
}

void AppointmentHandlers::handle(ClientConnection &c, const protocol::Envelope &e,
                                 const protocol::AppointmentCheckinRequest &r)
{
    HallCore &core = m_context.core;
    AppointmentService *service = m_context.appointments;
    if (!service)
        return respondError(core, c, e, notEnabled());
    if (auto bad = checkFind(r, core.engine().config()))
        return respondError(core, c, e, *bad);
    AppointmentService::CheckinInput input{r.code, r.identity, r.serviceId.value_or(QString()), r.normalIfLate,
                                           c.principal().id};
    service->checkin(input, [connection = QPointer<ClientConnection>(&c),
                             e](const appointments::Outcome<protocol::AppointmentCheckinReply> &outcome) {
        if (!connection)
            return;
        if (const auto *error = std::get_if<Error>(&outcome))
            connection->fail(e, *error);
        else
            connection->reply(e, std::get<protocol::AppointmentCheckinReply>(outcome));
    });
}

} // namespace hallq::net
