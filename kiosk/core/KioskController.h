#pragma once

#include "core/CardHolder.h"
#include "core/PrintReporter.h"
#include "core/Receipt.h"
#include "core/Refusal.h"
#include "core/ServiceTiles.h"
#include "core/StaffSession.h"

#include "client/HallMirror.h"
#include "client/HallSession.h"
#include "protocol/KioskMessages.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>
#include <QVariantMap>
#include <functional>
#include <optional>

namespace hallq::kiosk {

class ReceiptPrinter;

// The kiosk's flow, as a citizen walks through it:
//   Home (tiles) → [CardPrompt: swipe the ID card, real-name services]
//     → Issuing → Ticket (printed, and on screen at the same time)
//                 | Refusal (in plain words, from the server's error)
// plus the service guides, the green-channel explanation, appointment
// check-in, and staff mode (guide/admin log-in: printer and reader status,
// test print, reprint, green-channel issuing, lock). Paused whenever the
// server cannot be reached: no ticket is ever shown that the server did not
// acknowledge. The idle timeout returns to Home and forgets everything
// personal (card, ticket, language, elderly mode).
//
// The controller decides only the flow; queue facts are the server's
// (HallSession/HallMirror), printing is the ReceiptPrinter's, and the card
// reader reports through cardRead()/cardRemoved()/setReaderState(). QML binds
// to its properties and calls its invokables; it never talks to the server.
class KioskController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(bool english READ english WRITE setEnglish NOTIFY languageChanged)
    Q_PROPERTY(bool elderly READ elderly WRITE setElderly NOTIFY elderlyChanged)
    Q_PROPERTY(QString hallName READ hallName NOTIFY hallChanged)
    Q_PROPERTY(hallq::kiosk::ServiceTiles *services READ services CONSTANT)
    Q_PROPERTY(QVariantMap selectedService READ selectedService NOTIFY selectedServiceChanged)
    Q_PROPERTY(QVariantMap card READ card NOTIFY cardChanged)
    Q_PROPERTY(QVariantMap ticket READ ticket NOTIFY ticketChanged)
    Q_PROPERTY(PrintState printState READ printState NOTIFY printStateChanged)
    Q_PROPERTY(QString printProblem READ printProblem NOTIFY printStateChanged)
    Q_PROPERTY(QString refusalTitle READ refusalTitle NOTIFY refusalChanged)
    Q_PROPERTY(QString refusalText READ refusalText NOTIFY refusalChanged)
    Q_PROPERTY(QString refusalServiceId READ refusalServiceId NOTIFY refusalChanged)
    Q_PROPERTY(bool refusalOffersNormal READ refusalOffersNormal NOTIFY refusalChanged)
    Q_PROPERTY(QVariantMap guide READ guide NOTIFY guideChanged)
    Q_PROPERTY(QString outsideMessage READ outsideMessage NOTIFY hallChanged)
    Q_PROPERTY(QStringList greenGroups READ greenGroups NOTIFY hallChanged)
    Q_PROPERTY(int elderlyAge READ elderlyAge NOTIFY hallChanged)
    Q_PROPERTY(ReaderState readerState READ readerState NOTIFY hardwareChanged)
    Q_PROPERTY(QString readerText READ readerText NOTIFY hardwareChanged)
    Q_PROPERTY(QString printerText READ printerText NOTIFY hardwareChanged)
    Q_PROPERTY(bool printerReady READ printerReady NOTIFY hardwareChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    Q_PROPERTY(bool staffBusy READ staffBusy NOTIFY staffChanged)
    Q_PROPERTY(QString staffName READ staffName NOTIFY staffChanged)
    Q_PROPERTY(QString staffMessage READ staffMessage NOTIFY staffChanged)
    Q_PROPERTY(int pendingReports READ pendingReports NOTIFY pendingReportsChanged)
    Q_PROPERTY(bool anyOpen READ anyOpen NOTIFY anyOpenChanged)
    Q_PROPERTY(QString clockText READ clockText NOTIFY clockChanged)
    Q_PROPERTY(QString hardwareNote READ hardwareNote NOTIFY hardwareChanged)

public:
    enum class Screen {
        Paused,       // the server cannot be reached: 暂停取号
        Locked,       // staff took the kiosk out of service
        Home,         // service tiles
        CardPrompt,   // swipe the ID card for the chosen service
        Issuing,      // waiting for the server's answer
        Ticket,       // the ticket, printed and on screen
        Refusal,      // why there is no ticket, and what to do
        Guides,       // list of service guides
        Guide,        // one service's guide
        GreenChannel, // who may use it and where to go
        CheckIn,      // appointment check-in
        StaffLogin,
        Staff,
    };
    Q_ENUM(Screen)
    enum class PrintState { None, Printing, Printed, Failed };
    Q_ENUM(PrintState)
    enum class ReaderState { Absent, Connected, Disconnected, Failing };
    Q_ENUM(ReaderState)

    KioskController(client::HallSession &session, client::HallMirror &mirror, QObject *parent = nullptr);
    ~KioskController() override;

    // --- wiring (main / tests) ---
    void setPrinter(ReceiptPrinter *printer);
    // Where staff log in (the kiosk's own server); the kiosk's URL by default.
    void setServerUrl(const QUrl &url);
    // Local "now" (the hall's time zone): ages, "today at 14:00". Tests pin it.
    void setClock(std::function<QDateTime()> localNow);
    // Overrides the hall's idle timeout (kiosk.info) — tests and --idle-timeout.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    // How long a printed ticket stays on screen (a failed print stays the idle timeout).
    void setTicketTimeout(std::chrono::milliseconds timeout);
    void setPrintTimeout(std::chrono::milliseconds timeout) { m_printGuard.setInterval(int(timeout.count())); }
    PrintReporter &reporter() { return m_reporter; }

    // --- state ---
    Screen screen() const { return m_screen; }
    bool online() const { return m_session.isReady() && m_infoLoaded; }
    bool english() const { return m_english; }
    bool elderly() const { return m_elderly; }
    QString hallName() const;
    ServiceTiles *services() { return &m_tiles; }
    QVariantMap selectedService() const;
    QVariantMap card() const;
    QVariantMap ticket() const { return m_ticketView; }
    PrintState printState() const { return m_printState; }
    QString printProblem() const;
    QString refusalTitle() const { return m_refusal ? m_refusal->title() : QString(); }
    QString refusalText() const { return m_refusal ? m_refusal->text(m_english) : QString(); }
    QString refusalServiceId() const { return m_refusalServiceId; }
    bool refusalOffersNormal() const { return m_refusal && m_refusal->offersNormalTicket(); }
    QVariantMap guide() const;
    QString outsideMessage() const;
    // 老、弱、病、残、孕、军 — in English, the words for them.
    QStringList greenGroups() const;
    int elderlyAge() const { return m_info.elderlyAge; }
    ReaderState readerState() const { return m_readerState; }
    QString readerText() const;
    QString printerText() const;
    bool printerReady() const;
    bool locked() const { return m_locked; }
    bool staffBusy() const { return m_staff.state() == StaffSession::State::LoggingIn; }
    QString staffName() const { return m_staff.staffName(); }
    QString staffMessage() const { return m_staffMessage; }
    int pendingReports() const { return m_reporter.pending(); }
    // True while some service is open (the hall is not closed for the day).
    bool anyOpen() const;
    // Date and time in the hall's time zone, for the top bar ("11月30日 08:31").
    QString clockText() const;
    // "模拟打印机" when a simulated part is in use: the screen must say so.
    QString hardwareNote() const;
    Q_INVOKABLE bool hasGuide(const QString &serviceId) const;
    // For device.status (wire::kPrinterStates / kReaderStates) and its detail.
    QString printerWireState() const;
    QString readerWireState() const;
    QString hardwareDetail() const;
    std::optional<protocol::IssueReply> lastTicket() const { return m_lastTicket; }
    // What the printer is given for a ticket (also for checking what came out).
    Receipt receiptFor(const protocol::IssueReply &reply) const;
    // True while anything personal is held (a card, a ticket on screen).
    bool holdsPersonalData() const;

    // --- citizen ---
    Q_INVOKABLE void chooseService(const QString &serviceId);
    Q_INVOKABLE void showGuides();
    Q_INVOKABLE void showGuide(const QString &serviceId);
    Q_INVOKABLE void showGreenChannel();
    Q_INVOKABLE void showCheckIn();
    // Appointment check-in by booking code (or by card: swipe it on the CheckIn screen).
    Q_INVOKABLE void checkInByCode(const QString &code);
    // After "too late": take a walk-in number for the same booking instead.
    Q_INVOKABLE void checkInLateAsNormal();
    Q_INVOKABLE void home();
    Q_INVOKABLE void touch();
    Q_INVOKABLE void setEnglish(bool english);
    Q_INVOKABLE void setElderly(bool elderly);

    // --- card reader (DriverCardReader or a test) ---
    void cardRead(const QString &idNumber, const QString &name);
    void cardRemoved();
    // A card was on the reader but could not be read (bad chip, failed check).
    void cardUnreadable();
    void setReaderState(ReaderState state, const QString &detail = {});
    void setReaderSimulated(bool simulated);

    // --- staff mode ---
    Q_INVOKABLE void openStaffLogin();
    Q_INVOKABLE void staffLogin(const QString &staffId, const QString &password);
    Q_INVOKABLE void staffLogout();
    Q_INVOKABLE void testPrint();
    Q_INVOKABLE void reprintLast();
    Q_INVOKABLE void issueGreen(const QString &serviceId);
    Q_INVOKABLE void lock();
    Q_INVOKABLE void unlock();

signals:
    void screenChanged(hallq::kiosk::KioskController::Screen screen);
    void onlineChanged();
    void languageChanged();
    void elderlyChanged();
    void hallChanged();
    void selectedServiceChanged();
    void cardChanged();
    void ticketChanged();
    void printStateChanged();
    void refusalChanged();
    void guideChanged();
    void hardwareChanged();
    void lockedChanged();
    void staffChanged();
    void pendingReportsChanged();
    void anyOpenChanged();
    void clockChanged();
    // Voice guidance for the step just entered (spoken in elderly mode).
    void prompt(const QString &text);

private:
    void setScreen(Screen screen);
    void updateAnyOpen();
    void onSessionState();
    void loadKioskInfo();
    void issue(const QString &serviceId, client::HallSession &via, bool byStaff);
    void onIssued(const protocol::IssueReply &reply);
    void checkIn(protocol::AppointmentCheckinRequest request);
    void refuse(Refusal refusal, const QString &serviceId);
    void startPrint(const Receipt &receipt);
    void onPrinted(qint64 ticketId, PrintFailure failure, const QString &detail);
    void clearPersonal();
    void resetForNextCitizen();
    void restartIdle();
    void onIdle();
    QString promptFor(Screen screen) const;
    QDateTime localNow() const { return m_localNow(); }
    bool greenEligible(const protocol::ServiceInfo &service) const;
    QString statusUrl(const QString &path) const;
    QString guideUrl(const QString &serviceId, const protocol::ServiceGuide &guide) const;
    QVariantMap ticketView(const protocol::IssueReply &reply) const;
    std::optional<QDateTime> nextOpenLocal(const protocol::ServiceInfo &service) const;
    Screen restingScreen() const; // Home, Locked or Paused, as things stand

    client::HallSession &m_session;
    client::HallMirror &m_mirror;
    QPointer<ReceiptPrinter> m_printer;
    PrintReporter m_reporter;
    StaffSession m_staff;
    ServiceTiles m_tiles;
    CardHolder m_card;
    std::function<QDateTime()> m_localNow;
    QUrl m_serverUrl;
    QTimeZone m_zone{"Asia/Shanghai"}; // the hall's, from kiosk.info
    QTimer m_clock;

    protocol::KioskInfoReply m_info;
    QHash<QString, protocol::KioskServiceInfo> m_serviceInfo;
    bool m_infoLoaded = false;

    Screen m_screen = Screen::Paused;
    bool m_english = false;
    bool m_elderly = false;
    bool m_locked = false;
    QString m_selectedServiceId;
    QString m_guideServiceId;
    std::optional<Refusal> m_refusal;
    QString m_refusalServiceId;
    std::optional<protocol::AppointmentCheckinRequest> m_lastCheckIn; // for "take a normal number instead"
    quint64 m_attempt = 0; // bumped whenever the flow is abandoned: late answers are dropped

    std::optional<protocol::IssueReply> m_ticket; // on screen now
    QVariantMap m_ticketView;
    std::optional<protocol::IssueReply> m_lastTicket; // for reprint (masked data only)
    PrintState m_printState = PrintState::None;
    PrintFailure m_printFailure = PrintFailure::None;
    QTimer m_printGuard;
    qint64 m_printingTicket = -1; // ticket id being printed (0: a test print)

    ReaderState m_readerState = ReaderState::Absent;
    bool m_readerSimulated = false;
    bool m_anyOpen = false;
    QString m_readerDetail;
    QString m_staffMessage;

    QTimer m_idle;
    std::optional<std::chrono::milliseconds> m_idleOverride;
    std::chrono::milliseconds m_ticketTimeout{20000};
};

} // namespace hallq::kiosk
