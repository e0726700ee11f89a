#include "counter/ui/CounterWindow.h"

#include "client/HallMirror.h"
#include "client/HallSession.h"
#include "counter/core/CounterController.h"
#include "counter/core/HallCatalogue.h"
#include "counter/core/NoticePrinting.h"
#include "counter/ui/ActionPanel.h"
#include "counter/ui/FinishDialog.h"
#include "counter/ui/Language.h"
#include "counter/ui/LoginDialog.h"
#include "counter/ui/NoticeDialog.h"
#include "counter/ui/PauseDialog.h"
#include "counter/ui/SidePanel.h"
#include "counter/ui/StatusHeader.h"
#include "counter/ui/TicketListsView.h"
#include "counter/ui/TicketPanel.h"
#include "counter/ui/TransferDialog.h"

#include <QCloseEvent>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hallq::counter::ui {

using Phase = CounterController::Phase;
using Severity = CounterController::Severity;

CounterWindow::CounterWindow(CounterController *controller, HallCatalogue *catalogue, NoticePrinting *printing,
                             Language *language, QWidget *parent)
    : QMainWindow(parent), m_controller(controller), m_catalogue(catalogue), m_printing(printing), m_language(language)
{
    setObjectName(u"counterWindow"_s);
    resize(1280, 800);
    m_pages = new QStackedWidget(this);
    setCentralWidget(m_pages);

    m_login = new LoginDialog(controller, catalogue, m_pages);
    m_pages->addWidget(m_login);

    auto *work = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(work);
    layout->setContentsMargins(8, 4, 8, 8);
    m_header = new StatusHeader(controller, work);
    layout->addWidget(m_header);
    m_offline = new QLabel(work);
    m_offline->setObjectName(u"offlineBanner"_s);
    m_offline->setWordWrap(true);
    m_offline->setStyleSheet(u"QLabel { background: #c62828; color: white; font-size: 15pt; font-weight: bold;"
                             u" padding: 8px; }"_s);
    layout->addWidget(m_offline);

    auto *split = new QSplitter(Qt::Horizontal, work);
    auto *ticketFrame = new QFrame(split);
    ticketFrame->setFrameShape(QFrame::StyledPanel);
    auto *ticketLayout = new QVBoxLayout(ticketFrame);
    m_ticket = new TicketPanel(controller, ticketFrame);
    ticketLayout->addWidget(m_ticket);
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_lists = new TicketListsView(controller, right);
    rightLayout->addWidget(m_lists, 3);
    m_side = new SidePanel(controller, right);
    rightLayout->addWidget(m_side, 2);
    split->addWidget(ticketFrame);
    split->addWidget(right);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);

    m_actions = new ActionPanel(controller, this, work);
    layout->addWidget(m_actions);
    m_message = new QLabel(work);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    QFont messageFont = font();
    messageFont.setPointSize(13);
    m_message->setFont(messageFont);
    layout->addWidget(m_message);
    m_pages->addWidget(work);

    m_transfer = new TransferDialog(controller, this);
    m_finish = new FinishDialog(this);
    m_pause = new PauseDialog(this);
    m_notice = new NoticeDialog(this);

    connect(m_actions, &ActionPanel::triggered, this, &CounterWindow::perform);
    connect(m_lists, &TicketListsView::triggered, this, &CounterWindow::perform);
    connect(m_header, &StatusHeader::logoutRequested, this, [this] { perform(CounterAction::Logout); });
    connect(m_header, &StatusHeader::languageToggled, this, &CounterWindow::toggleLanguage);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &CounterWindow::refresh);
    connect(controller, &CounterController::changed, &m_refresh, qOverload<>(&QTimer::start));
    // Which keys work must be right at once (cheap); the tables can wait for the next turn.
    connect(controller, &CounterController::changed, m_actions, &ActionPanel::refresh);
    connect(controller, &CounterController::messagePosted, this, &CounterWindow::showMessage);
    connect(controller->mirror(), &client::HallMirror::snapshotApplied, &m_refresh, qOverload<>(&QTimer::start));
    connect(controller->mirror()->services(), &QAbstractItemModel::dataChanged, m_side, &SidePanel::refresh);
    connect(controller, &CounterController::phaseChanged, this, [this](Phase phase) {
        if (phase == Phase::LoggedOut) {
            m_login->reset();
            for (QDialog *d : std::initializer_list<QDialog *>{m_transfer, m_finish, m_pause, m_notice})
                d->reject();
            if (m_quitting)
                close();
        }
        refresh();
    });
    connect(m_transfer, &QDialog::accepted, this, [this] { m_controller->transfer(m_transfer->choice()); });
    connect(m_finish, &QDialog::accepted, this,
            [this] { m_controller->finish(m_finish->caseType(), m_finish->outcome()); });
    connect(m_pause, &QDialog::accepted, this, [this] { m_controller->pause(m_pause->reason(), m_pause->note()); });
    if (m_printing) {
        connect(m_printing, &NoticePrinting::busyChanged, m_controller, &CounterController::setPrinting);
        connect(m_printing, &NoticePrinting::finished, this, [this](bool ok, const QString &message, const QString &) {
            m_message->setText(message);
            m_message->setStyleSheet(ok ? u"color: #1b7f3a;"_s : u"color: #c62828; font-weight: bold;"_s);
        });
    }
    connect(m_notice, &QDialog::accepted, this, [this] {
        const auto subject = m_controller->subjectTicket();
        if (!subject || !m_printing)
            return;
        NoticeContext context;
        context.hallName = m_controller->mirror()->hallName();
        context.serviceName = m_controller->serviceName(subject->serviceId);
        context.departmentName = m_catalogue->departmentName(m_catalogue->serviceDepartment(subject->serviceId));
        context.windowName = m_controller->windowName(m_controller->window());
        context.staffName = m_controller->staffName();
        m_printing->print(m_notice->form(), *subject, context);
    });
    retranslate();
}

void CounterWindow::perform(CounterAction action)
{
    if (m_controller->phase() != Phase::Working)
        return;
    const QString why = m_controller->whyDisabled(action);
    if (!why.isEmpty()) {
        m_message->setText(why);
        m_message->setStyleSheet(u"color: #8a6d00;"_s);
        return;
    }
    switch (action) {
    case CounterAction::CallNext: m_controller->callNext(); break;
    case CounterAction::Recall: m_controller->recall(); break;
    case CounterAction::NoShow: m_controller->noShow(); break;
    case CounterAction::StartServing: m_controller->startServing(); break;
    case CounterAction::Park: m_controller->park(); break;
    case CounterAction::Resume: m_controller->resume(); break;
    case CounterAction::AskRating: m_controller->askRating(); break;
    case CounterAction::CallSelected: m_controller->callSelected(); break;
    case CounterAction::Unpark: m_controller->unparkSelected(); break;
    case CounterAction::Reactivate: m_controller->reactivateSelected(); break;
    case CounterAction::Logout: m_controller->logout(); break;
    case CounterAction::Transfer:
        m_transfer->prepare();
        m_transfer->open();
        break;
    case CounterAction::Finish:
        m_finish->prepare(m_controller->currentTicket() ? m_controller->currentTicket()->number : QString());
        m_finish->open();
        break;
    case CounterAction::Pause:
        m_pause->prepare();
        m_pause->open();
        break;
    case CounterAction::PrintAcceptance: openNotice(NoticeForm::Kind::Acceptance); break;
    case CounterAction::PrintMaterials: openNotice(NoticeForm::Kind::Materials); break;
    }
}

void CounterWindow::openNotice(NoticeForm::Kind kind)
{
    const auto subject = m_controller->subjectTicket();
    if (!subject)
        return;
    m_notice->prepare(kind, subject->number, subject->caseType.value_or(u"promised"_s),
                      m_catalogue->guideMaterials(subject->serviceId));
    m_notice->open();
}

void CounterWindow::refresh()
{
    const bool working = m_controller->phase() == Phase::Working;
    m_pages->setCurrentIndex(working ? 1 : 0);
    if (!working)
        return;
    m_offline->setVisible(!m_controller->connected());
    m_header->refresh();
    m_ticket->refresh();
    m_lists->refresh();
    m_side->refresh();
    m_actions->refresh();
}

void CounterWindow::showMessage()
{
    const auto message = m_controller->lastMessage();
    m_message->setText(u"%1  %2"_s.arg(message.at.toLocalTime().toString(u"HH:mm:ss"_s), message.text));
    switch (message.severity) {
    case Severity::Error: m_message->setStyleSheet(u"color: #c62828; font-weight: bold;"_s); break;
    case Severity::Warning: m_message->setStyleSheet(u"color: #8a4b08; font-weight: bold;"_s); break;
    case Severity::Success: m_message->setStyleSheet(u"color: #1b7f3a;"_s); break;
    case Severity::Info: m_message->setStyleSheet(QString()); break;
    }
}

void CounterWindow::retranslate()
{
    setWindowTitle(tr("HallQ counter"));
    m_offline->setText(tr("Connection to the server lost. The ticket stays on screen; nothing can be called, "
                          "finished or transferred until the connection is back. Reconnecting…"));
    m_header->retranslate();
    m_ticket->retranslate();
    m_lists->retranslate();
    m_side->retranslate();
    m_actions->retranslate();
    m_login->retranslate();
    refresh();
}

void CounterWindow::toggleLanguage()
{
    const bool english = !m_controller->english();
    m_controller->setEnglish(english);
    if (m_language)
        m_language->setEnglish(english);
    retranslate();
}

void CounterWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void CounterWindow::closeEvent(QCloseEvent *event)
{
    // Closing the program logs out (the attendance record ends) when it can.
    if (m_controller->phase() == Phase::Working && m_controller->connected()) {
        if (m_controller->isEnabled(CounterAction::Logout)) {
            m_quitting = true;
            m_controller->logout();
            event->ignore();
            return;
        }
        const auto answer = QMessageBox::question(
            this, tr("Quit"),
            tr("A ticket is still called or in service at this window. Quit anyway? The window stays open "
               "on the server until you log in again."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace hallq::counter::ui
