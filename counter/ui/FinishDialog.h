#pragma once

#include "counter/ui/TextBinder.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QRadioButton;

namespace hallq::counter::ui {

// F5: finish the ticket in service with its case type (即办件 / 承诺件 /
// 上报件 / 联办件, regulation art. 15) and an outcome. Keys 1–4 pick the
// case type, Enter confirms.
class FinishDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FinishDialog(QWidget *parent = nullptr);

    void prepare(const QString &ticketNumber);
    QString caseType() const;
    // A preset outcome code, or what staff typed.
    QString outcome() const;

    QRadioButton *caseTypeButton(const QString &caseType) const;
    QComboBox *outcomeBox() const { return m_outcome; }

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    TextBinder m_texts;
    QButtonGroup *m_caseTypes;
    QList<QRadioButton *> m_buttons;
    QComboBox *m_outcome;
};

} // namespace hallq::counter::ui
