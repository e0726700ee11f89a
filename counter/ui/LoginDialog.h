#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hallq::counter {
class CounterController;
class HallCatalogue;
} // namespace hallq::counter

namespace hallq::counter::ui {

// Staff log in with their id and password to a window, picked from the
// hall's windows (or fixed by --window). While it connects it says so and
// can be cancelled; a refusal (wrong password, already logged in at another
// window) is shown in words.
class LoginDialog : public QWidget
{
    Q_OBJECT
public:
    LoginDialog(CounterController *controller, HallCatalogue *catalogue, QWidget *parent = nullptr);

    void setServerText(const QString &server);
    void setFixedWindow(int window);
    void setStaffId(const QString &staffId);
    void reset();
    void retranslate();

    QLineEdit *staffEdit() const { return m_staff; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *windowBox() const { return m_window; }
    QPushButton *loginButton() const { return m_login; }
    QLabel *errorLabel() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void fillWindows();
    void setWorking(bool working);

    CounterController *m_controller;
    HallCatalogue *m_catalogue;
    int m_fixedWindow = 0;
    QLabel *m_title;
    QLabel *m_server;
    QLabel *m_staffLabel;
    QLabel *m_passwordLabel;
    QLabel *m_windowLabel;
    QLineEdit *m_staff;
    QLineEdit *m_password;
    QComboBox *m_window;
    QPushButton *m_login;
    QPushButton *m_cancel;
    QLabel *m_error;
};

} // namespace hallq::counter::ui
