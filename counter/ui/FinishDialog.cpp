#include "counter/ui/FinishDialog.h"

#include "counter/core/Vocabulary.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
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
    auto *types = new QGroupBox(tr("Case type"), this);
    auto *typesLayout = new QVBoxLayout(types);
    m_caseTypes = new QButtonGroup(this);
    int n = 1;
    for (const QString &type : Vocabulary::caseTypes()) {
        auto *b = new QRadioButton(u"&%1  %2"_s.arg(n).arg(Vocabulary::caseType(type)), types);
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
    form->addRow(tr("&Outcome"), m_outcome);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Finish"));
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

} // namespace hallq::counter::ui
