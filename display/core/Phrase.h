#pragma once

#include <QString>
#include <QStringList>

namespace hallq::display {

// What one call says: the words for the screen and the clip names for the voice.
struct Phrase
{
    QString text;      // 请 A001 号到 3 号窗口办理 (重呼：… for a recall)
    QStringList clips; // chime, qing, letter_a, digit_0, ... (file names without .wav)

    bool operator==(const Phrase &) const = default;
};

} // namespace hallq::display
