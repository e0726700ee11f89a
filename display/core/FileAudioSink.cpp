#include "core/FileAudioSink.h"

#include "core/DisplayLog.h"
#include "core/WavFile.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hallq::display {

FileAudioSink::FileAudioSink(QString path, double speed, QObject *parent)
    : AudioSink(parent), m_path(std::move(path)), m_speed(std::max(1.0, speed))
{
    m_done.setSingleShot(true);
    connect(&m_done, &QTimer::timeout, this, &AudioSink::finished);
}

void FileAudioSink::play(const PcmAudio &audio)
{
    if (!m_clock.isValid())
        m_clock.start();
    const qsizetype start = qsizetype(double(m_clock.elapsed()) * m_speed * audio.sampleRate / 1000.0);
    const qsizetype end = start + audio.samples.size();
    if (m_recording.samples.size() < end)
        m_recording.samples.resize(end, 0);
    for (qsizetype i = 0; i < audio.samples.size(); ++i) {
        const int mixed = int(m_recording.samples[start + i]) + int(audio.samples[i]);
        m_recording.samples[start + i] = qint16(std::clamp(mixed, -32768, 32767));
    }
    m_segments.append({start, audio.samples.size()});
    QString error;
    if (!WavFile::write(m_path, m_recording, &error)) {
        qCWarning(lcDisplay) << "voice file sink:" << error;
        QTimer::singleShot(0, this, [this, error] { emit failed(error); });
        return;
    }
    m_done.start(int(double(audio.duration().count()) / m_speed));
}

QString FileAudioSink::describe() const
{
    return u"WAV file %1 (%2× real time)"_s.arg(m_path).arg(m_speed);
}

} // namespace hallq::display
