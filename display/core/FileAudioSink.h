#pragma once

#include "core/AudioSink.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

namespace hallq::display {

// A sink that "plays" into a WAV file, in (optionally sped-up) real time:
// each buffer is written at the file's timeline position of the moment it
// starts and mixed with whatever is already there. So the file is what a
// microphone in the hall would have heard: if two announcements overlapped,
// they are mixed in the file too. The file is rewritten after every buffer.
class FileAudioSink : public AudioSink
{
    Q_OBJECT
public:
    struct Segment
    {
        qsizetype start = 0;  // sample position in the file
        qsizetype length = 0; // samples
    };

    // speed: how many times faster than real time a buffer "plays" (≥ 1).
    explicit FileAudioSink(QString path, double speed = 1.0, QObject *parent = nullptr);

    void play(const PcmAudio &audio) override;
    QString describe() const override;

    QString path() const { return m_path; }
    const PcmAudio &recording() const { return m_recording; }
    QList<Segment> segments() const { return m_segments; }

private:
    QString m_path;
    double m_speed;
    QElapsedTimer m_clock; // timeline origin: the first play()
    PcmAudio m_recording;
    QList<Segment> m_segments;
    QTimer m_done;
};

} // namespace hallq::display
