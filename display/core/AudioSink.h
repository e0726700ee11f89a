#pragma once

#include "core/PcmAudio.h"

#include <QObject>
#include <QString>

namespace hallq::display {

// Where announcements are played: the sound card (QtAudioSink) or a WAV file
// (FileAudioSink, for tests and halls that record their calls). play() starts
// one buffer; finished() or failed() follows exactly once. The queue never
// calls play() while a buffer is playing.
class AudioSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void play(const PcmAudio &audio) = 0;
    virtual QString describe() const = 0;

signals:
    void finished();
    void failed(const QString &why);
};

} // namespace hallq::display
