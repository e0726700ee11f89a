#pragma once

#include "counter/core/ActionRules.h"
#include "counter/core/CounterBoard.h"
#include "counter/core/TransferChoice.h"

#include "protocol/Protocol.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace hallq::client {
class HallMirror;
class HallSession;
} // namespace hallq::client

namespace hallq::counter {

// The counter's logic over one HallSession: log-in to a window (the server
// keeps it as attendance), every window-staff action, the current ticket and
// what the window works from. It holds what the server last said and decides
// nothing the server decides; ActionRules says what is possible right now,
// and a refused action is reported, never queued or dropped silently.
// While the link is down the current ticket stays on screen; on reconnect
// everything is fetched again.
class CounterController : public QObject
{
    Q_OBJECT
public:
    enum class Phase { LoggedOut, LoggingIn, Working };
    Q_ENUM(Phase)
    enum class Severity { Info, Success, Warning, Error };
    Q_ENUM(Severity)
    struct Message
    {
        QString text;
        Severity severity = Severity::Info;
        QDateTime at;
    };
    enum class Selection { Waiting, Parked, NoShow };

    CounterController(client::HallSession *session, client::HallMirror *mirror, QObject *parent = nullptr);

    // ---- log-in ----------------------------------------------------------
    // Connects as `staffId` and opens `window`. loginFailed() says why when
    // it cannot (wrong password, already at another window ...).
    void login(const QString &staffId, const QString &password, int window);
    // Stops a log-in that has not completed (server unreachable).
    void cancelLogin();
    // Closes the window (attendance ends) and disconnects.
    void logout();

    // ---- actions (each one refused with a message when not possible) ------
    void callNext();
    void recall();
    void startServing();
    void noShow();
    void park();
    void transfer(const TransferChoice &choice);
    void finish(const QString &caseType, const QString &outcome);
    void pause(const QString &reason, const QString &note);
    void resume();
    void callSelected();
    void unparkSelected();
    // placement empty: the hall's rule.
    void reactivateSelected(const QString &placement = {});
    void askRating();
    void select(Selection list, qint64 ticketId); // 0: nothing selected

    // ---- reading -----------------------------------------------------------
    Phase phase() const { return m_phase; }
    int window() const { return m_window; }
    QString staffId() const { return m_staffId; }
    QString staffName() const;
    bool connected() const;
    client::HallSession *session() const { return m_session; }
    client::HallMirror *mirror() const { return m_mirror; }
    CounterBoard *board() { return &m_board; }
    const CounterBoard *board() const { return &m_board; }
    std::optional<protocol::WindowInfo> windowInfo() const { return m_windowInfo; }
    const std::optional<protocol::TicketInfo> &currentTicket() const { return m_current; }
    const std::optional<protocol::TicketInfo> &lastFinished() const { return m_lastFinished; }
    // The ticket a rating or a notice is about: the one in service, else the
    // one just finished (none while another is being called).
    std::optional<protocol::TicketInfo> subjectTicket() const;
    std::optional<protocol::RatingInfo> lastRating() const { return m_lastRating; }
    bool ratingPending() const { return m_ratingAskedFor != 0; }
    qint64 selected(Selection list) const;
    Message lastMessage() const { return m_message; }

    CounterSituation situation() const;
    bool isEnabled(CounterAction action) const { return ActionRules::enabled(action, situation()); }
    QString whyDisabled(CounterAction action) const { return ActionRules::why(action, situation()); }

    // Names as the UI shows them (English when asked).
    void setEnglish(bool english);
    bool english() const { return m_english; }
    QString serviceName(const QString &serviceId) const;
    QString windowName(int number) const;

    // The printer is busy with a notice (set by the print flow).
    void setPrinting(bool printing);

signals:
    void changed();
    void phaseChanged(hallq::counter::CounterController::Phase phase);
    void loginFailed(const QString &why);
    void messagePosted(const hallq::counter::CounterController::Message &message);
    void ratingReceived(const hallq::protocol::RatingInfo &rating);

private:
    template <class Req, class OnOk>
    void act(CounterAction action, const Req &request, OnOk onOk);
    void post(const QString &text, Severity severity);
    void setPhase(Phase phase);
    void openWindow();
    void resync();
    void applyWindow(const protocol::WindowInfo &window);
    void applyTicket(const protocol::TicketInfo &ticket);
    void applyTicketReply(const protocol::TicketReply &reply);
    void fetchCurrent(qint64 ticketId);
    void onEvent(const protocol::Envelope &event);
    bool concernsMe(const protocol::TicketInfo &ticket) const;
    void loggedOut(const QString &why);

    client::HallSession *m_session;
    client::HallMirror *m_mirror;
    CounterBoard m_board;
    Phase m_phase = Phase::LoggedOut;
    int m_window = 0;
    QString m_staffId;
    bool m_busy = false;
    bool m_printing = false;
    bool m_english = false;
    bool m_closing = false; // our own logout is closing the window
    std::optional<protocol::WindowInfo> m_windowInfo;
    std::optional<protocol::TicketInfo> m_current;
    std::optional<protocol::TicketInfo> m_lastFinished;
    std::optional<protocol::RatingInfo> m_lastRating;
    qint64 m_ratingAskedFor = 0;
    QSet<qint64> m_rated;
    qint64 m_selected[3] = {0, 0, 0};
    Message m_message;
};

} // namespace hallq::counter
