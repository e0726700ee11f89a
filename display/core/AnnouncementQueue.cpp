#include "core/AnnouncementQueue.h"

#include "core/DisplayLog.h"
#include "core/PhraseBuilder.h"

using namespace Qt::StringLiterals;

namespace hallq::display {

AnnouncementQueue::AnnouncementQueue(ClipLibrary &clips, VoiceSettings settings, QObject *parent)
    : QObject(parent), m_clips(clips), m_settings(std::move(settings)), m_clock([] { return QTime::currentTime(); })
{
    m_monotonic.start();
    m_gap.setSingleShot(true);
    connect(&m_gap, &QTimer::timeout, this, &AnnouncementQueue::next);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        qCWarning(lcDisplay) << "voice: the audio output never finished announcement" << m_log.value(m_current).id
                             << "- moving on";
        done(Announcement::Outcome::Played, u"audio output did not report the end"_s);
    });
}

void AnnouncementQueue::setSink(AudioSink *sink, const QString &whyNone)
{
    if (m_sink)
        m_sink->disconnect(this);
    m_sink = sink;
    m_whyNoSink = whyNone;
    if (sink) {
        connect(sink, &AudioSink::finished, this, [this] {
            if (m_current >= 0)
                done(Announcement::Outcome::Played);
        });
        connect(sink, &AudioSink::failed, this, [this](const QString &why) {
            qCWarning(lcDisplay) << "voice: playing failed:" << why;
            if (m_current >= 0)
                done(Announcement::Outcome::NotVoiced, why);
        });
        qCInfo(lcDisplay) << "voice on:" << sink->describe();
    } else {
        qCWarning(lcDisplay) << "voice off:" << (whyNone.isEmpty() ? u"no audio output"_s : whyNone);
    }
    emit changed();
}

QString AnnouncementQueue::status() const
{
    if (!m_settings.enabled)
        return u"语音已关闭"_s;
    if (!m_sink)
        return u"语音不可用"_s;
    if (m_settings.isQuietAt(m_clock()))
        return u"静音时段"_s;
    return u"语音播报"_s;
}

void AnnouncementQueue::announce(const protocol::CallInfo &call)
{
    Announcement a;
    a.id = ++m_lastId;
    a.call = call;
    a.phrase = PhraseBuilder::forCall(call);
    a.queuedAtMs = m_monotonic.elapsed();
    m_log.append(a);
    m_waiting.push_back(int(m_log.size()) - 1);
    qCInfo(lcDisplay) << "voice queued" << a.id << ":" << a.phrase.text << "(" << m_waiting.size() << "waiting)";
    emit queued(a);
    emit changed();
    if (m_current < 0 && !m_gap.isActive())
        next();
}

void AnnouncementQueue::next()
{
    if (m_current >= 0 || m_waiting.empty())
        return;
    m_current = m_waiting.front();
    m_waiting.pop_front();
    Announcement &a = m_log[m_current];
    a.startedAtMs = m_monotonic.elapsed();
    a.outcome = Announcement::Outcome::Playing;
    emit started(a);
    emit changed();
    if (!m_settings.enabled)
        return done(Announcement::Outcome::NotVoiced, u"voice disabled"_s);
    if (!m_sink)
        return done(Announcement::Outcome::NotVoiced, u"voice off: "_s + m_whyNoSink);
    if (m_settings.isQuietAt(m_clock()))
        return done(Announcement::Outcome::NotVoiced, u"quiet hours"_s);
    QStringList missing;
    const PcmAudio audio = m_clips.render(a.phrase, m_settings.repeat, m_settings.volume, &missing);
    a.durationMs = audio.duration().count();
    if (!missing.isEmpty()) {
        a.note = u"missing clips: "_s + missing.join(u", "_s);
        qCWarning(lcDisplay) << "voice:" << a.note;
    }
    qCInfo(lcDisplay) << "voice playing" << a.id << ":" << a.phrase.text << a.durationMs << "ms";
    m_watchdog.start(int(a.durationMs + m_settings.watchdogMargin.count()));
    m_sink->play(audio);
}

void AnnouncementQueue::done(Announcement::Outcome outcome, const QString &note)
{
    m_watchdog.stop();
    Announcement &a = m_log[m_current];
    a.outcome = outcome;
    if (!note.isEmpty())
        a.note = a.note.isEmpty() ? note : a.note + u"; "_s + note;
    a.finishedAtMs = m_monotonic.elapsed();
    if (outcome == Announcement::Outcome::NotVoiced)
        qCInfo(lcDisplay) << "voice: not voiced" << a.id << a.phrase.text << "-" << a.note;
    const Announcement finishedOne = a;
    m_current = -1;
    emit finished(finishedOne);
    emit changed();
    if (m_waiting.empty() && m_log.size() > kLogLimit)
        m_log.remove(0, m_log.size() - kLogLimit / 2); // nothing refers to an index now
    // Real speech needs a breath before the next call, also one that arrives later.
    if (outcome == Announcement::Outcome::Played)
        m_gap.start(m_settings.gap);
    else if (!m_waiting.empty())
        QTimer::singleShot(0, this, &AnnouncementQueue::next);
}

} // namespace hallq::display
