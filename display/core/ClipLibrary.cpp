#include "core/ClipLibrary.h"

#include "core/DisplayLog.h"
#include "core/WavFile.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace hallq::display {

namespace {

constexpr std::chrono::milliseconds kWordGap{60};
constexpr std::chrono::milliseconds kAfterChime{350};
constexpr std::chrono::milliseconds kBetweenRepeats{900};
constexpr int kSilenceThreshold = 300; // of 32767: below this is room noise
const QString kChime = u"chime"_s;

} // namespace

ClipLibrary::ClipLibrary(QStringList directories)
    : m_dirs(std::move(directories))
{
}

void ClipLibrary::setDirectories(QStringList directories)
{
    m_dirs = std::move(directories);
    m_cache.clear();
}

std::optional<PcmAudio> ClipLibrary::clip(const QString &name, QString *error)
{
    if (const auto it = m_cache.constFind(name); it != m_cache.constEnd())
        return *it;
    for (const QString &dir : std::as_const(m_dirs)) {
        const QString path = QDir(dir).filePath(name + u".wav"_s);
        if (!QFileInfo::exists(path))
            continue;
        QString why;
        auto audio = WavFile::read(path, &why);
        if (!audio) {
            // A broken recorded clip must not hide behind the generated one: say so.
            qCWarning(lcDisplay) << "voice clip" << path << "unreadable:" << why;
            if (error)
                *error = why;
            return std::nullopt;
        }
        PcmAudio trimmed = name == kChime ? *audio : trimSilence(*audio);
        m_cache.insert(name, trimmed);
        return trimmed;
    }
    if (name == kChime) {
        PcmAudio chime = synthesizeChime();
        m_cache.insert(name, chime);
        return chime;
    }
    if (error)
        *error = u"no clip %1.wav in %2"_s.arg(name, m_dirs.join(u", "_s));
    return std::nullopt;
}

QStringList ClipLibrary::missing(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        if (!clip(name))
            out << name;
    return out;
}

PcmAudio ClipLibrary::render(const Phrase &phrase, int repeat, double volume, QStringList *missingClips)
{
    PcmAudio out;
    QStringList words = phrase.clips;
    const bool chime = !words.isEmpty() && words.first() == kChime;
    if (chime) {
        words.removeFirst();
        if (auto c = clip(kChime))
            out.append(*c);
        out.appendSilence(kAfterChime);
    }
    for (int r = 0; r < std::max(1, repeat); ++r) {
        if (r > 0)
            out.appendSilence(kBetweenRepeats);
        for (const QString &word : std::as_const(words)) {
            if (auto c = clip(word)) {
                out.append(*c);
                out.appendSilence(kWordGap);
            } else if (missingClips && !missingClips->contains(word)) {
                missingClips->append(word);
            }
        }
    }
    const double gain = std::clamp(volume, 0.0, 1.0);
    if (gain < 1.0)
        for (qint16 &s : out.samples)
            s = qint16(std::lround(s * gain));
    return out;
}

PcmAudio ClipLibrary::synthesizeChime()
{
    // A two-note "ding-dong" (E6, C6) with a soft decay: the hall's attention signal.
    PcmAudio out;
    const auto note = [&](double frequency, double seconds) {
        const int n = int(seconds * out.sampleRate);
        for (int i = 0; i < n; ++i) {
            const double t = double(i) / out.sampleRate;
            const double envelope = std::min(1.0, t / 0.01) * std::exp(-3.5 * t);
            const double v = std::sin(2 * std::numbers::pi * frequency * t)
                             + 0.3 * std::sin(2 * std::numbers::pi * 2 * frequency * t);
            out.samples.append(qint16(std::lround(9000 * envelope * v)));
        }
    };
    note(1318.5, 0.45);
    note(1046.5, 0.75);
    return out;
}

PcmAudio ClipLibrary::trimSilence(const PcmAudio &audio)
{
    const auto loud = [](qint16 s) { return std::abs(int(s)) > kSilenceThreshold; };
    const auto first = std::find_if(audio.samples.cbegin(), audio.samples.cend(), loud);
    if (first == audio.samples.cend())
        return audio; // all quiet: leave it as it is rather than erase it
    const auto last = std::find_if(audio.samples.crbegin(), audio.samples.crend(), loud).base();
    const qsizetype pad = audio.sampleRate / 50; // 20 ms keeps consonant onsets
    const qsizetype from = std::max<qsizetype>(0, (first - audio.samples.cbegin()) - pad);
    const qsizetype to = std::min<qsizetype>(audio.samples.size(), (last - audio.samples.cbegin()) + pad);
    return PcmAudio{audio.sampleRate, audio.samples.mid(from, to - from)};
}

} // namespace hallq::display
