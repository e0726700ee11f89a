#include "core/DisplayController.h"

#include "core/DisplayLog.h"
#include "core/FileAudioSink.h"
#include "core/PhraseBuilder.h"
#include "core/QtAudioSink.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace hallq::display {

DisplayController::DisplayController(DisplaySettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_session.setServerUrl(m_settings.server);
    m_session.setClientInfo(u"hallq-display"_s, u"0.1.0"_s);
    m_mirror.setAnnounceMaxAge(std::chrono::seconds(m_settings.announceMaxAgeSeconds));
    m_mirror.setRecentCallsCapacity(std::max(m_settings.recentCalls, 1));
    m_mirror.attach(&m_session);
    connect(&m_session, &client::HallSession::stateChanged, this, &DisplayController::connectionChanged);
    connect(&m_session, &client::HallSession::reconnectAttemptsChanged, this, &DisplayController::connectionChanged);
    connect(&m_session, &client::HallSession::errorOccurred, this, &DisplayController::connectionChanged);

    switch (m_settings.mode) {
    case DisplaySettings::Mode::Hall:
        m_session.setDeviceToken(m_settings.token);
        m_session.setSubscription(u"hall"_s);
        m_board = std::make_unique<BoardModel>(m_mirror);
        m_board->setNotices(m_settings.notices);
        connect(&m_notices, &NoticeFetcher::fetched, this, [this](const QStringList &notices) {
            if (!notices.isEmpty())
                m_board->setNotices(notices);
        });
        connect(&m_session, &client::HallSession::snapshotReceived, this, [this] { m_notices.fetch(m_settings.server); });
        setUpVoice();
        break;
    case DisplaySettings::Mode::Window:
        m_session.setDeviceToken(m_settings.token);
        m_session.setSubscription(u"window"_s, m_settings.window);
        m_window = std::make_unique<WindowScreenModel>(m_mirror, m_settings.window);
        break;
    case DisplaySettings::Mode::Supervisor:
        m_session.setSubscription(u"hall"_s);
        m_supervisor = std::make_unique<SupervisorModel>(m_session, m_mirror);
        m_supervisor->setIntervalMinutes(m_settings.statsIntervalMinutes);
        if (!m_settings.staffId.isEmpty() && !m_settings.password.isEmpty())
            m_session.setStaffCredentials(m_settings.staffId, m_settings.password);
        else
            m_supervisor->setLoginRequired(true);
        break;
    }
}

DisplayController::~DisplayController()
{
    // The voice queue refers to the sink and the clips: it goes first.
    m_voice.reset();
    m_sink.reset();
}

void DisplayController::setUpVoice()
{
    QStringList dirs;
    if (!m_settings.voice.recordedDir.isEmpty())
        dirs << m_settings.voice.recordedDir;
    dirs << QDir::cleanPath(m_settings.voice.generatedDir);
    m_clips.setDirectories(dirs);
    m_voice = std::make_unique<AnnouncementQueue>(m_clips, m_settings.voice);
    connect(m_voice.get(), &AnnouncementQueue::changed, this, &DisplayController::voiceChanged);
    connect(&m_mirror, &client::HallMirror::callAnnounced, m_voice.get(), &AnnouncementQueue::announce);
    if (!m_settings.voice.enabled) {
        m_voice->setSink(nullptr, u"switched off (--no-voice)"_s);
        return;
    }
    const QStringList missing = m_clips.missing(PhraseBuilder::allClipNames());
    if (!missing.isEmpty())
        qCWarning(lcDisplay) << "voice clips missing in" << dirs << ":" << missing.join(u", "_s)
                             << "- those words are left out";
    QString why;
    if (!m_settings.voice.fileSink.isEmpty()) {
        m_sink = std::make_unique<FileAudioSink>(m_settings.voice.fileSink, m_settings.voice.fileSinkSpeed);
    } else {
        m_sink = QtAudioSink::create(&why);
    }
    m_voice->setSink(m_sink.get(), why);
}

void DisplayController::start()
{
    if (m_supervisor && m_supervisor->loginRequired())
        return; // the view asks for a log-in, which starts the session
    m_session.start();
    if (const auto error = m_session.lastError(); error && !m_session.isReady() && error->code == protocol::ErrorCode::InvalidArgument)
        qCWarning(lcDisplay) << "cannot start:" << error->message;
}

QString DisplayController::connectionProblem() const
{
    if (m_session.isReady())
        return {};
    const auto error = m_session.lastError();
    if (error && (error->code == protocol::ErrorCode::AuthFailed || error->code == protocol::ErrorCode::Forbidden))
        return u"显示屏未获授权（%1）"_s.arg(error->message);
    return m_session.reconnectAttempts() > 0 ? u"正在重新连接…"_s : u"正在连接…"_s;
}

QString DisplayController::voiceStatus() const
{
    return m_voice ? m_voice->status() : QString();
}

QObject *DisplayController::viewModel() const
{
    if (m_board)
        return m_board.get();
    if (m_window)
        return m_window.get();
    return m_supervisor.get();
}

} // namespace hallq::display
