#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hallq::counter {

// The closed lists the counter offers and how staff read them: ticket
// classes, window states, case types, outcomes, pause reasons, placements.
// Wire names go to the server; display names are translated.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QString ticketClass(const QString &wire); // 普通 / 绿色通道 / 预约 / 帮办代办
    static QString ticketClassOf(const QString &wire, int transferCount); // adds "transferred"
    static QString windowState(const QString &wire);
    static QString ticketState(const QString &wire);

    static QStringList caseTypes(); // wire names, in the regulation's order
    static QString caseType(const QString &wire);
    // The regulation's own words (即办件 ...), for printed notices in any UI language.
    static QString caseTypeChinese(const QString &wire);

    static QStringList outcomes(); // preset outcome codes
    static QString outcome(const QString &code); // display name; free text is shown as is

    static QStringList pauseReasons();
    static QString pauseReason(const QString &wire);

    static QStringList placements();
    static QString placement(const QString &wire);

    static QString change(const QString &wire); // a ticket history step

    // "12 min", "1 h 05 min", "45 s"
    static QString duration(qint64 seconds);
};

} // namespace hallq::counter
