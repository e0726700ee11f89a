#pragma once

// What the counter client and the citizen's rating pad (评价器) add to the
// protocol: the rating flow (好差评), the window's own figures for today, the
// lists a counter works from and a ticket's history. Kept in one file so the
// shared table takes them with one line per list (HALLQ_COUNTER_REQUESTS,
// HALLQ_COUNTER_EVENTS).

#include "protocol/Requests.h"
#include "protocol/Role.h"
#include "protocol/Shapes.h"

namespace hallq::protocol {

namespace wire {
// Why a citizen was unhappy (不满意 / 非常不满意): the pad offers these.
inline constexpr std::array<std::string_view, 6> kRatingReasons{"attitude", "slow", "unclear",
                                                                "repeated_visits", "rules", "other"};
} // namespace wire

// 好差评 levels: 非常满意 5, 满意 4, 基本满意 3, 不满意 2, 非常不满意 1.
inline constexpr int kRatingLevelMin = 1;
inline constexpr int kRatingLevelMax = 5;
// Levels at or below this are 差评: they may carry reasons and need a follow-up.
inline constexpr int kBadRatingLevel = 2;

// The counter asked the citizen to rate the ticket just served; the pad of
// that window shows the levels until `expiresAt`.
struct RatingInvitation
{
    int window = 0;
    QString windowName;
    qint64 ticketId = 0;
    QString ticketNumber;
    QString serviceId;
    QString staffId;
    QString staffName;
    QDateTime expiresAt;

    bool operator==(const RatingInvitation &) const = default;
    static constexpr auto fields()
    {
        using S = RatingInvitation;
        return std::tuple{field("window", &S::window, kWindow), field("windowName", &S::windowName),
                          field("ticketId", &S::ticketId, kPositive), field("ticketNumber", &S::ticketNumber),
                          field("serviceId", &S::serviceId), field("staffId", &S::staffId),
                          field("staffName", &S::staffName), field("expiresAt", &S::expiresAt)};
    }
};

// One rating as stored: ticket, window, staff and service it concerns.
struct RatingInfo
{
    qint64 ticketId = 0;
    QString ticketNumber;
    QString serviceId;
    int window = 0;
    QString staffId;
    int level = 0;
    QStringList reasons; // wire::kRatingReasons, only for 差评
    QString comment;     // only in the reply to the pad, never in events
    QDateTime at;

    bool operator==(const RatingInfo &) const = default;
    static constexpr auto fields()
    {
        using S = RatingInfo;
        return std::tuple{field("ticketId", &S::ticketId, kPositive), field("ticketNumber", &S::ticketNumber),
                          field("serviceId", &S::serviceId), field("window", &S::window, kWindow),
                          field("staffId", &S::staffId),
                          field("level", &S::level, {.min = kRatingLevelMin, .max = kRatingLevelMax}),
                          field("reasons", &S::reasons, {.required = false, .oneOf = wire::kRatingReasons}),
                          field("comment", &S::comment, kNote), field("at", &S::at)};
    }
};

// A window's work today (business day, local time).
struct WindowFigures
{
    int window = 0;
    int served = 0;                   // finished here today
    int noShows = 0;                  // marked no-show here today and not reactivated
    int averageHandlingSeconds = -1;  // serving start (or call) to finish; -1: nothing finished yet
    int ratings = 0;
    double ratingAverage = 0;         // 0 when there are no ratings
    int badRatings = 0;               // 差评 (level <= 2)
    QList<int> ratingsByLevel;        // five counts, level 1 first

    bool operator==(const WindowFigures &) const = default;
    static constexpr auto fields()
    {
        using S = WindowFigures;
        return std::tuple{field("window", &S::window, kWindow), field("served", &S::served, kNonNegative),
                          field("noShows", &S::noShows, kNonNegative),
                          field("averageHandlingSeconds", &S::averageHandlingSeconds, {.min = -1}),
                          field("ratings", &S::ratings, kNonNegative), field("ratingAverage", &S::ratingAverage),
                          field("badRatings", &S::badRatings, kNonNegative),
                          field("ratingsByLevel", &S::ratingsByLevel, kNonNegative)};
    }
};

// One step of a ticket's life from the journal (calls, transfers, parking...).
struct TicketHistoryEntry
{
    QString change; // wire::kTicketChanges
    QDateTime at;
    int window = 0;
    QString actor;
    QString fromService; // transfers
    QString toService;
    int toWindow = 0;
    QString placement;
    QString note;

    bool operator==(const TicketHistoryEntry &) const = default;
    static constexpr auto fields()
    {
        using S = TicketHistoryEntry;
        return std::tuple{field("change", &S::change, {.oneOf = wire::kTicketChanges}), field("at", &S::at),
                          field("window", &S::window, kNonNegative), field("actor", &S::actor, kOptional),
                          field("fromService", &S::fromService, kOptional),
                          field("toService", &S::toService, kOptional),
                          field("toWindow", &S::toWindow, {.required = false, .min = 0}),
                          field("placement", &S::placement, kOptional), field("note", &S::note, kNote)};
    }
};

// ---- requests -------------------------------------------------------------

struct RatingInviteRequest : WindowTicketCommand {};

struct RatingSubmitRequest
{
    int window = 0;
    qint64 ticketId = 0;
    int level = 0;
    QStringList reasons; // only for 差评
    QString comment;

    bool operator==(const RatingSubmitRequest &) const = default;
    static constexpr auto fields()
    {
        using S = RatingSubmitRequest;
        return std::tuple{field("window", &S::window, kWindow), field("ticketId", &S::ticketId, kPositive),
                          field("level", &S::level, {.min = kRatingLevelMin, .max = kRatingLevelMax}),
                          field("reasons", &S::reasons, {.required = false, .oneOf = wire::kRatingReasons}),
                          field("comment", &S::comment, kNote)};
    }
};

struct WindowFiguresRequest : WindowCommand {};
struct WindowTicketsRequest : WindowCommand {};
struct TicketHistoryRequest : TicketRef {};

// ---- replies --------------------------------------------------------------

struct RatingInviteReply
{
    RatingInvitation invitation;

    bool operator==(const RatingInviteReply &) const = default;
    static constexpr auto fields() { return std::tuple{field("invitation", &RatingInviteReply::invitation)}; }
};

struct RatingReply
{
    RatingInfo rating;

    bool operator==(const RatingReply &) const = default;
    static constexpr auto fields() { return std::tuple{field("rating", &RatingReply::rating)}; }
};

struct WindowFiguresReply
{
    WindowFigures figures;

    bool operator==(const WindowFiguresReply &) const = default;
    static constexpr auto fields() { return std::tuple{field("figures", &WindowFiguresReply::figures)}; }
};

// What a counter works from besides the current ticket.
struct WindowTicketsReply
{
    QList<TicketInfo> waiting; // what this window may call, in calling order
    QList<TicketInfo> parked;  // parked at this window
    QList<TicketInfo> noShows; // today's no-shows of the services it serves (reactivatable)

    bool operator==(const WindowTicketsReply &) const = default;
    static constexpr auto fields()
    {
        using S = WindowTicketsReply;
        return std::tuple{field("waiting", &S::waiting), field("parked", &S::parked),
                          field("noShows", &S::noShows)};
    }
};

struct TicketHistoryReply
{
    qint64 ticketId = 0;
    QList<TicketHistoryEntry> entries; // oldest first

    bool operator==(const TicketHistoryReply &) const = default;
    static constexpr auto fields()
    {
        return std::tuple{field("ticketId", &TicketHistoryReply::ticketId, kPositive),
                          field("entries", &TicketHistoryReply::entries)};
    }
};

// ---- events ---------------------------------------------------------------

struct RatingInviteEvent
{
    RatingInvitation invitation;

    bool operator==(const RatingInviteEvent &) const = default;
    static constexpr auto fields() { return std::tuple{field("invitation", &RatingInviteEvent::invitation)}; }
};

struct RatingEvent
{
    RatingInfo rating; // without the comment

    bool operator==(const RatingEvent &) const = default;
    static constexpr auto fields() { return std::tuple{field("rating", &RatingEvent::rating)}; }
};

// Roles: the rating pad runs in the counter's own session or, on a separate
// screen, as a display device subscribed to its window.
inline constexpr Roles kRatingPads = Role::Counter | Role::Display;
inline constexpr Roles kCounterOrSupervisorFigures = Role::Counter | Role::Supervisor;

} // namespace hallq::protocol

// X(Name, "wire.name", RequestStruct, ReplyStruct, allowed roles, requires authentication)
#define HALLQ_COUNTER_REQUESTS(X)                                                                          \
    X(RatingInvite, "rating.invite", RatingInviteRequest, RatingInviteReply, kCounterOnly, true)           \
    X(RatingSubmit, "rating.submit", RatingSubmitRequest, RatingReply, kRatingPads, true)                  \
    X(WindowFigures, "window.figures", WindowFiguresRequest, WindowFiguresReply, kCounterOrSupervisorFigures, true) \
    X(WindowTickets, "window.tickets", WindowTicketsRequest, WindowTicketsReply, kDeskStaff, true)         \
    X(TicketHistory, "ticket.history", TicketHistoryRequest, TicketHistoryReply, kDeskStaff, true)

#define HALLQ_COUNTER_EVENTS(X)                                                                            \
    X(RatingInvite, "event.rating_invite", RatingInviteEvent)                                              \
    X(Rating, "event.rating", RatingEvent)
