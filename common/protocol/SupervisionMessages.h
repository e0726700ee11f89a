#pragma once

// The supervision messages: kiosks report their devices (device.status), the
// server raises red/yellow alerts (红黄牌, event.alert) that supervisors list
// and acknowledge (alert.list, alert.ack), and supervisors read the day's
// waiting statistics (stats.get). Spliced into MessageTable.h's lists with one
// line each (HALLQ_SUPERVISION_REQUESTS / HALLQ_SUPERVISION_EVENTS).

#include "protocol/Role.h"
#include "protocol/Shapes.h"

namespace hallq::protocol {

namespace wire {
// What a kiosk's receipt printer / ID-card reader is doing. "none": not fitted.
inline constexpr std::array<std::string_view, 6> kPrinterStates{"ok", "paper_low", "paper_out", "offline", "error",
                                                                "none"};
inline constexpr std::array<std::string_view, 4> kReaderStates{"ok", "disconnected", "error", "none"};
// wait: tickets of a service waiting longer than the limit; window_paused /
// window_idle: a window paused or idle too long while its tickets wait;
// handling: a ticket served longer than its service's limit; printer / reader:
// a kiosk's device needs someone.
inline constexpr std::array<std::string_view, 6> kAlertKinds{"wait",     "window_paused", "window_idle",
                                                             "handling", "printer",       "reader"};
inline constexpr std::array<std::string_view, 2> kAlertLevels{"yellow", "red"};
} // namespace wire

inline constexpr Roles kKioskOnly{Role::Kiosk};
inline constexpr Roles kSupervisors = Role::Supervisor | Role::Admin;

// One red or yellow card. `subject` names what it is about (a service id, a
// window number, a device id) so the server keeps one alert per condition;
// a worse level is a new alert and the milder one is resolved.
struct AlertInfo
{
    qint64 id = 0;
    QString kind = QStringLiteral("wait");    // wire::kAlertKinds
    QString level = QStringLiteral("yellow"); // wire::kAlertLevels
    QString subject;
    QString serviceId;   // empty when not about a service
    int window = 0;      // 0: not about a window
    QString deviceId;    // empty when not about a device
    QString message;     // for people, Chinese
    QString messageEn;
    QDateTime raisedAt;
    std::optional<QDateTime> resolvedAt;     // the condition is over
    std::optional<QDateTime> acknowledgedAt; // a supervisor took it on
    QString acknowledgedBy;                  // staff id
    QString ackNote;

    bool active() const { return !resolvedAt.has_value(); }
    bool operator==(const AlertInfo &) const = default;
    static constexpr auto fields()
    {
        using S = AlertInfo;
        return std::tuple{field("id", &S::id, kPositive), field("kind", &S::kind, {.oneOf = wire::kAlertKinds}),
                          field("level", &S::level, {.oneOf = wire::kAlertLevels}), field("subject", &S::subject),
                          field("serviceId", &S::serviceId, kOptional),
                          field("window", &S::window, {.required = false, .min = 0, .max = 9999}),
                          field("deviceId", &S::deviceId, kOptional),
                          field("message", &S::message, {.length = StringLimit::Note}),
                          field("messageEn", &S::messageEn, {.required = false, .length = StringLimit::Note}),
                          field("raisedAt", &S::raisedAt), field("resolvedAt", &S::resolvedAt),
                          field("acknowledgedAt", &S::acknowledgedAt),
                          field("acknowledgedBy", &S::acknowledgedBy, kOptional), field("ackNote", &S::ackNote, kNote)};
    }
};

// One sample of a service's day: tickets waiting at `at`, and the mean wait
// (issue → first call) of every ticket called today up to `at`.
struct StatsPoint
{
    QDateTime at;
    int waiting = 0;
    int averageWaitSeconds = -1; // -1: nobody called yet

    bool operator==(const StatsPoint &) const = default;
    static constexpr auto fields()
    {
        using S = StatsPoint;
        return std::tuple{field("at", &S::at), field("waiting", &S::waiting, kNonNegative),
                          field("averageWaitSeconds", &S::averageWaitSeconds, {.min = -1})};
    }
};

struct ServiceStats
{
    QString serviceId;
    int waiting = 0;
    int longestWaitSeconds = 0;      // the oldest waiting ticket's wait so far; 0 when none waits
    QString longestWaitTicket;       // its number, empty when none waits
    int averageWaitSeconds = -1;     // today's tickets, issue → first call; -1: none called
    int estimatedWaitSeconds = -1;   // for a ticket issued now; -1: unknown
    int calledToday = 0;
    int servedToday = 0;
    QList<StatsPoint> series;        // from the day's first ticket to now, every intervalMinutes

    bool operator==(const ServiceStats &) const = default;
    static constexpr auto fields()
    {
        using S = ServiceStats;
        return std::tuple{field("serviceId", &S::serviceId), field("waiting", &S::waiting, kNonNegative),
                          field("longestWaitSeconds", &S::longestWaitSeconds, kNonNegative),
                          field("longestWaitTicket", &S::longestWaitTicket, kOptional),
                          field("averageWaitSeconds", &S::averageWaitSeconds, {.min = -1}),
                          field("estimatedWaitSeconds", &S::estimatedWaitSeconds, {.min = -1}),
                          field("calledToday", &S::calledToday, kNonNegative),
                          field("servedToday", &S::servedToday, kNonNegative), field("series", &S::series)};
    }
};

// ---------------------------------------------------------------- requests

struct DeviceStatusRequest
{
    QString printer = QStringLiteral("ok"); // wire::kPrinterStates
    QString reader = QStringLiteral("ok");  // wire::kReaderStates
    QString detail;                         // e.g. the CUPS reason; for people, never personal data

    bool operator==(const DeviceStatusRequest &) const = default;
    static constexpr auto fields()
    {
        using S = DeviceStatusRequest;
        return std::tuple{field("printer", &S::printer, {.oneOf = wire::kPrinterStates}),
                          field("reader", &S::reader, {.oneOf = wire::kReaderStates}),
                          field("detail", &S::detail, kNote)};
    }
};

struct AlertListRequest
{
    bool activeOnly = false;
    int limit = 200;    // newest first
    qint64 beforeId = 0; // paging: only alerts with a smaller id; 0: from the newest

    bool operator==(const AlertListRequest &) const = default;
    static constexpr auto fields()
    {
        using S = AlertListRequest;
        return std::tuple{field("activeOnly", &S::activeOnly, kOptional),
                          field("limit", &S::limit, {.required = false, .min = 1, .max = 1000}),
                          field("beforeId", &S::beforeId, {.required = false, .min = 0})};
    }
};

struct AlertAckRequest
{
    qint64 alertId = 0;
    QString note;

    bool operator==(const AlertAckRequest &) const = default;
    static constexpr auto fields()
    {
        using S = AlertAckRequest;
        return std::tuple{field("alertId", &S::alertId, kPositive), field("note", &S::note, kNote)};
    }
};

struct StatsGetRequest
{
    std::optional<QString> serviceId; // none: every service
    int intervalMinutes = 15;         // spacing of the series' points

    bool operator==(const StatsGetRequest &) const = default;
    static constexpr auto fields()
    {
        using S = StatsGetRequest;
        return std::tuple{field("serviceId", &S::serviceId),
                          field("intervalMinutes", &S::intervalMinutes, {.required = false, .min = 1, .max = 240})};
    }
};

// ---------------------------------------------------------------- replies

struct DeviceStatusReply
{
    QString deviceId;
    QString printer;
    QString reader;
    QDateTime at; // when the server recorded it

    bool operator==(const DeviceStatusReply &) const = default;
    static constexpr auto fields()
    {
        using S = DeviceStatusReply;
        return std::tuple{field("deviceId", &S::deviceId), field("printer", &S::printer, {.oneOf = wire::kPrinterStates}),
                          field("reader", &S::reader, {.oneOf = wire::kReaderStates}), field("at", &S::at)};
    }
};

struct AlertListReply
{
    QList<AlertInfo> alerts; // newest first

    bool operator==(const AlertListReply &) const = default;
    static constexpr auto fields() { return std::tuple{field("alerts", &AlertListReply::alerts)}; }
};

struct AlertReply
{
    AlertInfo alert;

    bool operator==(const AlertReply &) const = default;
    static constexpr auto fields() { return std::tuple{field("alert", &AlertReply::alert)}; }
};

struct StatsReply
{
    QDateTime generatedAt;
    int intervalMinutes = 15;
    QList<ServiceStats> services;

    bool operator==(const StatsReply &) const = default;
    static constexpr auto fields()
    {
        using S = StatsReply;
        return std::tuple{field("generatedAt", &S::generatedAt), field("intervalMinutes", &S::intervalMinutes, kPositive),
                          field("services", &S::services)};
    }
};

// ---------------------------------------------------------------- events

// Raised, escalated (a new red alert), resolved or acknowledged.
struct AlertEvent
{
    AlertInfo alert;

    bool operator==(const AlertEvent &) const = default;
    static constexpr auto fields() { return std::tuple{field("alert", &AlertEvent::alert)}; }
};

} // namespace hallq::protocol

// X(Name, "wire.name", RequestStruct, ReplyStruct, allowed roles, requires authentication)
#define HALLQ_SUPERVISION_REQUESTS(X)                                                                      \
    X(DeviceStatus, "device.status", DeviceStatusRequest, DeviceStatusReply, kKioskOnly, true)             \
    X(AlertList, "alert.list", AlertListRequest, AlertListReply, kSupervisors, true)                       \
    X(AlertAck, "alert.ack", AlertAckRequest, AlertReply, kSupervisors, true)                              \
    X(StatsGet, "stats.get", StatsGetRequest, StatsReply, kSupervisors, true)

#define HALLQ_SUPERVISION_EVENTS(X) X(Alert, "event.alert", AlertEvent)
