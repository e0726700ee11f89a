#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

#include "idcard/IdentityCard.h"
#include "idcard/PollingOptions.h"
#include "idcard/ReaderError.h"
#include "idcard/ReaderTransport.h"

namespace hallq::idcard {

// The polling loop, on PollingIdCardReader's worker thread:
// open the reader (again after a loss) → find card → select → read text,
// debounced: a card is read once while it stays on the reader, and lifting it
// (removalMisses "no card" replies in a row) gives cardRemoved.
class ReaderWorker : public QObject
{
    Q_OBJECT
public:
    using TransportFactory = std::function<std::unique_ptr<ReaderTransport>()>;
    ReaderWorker(TransportFactory factory, PollingOptions options);
    ~ReaderWorker() override;

    Q_INVOKABLE void begin();
    Q_INVOKABLE void end();

Q_SIGNALS:
    void cardRead(const hallq::idcard::IdentityCard &card);
    void cardRemoved();
    void connected(const QString &description);
    void disconnected();
    void failed(const hallq::idcard::ReaderError &error);

private:
    void tick();
    void schedule(int ms);
    void lose(const ReaderError &why);
    void failPoll(const ReaderError &error);
    void report(const ReaderError &error);
    bool isTransportLoss(const ReaderError &error);

    TransportFactory m_factory;
    PollingOptions m_options;
    std::unique_ptr<ReaderTransport> m_transport;
    QTimer m_timer;
    bool m_running = false;
    bool m_connected = false;
    bool m_cardPresent = false;
    int m_misses = 0;
    int m_timeouts = 0;
    ReaderErrorCode m_lastReported = ReaderErrorCode::None;
};

} // namespace hallq::idcard
