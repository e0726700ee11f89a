#include "counter/ui/LoginDialog.h"

#include "counter/core/CounterController.h"
#include "counter/core/HallCatalogue.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hallq::counter::ui {

LoginDialog::LoginDialog(CounterController *controller, HallCatalogue *catalogue, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_catalogue(catalogue)
{
    setObjectName(u"login"_s);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *box = new QWidget(this);
    box->setMaximumWidth(520);
    auto *layout = new QVBoxLayout(box);
    m_title = new QLabel(box);
    QFont titleFont = font();
    titleFont.setPointSize(20);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_title);
    m_server = new QLabel(box);
    m_server->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_server);
    auto *form = new QFormLayout;
    m_staff = new QLineEdit(box);
    m_staff->setObjectName(u"login.staff"_s);
    m_password = new QLineEdit(box);
    m_password->setObjectName(u"login.password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);
    m_window = new QComboBox(box);
    m_window->setObjectName(u"login.window"_s);
    m_window->setEditable(true); // a number can be typed when the hall's list is not known
    m_staffLabel = new QLabel(box);
    m_passwordLabel = new QLabel(box);
    m_windowLabel = new QLabel(box);
    m_staffLabel->setBuddy(m_staff);
    m_passwordLabel->setBuddy(m_password);
    m_windowLabel->setBuddy(m_window);
    form->addRow(m_staffLabel, m_staff);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_windowLabel, m_window);
    layout->addLayout(form);
    m_error = new QLabel(box);
    m_error->setObjectName(u"login.error"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828; font-weight: bold;"_s);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    m_login = new QPushButton(box);
    m_login->setObjectName(u"login.submit"_s);
    m_login->setDefault(true);
    m_login->setMinimumHeight(44);
    m_cancel = new QPushButton(box);
    m_cancel->setObjectName(u"login.cancel"_s);
    m_cancel->setMinimumHeight(44);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_login, 1);
    layout->addLayout(buttons);
    auto *centre = new QHBoxLayout;
    centre->addStretch();
    centre->addWidget(box);
    centre->addStretch();
    outer->addLayout(centre);
    outer->addStretch();

    connect(m_login, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginDialog::submit);
    connect(m_cancel, &QPushButton::clicked, m_controller, &CounterController::cancelLogin);
    connect(m_controller, &CounterController::loginFailed, this, [this](const QString &why) {
        setWorking(false);
        m_error->setText(why);
        m_password->selectAll();
        m_password->setFocus();
    });
    connect(m_catalogue, &HallCatalogue::loadedChanged, this, &LoginDialog::fillWindows);
    retranslate();
    setWorking(false);
}

void LoginDialog::setServerText(const QString &server)
{
    m_server->setText(server);
}

void LoginDialog::setFixedWindow(int window)
{
    m_fixedWindow = window;
    fillWindows();
}

void LoginDialog::setStaffId(const QString &staffId)
{
    m_staff->setText(staffId);
}

void LoginDialog::reset()
{
    m_password->clear();
    setWorking(false);
    (m_staff->text().isEmpty() ? m_staff : m_password)->setFocus();
}

void LoginDialog::fillWindows()
{
    const QString current = m_window->currentText();
    m_window->clear();
    for (const auto &w : m_catalogue->windows()) {
        if (m_fixedWindow && w.number != m_fixedWindow)
            continue;
        m_window->addItem(u"%1  %2"_s.arg(w.number).arg(m_controller->english() && !w.nameEn.isEmpty() ? w.nameEn : w.name),
                          w.number);
    }
    if (m_window->count() == 0 && m_fixedWindow)
        m_window->addItem(QString::number(m_fixedWindow), m_fixedWindow);
    m_window->setEnabled(m_fixedWindow == 0);
    const int keep = m_window->findText(current);
    if (keep >= 0)
        m_window->setCurrentIndex(keep);
}

void LoginDialog::retranslate()
{
    m_title->setText(tr("HallQ counter: log in"));
    m_staffLabel->setText(tr("&Staff id"));
    m_passwordLabel->setText(tr("&Password"));
    m_windowLabel->setText(tr("&Window"));
    m_login->setText(tr("Log in"));
    m_cancel->setText(tr("Cancel"));
    fillWindows();
}

void LoginDialog::submit()
{
    const QString staff = m_staff->text().trimmed();
    // The window is the item's number, or the number typed at the start of the text.
    int window = m_window->currentData().toInt();
    if (m_window->currentIndex() < 0 || m_window->itemText(m_window->currentIndex()) != m_window->currentText())
        window = m_window->currentText().section(u' ', 0, 0).toInt();
    if (staff.isEmpty() || m_password->text().isEmpty() || window <= 0) {
        m_error->setText(tr("Enter your staff id, your password and the window number."));
        return;
    }
    m_error->clear();
    setWorking(true);
    m_controller->login(staff, m_password->text(), window);
}

void LoginDialog::setWorking(bool working)
{
    m_staff->setEnabled(!working);
    m_password->setEnabled(!working);
    m_window->setEnabled(!working && m_fixedWindow == 0);
    m_login->setEnabled(!working);
    m_login->setText(working ? tr("Connecting…") : tr("Log in"));
    m_cancel->setVisible(working);
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hallq::counter::ui
