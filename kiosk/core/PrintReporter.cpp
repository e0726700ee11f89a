#include "core/PrintReporter.h"

#include "client/HallSession.h"
#include "core/KioskLog.h"

using namespace Qt::StringLiterals;

namespace hallq::kiosk {

PrintReporter::PrintReporter(client::HallSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(3000);
    connect(&m_retry, &QTimer::timeout, this, &PrintReporter::sendNext);
    connect(&m_session, &client::HallSession::stateChanged, this, [this] {
        if (m_session.isReady())
            sendNext();
    });
}

void PrintReporter::report(qint64 ticketId, bool printed, const QString &reason)
{
    protocol::TicketPrintRequest request;
    request.ticketId = ticketId;
    request.outcome = printed ? u"printed"_s : u"on_screen"_s;
    request.reason = printed ? QString() : reason;
    m_queue.append(request);
    emit pendingChanged();
    sendNext();
}

void PrintReporter::sendNext()
{
    if (m_inFlight || m_queue.isEmpty() || !m_session.isReady())
        return;
    m_inFlight = true;
    const protocol::TicketPrintRequest request = m_queue.constFirst();
    m_session.request(request, this, [this, request](auto result) {
        m_inFlight = false;
        if (const auto *error = std::get_if<protocol::Error>(&result)) {
            if (error->code == protocol::ErrorCode::Unavailable || error->code == protocol::ErrorCode::RateLimited ||
                error->code == protocol::ErrorCode::Internal) {
                // Not recorded yet: keep it first in line and try again.
                qCInfo(lcKiosk) << "print report for ticket" << request.ticketId << "waits:" << error->message;
                m_retry.start();
                return;
            }
            qCWarning(lcKiosk) << "the server refused the print report for ticket" << request.ticketId << ":"
                               << protocol::toString(error->code) << error->message;
        } else {
            emit acknowledged(request.ticketId, request.outcome);
        }
        m_queue.removeFirst();
        emit pendingChanged();
        sendNext();
    });
}

} // namespace hallq::kiosk
