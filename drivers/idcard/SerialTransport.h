#pragma once

#include <memory>

#include "idcard/FrameReassembler.h"
#include "idcard/ReaderTransport.h"

class QSerialPort;

namespace hallq::idcard {

// A UART reader behind a USB-serial bridge (/dev/ttyUSB0, /dev/ttyACM0) or
// any tty, a pseudo-terminal included: 115200 8N1, no flow control, the same
// SAM frames as over USB. Blocking I/O on the worker thread.
class SerialTransport : public ReaderTransport
{
public:
    explicit SerialTransport(QString devicePath, qint32 baudRate = 115200);
    ~SerialTransport() override;

    ReaderError open() override;
    void close() override;
    bool isOpen() const override;
    ReaderError transceive(const QByteArray &request, QByteArray *reply, int timeoutMs) override;
    QString description() const override;

private:
    ReaderError portError(const QString &what) const;

    QString m_path;
    qint32 m_baudRate;
    std::unique_ptr<QSerialPort> m_port;
    FrameReassembler m_frames;
};

} // namespace hallq::idcard
