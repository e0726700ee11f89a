#include "idcard/PollingIdCardReader.h"

namespace hallq::idcard {

PollingIdCardReader::PollingIdCardReader(ReaderWorker::TransportFactory factory, QString description,
                                         PollingOptions options, QObject *parent)
    : IdCardReader(parent)
    , m_factory(std::move(factory))
    , m_description(std::move(description))
    , m_options(options)
{
    qRegisterMetaType<IdentityCard>();
    qRegisterMetaType<ReaderError>();
    m_thread.setObjectName(QStringLiteral("hallq-idcard"));
}

PollingIdCardReader::~PollingIdCardReader()
{
    stop();
}

void PollingIdCardReader::start()
{
    if (m_worker)
        return;
    m_worker = new ReaderWorker(m_factory, m_options);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReaderWorker::cardRead, this, &IdCardReader::cardRead);
    connect(m_worker, &ReaderWorker::cardRemoved, this, &IdCardReader::cardRemoved);
    connect(m_worker, &ReaderWorker::failed, this, &IdCardReader::error);
    connect(m_worker, &ReaderWorker::connected, this, [this](const QString &what) {
        m_connected = true;
        Q_EMIT readerConnected(what);
    });
    connect(m_worker, &ReaderWorker::disconnected, this, [this] {
        m_connected = false;
        Q_EMIT readerDisconnected();
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ReaderWorker::begin, Qt::QueuedConnection);
}

void PollingIdCardReader::stop()
{
    if (!m_worker)
        return;
    // end() runs on the worker thread and releases the device before the thread
    // stops; its queued signals would arrive after we said so ourselves.
    disconnect(m_worker, nullptr, this, nullptr);
    QMetaObject::invokeMethod(m_worker, &ReaderWorker::end, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr; // deleted by QThread::finished → deleteLater
    if (m_connected) {
        m_connected = false;
        Q_EMIT readerDisconnected();
    }
}

} // namespace hallq::idcard
