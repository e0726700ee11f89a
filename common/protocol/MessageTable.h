#pragma once

// The one table of messages. Each request appears once in HALLQ_REQUESTS and
// each event once in HALLQ_EVENTS; everything else (the MessageType enum,
// wire names, directions, roles, auth, request/reply types, dispatch) is
// generated from these two lists.

#include "protocol/AppointmentMessages.h"
#include "protocol/Codec.h"
#include "protocol/CounterMessages.h"
#include "protocol/Events.h"
#include "protocol/KioskMessages.h"
#include "protocol/Replies.h"
#include "protocol/Requests.h"
#include "protocol/Role.h"
#include "protocol/SupervisionMessages.h"

#include <QLatin1StringView>
#include <span>
#include <tuple>
#include <type_traits>
#include <variant>

namespace hallq::protocol {

// Role sets used by the table.
inline constexpr Roles kIssuers = Role::Kiosk | Role::Guide | Role::Supervisor;
inline constexpr Roles kDeskStaff = Role::Counter | Role::Guide | Role::Supervisor;
inline constexpr Roles kCounterOnly{Role::Counter};
inline constexpr Roles kCounterOrSupervisor = Role::Counter | Role::Supervisor;
inline constexpr Roles kGuideOrSupervisor = Role::Guide | Role::Supervisor;

// X(Name, "wire.name", RequestStruct, ReplyStruct, allowed roles, requires authentication)
#define HALLQ_REQUESTS(X)                                                                                  \
    X(Hello, "hello", HelloRequest, HelloReply, kAnyone, false)                                            \
    X(AuthLogin, "auth.login", AuthLoginRequest, LoginReply, kAnyone, false)                               \
    X(AuthDevice, "auth.device", AuthDeviceRequest, DeviceReply, kAnyone, false)                           \
    X(Ping, "ping", PingRequest, PingReply, kAnyone, false)                                                \
    X(Subscribe, "subscribe", SubscribeRequest, SubscribeReply, kAnyone, true)                             \
    X(TicketIssue, "ticket.issue", TicketIssueRequest, IssueReply, kIssuers, true)                         \
    X(TicketGet, "ticket.get", TicketGetRequest, TicketReply, kDeskStaff, true)                            \
    X(QueueList, "queue.list", QueueListRequest, TicketListReply, kDeskStaff, true)                        \
    X(WindowOpen, "window.open", WindowOpenRequest, WindowReply, kCounterOnly, true)                       \
    X(WindowClose, "window.close", WindowCloseRequest, WindowReply, kCounterOnly, true)                    \
    X(WindowPause, "window.pause", WindowPauseRequest, WindowReply, kCounterOnly, true)                    \
    X(WindowResume, "window.resume", WindowResumeRequest, WindowReply, kCounterOnly, true)                 \
    X(CallNext, "call.next", CallNextRequest, TicketReply, kCounterOnly, true)                             \
    X(CallTicket, "call.ticket", CallTicketRequest, TicketReply, kCounterOnly, true)                       \
    X(CallRecall, "call.recall", CallRecallRequest, TicketReply, kCounterOnly, true)                       \
    X(ServeStart, "serve.start", ServeStartRequest, TicketReply, kCounterOnly, true)                       \
    X(ServeFinish, "serve.finish", ServeFinishRequest, TicketReply, kCounterOnly, true)                    \
    X(TicketNoShow, "ticket.no_show", TicketNoShowRequest, TicketReply, kCounterOnly, true)                \
    X(TicketTransfer, "ticket.transfer", TicketTransferRequest, TicketReply, kCounterOnly, true)           \
    X(TicketPark, "ticket.park", TicketParkRequest, TicketReply, kCounterOnly, true)                       \
    X(TicketUnpark, "ticket.unpark", TicketUnparkRequest, TicketReply, kCounterOnly, true)                 \
    X(TicketReactivate, "ticket.reactivate", TicketReactivateRequest, TicketReply, kCounterOrSupervisor, true) \
    X(TicketCancel, "ticket.cancel", TicketCancelRequest, TicketReply, kGuideOrSupervisor, true)           \
    HALLQ_APPOINTMENT_REQUESTS(X)                                                                          \
    HALLQ_SUPERVISION_REQUESTS(X)                                                                          \
    HALLQ_COUNTER_REQUESTS(X)                                                                              \
    HALLQ_KIOSK_REQUESTS(X)

// X(Name, "event.name", EventStruct): sent to every subscriber of the hall
// (or of the window concerned); MessageType::Event<Name>.
#define HALLQ_EVENTS(X)                                                                                    \
    X(Ticket, "event.ticket", TicketEvent)                                                                 \
    X(Window, "event.window", WindowEvent)                                                                 \
    X(Queue, "event.queue", QueueEvent)                                                                    \
    X(Call, "event.call", CallEvent)                                                                       \
    X(Service, "event.service", ServiceEvent)                                                              \
    HALLQ_SUPERVISION_EVENTS(X)                                                                            \
    HALLQ_COUNTER_EVENTS(X)

enum class MessageType {
#define HALLQ_X_ENUM_REQUEST(name, wire, Req, Rep, roles, auth) name,
#define HALLQ_X_ENUM_EVENT(name, wire, Ev) Event##name,
    HALLQ_REQUESTS(HALLQ_X_ENUM_REQUEST) HALLQ_EVENTS(HALLQ_X_ENUM_EVENT)
#undef HALLQ_X_ENUM_REQUEST
#undef HALLQ_X_ENUM_EVENT
};

enum class Direction { ClientToServer, ServerToClient };

struct MessageSpec
{
    MessageType type;
    QLatin1StringView name;
    Direction direction;
    Roles allowed;     // events: every role may receive them
    bool requiresAuth; // events: true
};

// nullptr when no request (resp. event) has that wire name.
const MessageSpec *findRequest(QStringView name);
const MessageSpec *findEvent(QStringView name);
const MessageSpec &spec(MessageType type);
std::span<const MessageSpec> allMessages(); // requests first, in table order

// The permission check the table drives. sessionRoles is nullopt before
// auth.login/auth.device succeeded. not_authenticated / forbidden, or nullopt.
std::optional<Error> authorize(const MessageSpec &spec, std::optional<Roles> sessionRoles);

// MessageTraits<RequestStruct>: ::Reply, ::type, ::name().
template <class Request>
struct MessageTraits;
// EventTraits<EventStruct>: ::type, ::name().
template <class Event>
struct EventTraits;

#define HALLQ_X_TRAITS_REQUEST(Name, wire, Req, Rep, roles, auth)                                         \
    template <>                                                                                            \
    struct MessageTraits<Req>                                                                              \
    {                                                                                                      \
        using Request = Req;                                                                               \
        using Reply = Rep;                                                                                 \
        static constexpr MessageType type = MessageType::Name;                                             \
        static constexpr QLatin1StringView name() { return QLatin1StringView(wire); }                     \
    };
#define HALLQ_X_TRAITS_EVENT(Name, wire, Ev)                                                               \
    template <>                                                                                            \
    struct EventTraits<Ev>                                                                                 \
    {                                                                                                      \
        static constexpr MessageType type = MessageType::Event##Name;                                      \
        static constexpr QLatin1StringView name() { return QLatin1StringView(wire); }                     \
    };
HALLQ_REQUESTS(HALLQ_X_TRAITS_REQUEST)
HALLQ_EVENTS(HALLQ_X_TRAITS_EVENT)
#undef HALLQ_X_TRAITS_REQUEST
#undef HALLQ_X_TRAITS_EVENT

template <class Request>
using replyTypeOf = typename MessageTraits<Request>::Reply;

// Every request / event struct, in table order (for tests and generic code).
#define HALLQ_X_TUPLE_REQUEST(Name, wire, Req, Rep, roles, auth) std::tuple<Req>{},
#define HALLQ_X_TUPLE_EVENT(Name, wire, Ev) std::tuple<Ev>{},
using AllRequests = decltype(std::tuple_cat(HALLQ_REQUESTS(HALLQ_X_TUPLE_REQUEST) std::tuple<>{}));
using AllEvents = decltype(std::tuple_cat(HALLQ_EVENTS(HALLQ_X_TUPLE_EVENT) std::tuple<>{}));
#undef HALLQ_X_TUPLE_REQUEST
#undef HALLQ_X_TUPLE_EVENT

namespace detail {

Error unknownType(MessageType type);

template <class Visitor, class Probe>
using DispatchResult =
    std::conditional_t<std::is_void_v<std::invoke_result_t<Visitor &, Probe &&>>, std::optional<Error>,
                       std::variant<std::invoke_result_t<Visitor &, Probe &&>, Error>>;

template <class Result>
Result failed(Error error)
{
    if constexpr (std::is_same_v<Result, std::optional<Error>>)
        return Result(std::move(error));
    else
        return Result(std::in_place_index<1>, std::move(error));
}

template <class T, class Result, class Visitor>
Result decodeAndVisit(const QJsonObject &body, const Limits &limits, Visitor &visitor)
{
    auto decoded = decode<T>(body, limits);
    if (auto *error = std::get_if<Error>(&decoded))
        return failed<Result>(std::move(*error));
    if constexpr (std::is_same_v<Result, std::optional<Error>>) {
        visitor(std::move(std::get<T>(decoded)));
        return std::nullopt;
    } else {
        return Result(std::in_place_index<0>, visitor(std::move(std::get<T>(decoded))));
    }
}

} // namespace detail

namespace detail {

template <class T>
constexpr MessageType messageTypeOf()
{
    if constexpr (requires { MessageTraits<T>::type; })
        return MessageTraits<T>::type;
    else
        return EventTraits<T>::type;
}

// Tries each struct of the list in turn; the lists are short and the
// comparison is an integer, so a fold beats a generated switch for clarity.
template <class Result, class... Ts, class Visitor>
Result dispatchAmong(std::tuple<Ts...> *, MessageType type, const QJsonObject &body, const Limits &limits,
                     Visitor &visitor)
{
    std::optional<Result> result;
    (void)((messageTypeOf<Ts>() == type && (result.emplace(decodeAndVisit<Ts, Result>(body, limits, visitor)), true))
           || ...);
    return result ? std::move(*result) : failed<Result>(unknownType(type));
}

} // namespace detail

// Decodes body into the request struct for `type` and calls visitor(request)
// (a generic lambda or overload set picks the handler by type). Returns
// std::optional<Error> (nullopt: visited) when the visitor returns void,
// otherwise std::variant<R, Error>. Events give unknown_type.
template <class Visitor>
auto dispatchRequest(MessageType type, const QJsonObject &body, const Limits &limits, Visitor &&visitor)
{
    using Result = detail::DispatchResult<Visitor, HelloRequest>;
    return detail::dispatchAmong<Result>(static_cast<AllRequests *>(nullptr), type, body, limits, visitor);
}

// The same for events, on the client side.
template <class Visitor>
auto dispatchEvent(MessageType type, const QJsonObject &body, const Limits &limits, Visitor &&visitor)
{
    using Result = detail::DispatchResult<Visitor, TicketEvent>;
    return detail::dispatchAmong<Result>(static_cast<AllEvents *>(nullptr), type, body, limits, visitor);
}

} // namespace hallq::protocol
