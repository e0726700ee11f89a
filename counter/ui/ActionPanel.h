#pragma once

#include "counter/core/CounterAction.h"

#include <QHash>
#include <QWidget>

class QAction;
class QPushButton;

namespace hallq::counter {
class CounterController;
}

namespace hallq::counter::ui {

// The row of big action buttons and their keyboard shortcuts (F1 … F11,
// Ctrl+Enter, Ctrl+U, Ctrl+R). Each is enabled exactly when the action is
// possible; a disabled one says why in its tooltip. The shortcuts live on
// `shortcutHost` (the main window) so they work wherever the focus is.
class ActionPanel : public QWidget
{
    Q_OBJECT
public:
    ActionPanel(CounterController *controller, QWidget *shortcutHost, QWidget *parent = nullptr);

    QPushButton *button(CounterAction action) const { return m_buttons.value(action); }
    QAction *shortcutAction(CounterAction action) const { return m_actions.value(action); }
    void refresh();
    void retranslate();

signals:
    void triggered(hallq::counter::CounterAction action);

private:
    CounterController *m_controller;
    QHash<CounterAction, QPushButton *> m_buttons;
    QHash<CounterAction, QAction *> m_actions;
};

} // namespace hallq::counter::ui
