#pragma once

// Every request body, one struct per message (the table in MessageTable.h
// binds each to its wire name, roles and reply). Structs that carry only a
// window derive from WindowCommand so each message keeps its own type for
// overload-based dispatch.

#include "protocol/Shapes.h"

namespace hallq::protocol {

inline constexpr FieldOptions kWindow{.min = 1, .max = 9999};

struct HelloRequest
{
    int protocolVersion = 0;
    QString client;        // e.g. "hallq-kiosk"
    QString clientVersion;
    QStringList features;  // optional features the client understands

    bool operator==(const HelloRequest &) const = default;
    static constexpr auto fields()
    {
        using S = HelloRequest;
        return std::tuple{field("protocolVersion", &S::protocolVersion, kPositive), field("client", &S::client),
                          field("clientVersion", &S::clientVersion), field("features", &S::features, kOptional)};
    }
};

struct AuthLoginRequest
{
    QString staffId;
    QString password;

    bool operator==(const AuthLoginRequest &) const = default;
    static constexpr auto fields()
    {
        using S = AuthLoginRequest;
        return std::tuple{field("staffId", &S::staffId),
                          field("password", &S::password, {.length = StringLimit::Password})};
    }
};

struct AuthDeviceRequest
{
    QString token;

    bool operator==(const AuthDeviceRequest &) const = default;
    static constexpr auto fields()
    {
        return std::tuple{field("token", &AuthDeviceRequest::token, {.length = StringLimit::Token})};
    }
};

struct PingRequest
{
    bool operator==(const PingRequest &) const = default;
    static constexpr auto fields() { return std::tuple{}; }
};

struct SubscribeRequest
{
    QString scope = QStringLiteral("hall"); // wire::kScopes
    int window = 0;                         // 0 for the whole hall
    std::optional<QString> epoch;           // with resumeAfter: resume instead of a snapshot
    qint64 resumeAfter = 0;                 // last seq seen; 0: none

    bool operator==(const SubscribeRequest &) const = default;
    static constexpr auto fields()
    {
        using S = SubscribeRequest;
        return std::tuple{field("scope", &S::scope, {.oneOf = wire::kScopes}),
                          field("window", &S::window, {.required = false, .min = 0, .max = 9999}),
                          field("epoch", &S::epoch),
                          field("resumeAfter", &S::resumeAfter, {.required = false, .min = 0})};
    }
};

struct TicketIssueRequest
{
    QString serviceId;
    QString ticketClass = QStringLiteral("normal"); // wire::kTicketClasses
    std::optional<IdentityInput> identity;          // real-name services, green channel by age
    std::optional<QString> helper;                  // assisted (帮办代办): the named helper

    bool operator==(const TicketIssueRequest &) const = default;
    static constexpr auto fields()
    {
        using S = TicketIssueRequest;
        return std::tuple{field("serviceId", &S::serviceId),
                          field("ticketClass", &S::ticketClass, {.required = false, .oneOf = wire::kTicketClasses}),
                          field("identity", &S::identity), field("helper", &S::helper)};
    }
};

struct TicketRef
{
    qint64 ticketId = 0;

    bool operator==(const TicketRef &) const = default;
    static constexpr auto fields() { return std::tuple{field("ticketId", &TicketRef::ticketId, kPositive)}; }
};

struct TicketGetRequest : TicketRef {};
struct TicketCancelRequest : TicketRef {};

struct QueueListRequest
{
    std::optional<QString> serviceId; // none: every service
    std::optional<int> window;        // only what this window may call

    bool operator==(const QueueListRequest &) const = default;
    static constexpr auto fields()
    {
        using S = QueueListRequest;
        return std::tuple{field("serviceId", &S::serviceId), field("window", &S::window, kWindow)};
    }
};

// Counter commands that name only the counter's window.
struct WindowCommand
{
    int window = 0;

    bool operator==(const WindowCommand &) const = default;
    static constexpr auto fields() { return std::tuple{field("window", &WindowCommand::window, kWindow)}; }
};

struct WindowOpenRequest : WindowCommand {};
struct WindowCloseRequest : WindowCommand {};
struct WindowResumeRequest : WindowCommand {};
struct CallNextRequest : WindowCommand {};
struct CallRecallRequest : WindowCommand {};
struct ServeStartRequest : WindowCommand {};
struct TicketNoShowRequest : WindowCommand {};
struct TicketParkRequest : WindowCommand {};

struct WindowPauseRequest
{
    int window = 0;
    QString reason = QStringLiteral("other"); // wire::kPauseReasons
    QString note;

    bool operator==(const WindowPauseRequest &) const = default;
    static constexpr auto fields()
    {
        using S = WindowPauseRequest;
        return std::tuple{field("window", &S::window, kWindow),
                          field("reason", &S::reason, {.oneOf = wire::kPauseReasons}), field("note", &S::note, kNote)};
    }
};

// A window acting on one named ticket (call.ticket, ticket.unpark).
struct WindowTicketCommand
{
    int window = 0;
    qint64 ticketId = 0;

    bool operator==(const WindowTicketCommand &) const = default;
    static constexpr auto fields()
    {
        using S = WindowTicketCommand;
        return std::tuple{field("window", &S::window, kWindow), field("ticketId", &S::ticketId, kPositive)};
    }
};

struct CallTicketRequest : WindowTicketCommand {};
struct TicketUnparkRequest : WindowTicketCommand {};

struct ServeFinishRequest
{
    int window = 0;
    QString caseType = QStringLiteral("immediate"); // wire::kCaseTypes
    QString outcome;                                // outcome code / short text

    bool operator==(const ServeFinishRequest &) const = default;
    static constexpr auto fields()
    {
        using S = ServeFinishRequest;
        return std::tuple{field("window", &S::window, kWindow),
                          field("caseType", &S::caseType, {.required = false, .oneOf = wire::kCaseTypes}),
                          field("outcome", &S::outcome, kNote)};
    }
};

struct TicketTransferRequest
{
    int window = 0;
    QString toService;                         // empty: same service
    int toWindow = 0;                          // 0: any window serving toService
    QString placement = QStringLiteral("end"); // wire::kPlacements
    QString note;

    bool operator==(const TicketTransferRequest &) const = default;
    static constexpr auto fields()
    {
        using S = TicketTransferRequest;
        return std::tuple{field("window", &S::window, kWindow), field("toService", &S::toService, kOptional),
                          field("toWindow", &S::toWindow, {.required = false, .min = 0, .max = 9999}),
                          field("placement", &S::placement, {.required = false, .oneOf = wire::kPlacements}),
                          field("note", &S::note, kNote)};
    }
};

struct TicketReactivateRequest
{
    qint64 ticketId = 0;
    std::optional<QString> placement; // none: the hall's rule

    bool operator==(const TicketReactivateRequest &) const = default;
    static constexpr auto fields()
    {
        using S = TicketReactivateRequest;
        return std::tuple{field("ticketId", &S::ticketId, kPositive),
                          field("placement", &S::placement, {.oneOf = wire::kPlacements})};
    }
};

} // namespace hallq::protocol
