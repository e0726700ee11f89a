#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace hallq::counter {
class CounterController;
}

namespace hallq::counter::ui {

// The top line: which window, its state, who is logged in, the connection
// (a lost link shows at once, in red, with what that means for the staff),
// the language switch and log-out.
class StatusHeader : public QWidget
{
    Q_OBJECT
public:
    explicit StatusHeader(CounterController *controller, QWidget *parent = nullptr);

    QLabel *connectionLabel() const { return m_connection; }
    QPushButton *languageButton() const { return m_language; }
    QPushButton *logoutButton() const { return m_logout; }
    void refresh();
    void retranslate();

signals:
    void languageToggled();
    void logoutRequested();

private:
    CounterController *m_controller;
    QLabel *m_window;
    QLabel *m_state;
    QLabel *m_staff;
    QLabel *m_connection;
    QPushButton *m_language;
    QPushButton *m_logout;
};

} // namespace hallq::counter::ui
