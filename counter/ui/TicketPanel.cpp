#include "counter/ui/TicketPanel.h"

#include "client/HallSession.h"
#include "counter/core/CounterController.h"
#include "counter/core/Vocabulary.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hallq::counter::ui {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(u"HH:mm:ss"_s) : QString();
}

QString classColour(const QString &ticketClass, int transfers)
{
    if (ticketClass == u"green")
        return u"#1b7f3a"_s;
    if (ticketClass == u"appointment")
        return u"#1f5fa8"_s;
    if (ticketClass == u"assisted")
        return u"#8a4b08"_s;
    return transfers > 0 ? u"#6b3fa0"_s : u"#4a4f57"_s;
}

} // namespace

TicketPanel::TicketPanel(CounterController *controller, QWidget *parent) : QWidget(parent), m_controller(controller)
{
    setObjectName(u"ticketPanel"_s);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_number = new QLabel(this);
    m_number->setObjectName(u"ticket.number"_s);
    QFont big = m_number->font();
    big.setPointSize(54);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setMinimumWidth(260);
    m_classBadge = new QLabel(this);
    m_classBadge->setObjectName(u"ticket.class"_s);
    QFont badgeFont = m_classBadge->font();
    badgeFont.setPointSize(14);
    badgeFont.setBold(true);
    m_classBadge->setFont(badgeFont);
    top->addWidget(m_number);
    top->addWidget(m_classBadge, 0, Qt::AlignVCenter);
    top->addStretch();
    layout->addLayout(top);

    m_stateLine = new QLabel(this);
    m_stateLine->setObjectName(u"ticket.state"_s);
    QFont stateFont = m_stateLine->font();
    stateFont.setPointSize(15);
    m_stateLine->setFont(stateFont);
    m_stateLine->setWordWrap(true);
    layout->addWidget(m_stateLine);

    m_details = new QWidget(this);
    auto *form = new QFormLayout(m_details);
    form->setLabelAlignment(Qt::AlignRight);
    form->setContentsMargins(0, 6, 0, 0);
    QFont rowFont = font();
    rowFont.setPointSize(13);
    m_details->setFont(rowFont);
    const auto row = [&](QLabel *&value, const QString &name) {
        auto *caption = new QLabel(m_details);
        value = new QLabel(m_details);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(caption, value);
        m_captions << caption;
    };
    row(m_service, u"ticket.service"_s);
    row(m_issued, u"ticket.issued"_s);
    row(m_waited, u"ticket.waited"_s);
    row(m_identity, u"ticket.identity"_s);
    row(m_recalls, u"ticket.recalls"_s);
    row(m_firstWindow, u"ticket.firstWindow"_s);
    row(m_note, u"ticket.note"_s);
    layout->addWidget(m_details);

    m_historyCaption = new QLabel(this);
    layout->addWidget(m_historyCaption);
    m_history = new QListWidget(this);
    m_history->setObjectName(u"ticket.history"_s);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setMaximumHeight(110);
    layout->addWidget(m_history);
    layout->addStretch();

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &TicketPanel::refresh);
    m_tick.start();
    retranslate();
}

void TicketPanel::retranslate()
{
    const QStringList captions{tr("Service"),      tr("Issued at"),   tr("Waited"),   tr("Applicant"),
                               tr("Recalls"),      tr("Responsible window"), tr("Transfer note")};
    for (int i = 0; i < m_captions.size() && i < captions.size(); ++i)
        m_captions[i]->setText(captions[i] + u':');
    m_historyCaption->setText(tr("Transfer history"));
    refresh();
}

void TicketPanel::refresh()
{
    const auto &current = m_controller->currentTicket();
    const QDateTime now = m_controller->session()->serverNow();
    if (!current) {
        m_number->setText(tr("No ticket"));
        m_number->setStyleSheet(u"color: #9aa0a6;"_s);
        m_classBadge->clear();
        m_classBadge->setStyleSheet(QString());
        m_details->setVisible(false);
        m_historyCaption->setVisible(false);
        m_history->setVisible(false);
        const int waiting = int(m_controller->board()->lists().waiting.size());
        QString line = waiting > 0 ? tr("%1 waiting for this window: press F1 to call.").arg(waiting)
                                   : tr("Nobody is waiting for this window.");
        if (const auto &last = m_controller->lastFinished()) {
            line += u' ' + tr("Last: %1 finished at %2 (%3).")
                               .arg(last->number, localTime(last->finishedAt.value_or(QDateTime())),
                                    Vocabulary::caseType(last->caseType.value_or(u"immediate"_s)));
            if (const auto rating = m_controller->lastRating(); rating && rating->ticketId == last->id)
                line += u' ' + tr("Rated %1 of 5.").arg(rating->level);
            else if (m_controller->ratingPending())
                line += u' ' + tr("Rating being asked.");
        }
        m_stateLine->setText(line);
        return;
    }
    const auto &t = *current;
    m_number->setText(t.number);
    m_number->setStyleSheet(QString());
    m_classBadge->setText(u" %1 "_s.arg(Vocabulary::ticketClassOf(t.ticketClass, t.transferCount)));
    m_classBadge->setStyleSheet(u"QLabel { color: white; background: %1; border-radius: 6px; padding: 4px 10px; }"_s
                                    .arg(classColour(t.ticketClass, t.transferCount)));
    QString state = Vocabulary::ticketState(t.state);
    if (t.state == u"serving" && t.servingAt)
        state = tr("In service for %1").arg(Vocabulary::duration(t.servingAt->secsTo(now)));
    else if (t.state == u"called" && t.calledAt)
        state = tr("Called %1 ago").arg(Vocabulary::duration(t.calledAt->secsTo(now)));
    m_stateLine->setText(state);
    m_details->setVisible(true);
    m_service->setText(m_controller->serviceName(t.serviceId));
    m_issued->setText(localTime(t.issuedAt));
    const QDateTime waitEnd = t.calledAt.value_or(now);
    m_waited->setText(Vocabulary::duration(t.issuedAt.secsTo(waitEnd)));
    if (t.identityMasked || t.nameMasked)
        m_identity->setText(QStringList{t.nameMasked.value_or(QString()), t.identityMasked.value_or(QString())}
                                .filter(QRegularExpression(u"."_s))
                                .join(u"  "_s));
    else
        m_identity->setText(tr("Not real-name"));
    m_recalls->setText(tr("%1 of %2").arg(t.recallCount).arg(t.recallLimit));
    const int first = t.firstWindow ? t.firstWindow : m_controller->window();
    m_firstWindow->setText(first == m_controller->window() ? tr("%1 (this window)").arg(m_controller->windowName(first))
                                                           : m_controller->windowName(first));
    m_note->setText(t.note.isEmpty() ? tr("none") : t.note);

    const auto *board = m_controller->board();
    const bool transferred = t.transferCount > 0;
    m_historyCaption->setVisible(transferred);
    m_history->setVisible(transferred);
    m_history->clear();
    if (board->historyTicket() == t.id) {
        for (const auto &entry : board->history()) {
            if (entry.change != u"transferred")
                continue;
            QString line = tr("%1 window %2 → %3, %4")
                               .arg(localTime(entry.at))
                               .arg(entry.window)
                               .arg(entry.toWindow ? m_controller->windowName(entry.toWindow)
                                                   : m_controller->serviceName(entry.toService))
                               .arg(Vocabulary::placement(entry.placement));
            if (!entry.note.isEmpty())
                line += u" · "_s + entry.note;
            m_history->addItem(line);
        }
    }
}

} // namespace hallq::counter::ui
