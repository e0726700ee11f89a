#pragma once

#include <QList>

#include "idcard/FrameReassembler.h"
#include "idcard/ReaderTransport.h"
#include "idcard/UsbId.h"

struct libusb_context;
struct libusb_device_handle;

namespace hallq::idcard {

// A USB reader through libusb-1.0: the first device matching one of the
// VID:PIDs; its vendor-class (0xFF) interface with bulk or interrupt
// endpoints; 64-byte packets reassembled into frames; the kernel driver
// detached when one is bound. After an unplug, open() finds the device again
// (a fresh libusb context each time, so a replugged reader is seen without
// hot-plug callbacks, which not every platform has).
class UsbTransport : public ReaderTransport
{
public:
    explicit UsbTransport(QList<UsbId> ids = UsbId::defaults());
    ~UsbTransport() override;

    ReaderError open() override;
    void close() override;
    bool isOpen() const override { return m_handle != nullptr; }
    ReaderError transceive(const QByteArray &request, QByteArray *reply, int timeoutMs) override;
    QString description() const override;

private:
    ReaderError transfer(unsigned char endpoint, bool interrupt, unsigned char *data, int length,
                         int *transferred, int timeoutMs);

    QList<UsbId> m_ids;
    libusb_context *m_context = nullptr;
    libusb_device_handle *m_handle = nullptr;
    UsbId m_openId;
    int m_interface = -1;
    bool m_detachedKernelDriver = false;
    unsigned char m_endpointIn = 0;
    unsigned char m_endpointOut = 0;
    bool m_inIsInterrupt = false;
    bool m_outIsInterrupt = false;
    int m_packetSize = 64;
    FrameReassembler m_frames;
};

} // namespace hallq::idcard
