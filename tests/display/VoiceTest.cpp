// The voice: the call wording, the clips the build generates and a hall's
// recorded ones, WAV reading, and the one announcement queue (in order, one
// at a time, nothing dropped) checked on the rendered WAV itself.
#include "DisplayTestSupport.h"

#include "core/AnnouncementQueue.h"
#include "core/ClipLibrary.h"
#include "core/FileAudioSink.h"
#include "core/PhraseBuilder.h"
#include "core/WavFile.h"

#include <QSignalSpy>
#include <QtEndian>

#include <cmath>

using namespace hallq;
using namespace hallq::display;
using namespace Qt::StringLiterals;

namespace {

protocol::CallInfo callOf(const QString &number, int window, int recall = 0)
{
    protocol::CallInfo c;
    c.ticketId = number.mid(1).toInt() + 1;
    c.ticketNumber = number;
    c.serviceId = u"consult"_s;
    c.window = window;
    c.recall = recall;
    c.at = QDateTime::currentDateTimeUtc();
    return c;
}

PcmAudio tone(int rate, double seconds, double frequency, int channels = 1)
{
    PcmAudio a;
    a.sampleRate = rate;
    for (int i = 0; i < int(seconds * rate); ++i)
        for (int c = 0; c < channels; ++c)
            a.samples.append(qint16(12000 * std::sin(2 * M_PI * frequency * i / rate)));
    return a;
}

VoiceSettings fastVoice(const QString &file)
{
    VoiceSettings v;
    v.generatedDir = test::generatedVoiceDir();
    v.fileSink = file;
    v.fileSinkSpeed = 8;
    v.repeat = 1;
    v.gap = std::chrono::milliseconds(100);
    return v;
}

bool waitAllDone(const AnnouncementQueue &queue, int count, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] {
        if (queue.log().size() < count)
            return false;
        for (const auto &a : queue.log())
            if (a.finishedAtMs < 0)
                return false;
        return true;
    }, timeoutMs);
}

} // namespace

TEST_CASE("a call reads 请 A001 号到 3 号窗口办理 and a recall adds 重呼", "[display][voice]")
{
    const Phrase first = PhraseBuilder::forCall(callOf(u"A001"_s, 3));
    CHECK(first.text == u"请 A001 号到 3 号窗口办理"_s);
    CHECK(first.clips == QStringList{u"chime"_s, u"qing"_s, u"letter_a"_s, u"digit_0"_s, u"digit_0"_s, u"digit_1"_s,
                                     u"hao_dao"_s, u"digit_3"_s, u"hao_chuangkou_banli"_s});
    const Phrase again = PhraseBuilder::forCall(callOf(u"A001"_s, 3, 1));
    CHECK(again.text.startsWith(u"重呼"_s));
    CHECK(again.text.contains(u"请 A001 号到 3 号窗口办理"_s));
    CHECK(again.clips.mid(0, 3) == QStringList{u"chime"_s, u"chonghu"_s, u"qing"_s});
}

TEST_CASE("window numbers are read as Chinese numbers", "[display][voice]")
{
    CHECK(PhraseBuilder::numberClips(3) == QStringList{u"digit_3"_s});
    CHECK(PhraseBuilder::numberClips(10) == QStringList{u"shi"_s});
    CHECK(PhraseBuilder::numberClips(12) == QStringList{u"shi"_s, u"digit_2"_s});
    CHECK(PhraseBuilder::numberClips(20) == QStringList{u"digit_2"_s, u"shi"_s});
    CHECK(PhraseBuilder::numberClips(105) == QStringList{u"digit_1"_s, u"bai"_s, u"digit_0"_s, u"digit_5"_s});
    CHECK(PhraseBuilder::numberClips(110) == QStringList{u"digit_1"_s, u"bai"_s, u"digit_1"_s, u"shi"_s});
    CHECK(PhraseBuilder::ticketClips(u"B012"_s) == QStringList{u"letter_b"_s, u"digit_0"_s, u"digit_1"_s, u"digit_2"_s});
}

TEST_CASE("the build generated every clip a call can use with espeak-ng", "[display][voice]")
{
    ClipLibrary clips({test::generatedVoiceDir()});
    for (const QString &name : PhraseBuilder::allClipNames()) {
        INFO(name.toStdString());
        QString error;
        const auto clip = clips.clip(name, &error);
        INFO(error.toStdString());
        REQUIRE(clip);
        CHECK(clip->duration().count() > 80);   // a word, not silence
        CHECK(clip->duration().count() < 2500); // trimmed, not padded
    }
}

TEST_CASE("a hall's recorded clip replaces the generated one of the same name", "[display][voice]")
{
    QTemporaryDir recorded;
    const PcmAudio custom = tone(44100, 0.5, 440, 2); // stereo, another rate
    REQUIRE(WavFile::write(recorded.filePath(u"qing.wav"_s), PcmAudio{44100, custom.samples}));
    // Hand-write a stereo header: WavFile writes mono, so patch channels/byte rate.
    QFile file(recorded.filePath(u"qing.wav"_s));
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[22] = 2;
    qToLittleEndian<quint32>(44100 * 4, bytes.data() + 28);
    qToLittleEndian<quint16>(4, bytes.data() + 32);
    file.seek(0);
    file.write(bytes);
    file.close();

    ClipLibrary generatedOnly({test::generatedVoiceDir()});
    ClipLibrary withRecorded({recorded.path(), test::generatedVoiceDir()});
    const auto generated = generatedOnly.clip(u"qing"_s);
    const auto replaced = withRecorded.clip(u"qing"_s);
    REQUIRE(generated);
    REQUIRE(replaced);
    CHECK(replaced->sampleRate == PcmAudio::kRate);
    // 0.5 s of stereo 44.1 kHz is 0.5 s of mono 22.05 kHz (within the trim pads).
    CHECK(std::abs(replaced->duration().count() - 500) < 60);
    CHECK_FALSE(*replaced == *generated);
    // Other words still come from the generated set.
    CHECK(*withRecorded.clip(u"hao_dao"_s) == *generatedOnly.clip(u"hao_dao"_s));
}

TEST_CASE("missing or broken clips are reported and left out, not guessed", "[display][voice]")
{
    QTemporaryDir dir;
    QFile broken(dir.filePath(u"qing.wav"_s));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("not a wav file");
    broken.close();
    ClipLibrary clips({dir.path()});
    QString error;
    CHECK_FALSE(clips.clip(u"qing"_s, &error));
    CHECK(error.contains(u"RIFF"_s));
    CHECK_FALSE(clips.clip(u"digit_1"_s, &error));
    CHECK(error.contains(u"digit_1.wav"_s));
    CHECK(clips.clip(u"chime"_s)); // synthesised when not dropped in
    QStringList missing;
    const PcmAudio audio = clips.render(PhraseBuilder::forCall(callOf(u"A001"_s, 3)), 1, 1.0, &missing);
    CHECK(missing.contains(u"qing"_s));
    CHECK(missing.contains(u"digit_1"_s));
    CHECK_FALSE(audio.isEmpty()); // the chime still sounds
}

TEST_CASE("render repeats the words and applies the volume", "[display][voice]")
{
    ClipLibrary clips({test::generatedVoiceDir()});
    const Phrase phrase = PhraseBuilder::forCall(callOf(u"A001"_s, 3));
    const PcmAudio once = clips.render(phrase, 1, 1.0);
    const PcmAudio twice = clips.render(phrase, 2, 1.0);
    const PcmAudio quiet = clips.render(phrase, 1, 0.5);
    CHECK(twice.samples.size() > once.samples.size() * 3 / 2);
    REQUIRE(quiet.samples.size() == once.samples.size());
    const auto peak = [](const PcmAudio &a) {
        int p = 0;
        for (qint16 s : a.samples)
            p = std::max(p, std::abs(int(s)));
        return p;
    };
    CHECK(std::abs(peak(quiet) - peak(once) / 2) <= 1);
}

TEST_CASE("the file sink records overlapping plays as overlapping", "[display][voice]")
{
    // The check the queue tests rely on: if two announcements played at once,
    // the recording would show it.
    QTemporaryDir dir;
    FileAudioSink sink(dir.filePath(u"out.wav"_s), 4);
    const PcmAudio a = tone(PcmAudio::kRate, 1.0, 440);
    sink.play(a);
    sink.play(a);
    const auto segments = sink.segments();
    REQUIRE(segments.size() == 2);
    CHECK(segments[1].start < segments[0].start + segments[0].length);
    const auto onDisk = WavFile::read(sink.path());
    REQUIRE(onDisk);
    CHECK(onDisk->samples.size() < 2 * a.samples.size());
}

TEST_CASE("announcements play one at a time, in order, none dropped", "[display][voice]")
{
    QTemporaryDir dir;
    const QString wav = dir.filePath(u"calls.wav"_s);
    ClipLibrary clips({test::generatedVoiceDir()});
    FileAudioSink sink(wav, 8);
    AnnouncementQueue queue(clips, fastVoice(wav));
    queue.setSink(&sink);
    const QList<protocol::CallInfo> calls{callOf(u"A001"_s, 3), callOf(u"B002"_s, 12), callOf(u"A001"_s, 3, 1),
                                          callOf(u"C010"_s, 7), callOf(u"H101"_s, 11)};
    for (const auto &call : calls) // a burst: all within one event-loop turn
        queue.announce(call);
    CHECK(queue.pending() == int(calls.size()) - 1);
    REQUIRE(waitAllDone(queue, int(calls.size())));

    const auto &log = queue.log();
    REQUIRE(log.size() == calls.size());
    const auto segments = sink.segments();
    REQUIRE(segments.size() == calls.size());
    const auto onDisk = WavFile::read(wav);
    REQUIRE(onDisk);
    for (qsizetype i = 0; i < log.size(); ++i) {
        INFO("announcement " << i);
        CHECK(log[i].call.ticketNumber == calls[i].ticketNumber);
        CHECK(log[i].outcome == Announcement::Outcome::Played);
        if (i > 0) {
            CHECK(log[i].startedAtMs >= log[i - 1].finishedAtMs);
            CHECK(segments[i].start >= segments[i - 1].start + segments[i - 1].length);
        }
        // The recording holds exactly this call's words at its place, unmixed.
        const PcmAudio expected = clips.render(log[i].phrase, 1, fastVoice(wav).volume);
        REQUIRE(segments[i].length == expected.samples.size());
        CHECK(onDisk->samples.mid(segments[i].start, segments[i].length) == expected.samples);
    }
}

TEST_CASE("quiet hours and a missing sound card skip the voice but keep the queue moving", "[display][voice]")
{
    ClipLibrary clips({test::generatedVoiceDir()});
    VoiceSettings quiet = fastVoice({});
    quiet.quietFrom = QTime(12, 0);
    quiet.quietUntil = QTime(14, 0);
    CHECK(quiet.isQuietAt(QTime(12, 30)));
    CHECK_FALSE(quiet.isQuietAt(QTime(14, 0)));
    VoiceSettings night = quiet;
    night.quietFrom = QTime(22, 0);
    night.quietUntil = QTime(7, 0);
    CHECK(night.isQuietAt(QTime(23, 0)));
    CHECK(night.isQuietAt(QTime(6, 59)));
    CHECK_FALSE(night.isQuietAt(QTime(12, 0)));

    QTemporaryDir dir;
    FileAudioSink sink(dir.filePath(u"q.wav"_s), 8);
    AnnouncementQueue duringLunch(clips, quiet);
    duringLunch.setSink(&sink);
    duringLunch.setClock([] { return QTime(12, 30); });
    duringLunch.announce(callOf(u"A001"_s, 1));
    duringLunch.announce(callOf(u"A002"_s, 2));
    REQUIRE(waitAllDone(duringLunch, 2));
    CHECK(duringLunch.log()[1].outcome == Announcement::Outcome::NotVoiced);
    CHECK(duringLunch.log()[1].note == u"quiet hours"_s);
    CHECK(sink.segments().isEmpty());

    AnnouncementQueue noCard(clips, fastVoice({}));
    noCard.setSink(nullptr, u"no PulseAudio server answers"_s);
    CHECK_FALSE(noCard.voiceOn());
    CHECK(noCard.status() == u"语音不可用"_s);
    for (int i = 1; i <= 3; ++i)
        noCard.announce(callOf(u"A00%1"_s.arg(i), i));
    REQUIRE(waitAllDone(noCard, 3));
    for (const auto &a : noCard.log())
        CHECK(a.note.startsWith(u"voice off"_s));
}

TEST_CASE("a sink that never reports back does not stall the queue", "[display][voice]")
{
    class SilentSink : public AudioSink
    {
    public:
        void play(const PcmAudio &) override { ++plays; }
        QString describe() const override { return u"silent"_s; }
        int plays = 0;
    };
    QTemporaryDir empty; // only the synthesised chime: a short announcement
    ClipLibrary clips({empty.path()});
    SilentSink sink;
    VoiceSettings v = fastVoice({});
    v.watchdogMargin = std::chrono::milliseconds(300);
    AnnouncementQueue queue(clips, v);
    queue.setSink(&sink);
    queue.announce(callOf(u"A1"_s, 1));
    queue.announce(callOf(u"A2"_s, 2));
    REQUIRE(waitAllDone(queue, 2, 10000));
    CHECK(sink.plays == 2);
    CHECK(queue.log()[0].note.contains(u"did not report"_s));
}

TEST_CASE("the voice log of a board that runs for weeks stays bounded", "[display][voice]")
{
    ClipLibrary clips({test::generatedVoiceDir()});
    AnnouncementQueue queue(clips, fastVoice({}));
    queue.setSink(nullptr, u"test"_s); // not voiced: the queue moves on at once
    const int total = AnnouncementQueue::kLogLimit * 2 + 7;
    for (int i = 1; i <= total; ++i) {
        queue.announce(callOf(u"A%1"_s.arg(i % 1000, 3, 10, QChar(u'0')), 1 + i % 12));
        if (i % 50 == 0)
            REQUIRE(waitAllDone(queue, 1));
    }
    REQUIRE(QTest::qWaitFor([&] { return queue.pending() == 0 && !queue.speaking(); }, 10000));
    CHECK(queue.log().size() <= AnnouncementQueue::kLogLimit);
    CHECK(queue.log().last().id == total); // ids keep counting
    for (qsizetype i = 1; i < queue.log().size(); ++i)
        CHECK(queue.log()[i].id == queue.log()[i - 1].id + 1);
}
