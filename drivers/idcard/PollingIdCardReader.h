#pragma once

#include <QThread>

#include "idcard/IdCardReader.h"
#include "idcard/PollingOptions.h"
#include "idcard/ReaderWorker.h"

namespace hallq::idcard {

// A real reader (USB or serial transport) polled on a worker thread; the
// blocking transfers never touch the GUI thread.
class PollingIdCardReader : public IdCardReader
{
    Q_OBJECT
public:
    PollingIdCardReader(ReaderWorker::TransportFactory factory, QString description,
                        PollingOptions options = {}, QObject *parent = nullptr);
    ~PollingIdCardReader() override;

    void start() override;
    void stop() override;
    bool isConnected() const override { return m_connected; }
    QString description() const override { return m_description; }

private:
    ReaderWorker::TransportFactory m_factory;
    QString m_description;
    PollingOptions m_options;
    QThread m_thread;
    ReaderWorker *m_worker = nullptr; // lives on m_thread
    bool m_connected = false;
};

} // namespace hallq::idcard
