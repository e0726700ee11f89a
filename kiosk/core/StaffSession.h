#pragma once

#include "client/HallSession.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace hallq::kiosk {

// A guide's or administrator's log-in at the kiosk (staff mode): its own
// connection to the server, authenticated as that staff member, so what they
// do there (a green-channel ticket after checking a certificate) is done under
// their name and role, never the kiosk's. Ends on logout or idle timeout; the
// password lives only inside the session while it is open.
class StaffSession : public QObject
{
    Q_OBJECT
public:
    enum class State { LoggedOut, LoggingIn, LoggedIn };
    Q_ENUM(State)

    explicit StaffSession(QObject *parent = nullptr);
    ~StaffSession() override;

    void setServerUrl(const QUrl &url) { m_url = url; }
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Result by loggedIn() or loginFailed(reason) once the server answered.
    void login(const QString &staffId, const QString &password);
    void logout();

    State state() const { return m_state; }
    QString staffId() const;
    QString staffName() const;
    QStringList roles() const;
    // The staff roles that may use staff mode at a kiosk.
    bool mayUseKiosk() const;
    client::HallSession *session() const { return m_session.get(); }

signals:
    void loggedIn();
    void loginFailed(const QString &reason);
    void loggedOut();
    void stateChanged();

private:
    void onSessionState();
    void onSessionError(const protocol::Error &error);
    void finishFailed(const QString &reason);
    void setState(State state);

    QUrl m_url;
    std::chrono::milliseconds m_timeout{8000};
    std::unique_ptr<client::HallSession> m_session;
    State m_state = State::LoggedOut;
};

} // namespace hallq::kiosk
