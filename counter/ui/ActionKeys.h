#pragma once

#include "counter/core/CounterAction.h"

#include <QCoreApplication>
#include <QKeySequence>

namespace hallq::counter::ui {

// The key and the label of every action: one place, so the button, its
// shortcut and the help line cannot disagree.
class ActionKeys
{
    Q_DECLARE_TR_FUNCTIONS(ActionKeys)

public:
    static QKeySequence key(CounterAction action);
    static QString label(CounterAction action);
    // The key as printed on the keyboard ("F1", "Ctrl+Enter").
    static QString keyText(CounterAction action);
    // "action.callNext": object names for tests and screenshots.
    static QString objectName(CounterAction action);
};

} // namespace hallq::counter::ui
