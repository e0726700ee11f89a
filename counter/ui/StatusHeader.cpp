#include "counter/ui/StatusHeader.h"

#include "client/HallSession.h"
#include "counter/core/CounterController.h"
#include "counter/core/Vocabulary.h"
#include "counter/ui/ActionKeys.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hallq::counter::ui {

namespace {

QString badge(const QString &text, const QString &colour)
{
    return u"<span style=\"color:white; background:%1;\">&nbsp;%2&nbsp;</span>"_s.arg(colour, text.toHtmlEscaped());
}

QString stateColour(const QString &state)
{
    if (state == u"calling")
        return u"#b35c00"_s;
    if (state == u"serving")
        return u"#1b7f3a"_s;
    if (state == u"paused")
        return u"#8a6d00"_s;
    if (state == u"idle")
        return u"#1f5fa8"_s;
    return u"#4a4f57"_s;
}

} // namespace

StatusHeader::StatusHeader(CounterController *controller, QWidget *parent) : QWidget(parent), m_controller(controller)
{
    setObjectName(u"header"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    QFont big = font();
    big.setPointSize(16);
    big.setBold(true);
    m_window = new QLabel(this);
    m_window->setObjectName(u"header.window"_s);
    m_window->setFont(big);
    m_state = new QLabel(this);
    m_state->setObjectName(u"header.state"_s);
    m_state->setTextFormat(Qt::RichText);
    QFont stateFont = font();
    stateFont.setPointSize(14);
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    m_staff = new QLabel(this);
    m_staff->setObjectName(u"header.staff"_s);
    m_connection = new QLabel(this);
    m_connection->setObjectName(u"header.connection"_s);
    m_connection->setTextFormat(Qt::RichText);
    m_connection->setFont(stateFont);
    m_language = new QPushButton(this);
    m_language->setObjectName(u"header.language"_s);
    m_language->setFocusPolicy(Qt::NoFocus);
    m_logout = new QPushButton(this);
    m_logout->setObjectName(ActionKeys::objectName(CounterAction::Logout));
    m_logout->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_window);
    layout->addSpacing(12);
    layout->addWidget(m_state);
    layout->addSpacing(12);
    layout->addWidget(m_staff);
    layout->addStretch();
    layout->addWidget(m_connection);
    layout->addSpacing(12);
    layout->addWidget(m_language);
    layout->addWidget(m_logout);
    connect(m_language, &QPushButton::clicked, this, &StatusHeader::languageToggled);
    connect(m_logout, &QPushButton::clicked, this, &StatusHeader::logoutRequested);
    retranslate();
}

void StatusHeader::retranslate()
{
    // The button names the language it switches to, in that language.
    m_language->setText(m_controller->english() ? u"中文"_s : u"English"_s);
    m_logout->setText(u"%1 (%2)"_s.arg(ActionKeys::label(CounterAction::Logout),
                                       ActionKeys::keyText(CounterAction::Logout)));
    refresh();
}

void StatusHeader::refresh()
{
    m_window->setText(m_controller->windowName(m_controller->window()));
    const auto w = m_controller->windowInfo();
    QString state = w ? Vocabulary::windowState(w->state) : Vocabulary::windowState(u"closed"_s);
    if (w && w->state == u"paused" && w->pauseReason)
        state = tr("%1: %2").arg(state, Vocabulary::pauseReason(*w->pauseReason));
    m_state->setText(badge(state, stateColour(w ? w->state : u"closed"_s)));
    m_staff->setText(tr("Staff: %1 (%2)").arg(m_controller->staffName(), m_controller->staffId()));
    using State = client::HallSession::State;
    const State link = m_controller->session()->state();
    if (link == State::Ready) {
        m_connection->setText(badge(tr("Connected"), u"#1b7f3a"_s));
        m_connection->setToolTip(QString());
    } else {
        const int attempts = m_controller->session()->reconnectAttempts();
        const QString text = attempts > 0 ? tr("OFFLINE · retrying (%1)").arg(attempts) : tr("OFFLINE · retrying");
        m_connection->setText(badge(text, u"#c62828"_s));
        m_connection->setToolTip(tr("Actions are refused until the server is back; the ticket on screen is kept."));
    }
    const QString why = m_controller->whyDisabled(CounterAction::Logout);
    m_logout->setEnabled(why.isEmpty());
    m_logout->setToolTip(why);
}

} // namespace hallq::counter::ui
