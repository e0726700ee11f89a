#include "protocol/MessageTable.h"

#include <array>

namespace hallq::protocol {
namespace {

using namespace Qt::StringLiterals;

#define HALLQ_X_SPEC_REQUEST(Name, wire, Req, Rep, roles, auth)                                            \
    MessageSpec{MessageType::Name, QLatin1StringView(wire), Direction::ClientToServer, roles, auth},
#define HALLQ_X_SPEC_EVENT(Name, wire, Ev)                                                                 \
    MessageSpec{MessageType::Event##Name, QLatin1StringView(wire), Direction::ServerToClient, kAnyone, true},
const auto kSpecs = std::to_array<MessageSpec>({HALLQ_REQUESTS(HALLQ_X_SPEC_REQUEST) HALLQ_EVENTS(HALLQ_X_SPEC_EVENT)});
#undef HALLQ_X_SPEC_REQUEST
#undef HALLQ_X_SPEC_EVENT

const MessageSpec *find(QStringView name, Direction direction)
{
    for (const MessageSpec &s : kSpecs) {
        if (s.direction == direction && name == s.name)
            return &s;
    }
    return nullptr;
}

} // namespace

const MessageSpec *findRequest(QStringView name)
{
    return find(name, Direction::ClientToServer);
}

const MessageSpec *findEvent(QStringView name)
{
    return find(name, Direction::ServerToClient);
}

const MessageSpec &spec(MessageType type)
{
    // The enum and the table come from the same lists, in the same order.
    const auto index = static_cast<std::size_t>(type);
    Q_ASSERT(index < kSpecs.size() && kSpecs[index].type == type);
    return kSpecs[index];
}

std::span<const MessageSpec> allMessages()
{
    return kSpecs;
}

std::optional<Error> authorize(const MessageSpec &spec, std::optional<Roles> sessionRoles)
{
    if (!sessionRoles) {
        if (spec.requiresAuth)
            return Error{ErrorCode::NotAuthenticated, u"'%1' needs auth.login or auth.device first"_s.arg(spec.name)};
        return std::nullopt;
    }
    if (!(spec.allowed & *sessionRoles))
        return Error{ErrorCode::Forbidden, u"this connection's role may not send '%1'"_s.arg(spec.name)};
    return std::nullopt;
}

namespace detail {

Error unknownType(MessageType type)
{
    return Error{ErrorCode::UnknownType, u"'%1' cannot be sent this way"_s.arg(spec(type).name)};
}

} // namespace detail

} // namespace hallq::protocol
