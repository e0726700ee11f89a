#pragma once

#include "counter/core/RatingPadController.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace hallq::counter::ui {

// The citizen's rating pad (评价器): a window facing the citizen, on a second
// screen of the counter or on a small screen of its own. Large touch targets,
// words as well as colours, the choice is never forced (不评价) and it closes
// itself after a while.
class RatingPad : public QWidget
{
    Q_OBJECT
public:
    explicit RatingPad(RatingPadController *controller, QWidget *parent = nullptr);

    QPushButton *levelButton(int level) const { return m_levels.value(level - 1); }
    QPushButton *reasonButton(const QString &reason) const;
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *submitButton() const { return m_submit; }
    QLineEdit *commentEdit() const { return m_comment; }
    void setTitle(const QString &hallName, const QString &windowName);
    void retranslate();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QStringList chosenReasons() const;

    RatingPadController *m_controller;
    QString m_hallName;
    QString m_windowName;
    QLabel *m_title;
    QStackedWidget *m_pages;
    QLabel *m_welcome;
    QLabel *m_question;
    QList<QPushButton *> m_levels;
    QLabel *m_reasonsQuestion;
    QList<QPushButton *> m_reasons;
    QLineEdit *m_comment;
    QPushButton *m_submit;
    QPushButton *m_back;
    QPushButton *m_skip;
    QLabel *m_result;
    QLabel *m_countdown;
    QTimer m_tick;
};

} // namespace hallq::counter::ui
