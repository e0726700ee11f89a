#pragma once

#include "protocol/CounterMessages.h"
#include "protocol/Envelope.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace hallq::client {
class HallSession;
}

namespace hallq::counter {

// The citizen's rating pad (评价器) for one window. It waits for the
// window's invitation (event.rating_invite), shows the five levels, asks the
// reasons and an optional comment for 不满意 / 非常不满意, sends one rating and
// thanks the citizen. Rating is never forced: the citizen may skip, and the
// pad gives up by itself after a timeout. Works on the counter's own session
// (a second window) or on a display device's session (--evaluator).
class RatingPadController : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Waiting, Choosing, Details, Sending, Thanks, Failed };
    Q_ENUM(Stage)

    static constexpr std::chrono::seconds kDefaultTimeout{60};
    static constexpr std::chrono::seconds kThanksFor{4};

    RatingPadController(client::HallSession *session, int window, QObject *parent = nullptr);

    void setWindow(int window) { m_window = window; }
    int window() const { return m_window; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    Stage stage() const { return m_stage; }
    const std::optional<protocol::RatingInvitation> &invitation() const { return m_invitation; }
    int chosenLevel() const { return m_level; }
    QString lastError() const { return m_error; }
    // Milliseconds until the pad gives up on this invitation (0 when not asking).
    qint64 remainingMs() const;

    // Shows an invitation (from the event, or handed over in-process).
    void offer(const protocol::RatingInvitation &invitation);
    // The citizen's choice: 3..5 are sent at once; 1 and 2 ask for reasons first.
    void choose(int level);
    // Reasons (wire::kRatingReasons) and an optional comment for 差评.
    void submitDetails(const QStringList &reasons, const QString &comment);
    // Back from the reasons to the levels.
    void back();
    // The citizen does not want to rate: nothing is sent.
    void skip();

    static QString levelName(int level);
    static QString reasonName(const QString &reason);

signals:
    void stageChanged(hallq::counter::RatingPadController::Stage stage);
    void rated(const hallq::protocol::RatingInfo &rating);

private:
    void setStage(Stage stage);
    void send(const QStringList &reasons, const QString &comment);
    void onEvent(const protocol::Envelope &event);
    void giveUp();

    client::HallSession *m_session;
    int m_window;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    Stage m_stage = Stage::Waiting;
    std::optional<protocol::RatingInvitation> m_invitation;
    int m_level = 0;
    QString m_error;
    QTimer m_giveUp;
    QTimer m_thanks;
};

} // namespace hallq::counter
