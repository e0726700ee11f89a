#include "core/PhraseBuilder.h"

using namespace Qt::StringLiterals;

namespace hallq::display {

namespace {

QString digit(int d)
{
    return u"digit_%1"_s.arg(d);
}

} // namespace

QStringList PhraseBuilder::numberClips(int number)
{
    if (number < 1 || number > 999) {
        QStringList clips;
        for (const QChar c : QString::number(number))
            if (c.isDigit())
                clips << digit(c.digitValue());
        return clips;
    }
    const int hundreds = number / 100, tens = number / 10 % 10, ones = number % 10;
    QStringList clips;
    if (hundreds) {
        clips << digit(hundreds) << u"bai"_s;
        if (tens == 0 && ones)
            clips << digit(0); // 一百零五
    }
    if (tens) {
        if (tens > 1 || hundreds)
            clips << digit(tens); // 十二, but 一百一十二 and 二十
        clips << u"shi"_s;
    }
    if (ones)
        clips << digit(ones);
    return clips;
}

QStringList PhraseBuilder::ticketClips(const QString &ticketNumber)
{
    QStringList clips;
    for (const QChar c : ticketNumber) {
        if (c.isDigit())
            clips << digit(c.digitValue());
        else if (c.toLatin1() >= 'A' && c.toLatin1() <= 'Z')
            clips << u"letter_"_s + c.toLower();
        else if (c.toLatin1() >= 'a' && c.toLatin1() <= 'z')
            clips << u"letter_"_s + c;
    }
    return clips;
}

Phrase PhraseBuilder::forCall(const protocol::CallInfo &call)
{
    Phrase p;
    p.text = u"请 %1 号到 %2 号窗口办理"_s.arg(call.ticketNumber).arg(call.window);
    p.clips << u"chime"_s;
    if (call.recall > 0) {
        p.text = u"重呼："_s + p.text;
        p.clips << u"chonghu"_s;
    }
    p.clips << u"qing"_s << ticketClips(call.ticketNumber) << u"hao_dao"_s << numberClips(call.window)
            << u"hao_chuangkou_banli"_s;
    return p;
}

QStringList PhraseBuilder::allClipNames()
{
    QStringList names{u"chime"_s, u"qing"_s, u"hao_dao"_s, u"hao_chuangkou_banli"_s, u"chonghu"_s, u"shi"_s, u"bai"_s};
    for (int d = 0; d <= 9; ++d)
        names << digit(d);
    for (char c = 'a'; c <= 'z'; ++c)
        names << u"letter_"_s + QLatin1Char(c);
    return names;
}

} // namespace hallq::display
