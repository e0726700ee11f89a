#pragma once

#include <QString>
#include <QStringList>
#include <QTime>

#include <chrono>

namespace hallq::display {

// How the board speaks. Defaults in one place; DisplaySettings reads them
// from the settings file and the command line.
struct VoiceSettings
{
    bool enabled = true;
    int repeat = 2;         // the words are said this many times per call
    double volume = 0.9;    // 0..1
    QTime quietFrom;        // quiet hours (local time): no voice from..until;
    QTime quietUntil;       // both invalid: never quiet. May wrap midnight.
    QString recordedDir;    // a hall's recorded clips, same names; used first
    QString generatedDir;   // espeak-ng clips made at build time
    QString fileSink;       // non-empty: "play" into this WAV file instead of the sound card
    double fileSinkSpeed = 1.0;
    std::chrono::milliseconds gap{800}; // silence between two announcements
    // A sink silent this long after the end of its audio is given up on.
    std::chrono::milliseconds watchdogMargin{3000};

    bool isQuietAt(const QTime &localTime) const
    {
        if (!quietFrom.isValid() || !quietUntil.isValid() || quietFrom == quietUntil)
            return false;
        if (quietFrom < quietUntil)
            return localTime >= quietFrom && localTime < quietUntil;
        return localTime >= quietFrom || localTime < quietUntil; // e.g. 22:00-07:00
    }
};

} // namespace hallq::display
