#include "counter/core/CounterBoard.h"

#include "client/HallSession.h"
#include "counter/core/CounterLog.h"

namespace hallq::counter {

namespace {
// Long enough to fold a call's burst of events into one refresh, short
// enough that staff never see a stale list.
constexpr int kCoalesceMs = 40;
} // namespace

CounterBoard::CounterBoard(client::HallSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    for (QTimer *t : {&m_listsTimer, &m_figuresTimer}) {
        t->setSingleShot(true);
        t->setInterval(kCoalesceMs);
    }
    connect(&m_listsTimer, &QTimer::timeout, this, &CounterBoard::sendLists);
    connect(&m_figuresTimer, &QTimer::timeout, this, &CounterBoard::sendFigures);
}

void CounterBoard::clear()
{
    m_lists = {};
    m_listsKnown = false;
    m_figures.reset();
    m_history.clear();
    m_historyTicket = 0;
    emit listsChanged();
    emit figuresChanged();
    emit historyChanged();
}

void CounterBoard::refreshLists()
{
    if (m_listsInFlight)
        m_listsAgain = true;
    else if (!m_listsTimer.isActive())
        m_listsTimer.start();
}

void CounterBoard::refreshFigures()
{
    if (!m_figuresTimer.isActive())
        m_figuresTimer.start();
}

void CounterBoard::sendLists()
{
    if (m_window <= 0 || !m_session->isReady())
        return; // the resync after reconnecting asks again
    protocol::WindowTicketsRequest request;
    request.window = m_window;
    m_listsInFlight = true;
    m_session->request(request, this, [this](auto result) {
        m_listsInFlight = false;
        if (auto *reply = std::get_if<protocol::WindowTicketsReply>(&result)) {
            m_lists = std::move(*reply);
            m_listsKnown = true;
            emit listsChanged();
        } else {
            qCInfo(lcCounter) << "lists not refreshed:" << std::get<protocol::Error>(result).message;
        }
        if (m_listsAgain) {
            m_listsAgain = false;
            refreshLists();
        }
    });
}

void CounterBoard::sendFigures()
{
    if (m_window <= 0 || !m_session->isReady())
        return;
    protocol::WindowFiguresRequest request;
    request.window = m_window;
    m_session->request(request, this, [this](auto result) {
        if (auto *reply = std::get_if<protocol::WindowFiguresReply>(&result)) {
            m_figures = reply->figures;
            emit figuresChanged();
        } else {
            qCInfo(lcCounter) << "figures not refreshed:" << std::get<protocol::Error>(result).message;
        }
    });
}

void CounterBoard::fetchHistory(qint64 ticketId)
{
    m_historyTicket = ticketId;
    m_history.clear();
    emit historyChanged();
    if (ticketId == 0 || !m_session->isReady())
        return;
    protocol::TicketHistoryRequest request;
    request.ticketId = ticketId;
    m_session->request(request, this, [this, ticketId](auto result) {
        if (ticketId != m_historyTicket)
            return; // another ticket is current by now
        if (auto *reply = std::get_if<protocol::TicketHistoryReply>(&result)) {
            m_history = reply->entries;
            emit historyChanged();
        }
    });
}

} // namespace hallq::counter
