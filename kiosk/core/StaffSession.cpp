#include "core/StaffSession.h"

#include "core/KioskLog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hallq::kiosk {

StaffSession::StaffSession(QObject *parent) : QObject(parent) {}

StaffSession::~StaffSession() = default;

void StaffSession::login(const QString &staffId, const QString &password)
{
    logout();
    m_session = std::make_unique<client::HallSession>();
    m_session->setServerUrl(m_url);
    m_session->setClientInfo(u"hallq-kiosk-staff"_s, QCoreApplication::applicationVersion());
    m_session->setStaffCredentials(staffId, password);
    m_session->setRequestTimeout(m_timeout);
    m_session->backoff().setRange(std::chrono::milliseconds(200), std::chrono::milliseconds(2000));
    connect(m_session.get(), &client::HallSession::stateChanged, this, &StaffSession::onSessionState);
    // Queued: the session is still inside its own error handling when it reports.
    connect(m_session.get(), &client::HallSession::errorOccurred, this, &StaffSession::onSessionError,
            Qt::QueuedConnection);
    setState(State::LoggingIn);
    m_session->start();
}

void StaffSession::onSessionState()
{
    if (!m_session || !m_session->isReady() || m_state != State::LoggingIn)
        return;
    if (!mayUseKiosk()) {
        finishFailed(QCoreApplication::translate(
            "StaffSession", "This account may not use staff mode (it needs the guide, supervisor or admin role)."));
        return;
    }
    qCInfo(lcKiosk) << "staff mode opened by" << staffId();
    setState(State::LoggedIn);
    emit loggedIn();
}

void StaffSession::onSessionError(const protocol::Error &error)
{
    if (m_state != State::LoggingIn)
        return;
    using protocol::ErrorCode;
    switch (error.code) {
    case ErrorCode::AuthFailed:
        finishFailed(QCoreApplication::translate("StaffSession", "Wrong staff ID or password."));
        return;
    case ErrorCode::AuthThrottled:
        finishFailed(QCoreApplication::translate("StaffSession", "Too many attempts. Wait a minute and try again."));
        return;
    case ErrorCode::Unavailable:
        // A link that fails twice in a row: the server is not there.
        if (m_session && m_session->reconnectAttempts() >= 1)
            finishFailed(QCoreApplication::translate("StaffSession", "The server cannot be reached."));
        return;
    default:
        finishFailed(error.message);
        return;
    }
}

void StaffSession::finishFailed(const QString &reason)
{
    qCInfo(lcKiosk) << "staff log-in failed";
    if (m_session) {
        m_session->stop();
        m_session.release()->deleteLater(); // we may be inside its signal
    }
    setState(State::LoggedOut);
    emit loginFailed(reason);
}

void StaffSession::logout()
{
    if (!m_session)
        return;
    m_session->stop();
    m_session.release()->deleteLater();
    const bool wasIn = m_state == State::LoggedIn;
    setState(State::LoggedOut);
    if (wasIn)
        emit loggedOut();
}

QString StaffSession::staffId() const
{
    return m_session && m_session->login() ? m_session->login()->staff.staffId : QString();
}

QString StaffSession::staffName() const
{
    return m_session && m_session->login() ? m_session->login()->staff.name : QString();
}

QStringList StaffSession::roles() const
{
    return m_session && m_session->login() ? m_session->login()->staff.roles : QStringList();
}

bool StaffSession::mayUseKiosk() const
{
    const QStringList r = roles();
    return r.contains(u"guide"_s) || r.contains(u"supervisor"_s) || r.contains(u"admin"_s);
}

void StaffSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

} // namespace hallq::kiosk
