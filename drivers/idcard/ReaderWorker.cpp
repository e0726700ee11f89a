#include "idcard/ReaderWorker.h"

#include "idcard/IdCardLog.h"
#include "idcard/CardSession.h"

using namespace Qt::StringLiterals;

namespace hallq::idcard {

ReaderWorker::ReaderWorker(TransportFactory factory, PollingOptions options)
    : m_factory(std::move(factory))
    , m_options(options)
{
    m_timer.setParent(this); // moves to the worker thread with us
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReaderWorker::tick);
}

ReaderWorker::~ReaderWorker() = default;

void ReaderWorker::begin()
{
    if (m_running)
        return;
    m_running = true;
    schedule(0);
}

void ReaderWorker::end()
{
    m_running = false;
    m_timer.stop();
    if (m_transport)
        m_transport->close();
    m_transport.reset();
    if (m_connected) {
        m_connected = false;
        Q_EMIT disconnected();
    }
    m_cardPresent = false;
}

void ReaderWorker::schedule(int ms)
{
    if (m_running)
        m_timer.start(ms);
}

void ReaderWorker::report(const ReaderError &error)
{
    // The same failure every 250 ms would flood the kiosk: say it once, until it changes.
    if (error.code == m_lastReported)
        return;
    m_lastReported = error.code;
    qCWarning(lcIdCard).noquote() << "reader:" << error.key() << error.detail;
    Q_EMIT failed(error);
}

bool ReaderWorker::isTransportLoss(const ReaderError &error)
{
    switch (error.code) {
    case ReaderErrorCode::Disconnected:
    case ReaderErrorCode::IoError: return true;
    case ReaderErrorCode::Timeout: return ++m_timeouts >= m_options.timeoutsBeforeReconnect;
    default: return false;
    }
}

void ReaderWorker::lose(const ReaderError &why)
{
    qCWarning(lcIdCard).noquote() << "reader lost:" << why.key() << why.detail;
    m_transport->close();
    m_timeouts = 0;
    if (m_cardPresent) {
        m_cardPresent = false;
        Q_EMIT cardRemoved();
    }
    if (m_connected) {
        m_connected = false;
        Q_EMIT disconnected();
    }
    report(why);
    schedule(m_options.reconnectIntervalMs);
}

void ReaderWorker::failPoll(const ReaderError &error)
{
    if (isTransportLoss(error)) {
        lose(error);
        return;
    }
    report(error);
    schedule(m_options.pollIntervalMs);
}

void ReaderWorker::tick()
{
    if (!m_running)
        return;
    if (!m_transport)
        m_transport = m_factory();
    if (!m_transport->isOpen()) {
        if (ReaderError e = m_transport->open()) {
            report(e);
            schedule(m_options.reconnectIntervalMs);
            return;
        }
        m_connected = true;
        m_lastReported = ReaderErrorCode::None;
        m_timeouts = 0;
        qCInfo(lcIdCard).noquote() << "reader connected:" << m_transport->description();
        Q_EMIT connected(m_transport->description());
    }

    ReaderError e = CardSession::findCard(*m_transport, m_options.replyTimeoutMs);
    if (e.code == ReaderErrorCode::NoCard) {
        m_timeouts = 0;
        if (m_lastReported != ReaderErrorCode::None && m_lastReported != ReaderErrorCode::NoCard)
            m_lastReported = ReaderErrorCode::None; // a later failure on a new card is news again
        if (m_cardPresent && ++m_misses >= m_options.removalMisses) {
            m_cardPresent = false;
            qCInfo(lcIdCard) << "card removed";
            Q_EMIT cardRemoved();
        }
        schedule(m_options.pollIntervalMs);
        return;
    }
    if (e) {
        failPoll(e);
        return;
    }
    m_timeouts = 0;
    m_misses = 0;
    if (m_cardPresent) { // debounced: this card was read already
        schedule(m_options.pollIntervalMs);
        return;
    }
    IdentityCard card;
    e = CardSession::readCard(*m_transport, m_options.replyTimeoutMs, QDate::currentDate(), &card);
    if (e) {
        failPoll(e);
        return;
    }
    m_cardPresent = true;
    m_lastReported = ReaderErrorCode::None;
    qCInfo(lcIdCard).noquote() << "card read:" << card.masked();
    Q_EMIT cardRead(card);
    schedule(m_options.pollIntervalMs);
}

} // namespace hallq::idcard
