#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <functional>

namespace hallq::kiosk {

class KioskController;

// Voice guidance (适老化): in elderly mode each step the kiosk enters is read
// aloud — "请将身份证放在读卡区", "您的号码是 A012…". Offline, with espeak-ng
// (Mandarin or English voice by the screen's language). A new step cuts the
// previous sentence short: the citizen hears what is on screen now. Without
// espeak-ng the kiosk works silently and says so once in the log.
class VoiceGuide : public QObject
{
    Q_OBJECT
public:
    using Speaker = std::function<void(const QString &text, bool english)>;

    explicit VoiceGuide(KioskController &controller, QObject *parent = nullptr);
    ~VoiceGuide() override;

    // Replaces espeak-ng (tests record what would be said).
    void setSpeaker(Speaker speaker) { m_speaker = std::move(speaker); }
    // Speak in every mode, not only in elderly mode.
    void setAlways(bool always) { m_always = always; }
    QStringList spoken() const { return m_spoken; }

private:
    void onPrompt(const QString &text);
    void speakWithEspeak(const QString &text, bool english);

    KioskController &m_controller;
    Speaker m_speaker;
    bool m_always = false;
    QStringList m_spoken;
    QProcess m_process;
    bool m_warned = false;
};

} // namespace hallq::kiosk
