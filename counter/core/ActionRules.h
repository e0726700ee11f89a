#pragma once

#include "counter/core/CounterAction.h"
#include "counter/core/CounterSituation.h"

#include <QCoreApplication>
#include <QString>

namespace hallq::counter {

// Which actions the counter offers in a situation, and in words why not.
// The UI disables what is not possible, so staff never press a key that can
// only fail; the server still checks everything.
class ActionRules
{
    Q_DECLARE_TR_FUNCTIONS(ActionRules)

public:
    static bool enabled(CounterAction action, const CounterSituation &s) { return why(action, s).isEmpty(); }
    // Empty when enabled; otherwise a short translated reason (tooltip/status bar).
    static QString why(CounterAction action, const CounterSituation &s);
};

} // namespace hallq::counter
