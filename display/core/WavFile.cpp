#include "core/WavFile.h"

#include <QFile>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

namespace hallq::display {

namespace {

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

} // namespace

std::optional<PcmAudio> WavFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, u"cannot open %1: %2"_s.arg(path, file.errorString()));
        return std::nullopt;
    }
    auto audio = parse(file.readAll(), error);
    if (!audio && error)
        *error = path + u": "_s + *error;
    return audio;
}

std::optional<PcmAudio> WavFile::parse(const QByteArray &data, QString *error)
{
    const char *d = data.constData();
    if (data.size() < 12 || std::memcmp(d, "RIFF", 4) != 0 || std::memcmp(d + 8, "WAVE", 4) != 0) {
        fail(error, u"not a RIFF/WAVE file"_s);
        return std::nullopt;
    }
    int channels = 0, rate = 0, bits = 0;
    const char *pcm = nullptr;
    qsizetype pcmBytes = 0;
    for (qsizetype at = 12; at + 8 <= data.size();) {
        const quint32 size = u32(d + at + 4);
        const char *body = d + at + 8;
        const qsizetype available = std::min<qsizetype>(size, data.size() - at - 8);
        if (std::memcmp(d + at, "fmt ", 4) == 0 && available >= 16) {
            if (u16(body) != 1) {
                fail(error, u"only PCM WAV files are supported (format %1)"_s.arg(u16(body)));
                return std::nullopt;
            }
            channels = u16(body + 2);
            rate = int(u32(body + 4));
            bits = u16(body + 14);
        } else if (std::memcmp(d + at, "data", 4) == 0) {
            pcm = body;
            pcmBytes = available; // espeak-ng streams may leave the size unset: take what is there
        }
        at += 8 + qsizetype(size) + (size & 1);
    }
    if (!pcm || channels < 1 || rate < 1000 || (bits != 16 && bits != 8)) {
        fail(error, u"no 8/16-bit PCM data (channels %1, rate %2, bits %3)"_s.arg(channels).arg(rate).arg(bits));
        return std::nullopt;
    }
    const int frameBytes = channels * bits / 8;
    const qsizetype frames = pcmBytes / frameBytes;
    PcmAudio audio;
    audio.sampleRate = rate;
    audio.samples.resize(frames);
    for (qsizetype f = 0; f < frames; ++f) {
        int sum = 0;
        for (int c = 0; c < channels; ++c) {
            const char *s = pcm + f * frameBytes + c * bits / 8;
            sum += bits == 16 ? qint16(u16(s)) : (int(quint8(*s)) - 128) * 256;
        }
        audio.samples[f] = qint16(sum / channels);
    }
    return rate == PcmAudio::kRate ? audio : resample(audio, PcmAudio::kRate);
}

PcmAudio WavFile::resample(const PcmAudio &audio, int rate)
{
    if (audio.sampleRate == rate || audio.samples.isEmpty())
        return PcmAudio{rate, audio.samples};
    PcmAudio out;
    out.sampleRate = rate;
    const qsizetype n = qsizetype(double(audio.samples.size()) * rate / audio.sampleRate);
    out.samples.resize(n);
    const double step = double(audio.sampleRate) / rate;
    for (qsizetype i = 0; i < n; ++i) {
        const double pos = i * step;
        const qsizetype a = std::min<qsizetype>(qsizetype(pos), audio.samples.size() - 1);
        const qsizetype b = std::min<qsizetype>(a + 1, audio.samples.size() - 1);
        const double t = pos - double(a);
        out.samples[i] = qint16(audio.samples[a] * (1 - t) + audio.samples[b] * t);
    }
    return out;
}

QByteArray WavFile::serialize(const PcmAudio &audio)
{
    const quint32 dataBytes = quint32(audio.samples.size() * 2);
    QByteArray out(44, '\0');
    char *h = out.data();
    std::memcpy(h, "RIFF", 4);
    qToLittleEndian<quint32>(36 + dataBytes, h + 4);
    std::memcpy(h + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, h + 16);
    qToLittleEndian<quint16>(1, h + 20);
    qToLittleEndian<quint16>(1, h + 22);
    qToLittleEndian<quint32>(quint32(audio.sampleRate), h + 24);
    qToLittleEndian<quint32>(quint32(audio.sampleRate * 2), h + 28);
    qToLittleEndian<quint16>(2, h + 32);
    qToLittleEndian<quint16>(16, h + 34);
    std::memcpy(h + 36, "data", 4);
    qToLittleEndian<quint32>(dataBytes, h + 40);
    out.reserve(44 + qsizetype(dataBytes));
    for (qint16 s : audio.samples) {
        char le[2];
        qToLittleEndian<qint16>(s, le);
        out.append(le, 2);
    }
    return out;
}

bool WavFile::write(const QString &path, const PcmAudio &audio, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(error, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    const QByteArray bytes = serialize(audio);
    if (file.write(bytes) != bytes.size() || !file.flush())
        return fail(error, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return true;
}

} // namespace hallq::display
