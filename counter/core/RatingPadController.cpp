#include "counter/core/RatingPadController.h"

#include "client/HallSession.h"
#include "counter/core/CounterLog.h"
#include "counter/core/ErrorText.h"

using namespace Qt::StringLiterals;

namespace hallq::counter {

RatingPadController::RatingPadController(client::HallSession *session, int window, QObject *parent)
    : QObject(parent), m_session(session), m_window(window)
{
    m_giveUp.setSingleShot(true);
    m_giveUp.setTimerType(Qt::PreciseTimer); // the countdown on screen must not run over
    m_thanks.setSingleShot(true);
    connect(&m_giveUp, &QTimer::timeout, this, &RatingPadController::giveUp);
    connect(&m_thanks, &QTimer::timeout, this, [this] {
        m_invitation.reset();
        setStage(Stage::Waiting);
    });
    connect(session, &client::HallSession::eventReceived, this, &RatingPadController::onEvent);
}

void RatingPadController::onEvent(const protocol::Envelope &event)
{
    if (event.type != u"event.rating_invite")
        return;
    const auto decoded = protocol::decode<protocol::RatingInviteEvent>(event.body, protocol::Limits::forServerMessages());
    if (const auto *invite = std::get_if<protocol::RatingInviteEvent>(&decoded); invite && invite->invitation.window == m_window)
        offer(invite->invitation);
}

void RatingPadController::offer(const protocol::RatingInvitation &invitation)
{
    if (m_invitation && m_invitation->ticketId == invitation.ticketId && m_stage != Stage::Waiting)
        return; // the same invitation again (resent): keep what the citizen is doing
    m_invitation = invitation;
    m_level = 0;
    m_error.clear();
    m_thanks.stop();
    // The pad's own timeout, but never past what the server allows.
    qint64 ms = m_timeout.count();
    const qint64 serverLeft = m_session->serverNow().msecsTo(invitation.expiresAt);
    if (serverLeft > 0)
        ms = std::min(ms, serverLeft);
    m_giveUp.start(int(std::max<qint64>(ms, 1000)));
    setStage(Stage::Choosing);
}

qint64 RatingPadController::remainingMs() const
{
    return m_giveUp.isActive() ? m_giveUp.remainingTime() : 0;
}

void RatingPadController::choose(int level)
{
    if (m_stage != Stage::Choosing || level < protocol::kRatingLevelMin || level > protocol::kRatingLevelMax)
        return;
    m_level = level;
    if (level <= protocol::kBadRatingLevel)
        setStage(Stage::Details);
    else
        send({}, {});
}

void RatingPadController::submitDetails(const QStringList &reasons, const QString &comment)
{
    if (m_stage != Stage::Details)
        return;
    send(reasons, comment.trimmed());
}

void RatingPadController::back()
{
    if (m_stage == Stage::Details)
        setStage(Stage::Choosing);
}

void RatingPadController::skip()
{
    if (m_stage == Stage::Waiting || m_stage == Stage::Sending)
        return;
    giveUp();
}

void RatingPadController::giveUp()
{
    m_giveUp.stop();
    m_thanks.stop();
    m_invitation.reset();
    m_level = 0;
    setStage(Stage::Waiting);
}

void RatingPadController::send(const QStringList &reasons, const QString &comment)
{
    protocol::RatingSubmitRequest request;
    request.window = m_window;
    request.ticketId = m_invitation->ticketId;
    request.level = m_level;
    request.reasons = reasons;
    request.comment = comment;
    setStage(Stage::Sending);
    m_session->request(request, this, [this](auto result) {
        m_giveUp.stop();
        if (auto *error = std::get_if<protocol::Error>(&result)) {
            m_error = error->code == protocol::ErrorCode::AlreadyRated ? tr("This service has been rated already. Thank you!")
                                                                         : ErrorText::describe(*error);
            qCInfo(lcCounter) << "rating not taken:" << error->message;
            setStage(Stage::Failed);
        } else {
            emit rated(std::get<protocol::RatingReply>(result).rating);
            setStage(Stage::Thanks);
        }
        m_thanks.start(int(std::chrono::milliseconds(kThanksFor).count()));
    });
}

void RatingPadController::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

QString RatingPadController::levelName(int level)
{
    switch (level) {
    case 5: return tr("Very satisfied");
    case 4: return tr("Satisfied");
    case 3: return tr("Basically satisfied");
    case 2: return tr("Dissatisfied");
    case 1: return tr("Very dissatisfied");
    default: return {};
    }
}

QString RatingPadController::reasonName(const QString &reason)
{
    if (reason == u"attitude")
        return tr("Staff attitude");
    if (reason == u"slow")
        return tr("Took too long");
    if (reason == u"unclear")
        return tr("Not explained clearly");
    if (reason == u"repeated_visits")
        return tr("Had to come back again");
    if (reason == u"rules")
        return tr("Rules or process unreasonable");
    if (reason == u"other")
        return tr("Other");
    return reason;
}

} // namespace hallq::counter
