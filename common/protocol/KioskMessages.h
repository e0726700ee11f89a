#pragma once

// The kiosk's own messages: what a kiosk needs to know about the hall beyond
// the snapshot (service guides, its idle timeout, the green-channel age, the
// outside-hours text), and how it tells the server whether a ticket it issued
// was printed or only shown on screen ("a failed print is never a silently
// issued ticket"). Spliced into HALLQ_REQUESTS by HALLQ_KIOSK_REQUESTS.

#include "protocol/Shapes.h"

#include <array>
#include <string_view>

namespace hallq::protocol {

namespace wire {
// How a ticket reached its holder: on paper, or only on the kiosk's screen.
inline constexpr std::array<std::string_view, 2> kPrintOutcomes{"printed", "on_screen"};
// Why it was not printed (empty when printed).
inline constexpr std::array<std::string_view, 7> kPrintFailures{"",        "paper_out", "printer_offline", "printer_error",
                                                                "timeout", "no_printer", "cancelled"};
} // namespace wire

// 办事指南 of one service (regulation art. 5, 7: "一次告知"). Every text has
// an English form; an empty one falls back to the Chinese.
struct ServiceGuide
{
    QString serviceId;
    QStringList materials; // required materials, one per line
    QStringList materialsEn;
    QString timeLimit;     // 办理时限, e.g. "即办" / "承诺 5 个工作日"
    QString timeLimitEn;
    QString fees;          // 收费标准, e.g. "不收费"
    QString feesEn;
    QString window;        // where it is handled, e.g. "1–4 号综合受理窗口"
    QString windowEn;
    QString url;           // where the full guide is downloaded (the QR code); may be empty

    bool operator==(const ServiceGuide &) const = default;
    static constexpr auto fields()
    {
        using S = ServiceGuide;
        return std::tuple{field("serviceId", &S::serviceId), field("materials", &S::materials),
                          field("materialsEn", &S::materialsEn, kOptional), field("timeLimit", &S::timeLimit),
                          field("timeLimitEn", &S::timeLimitEn, kOptional), field("fees", &S::fees),
                          field("feesEn", &S::feesEn, kOptional), field("window", &S::window),
                          field("windowEn", &S::windowEn, kOptional), field("url", &S::url, kOptional)};
    }
};

// What the kiosk knows of one service beyond ServiceInfo.
struct KioskServiceInfo
{
    QString serviceId;
    bool issueOutsideHours = false; // the kiosk may issue while the service is closed (called when it opens)
    int realNameLimit = 1;          // unfinished tickets per identity per day
    std::optional<ServiceGuide> guide;

    bool operator==(const KioskServiceInfo &) const = default;
    static constexpr auto fields()
    {
        using S = KioskServiceInfo;
        return std::tuple{field("serviceId", &S::serviceId), field("issueOutsideHours", &S::issueOutsideHours),
                          field("realNameLimit", &S::realNameLimit, kPositive), field("guide", &S::guide)};
    }
};

struct KioskInfoRequest
{
    bool operator==(const KioskInfoRequest &) const = default;
    static constexpr auto fields() { return std::tuple{}; }
};

struct KioskInfoReply
{
    QString timeZone = QStringLiteral("Asia/Shanghai"); // the hall's: every time the kiosk shows is in it
    int idleTimeoutSeconds = 120;
    int elderlyAge = 60;              // a card holder this old gets a green ticket by themselves
    QStringList greenGroups;          // 老、弱、病、残、孕、军: sent to the guide desk
    bool outsideShowGuides = true;
    bool outsideAppointmentCheckIn = false;
    QString outsideMessage;
    QString outsideMessageEn;
    QString publicBaseUrl;            // QR links start here; empty: the kiosk derives it from its server URL
    QList<KioskServiceInfo> services;

    bool operator==(const KioskInfoReply &) const = default;
    static constexpr auto fields()
    {
        using S = KioskInfoReply;
        return std::tuple{field("timeZone", &S::timeZone),
                          field("idleTimeoutSeconds", &S::idleTimeoutSeconds, kPositive),
                          field("elderlyAge", &S::elderlyAge, kPositive), field("greenGroups", &S::greenGroups),
                          field("outsideShowGuides", &S::outsideShowGuides),
                          field("outsideAppointmentCheckIn", &S::outsideAppointmentCheckIn),
                          field("outsideMessage", &S::outsideMessage, kNote),
                          field("outsideMessageEn", &S::outsideMessageEn, kNote),
                          field("publicBaseUrl", &S::publicBaseUrl, kOptional), field("services", &S::services)};
    }
};

// The kiosk reports how an issued ticket reached its holder. The server
// journals it; an on-screen ticket raises a supervisor alert.
struct TicketPrintRequest
{
    qint64 ticketId = 0;
    QString outcome = QStringLiteral("printed"); // wire::kPrintOutcomes
    QString reason;                              // wire::kPrintFailures; empty when printed

    bool operator==(const TicketPrintRequest &) const = default;
    static constexpr auto fields()
    {
        using S = TicketPrintRequest;
        return std::tuple{field("ticketId", &S::ticketId, kPositive),
                          field("outcome", &S::outcome, {.oneOf = wire::kPrintOutcomes}),
                          field("reason", &S::reason, {.required = false, .oneOf = wire::kPrintFailures})};
    }
};

struct TicketPrintReply
{
    qint64 ticketId = 0;
    QString number;
    QString outcome; // as recorded

    bool operator==(const TicketPrintReply &) const = default;
    static constexpr auto fields()
    {
        using S = TicketPrintReply;
        return std::tuple{field("ticketId", &S::ticketId, kPositive), field("number", &S::number),
                          field("outcome", &S::outcome, {.oneOf = wire::kPrintOutcomes})};
    }
};

} // namespace hallq::protocol

// X(Name, "wire.name", RequestStruct, ReplyStruct, allowed roles, requires authentication)
#define HALLQ_KIOSK_REQUESTS(X)                                                                            \
    X(KioskInfo, "kiosk.info", KioskInfoRequest, KioskInfoReply, kIssuers, true)                           \
    X(TicketPrint, "ticket.print", TicketPrintRequest, TicketPrintReply, kIssuers, true)
