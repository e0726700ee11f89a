#pragma once

#include "core/Phrase.h"

#include "protocol/Shapes.h"

#include <QMetaType>

namespace hallq::display {

// One call on its way through the voice queue.
struct Announcement
{
    enum class Outcome { Pending, Playing, Played, NotVoiced };

    qint64 id = 0;              // order of arrival, from 1
    protocol::CallInfo call;
    Phrase phrase;
    Outcome outcome = Outcome::Pending;
    QString note;               // why it was not voiced, missing clips, ...
    qint64 queuedAtMs = 0;      // monotonic clock of the queue
    qint64 startedAtMs = -1;
    qint64 finishedAtMs = -1;
    qint64 durationMs = 0;      // of the rendered audio
};

} // namespace hallq::display

Q_DECLARE_METATYPE(hallq::display::Announcement)
