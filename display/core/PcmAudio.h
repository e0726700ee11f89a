#pragma once

#include <QList>

#include <chrono>

namespace hallq::display {

// Mono 16-bit PCM at one rate: the form every clip is brought to, so clips
// from espeak-ng and recorded ones join without clicks or speed changes.
struct PcmAudio
{
    static constexpr int kRate = 22050;

    int sampleRate = kRate;
    QList<qint16> samples;

    bool isEmpty() const { return samples.isEmpty(); }
    std::chrono::milliseconds duration() const
    {
        return std::chrono::milliseconds(sampleRate > 0 ? qint64(samples.size()) * 1000 / sampleRate : 0);
    }
    void append(const PcmAudio &other) { samples += other.samples; }
    void appendSilence(std::chrono::milliseconds length)
    {
        samples.resize(samples.size() + qsizetype(length.count()) * sampleRate / 1000, 0);
    }
    bool operator==(const PcmAudio &) const = default;
};

} // namespace hallq::display
