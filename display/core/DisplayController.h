#pragma once

#include "core/AnnouncementQueue.h"
#include "core/BoardModel.h"
#include "core/ClipLibrary.h"
#include "core/DisplaySettings.h"
#include "core/NoticeFetcher.h"
#include "core/SupervisorModel.h"
#include "core/WindowScreenModel.h"

#include "client/HallMirror.h"
#include "client/HallSession.h"

#include <QObject>

#include <memory>

namespace hallq::display {

// One display, whatever its mode: the session to the server, the mirror of
// the hall, the mode's view-model, and for the hall board the voice queue
// (clips + sink). main.cpp builds it from the settings and shows the QML;
// tests build it the same way. Holds no widgets and no QML.
class DisplayController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString mode READ mode CONSTANT)
    Q_PROPERTY(bool connected READ connected NOTIFY connectionChanged)
    Q_PROPERTY(int reconnectAttempts READ reconnectAttempts NOTIFY connectionChanged)
    Q_PROPERTY(QString connectionProblem READ connectionProblem NOTIFY connectionChanged)
    Q_PROPERTY(QString voiceStatus READ voiceStatus NOTIFY voiceChanged)
    Q_PROPERTY(QString layout READ layout CONSTANT)
    Q_PROPERTY(int recentCalls READ recentCalls CONSTANT)

public:
    explicit DisplayController(DisplaySettings settings, QObject *parent = nullptr);
    ~DisplayController() override;

    void start();

    const DisplaySettings &settings() const { return m_settings; }
    QString mode() const { return DisplaySettings::modeName(m_settings.mode); }
    bool connected() const { return m_session.isReady(); }
    int reconnectAttempts() const { return m_session.reconnectAttempts(); }
    QString connectionProblem() const;
    QString voiceStatus() const;
    QString layout() const { return m_settings.layout; }
    int recentCalls() const { return m_settings.recentCalls; }

    client::HallSession &session() { return m_session; }
    client::HallMirror &mirror() { return m_mirror; }
    ClipLibrary &clips() { return m_clips; }
    AnnouncementQueue *voice() { return m_voice.get(); }
    AudioSink *sink() { return m_sink.get(); } // null: voice off
    BoardModel *board() { return m_board.get(); }
    WindowScreenModel *windowScreen() { return m_window.get(); }
    SupervisorModel *supervisor() { return m_supervisor.get(); }
    // The model the mode's QML binds to.
    QObject *viewModel() const;

    // Now by the server's clock (the board's clock shows hall time even if this PC's is off).
    Q_INVOKABLE QDateTime now() const { return m_session.serverNow(); }

signals:
    void connectionChanged();
    void voiceChanged();

private:
    void setUpVoice();

    DisplaySettings m_settings;
    client::HallSession m_session;
    client::HallMirror m_mirror;
    ClipLibrary m_clips;
    std::unique_ptr<AudioSink> m_sink;
    std::unique_ptr<AnnouncementQueue> m_voice;
    std::unique_ptr<BoardModel> m_board;
    std::unique_ptr<WindowScreenModel> m_window;
    std::unique_ptr<SupervisorModel> m_supervisor;
    NoticeFetcher m_notices;
};

} // namespace hallq::display
