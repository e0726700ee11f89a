#pragma once

// Every reply body. Several requests share a reply (TicketReply, WindowReply).

#include "protocol/Shapes.h"

namespace hallq::protocol {

struct HelloReply
{
    int protocolVersion = 0;
    QString server;
    QString serverVersion;
    QStringList features; // what both sides may now use
    QString hallId;
    QString hallName;
    int maxFrameBytes = 0; // the server's Limits::maxFrameBytes for client frames

    bool operator==(const HelloReply &) const = default;
    static constexpr auto fields()
    {
        using S = HelloReply;
        return std::tuple{field("protocolVersion", &S::protocolVersion, kPositive), field("server", &S::server),
                          field("serverVersion", &S::serverVersion), field("features", &S::features, kOptional),
                          field("hallId", &S::hallId), field("hallName", &S::hallName),
                          field("maxFrameBytes", &S::maxFrameBytes, kPositive)};
    }
};

struct LoginReply
{
    StaffInfo staff;

    bool operator==(const LoginReply &) const = default;
    static constexpr auto fields() { return std::tuple{field("staff", &LoginReply::staff)}; }
};

struct DeviceReply
{
    QString deviceId;
    QString kind; // wire::kDeviceKinds
    QString name;

    bool operator==(const DeviceReply &) const = default;
    static constexpr auto fields()
    {
        using S = DeviceReply;
        return std::tuple{field("deviceId", &S::deviceId), field("kind", &S::kind, {.oneOf = wire::kDeviceKinds}),
                          field("name", &S::name)};
    }
};

struct PingReply
{
    QDateTime serverTime;

    bool operator==(const PingReply &) const = default;
    static constexpr auto fields() { return std::tuple{field("serverTime", &PingReply::serverTime)}; }
};

struct SubscribeReply
{
    bool resumed = false; // true: missed events follow, no snapshot
    qint64 seq = 0;       // events after this seq follow
    std::optional<HallSnapshot> snapshot; // present when not resumed

    bool operator==(const SubscribeReply &) const = default;
    static constexpr auto fields()
    {
        using S = SubscribeReply;
        return std::tuple{field("resumed", &S::resumed), field("seq", &S::seq, kNonNegative),
                          field("snapshot", &S::snapshot)};
    }
};

struct IssueReply
{
    TicketInfo ticket;
    QString statusToken;   // for the public status page
    QString statusUrlPath; // "/t/<token>"

    bool operator==(const IssueReply &) const = default;
    static constexpr auto fields()
    {
        using S = IssueReply;
        return std::tuple{field("ticket", &S::ticket),
                          field("statusToken", &S::statusToken, {.length = StringLimit::Token}),
                          field("statusUrlPath", &S::statusUrlPath)};
    }
};

struct TicketReply
{
    TicketInfo ticket;
    std::optional<WindowInfo> window; // the window concerned, when there is one

    bool operator==(const TicketReply &) const = default;
    static constexpr auto fields()
    {
        return std::tuple{field("ticket", &TicketReply::ticket), field("window", &TicketReply::window)};
    }
};

struct TicketListReply
{
    QList<TicketInfo> tickets; // in calling order

    bool operator==(const TicketListReply &) const = default;
    static constexpr auto fields() { return std::tuple{field("tickets", &TicketListReply::tickets)}; }
};

struct WindowReply
{
    WindowInfo window;

    bool operator==(const WindowReply &) const = default;
    static constexpr auto fields() { return std::tuple{field("window", &WindowReply::window)}; }
};

} // namespace hallq::protocol
