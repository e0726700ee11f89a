#pragma once

#include "core/Announcement.h"
#include "core/AudioSink.h"
#include "core/ClipLibrary.h"
#include "core/VoiceSettings.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace hallq::display {

// The one voice queue of a board. Calls are announced in the order they
// arrive, one at a time: an announcement never starts before the previous one
// finished (plus a gap), never cuts another off, and none is dropped — a burst
// of calls simply queues up. Each is rendered from clips (chime, words ×
// repeat) and played on the sink. Without a sink (no audio device) or in
// quiet hours an announcement is logged as not voiced and the queue moves on;
// a sink that never reports back is given up on after its duration + a margin,
// so one broken play cannot stall the hall's voice.
class AnnouncementQueue : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(bool speaking READ speaking NOTIFY changed)
    Q_PROPERTY(bool voiceOn READ voiceOn NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)

public:
    AnnouncementQueue(ClipLibrary &clips, VoiceSettings settings, QObject *parent = nullptr);

    // Null: voice off (the reason is logged and shown). Not owned.
    void setSink(AudioSink *sink, const QString &whyNone = {});
    void setSettings(VoiceSettings settings) { m_settings = std::move(settings); }
    const VoiceSettings &settings() const { return m_settings; }
    // Local time of day for quiet hours (injectable for tests).
    void setClock(std::function<QTime()> clock) { m_clock = std::move(clock); }

    void announce(const protocol::CallInfo &call);

    int pending() const { return int(m_waiting.size()); }
    bool speaking() const { return m_current >= 0; }
    bool voiceOn() const { return m_sink && m_settings.enabled; }
    QString status() const;
    // The announcements so far, in arrival order (what was said, when): the
    // latest kLogLimit / 2 .. kLogLimit of them, so a board running for weeks does not grow.
    const QList<Announcement> &log() const { return m_log; }
    static constexpr int kLogLimit = 400;

signals:
    void queued(const hallq::display::Announcement &announcement);
    void started(const hallq::display::Announcement &announcement);
    void finished(const hallq::display::Announcement &announcement);
    void changed();

private:
    void next();
    void done(Announcement::Outcome outcome, const QString &note = {});

    ClipLibrary &m_clips;
    VoiceSettings m_settings;
    QPointer<AudioSink> m_sink;
    QString m_whyNoSink;
    std::function<QTime()> m_clock;
    QElapsedTimer m_monotonic;
    qint64 m_lastId = 0;
    std::deque<int> m_waiting; // indexes into m_log
    int m_current = -1;
    QList<Announcement> m_log;
    QTimer m_gap;
    QTimer m_watchdog;
};

} // namespace hallq::display
