#pragma once

#include "counter/ui/TextBinder.h"

#include <QDialog>

class QButtonGroup;
class QLineEdit;
class QRadioButton;

namespace hallq::counter::ui {

// F8 while free: pause the window with a reason (lunch, meeting, system
// fault, other) and an optional note. Keys 1–4 pick the reason.
class PauseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PauseDialog(QWidget *parent = nullptr);

    void prepare();
    QString reason() const;
    QString note() const;
    QRadioButton *reasonButton(const QString &reason) const;
    QLineEdit *noteEdit() const { return m_note; }

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    TextBinder m_texts;
    QButtonGroup *m_reasons;
    QList<QRadioButton *> m_buttons;
    QLineEdit *m_note;
};

} // namespace hallq::counter::ui
