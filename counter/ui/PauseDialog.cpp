#include "counter/ui/PauseDialog.h"

#include "counter/core/Vocabulary.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hallq::counter::ui {

PauseDialog::PauseDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"pauseDialog"_s);
    m_texts.bind([this] { setWindowTitle(tr("Pause the window")); });
    auto *layout = new QVBoxLayout(this);
    m_reasons = new QButtonGroup(this);
    int n = 1;
    for (const QString &reason : Vocabulary::pauseReasons()) {
        auto *b = new QRadioButton(this);
        m_texts.bind([b, n, reason] { b->setText(u"&%1  %2"_s.arg(n).arg(Vocabulary::pauseReason(reason))); });
        b->setObjectName(u"pause.reason."_s + reason);
        b->setProperty("reason", reason);
        m_reasons->addButton(b, n++);
        layout->addWidget(b);
        m_buttons << b;
    }
    auto *form = new QFormLayout;
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"pause.note"_s);
    m_note->setMaxLength(500);
    auto *noteLabel = new QLabel(this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    layout->addLayout(form);
    // Own buttons, not standard ones: a standard button retranslates itself after us (to Qt's words).
    auto *buttons = new QDialogButtonBox(this);
    auto *okButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    auto *cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    okButton->setDefault(true);
    m_texts.bind([okButton, cancelButton, noteLabel] {
        noteLabel->setText(tr("&Note"));
        okButton->setText(tr("Pause"));
        cancelButton->setText(tr("Cancel"));
    });
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PauseDialog::prepare()
{
    m_buttons.first()->setChecked(true);
    m_note->clear();
    m_buttons.first()->setFocus();
}

QString PauseDialog::reason() const
{
    auto *b = m_reasons->checkedButton();
    return b ? b->property("reason").toString() : u"other"_s;
}

QString PauseDialog::note() const
{
    return m_note->text().trimmed();
}

QRadioButton *PauseDialog::reasonButton(const QString &reason) const
{
    for (auto *b : m_buttons)
        if (b->property("reason").toString() == reason)
            return b;
    return nullptr;
}

void PauseDialog::keyPressEvent(QKeyEvent *event)
{
    if (!m_note->hasFocus() && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_4) {
        m_reasons->button(event->key() - Qt::Key_0)->setChecked(true);
        return;
    }
    QDialog::keyPressEvent(event);
}

void PauseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QDialog::changeEvent(event);
}

} // namespace hallq::counter::ui
