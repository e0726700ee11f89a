#include "counter/ui/TransferDialog.h"

#include "client/HallMirror.h"
#include "counter/core/CounterController.h"
#include "counter/core/Vocabulary.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hallq::counter::ui {

TransferDialog::TransferDialog(CounterController *controller, QWidget *parent)
    : QDialog(parent), m_controller(controller)
{
    setObjectName(u"transferDialog"_s);
    m_texts.bind([this] { setWindowTitle(tr("Transfer the ticket")); });
    auto *layout = new QVBoxLayout(this);

    auto *target = new QGroupBox(this);
    auto *targetForm = new QFormLayout(target);
    m_toService = new QRadioButton(target);
    m_toWindow = new QRadioButton(target);
    m_texts.bind([this, target] {
        target->setTitle(tr("To"));
        m_toService->setText(tr("&Service (any window serving it)"));
        m_toWindow->setText(tr("&Window"));
    });
    m_services = new QComboBox(target);
    m_services->setObjectName(u"transfer.service"_s);
    m_windows = new QComboBox(target);
    m_windows->setObjectName(u"transfer.window"_s);
    // Long Chinese service names must be read whole.
    for (QComboBox *box : {m_services, m_windows}) {
        box->setMinimumWidth(320);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    targetForm->addRow(m_toService, m_services);
    targetForm->addRow(m_toWindow, m_windows);
    layout->addWidget(target);

    auto *placement = new QGroupBox(this);
    m_texts.bind([placement] { placement->setTitle(tr("Place in the queue")); });
    auto *placementLayout = new QHBoxLayout(placement);
    m_placement = new QButtonGroup(this);
    int n = 1;
    for (const QString &p : Vocabulary::placements()) {
        auto *b = new QRadioButton(placement);
        m_texts.bind([b, n, p] { b->setText(u"&%1 %2"_s.arg(n).arg(Vocabulary::placement(p))); });
        b->setObjectName(u"transfer.placement."_s + p);
        b->setProperty("placement", p);
        m_placement->addButton(b, n++);
        placementLayout->addWidget(b);
        m_placements << b;
    }
    layout->addWidget(placement);

    auto *noteForm = new QFormLayout;
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"transfer.note"_s);
    m_note->setMaxLength(500);
    auto *noteLabel = new QLabel(this);
    noteLabel->setBuddy(m_note);
    noteForm->addRow(noteLabel, m_note);
    m_texts.bind([this, noteLabel] {
        m_note->setPlaceholderText(tr("What the next window should know"));
        noteLabel->setText(tr("&Note"));
    });
    layout->addLayout(noteForm);

    // Own buttons, not standard ones: a standard button retranslates itself after us (to Qt's words).
    auto *buttons = new QDialogButtonBox(this);
    auto *okButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    auto *cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    okButton->setDefault(true);
    m_ok = okButton;
    m_texts.bind([this, cancelButton] {
        m_ok->setText(tr("Transfer"));
        cancelButton->setText(tr("Cancel"));
    });
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isComplete())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_toService, &QRadioButton::toggled, this, &TransferDialog::update);
    connect(m_toWindow, &QRadioButton::toggled, this, &TransferDialog::update);
    connect(m_services, &QComboBox::currentIndexChanged, this, &TransferDialog::update);
    connect(m_windows, &QComboBox::currentIndexChanged, this, &TransferDialog::update);
}

void TransferDialog::prepare()
{
    m_services->clear();
    for (const auto &row : m_controller->mirror()->services()->rows()) {
        const int waiting = row.queue ? row.queue->waiting : 0;
        m_services->addItem(tr("%1 (%2 waiting)").arg(m_controller->serviceName(row.service.id)).arg(waiting),
                            row.service.id);
    }
    m_windows->clear();
    for (const auto &w : m_controller->mirror()->windows()->rows()) {
        if (w.number == m_controller->window())
            continue;
        m_windows->addItem(u"%1 · %2"_s.arg(m_controller->windowName(w.number), Vocabulary::windowState(w.state)),
                           w.number);
    }
    // The usual case: the same ticket goes to another service.
    m_toService->setChecked(true);
    m_placements.at(1)->setChecked(true); // at the end
    m_note->clear();
    m_note->setFocus();
    update();
}

QRadioButton *TransferDialog::placementButton(const QString &placement) const
{
    for (auto *b : m_placements)
        if (b->property("placement").toString() == placement)
            return b;
    return nullptr;
}

TransferChoice TransferDialog::choice() const
{
    TransferChoice c;
    if (m_toService->isChecked())
        c.toService = m_services->currentData().toString();
    else
        c.toWindow = m_windows->currentData().toInt();
    if (auto *b = m_placement->checkedButton())
        c.placement = b->property("placement").toString();
    c.note = m_note->text().trimmed();
    return c;
}

bool TransferDialog::isComplete() const
{
    const TransferChoice c = choice();
    return !c.toService.isEmpty() || c.toWindow > 0;
}

void TransferDialog::update()
{
    m_services->setEnabled(m_toService->isChecked());
    m_windows->setEnabled(m_toWindow->isChecked());
    m_ok->setEnabled(isComplete());
}

void TransferDialog::keyPressEvent(QKeyEvent *event)
{
    // 1/2/3 pick the placement unless the note is being typed.
    if (!m_note->hasFocus() && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_3) {
        m_placement->button(event->key() - Qt::Key_0)->setChecked(true);
        return;
    }
    QDialog::keyPressEvent(event);
}

void TransferDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QDialog::changeEvent(event);
}

} // namespace hallq::counter::ui
