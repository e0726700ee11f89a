#include "idcard/SerialTransport.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSerialPort>

#include "idcard/IdCardLog.h"

using namespace Qt::StringLiterals;

namespace hallq::idcard {

SerialTransport::SerialTransport(QString devicePath, qint32 baudRate)
    : m_path(std::move(devicePath))
    , m_baudRate(baudRate)
{
}

SerialTransport::~SerialTransport()
{
    close();
}

QString SerialTransport::description() const
{
    return u"serial %1"_s.arg(m_path);
}

bool SerialTransport::isOpen() const
{
    return m_port && m_port->isOpen();
}

ReaderError SerialTransport::portError(const QString &what) const
{
    ReaderErrorCode code = ReaderErrorCode::IoError;
    switch (m_port->error()) {
    case QSerialPort::DeviceNotFoundError: code = ReaderErrorCode::DeviceNotFound; break;
    case QSerialPort::PermissionError: code = ReaderErrorCode::AccessDenied; break;
    case QSerialPort::ResourceError: code = ReaderErrorCode::Disconnected; break;
    case QSerialPort::TimeoutError: code = ReaderErrorCode::Timeout; break;
    default: break;
    }
    return ReaderError::make(code, u"%1 %2: %3"_s.arg(what, m_path, m_port->errorString()));
}

ReaderError SerialTransport::open()
{
    close();
    if (!QFileInfo::exists(m_path))
        return ReaderError::make(ReaderErrorCode::DeviceNotFound, u"no such device %1"_s.arg(m_path));
    m_port = std::make_unique<QSerialPort>();
    m_port->setPortName(m_path);
    if (!m_port->open(QIODevice::ReadWrite)) {
        ReaderError e = portError(u"open"_s);
        m_port.reset();
        return e;
    }
    if (!m_port->setBaudRate(m_baudRate) || !m_port->setDataBits(QSerialPort::Data8)
        || !m_port->setParity(QSerialPort::NoParity) || !m_port->setStopBits(QSerialPort::OneStop)
        || !m_port->setFlowControl(QSerialPort::NoFlowControl)) {
        ReaderError e = portError(u"configure"_s);
        close();
        return e;
    }
    m_port->clear();
    qCInfo(lcIdCard).noquote() << "serial reader opened:" << m_path << m_baudRate << "8N1";
    return ReaderError::none();
}

void SerialTransport::close()
{
    if (m_port) {
        m_port->close();
        m_port.reset();
    }
    m_frames.clear();
}

ReaderError SerialTransport::transceive(const QByteArray &request, QByteArray *reply, int timeoutMs)
{
    if (!isOpen())
        return ReaderError::make(ReaderErrorCode::Disconnected, u"not open"_s);
    const QDeadlineTimer deadline(timeoutMs);
    m_frames.clear();
    m_port->readAll(); // a late reply to an earlier request must not answer this one
    if (m_port->write(request) != request.size())
        return portError(u"write"_s);
    while (m_port->bytesToWrite() > 0) {
        if (!m_port->waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime()))))
            return m_port->error() == QSerialPort::TimeoutError || m_port->error() == QSerialPort::NoError
                       ? ReaderError::make(ReaderErrorCode::Timeout, u"write did not finish"_s)
                       : portError(u"write"_s);
    }
    while (!m_frames.takeFrame(reply)) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            return ReaderError::make(ReaderErrorCode::Timeout, u"no complete reply in %1 ms"_s.arg(timeoutMs));
        if (!m_port->waitForReadyRead(int(left))) {
            if (m_port->error() == QSerialPort::TimeoutError || m_port->error() == QSerialPort::NoError) {
                m_port->clearError();
                continue;
            }
            return portError(u"read"_s);
        }
        m_frames.append(m_port->readAll());
    }
    return ReaderError::none();
}

} // namespace hallq::idcard
