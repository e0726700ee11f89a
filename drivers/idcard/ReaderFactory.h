#pragma once

#include <memory>

#include "idcard/IdCardReader.h"
#include "idcard/PollingOptions.h"
#include "idcard/ReaderSpec.h"

namespace hallq::idcard {

class ReaderFactory
{
public:
    // Usb/Serial → PollingIdCardReader over UsbTransport/SerialTransport,
    // Simulated → SimulatedIdCardReader, None → nullptr. Not started.
    static std::unique_ptr<IdCardReader> create(const ReaderSpec &spec, const PollingOptions &options = {},
                                                QObject *parent = nullptr);
};

} // namespace hallq::idcard
