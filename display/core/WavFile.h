#pragma once

#include "core/PcmAudio.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hallq::display {

// RIFF/WAVE with 16-bit or 8-bit PCM, any rate and channel count, read into
// mono PcmAudio at PcmAudio::kRate (channels averaged, rate converted
// linearly); written as mono 16-bit. Anything else is refused with a reason.
class WavFile
{
public:
    static std::optional<PcmAudio> read(const QString &path, QString *error = nullptr);
    static std::optional<PcmAudio> parse(const QByteArray &data, QString *error = nullptr);
    static QByteArray serialize(const PcmAudio &audio);
    static bool write(const QString &path, const PcmAudio &audio, QString *error = nullptr);
    // Linear interpolation to `rate`.
    static PcmAudio resample(const PcmAudio &audio, int rate);
};

} // namespace hallq::display
