#pragma once

#include "counter/core/CounterAction.h"
#include "counter/core/NoticeForm.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QStackedWidget;

namespace hallq::counter {
class CounterController;
class HallCatalogue;
class NoticePrinting;
} // namespace hallq::counter

namespace hallq::counter::ui {

class ActionPanel;
class FinishDialog;
class Language;
class LoginDialog;
class NoticeDialog;
class PauseDialog;
class SidePanel;
class StatusHeader;
class TicketListsView;
class TicketPanel;
class TransferDialog;

// The counter's main window: log-in, then the window's state, the current
// ticket, the lists, the figures and the action buttons with their keys.
// It only shows the controller's state and turns keys and clicks into its
// actions; the dialogs collect what an action needs (transfer target,
// case type, pause reason, notice fields).
class CounterWindow : public QMainWindow
{
    Q_OBJECT
public:
    CounterWindow(CounterController *controller, HallCatalogue *catalogue, NoticePrinting *printing,
                  Language *language, QWidget *parent = nullptr);

    // Runs an action as its key or button does (opening its dialog when it needs one).
    void perform(CounterAction action);

    LoginDialog *loginPage() const { return m_login; }
    ActionPanel *actions() const { return m_actions; }
    TicketPanel *ticketPanel() const { return m_ticket; }
    TicketListsView *lists() const { return m_lists; }
    SidePanel *sidePanel() const { return m_side; }
    StatusHeader *header() const { return m_header; }
    TransferDialog *transferDialog() const { return m_transfer; }
    FinishDialog *finishDialog() const { return m_finish; }
    PauseDialog *pauseDialog() const { return m_pause; }
    NoticeDialog *noticeDialog() const { return m_notice; }
    QLabel *offlineBanner() const { return m_offline; }
    QLabel *messageLine() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void refresh();
    void retranslate();
    void showMessage();
    void openNotice(NoticeForm::Kind kind);
    void toggleLanguage();

    CounterController *m_controller;
    HallCatalogue *m_catalogue;
    NoticePrinting *m_printing;
    Language *m_language;
    QStackedWidget *m_pages;
    LoginDialog *m_login;
    StatusHeader *m_header;
    QLabel *m_offline;
    TicketPanel *m_ticket;
    TicketListsView *m_lists;
    SidePanel *m_side;
    ActionPanel *m_actions;
    QLabel *m_message;
    TransferDialog *m_transfer;
    FinishDialog *m_finish;
    PauseDialog *m_pause;
    NoticeDialog *m_notice;
    bool m_quitting = false;
    QTimer m_refresh; // many changes in one turn of the event loop: one repaint
};

} // namespace hallq::counter::ui
