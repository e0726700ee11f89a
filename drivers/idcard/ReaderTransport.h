#pragma once

#include <QByteArray>
#include <QString>

#include "idcard/ReaderError.h"

namespace hallq::idcard {

// A blocking byte pipe to a reader's SAM (libusb, serial). Lives on the
// polling reader's worker thread and is only used there.
class ReaderTransport
{
public:
    virtual ~ReaderTransport() = default;

    // Finds and opens the device. DeviceNotFound / AccessDenied / IoError on failure.
    virtual ReaderError open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    // Sends one request frame and returns one complete reply frame (not yet
    // parsed), or Timeout / Disconnected / IoError.
    virtual ReaderError transceive(const QByteArray &request, QByteArray *reply, int timeoutMs) = 0;
    virtual QString description() const = 0;
};

} // namespace hallq::idcard
