#include "counter/ui/FinishDialog.h"

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

FinishDialog::FinishDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"finishDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *types = new QGroupBox(this);
    m_texts.bind([types] { types->setTitle(tr("Case type")); });
    auto *typesLayout = new QVBoxLayout(types);
    m_caseTypes = new QButtonGroup(this);
    int n = 1;
    for (const QString &type : Vocabulary::caseTypes()) {
        auto *b = new QRadioButton(types);
        m_texts.bind([b, n, type] { b->setText(u"&%1  %2"_s.arg(n).arg(Vocabulary::caseType(type))); });
        b->setObjectName(u"finish.caseType."_s + type);
        b->setProperty("caseType", type);
        m_caseTypes->addButton(b, n++);
        typesLayout->addWidget(b);
        m_buttons << b;
    }
    layout->addWidget(types);
    auto *form = new QFormLayout;
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(u"finish.outcome"_s);
    m_outcome->setEditable(true);
    m_outcome->lineEdit()->setMaxLength(500);
    for (const QString &code : Vocabulary::outcomes())
        m_outcome->addItem(Vocabulary::outcome(code), code);
    auto *outcomeLabel = new QLabel(this);
    outcomeLabel->setBuddy(m_outcome);
    form->addRow(outcomeLabel, m_outcome);
    m_texts.bind([this, outcomeLabel] {
        outcomeLabel->setText(tr("&Outcome"));
        for (int i = 0; i < m_outcome->count(); ++i)
            m_outcome->setItemText(i, Vocabulary::outcome(m_outcome->itemData(i).toString()));
    });
    layout->addLayout(form);
    // Own buttons, not standard ones: a standard button retranslates itself after us (to Qt's words).
    auto *buttons = new QDialogButtonBox(this);
    auto *okButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    auto *cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    okButton->setDefault(true);
    m_texts.bind([okButton, cancelButton] {
        okButton->setText(tr("Finish"));
        cancelButton->setText(tr("Cancel"));
    });
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FinishDialog::prepare(const QString &ticketNumber)
{
    setWindowTitle(tr("Finish %1").arg(ticketNumber));
    m_buttons.first()->setChecked(true); // 即办件: most tickets are settled on the spot
    m_outcome->setCurrentIndex(0);
    m_buttons.first()->setFocus();
}

QRadioButton *FinishDialog::caseTypeButton(const QString &caseType) const
{
    for (auto *b : m_buttons)
        if (b->property("caseType").toString() == caseType)
            return b;
    return nullptr;
}

QString FinishDialog::caseType() const
{
    auto *b = m_caseTypes->checkedButton();
    return b ? b->property("caseType").toString() : u"immediate"_s;
}

QString FinishDialog::outcome() const
{
    const QString text = m_outcome->currentText().trimmed();
    // A preset keeps its code; anything typed is sent as written.
    const int preset = m_outcome->findText(text);
    return preset >= 0 ? m_outcome->itemData(preset).toString() : text;
}

void FinishDialog::keyPressEvent(QKeyEvent *event)
{
    if (!m_outcome->hasFocus() && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_4) {
        m_caseTypes->button(event->key() - Qt::Key_0)->setChecked(true);
        return;
    }
    QDialog::keyPressEvent(event);
}

void FinishDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QDialog::changeEvent(event);
}

} // namespace hallq::counter::ui
