#pragma once

#include <QString>

#include <memory>

#include "FakeSam.h"

namespace hallq::test {

// An ID-card reader emulated in-process with umockdev (the test must run
// under umockdev-wrapper): a USB device 0400:C35A with a vendor interface and
// bulk endpoints whose usbfs ioctls are answered by FakeSam — each request
// URB gets the reply the SAM would give, in 64-byte IN packets. unplug()
// makes every ioctl fail with ENODEV and removes the device, plug() brings it
// back: what a reader pulled out and pushed in again looks like to libusb.
class UmockdevReader
{
public:
    explicit UmockdevReader(FakeSam &sam);
    ~UmockdevReader();
    UmockdevReader(const UmockdevReader &) = delete;
    UmockdevReader &operator=(const UmockdevReader &) = delete;

    bool plug(QString *error);
    void unplug();

    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace hallq::test
