#include "counter/ui/ActionKeys.h"

using namespace Qt::StringLiterals;

namespace hallq::counter::ui {

QKeySequence ActionKeys::key(CounterAction action)
{
    switch (action) {
    case CounterAction::CallNext: return QKeySequence(Qt::Key_F1);
    case CounterAction::Recall: return QKeySequence(Qt::Key_F2);
    case CounterAction::NoShow: return QKeySequence(Qt::Key_F3);
    case CounterAction::Transfer: return QKeySequence(Qt::Key_F4);
    case CounterAction::Finish: return QKeySequence(Qt::Key_F5);
    case CounterAction::StartServing: return QKeySequence(Qt::Key_F6);
    case CounterAction::Park: return QKeySequence(Qt::Key_F7);
    case CounterAction::Pause: return QKeySequence(Qt::Key_F8);
    case CounterAction::Resume: return QKeySequence(Qt::Key_F8);
    case CounterAction::AskRating: return QKeySequence(Qt::Key_F9);
    case CounterAction::PrintAcceptance: return QKeySequence(Qt::Key_F10);
    case CounterAction::PrintMaterials: return QKeySequence(Qt::Key_F11);
    case CounterAction::CallSelected: return QKeySequence(Qt::CTRL | Qt::Key_Return);
    case CounterAction::Unpark: return QKeySequence(Qt::CTRL | Qt::Key_U);
    case CounterAction::Reactivate: return QKeySequence(Qt::CTRL | Qt::Key_R);
    case CounterAction::Logout: return QKeySequence(Qt::CTRL | Qt::Key_Q);
    }
    return {};
}

QString ActionKeys::label(CounterAction action)
{
    switch (action) {
    case CounterAction::CallNext: return tr("Call next");
    case CounterAction::Recall: return tr("Recall");
    case CounterAction::NoShow: return tr("No-show");
    case CounterAction::Transfer: return tr("Transfer");
    case CounterAction::Finish: return tr("Finish");
    case CounterAction::StartServing: return tr("Start serving");
    case CounterAction::Park: return tr("Park");
    case CounterAction::Pause: return tr("Pause");
    case CounterAction::Resume: return tr("Resume");
    case CounterAction::AskRating: return tr("Ask for rating");
    case CounterAction::PrintAcceptance: return tr("Acceptance notice");
    case CounterAction::PrintMaterials: return tr("Materials notice");
    case CounterAction::CallSelected: return tr("Call selected");
    case CounterAction::Unpark: return tr("Take back");
    case CounterAction::Reactivate: return tr("Reactivate");
    case CounterAction::Logout: return tr("Log out");
    }
    return {};
}

QString ActionKeys::keyText(CounterAction action)
{
    // Qt names the main Enter key "Return"; keyboards at counters say Enter.
    return key(action).toString(QKeySequence::NativeText).replace(u"Return"_s, u"Enter"_s);
}

QString ActionKeys::objectName(CounterAction action)
{
    switch (action) {
    case CounterAction::CallNext: return u"action.callNext"_s;
    case CounterAction::Recall: return u"action.recall"_s;
    case CounterAction::NoShow: return u"action.noShow"_s;
    case CounterAction::Transfer: return u"action.transfer"_s;
    case CounterAction::Finish: return u"action.finish"_s;
    case CounterAction::StartServing: return u"action.startServing"_s;
    case CounterAction::Park: return u"action.park"_s;
    case CounterAction::Pause: return u"action.pause"_s;
    case CounterAction::Resume: return u"action.resume"_s;
    case CounterAction::AskRating: return u"action.askRating"_s;
    case CounterAction::PrintAcceptance: return u"action.printAcceptance"_s;
    case CounterAction::PrintMaterials: return u"action.printMaterials"_s;
    case CounterAction::CallSelected: return u"action.callSelected"_s;
    case CounterAction::Unpark: return u"action.unpark"_s;
    case CounterAction::Reactivate: return u"action.reactivate"_s;
    case CounterAction::Logout: return u"action.logout"_s;
    }
    return {};
}

} // namespace hallq::counter::ui
