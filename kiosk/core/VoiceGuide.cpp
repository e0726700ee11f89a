#include "core/VoiceGuide.h"

#include "core/KioskController.h"
#include "core/KioskLog.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hallq::kiosk {

VoiceGuide::VoiceGuide(KioskController &controller, QObject *parent) : QObject(parent), m_controller(controller)
{
    m_speaker = [this](const QString &text, bool english) { speakWithEspeak(text, english); };
    connect(&m_controller, &KioskController::prompt, this, &VoiceGuide::onPrompt);
    // Leaving elderly mode stops the voice at once.
    connect(&m_controller, &KioskController::elderlyChanged, this, [this] {
        if (!m_controller.elderly() && !m_always)
            m_process.kill();
    });
}

VoiceGuide::~VoiceGuide()
{
    m_process.kill();
    m_process.waitForFinished(1000);
}

void VoiceGuide::onPrompt(const QString &text)
{
    if (text.isEmpty() || (!m_controller.elderly() && !m_always))
        return;
    m_spoken.append(text);
    m_speaker(text, m_controller.english());
}

void VoiceGuide::speakWithEspeak(const QString &text, bool english)
{
    const QString espeak = QStandardPaths::findExecutable(u"espeak-ng"_s);
    if (espeak.isEmpty()) {
        if (!m_warned)
            qCWarning(lcKiosk) << "espeak-ng is not installed: voice guidance is off";
        m_warned = true;
        return;
    }
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(500);
    }
    // Slower speech for the elderly; the text goes on stdin, never on a command line.
    m_process.setProgram(espeak);
    m_process.setArguments({u"-v"_s, english ? u"en"_s : u"cmn"_s, u"-s"_s, u"140"_s, u"--stdin"_s});
    m_process.start();
    m_process.write(text.toUtf8());
    m_process.closeWriteChannel();
}

} // namespace hallq::kiosk
