#pragma once

#include "core/AudioSink.h"

#include <QBuffer>
#include <QPointer>

#include <memory>

class QAudioSink;

namespace hallq::display {

// The sound card, through Qt Multimedia. create() returns null when there is
// no audio output (no PulseAudio server, no device): Qt Multimedia 6.4 may
// crash without a PulseAudio server, so it is not touched unless one answers.
class QtAudioSink : public AudioSink
{
    Q_OBJECT
public:
    static std::unique_ptr<QtAudioSink> create(QString *whyNot, QObject *parent = nullptr);
    ~QtAudioSink() override;

    void play(const PcmAudio &audio) override;
    QString describe() const override { return m_description; }

private:
    explicit QtAudioSink(QObject *parent);

    QAudioSink *m_sink = nullptr;
    QBuffer m_buffer;
    QByteArray m_bytes;
    QString m_description;
    bool m_playing = false;
};

} // namespace hallq::display
