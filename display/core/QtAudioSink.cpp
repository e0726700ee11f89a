#include "core/QtAudioSink.h"

#include "core/DisplayLog.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QFileInfo>
#include <QLocalSocket>
#include <QMediaDevices>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace hallq::display {

namespace {

// The PulseAudio (or PipeWire-pulse) socket a client library would use.
bool pulseAudioAnswers()
{
    QString path = qEnvironmentVariable("PULSE_SERVER");
    if (path.startsWith(u"unix:"_s))
        path = path.mid(5);
    if (path.isEmpty()) {
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (runtime.isEmpty())
            return false;
        path = runtime + u"/pulse/native"_s;
    }
    if (!QFileInfo(path).exists())
        return false;
    QLocalSocket probe;
    probe.connectToServer(path);
    const bool ok = probe.waitForConnected(500);
    probe.abort();
    return ok;
}

} // namespace

QtAudioSink::QtAudioSink(QObject *parent)
    : AudioSink(parent)
{
}

QtAudioSink::~QtAudioSink()
{
    if (m_sink)
        m_sink->stop();
}

std::unique_ptr<QtAudioSink> QtAudioSink::create(QString *whyNot, QObject *parent)
{
    if (!pulseAudioAnswers()) {
        if (whyNot)
            *whyNot = u"no PulseAudio server answers (no sound system)"_s;
        return nullptr;
    }
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        if (whyNot)
            *whyNot = u"no audio output device"_s;
        return nullptr;
    }
    QAudioFormat format;
    format.setSampleRate(PcmAudio::kRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        if (whyNot)
            *whyNot = u"%1 cannot play 16-bit mono at %2 Hz"_s.arg(device.description()).arg(PcmAudio::kRate);
        return nullptr;
    }
    std::unique_ptr<QtAudioSink> sink(new QtAudioSink(parent));
    sink->m_sink = new QAudioSink(device, format, sink.get());
    sink->m_description = u"audio device %1"_s.arg(device.description());
    connect(sink->m_sink, &QAudioSink::stateChanged, sink.get(), [s = sink.get()](QAudio::State state) {
        if (!s->m_playing)
            return;
        if (state == QAudio::IdleState) {
            s->m_playing = false;
            s->m_sink->stop();
            emit s->finished();
        } else if (state == QAudio::StoppedState && s->m_sink->error() != QAudio::NoError) {
            s->m_playing = false;
            emit s->failed(u"audio error %1"_s.arg(int(s->m_sink->error())));
        }
    });
    return sink;
}

void QtAudioSink::play(const PcmAudio &audio)
{
    m_bytes.resize(audio.samples.size() * 2);
    for (qsizetype i = 0; i < audio.samples.size(); ++i)
        qToLittleEndian<qint16>(audio.samples[i], m_bytes.data() + 2 * i);
    m_buffer.close();
    m_buffer.setData(m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_playing = true;
    m_sink->start(&m_buffer);
}

} // namespace hallq::display
