#pragma once

// The plain-data shapes that replies and events carry. No personal data,
// except TicketInfo::identityMasked, which only ever holds the masked form.
// (Grouped in one file on purpose: they are the message catalogue, read together.)

#include "protocol/Codec.h"
#include "protocol/IdNumber.h"
#include "protocol/MaskedName.h"
#include "protocol/WireValues.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hallq::protocol {

inline constexpr FieldOptions kOptional{.required = false};
inline constexpr FieldOptions kNonNegative{.min = 0};
inline constexpr FieldOptions kPositive{.min = 1};
inline constexpr FieldOptions kNote{.required = false, .length = StringLimit::Note};

struct ServiceInfo
{
    QString id;
    QString name;
    QString nameEn;
    QString prefix;
    QString departmentId;
    bool realName = false;
    bool greenChannel = false;
    bool appointments = false;
    bool open = false;
    std::optional<QDateTime> nextOpen; // when closed and a next opening is known

    bool operator==(const ServiceInfo &) const = default;
    static constexpr auto fields()
    {
        using S = ServiceInfo;
        return std::tuple{field("id", &S::id), field("name", &S::name), field("nameEn", &S::nameEn),
                          field("prefix", &S::prefix), field("departmentId", &S::departmentId),
                          field("realName", &S::realName), field("greenChannel", &S::greenChannel),
                          field("appointments", &S::appointments), field("open", &S::open),
                          field("nextOpen", &S::nextOpen)};
    }
};

struct QueueInfo
{
    QString serviceId;
    int waiting = 0;
    int estimatedWaitSeconds = -1; // -1: unknown
    int servedToday = 0;
    int openWindows = 0;

    bool operator==(const QueueInfo &) const = default;
    static constexpr auto fields()
    {
        using S = QueueInfo;
        return std::tuple{field("serviceId", &S::serviceId), field("waiting", &S::waiting, kNonNegative),
                          field("estimatedWaitSeconds", &S::estimatedWaitSeconds, {.min = -1}),
                          field("servedToday", &S::servedToday, kNonNegative),
                          field("openWindows", &S::openWindows, kNonNegative)};
    }
};

struct WindowInfo
{
    int number = 0;
    QString name;
    QString nameEn;
    QString type;
    QStringList services;                // service ids this window serves
    QString state = QStringLiteral("closed"); // wire::kWindowStates
    QString staffId;                     // empty when closed
    QString staffName;
    qint64 currentTicketId = 0;          // 0: none
    QString currentTicketNumber;
    std::optional<QString> pauseReason;  // wire::kPauseReasons, when paused
    std::optional<QDateTime> since;      // when the current state began; none for a window never opened

    bool operator==(const WindowInfo &) const = default;
    static constexpr auto fields()
    {
        using S = WindowInfo;
        return std::tuple{field("number", &S::number, kPositive), field("name", &S::name),
                          field("nameEn", &S::nameEn), field("type", &S::type), field("services", &S::services),
                          field("state", &S::state, {.oneOf = wire::kWindowStates}),
                          field("staffId", &S::staffId), field("staffName", &S::staffName),
                          field("currentTicketId", &S::currentTicketId, kNonNegative),
                          field("currentTicketNumber", &S::currentTicketNumber),
                          field("pauseReason", &S::pauseReason, {.oneOf = wire::kPauseReasons}),
                          field("since", &S::since)};
    }
};

struct TicketInfo
{
    qint64 id = 0;
    QString number;                            // "A001"
    QString serviceId;
    QString ticketClass = QStringLiteral("normal"); // wire::kTicketClasses
    QString state = QStringLiteral("waiting");      // wire::kTicketStates
    QDateTime issuedAt;
    std::optional<QDateTime> calledAt;
    std::optional<QDateTime> servingAt;
    std::optional<QDateTime> finishedAt;
    int window = 0;       // window that called / serves / parked it; 0: none
    int firstWindow = 0;  // 首问负责制
    int targetWindow = 0; // transferred to one window; 0: any
    int recallCount = 0;
    int recallLimit = 0;
    int transferCount = 0;
    int peopleAhead = 0;
    int estimatedWaitSeconds = -1; // -1: unknown
    std::optional<QString> identityMasked; // 430224********1234, never the full number
    std::optional<QString> nameMasked;     // 张*: the surname only (staff-facing replies only)
    QString note;
    std::optional<QString> caseType;       // wire::kCaseTypes, once finished
    std::optional<QString> outcome;

    bool operator==(const TicketInfo &) const = default;
    static constexpr auto fields()
    {
        using S = TicketInfo;
        return std::tuple{
            field("id", &S::id, kPositive), field("number", &S::number), field("serviceId", &S::serviceId),
            field("ticketClass", &S::ticketClass, {.oneOf = wire::kTicketClasses}),
            field("state", &S::state, {.oneOf = wire::kTicketStates}), field("issuedAt", &S::issuedAt),
            field("calledAt", &S::calledAt), field("servingAt", &S::servingAt),
            field("finishedAt", &S::finishedAt), field("window", &S::window, kNonNegative),
            field("firstWindow", &S::firstWindow, kNonNegative),
            field("targetWindow", &S::targetWindow, kNonNegative),
            field("recallCount", &S::recallCount, kNonNegative),
            field("recallLimit", &S::recallLimit, kNonNegative),
            field("transferCount", &S::transferCount, kNonNegative),
            field("peopleAhead", &S::peopleAhead, kNonNegative),
            field("estimatedWaitSeconds", &S::estimatedWaitSeconds, {.min = -1}),
            // A full ID number here is a bug upstream: refuse it rather than show it.
            field("identityMasked", &S::identityMasked, {.validate = &IdNumber::isMasked}),
            field("nameMasked", &S::nameMasked, {.validate = &isMaskedName}),
            field("note", &S::note, kNote), field("caseType", &S::caseType, {.oneOf = wire::kCaseTypes}),
            field("outcome", &S::outcome, {.length = StringLimit::Note})};
    }
};

struct CallInfo
{
    qint64 ticketId = 0;
    QString ticketNumber;
    QString serviceId;
    int window = 0;
    QString windowName;
    int recall = 0; // 0: first call, n: n-th recall
    QDateTime at;

    bool operator==(const CallInfo &) const = default;
    static constexpr auto fields()
    {
        using S = CallInfo;
        return std::tuple{field("ticketId", &S::ticketId, kPositive), field("ticketNumber", &S::ticketNumber),
                          field("serviceId", &S::serviceId), field("window", &S::window, kPositive),
                          field("windowName", &S::windowName), field("recall", &S::recall, kNonNegative),
                          field("at", &S::at)};
    }
};

struct HallSnapshot
{
    QString hallId;
    QString hallName;
    QString hallNameEn;
    QDateTime serverTime;
    QString epoch;  // changes when the server's event history restarts
    qint64 seq = 0; // last event seq the snapshot includes
    QList<ServiceInfo> services;
    QList<QueueInfo> queues;
    QList<WindowInfo> windows;
    QList<CallInfo> recentCalls; // newest first

    bool operator==(const HallSnapshot &) const = default;
    static constexpr auto fields()
    {
        using S = HallSnapshot;
        return std::tuple{field("hallId", &S::hallId), field("hallName", &S::hallName),
                          field("hallNameEn", &S::hallNameEn), field("serverTime", &S::serverTime),
                          field("epoch", &S::epoch), field("seq", &S::seq, kNonNegative),
                          field("services", &S::services), field("queues", &S::queues),
                          field("windows", &S::windows), field("recentCalls", &S::recentCalls)};
    }
};

struct StaffInfo
{
    QString staffId;
    QString name;
    QString departmentId;
    QStringList roles; // Role names (Role.h)

    bool operator==(const StaffInfo &) const = default;
    static constexpr auto fields()
    {
        using S = StaffInfo;
        return std::tuple{field("staffId", &S::staffId), field("name", &S::name),
                          field("departmentId", &S::departmentId), field("roles", &S::roles)};
    }
};

// What the kiosk read from the ID card. Sent once with ticket.issue; the
// server keeps only a keyed hash and the masked number.
struct IdentityInput
{
    QString idNumber;
    QString name;

    bool operator==(const IdentityInput &) const = default;
    static constexpr auto fields()
    {
        using S = IdentityInput;
        return std::tuple{field("idNumber", &S::idNumber,
                                {.validate = &IdNumber::isValidNow, .invalidCode = ErrorCode::InvalidIdentity}),
                          field("name", &S::name)};
    }
};

} // namespace hallq::protocol
