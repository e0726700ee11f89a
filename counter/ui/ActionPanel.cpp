#include "counter/ui/ActionPanel.h"

#include "counter/core/CounterController.h"
#include "counter/ui/ActionKeys.h"

#include <QAction>
#include <QGridLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hallq::counter::ui {

namespace {

// The buttons in the order staff use them; the list actions sit with their lists.
constexpr CounterAction kButtons[] = {
    CounterAction::CallNext,  CounterAction::Recall,     CounterAction::StartServing, CounterAction::NoShow,
    CounterAction::Transfer,  CounterAction::Park,       CounterAction::Finish,       CounterAction::Pause,
    CounterAction::Resume,    CounterAction::AskRating,  CounterAction::PrintAcceptance,
    CounterAction::PrintMaterials};

} // namespace

ActionPanel::ActionPanel(CounterController *controller, QWidget *shortcutHost, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    int column = 0;
    for (CounterAction a : kButtons) {
        auto *button = new QPushButton(this);
        button->setObjectName(ActionKeys::objectName(a));
        button->setFocusPolicy(Qt::NoFocus); // keys drive the counter; focus stays on the lists
        button->setMinimumHeight(64);
        QFont buttonFont = button->font();
        buttonFont.setPointSize(12);
        buttonFont.setBold(true);
        button->setFont(buttonFont);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(button, &QPushButton::clicked, this, [this, a] { emit triggered(a); });
        m_buttons.insert(a, button);
        // Pause and resume share F8 and one place: only one is shown at a time.
        if (a == CounterAction::Resume)
            grid->addWidget(button, 0, column - 1);
        else
            grid->addWidget(button, 0, column++);
    }
    for (CounterAction a : kAllActions) {
        auto *action = new QAction(shortcutHost);
        action->setShortcut(ActionKeys::key(a));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setObjectName(ActionKeys::objectName(a) + u".key"_s);
        connect(action, &QAction::triggered, this, [this, a] { emit triggered(a); });
        shortcutHost->addAction(action);
        m_actions.insert(a, action);
    }
    retranslate();
    refresh();
}

void ActionPanel::retranslate()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setText(u"%1\n%2"_s.arg(ActionKeys::keyText(it.key()),
                                           ActionKeys::label(it.key())));
    refresh();
}

void ActionPanel::refresh()
{
    const CounterSituation s = m_controller->situation();
    for (CounterAction a : kAllActions) {
        const QString why = ActionRules::why(a, s);
        m_actions.value(a)->setEnabled(why.isEmpty());
        if (QPushButton *button = m_buttons.value(a)) {
            button->setEnabled(why.isEmpty());
            button->setToolTip(why.isEmpty() ? ActionKeys::label(a) : why);
        }
    }
    const bool paused = s.window == CounterSituation::Window::Paused;
    m_buttons.value(CounterAction::Pause)->setVisible(!paused);
    m_buttons.value(CounterAction::Resume)->setVisible(paused);
    // The recall button shows how many recalls are left.
    if (const auto &t = m_controller->currentTicket()) {
        m_buttons.value(CounterAction::Recall)
            ->setText(u"%1\n%2 %3/%4"_s.arg(ActionKeys::keyText(CounterAction::Recall),
                                           ActionKeys::label(CounterAction::Recall))
                          .arg(t->recallCount)
                          .arg(t->recallLimit));
    } else {
        m_buttons.value(CounterAction::Recall)
            ->setText(u"%1\n%2"_s.arg(ActionKeys::keyText(CounterAction::Recall),
                                     ActionKeys::label(CounterAction::Recall)));
    }
}

} // namespace hallq::counter::ui
