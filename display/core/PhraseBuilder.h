#pragma once

#include "core/Phrase.h"

#include "protocol/Shapes.h"

namespace hallq::display {

// The hall's call wording, "请 A001 号到 3 号窗口办理" (recall: "重呼：…"),
// as text and as the sequence of clips to join. Ticket numbers are read
// character by character (A 零 零 一), window numbers as numbers (十二).
class PhraseBuilder
{
public:
    static Phrase forCall(const protocol::CallInfo &call);
    // Clips of a window number read as a Chinese cardinal (1..999; others digit by digit).
    static QStringList numberClips(int number);
    static QStringList ticketClips(const QString &ticketNumber);
    // Every clip name a phrase may use: the set the build generates.
    static QStringList allClipNames();
};

} // namespace hallq::display
