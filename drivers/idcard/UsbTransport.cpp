#include "idcard/UsbTransport.h"

#include <QDeadlineTimer>

#include <libusb.h>

#include "idcard/IdCardLog.h"

using namespace Qt::StringLiterals;

namespace hallq::idcard {
namespace {

QString usbError(int rc)
{
    return QString::fromUtf8(libusb_error_name(rc));
}

ReaderErrorCode codeFor(int rc)
{
    switch (rc) {
    case LIBUSB_ERROR_TIMEOUT: return ReaderErrorCode::Timeout;
    case LIBUSB_ERROR_NO_DEVICE: return ReaderErrorCode::Disconnected;
    case LIBUSB_ERROR_ACCESS: return ReaderErrorCode::AccessDenied;
    case LIBUSB_ERROR_NOT_FOUND: return ReaderErrorCode::DeviceNotFound;
    default: return ReaderErrorCode::IoError;
    }
}

struct Endpoints
{
    int interface = -1;
    unsigned char in = 0, out = 0;
    bool inInterrupt = false, outInterrupt = false;
    int packetSize = 64;
};

// The vendor-class interface with an IN and an OUT bulk/interrupt endpoint;
// failing that, any interface that has both.
Endpoints findEndpoints(const libusb_config_descriptor *config)
{
    Endpoints best;
    for (int i = 0; i < config->bNumInterfaces; ++i) {
        const libusb_interface &itf = config->interface[i];
        for (int a = 0; a < itf.num_altsetting; ++a) {
            const libusb_interface_descriptor &alt = itf.altsetting[a];
            Endpoints e;
            e.interface = alt.bInterfaceNumber;
            for (int k = 0; k < alt.bNumEndpoints; ++k) {
                const libusb_endpoint_descriptor &ep = alt.endpoint[k];
                const int type = ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK;
                if (type != LIBUSB_TRANSFER_TYPE_BULK && type != LIBUSB_TRANSFER_TYPE_INTERRUPT)
                    continue;
                if ((ep.bEndpointAddress & LIBUSB_ENDPOINT_DIR_MASK) == LIBUSB_ENDPOINT_IN && !e.in) {
                    e.in = ep.bEndpointAddress;
                    e.inInterrupt = type == LIBUSB_TRANSFER_TYPE_INTERRUPT;
                    e.packetSize = ep.wMaxPacketSize > 0 ? ep.wMaxPacketSize : 64;
                } else if ((ep.bEndpointAddress & LIBUSB_ENDPOINT_DIR_MASK) == LIBUSB_ENDPOINT_OUT && !e.out) {
                    e.out = ep.bEndpointAddress;
                    e.outInterrupt = type == LIBUSB_TRANSFER_TYPE_INTERRUPT;
                }
            }
            if (!e.in || !e.out)
                continue;
            if (alt.bInterfaceClass == LIBUSB_CLASS_VENDOR_SPEC)
                return e;
            if (best.interface < 0)
                best = e;
        }
    }
    return best;
}

} // namespace

UsbTransport::UsbTransport(QList<UsbId> ids)
    : m_ids(std::move(ids))
{
}

UsbTransport::~UsbTransport()
{
    close();
}

QString UsbTransport::description() const
{
    if (m_handle)
        return u"USB %1"_s.arg(m_openId.toString());
    QStringList ids;
    for (const UsbId &id : m_ids)
        ids.append(id.toString());
    return u"USB %1"_s.arg(ids.join(u','));
}

ReaderError UsbTransport::open()
{
    close();
    // A fresh context enumerates the bus again: a reader plugged back in is found.
    if (int rc = libusb_init(&m_context); rc != 0) {
        m_context = nullptr;
        return ReaderError::make(ReaderErrorCode::IoError, u"libusb_init: "_s + usbError(rc));
    }
    libusb_device **list = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &list);
    libusb_device *found = nullptr;
    for (ssize_t i = 0; i < count && !found; ++i) {
        libusb_device_descriptor desc;
        if (libusb_get_device_descriptor(list[i], &desc) != 0)
            continue;
        for (const UsbId &id : m_ids) {
            if (desc.idVendor == id.vendor && desc.idProduct == id.product) {
                found = list[i];
                m_openId = id;
                break;
            }
        }
    }
    ReaderError result = ReaderError::none();
    if (!found) {
        result = ReaderError::make(ReaderErrorCode::DeviceNotFound, u"no USB device %1"_s.arg(description()));
    } else if (int rc = libusb_open(found, &m_handle); rc != 0) {
        m_handle = nullptr;
        result = ReaderError::make(codeFor(rc), u"libusb_open %1: %2"_s.arg(m_openId.toString(), usbError(rc)));
    } else {
        libusb_config_descriptor *config = nullptr;
        Endpoints e;
        if (int rc = libusb_get_active_config_descriptor(found, &config); rc == 0) {
            e = findEndpoints(config);
            libusb_free_config_descriptor(config);
        } else {
            result = ReaderError::make(codeFor(rc), u"no active configuration: "_s + usbError(rc));
        }
        if (!result && e.interface < 0)
            result = ReaderError::make(ReaderErrorCode::IoError, u"no interface with bulk/interrupt IN and OUT"_s);
        if (!result) {
            // libusb_set_auto_detach_kernel_driver fails under umockdev; ask and detach by hand.
            if (libusb_kernel_driver_active(m_handle, e.interface) == 1) {
                if (int rc = libusb_detach_kernel_driver(m_handle, e.interface); rc == 0)
                    m_detachedKernelDriver = true;
                else
                    qCWarning(lcIdCard) << "could not detach the kernel driver:" << usbError(rc);
            }
            if (int rc = libusb_claim_interface(m_handle, e.interface); rc != 0)
                result = ReaderError::make(codeFor(rc), u"claim interface %1: %2"_s.arg(e.interface).arg(usbError(rc)));
        }
        if (!result) {
            m_interface = e.interface;
            m_endpointIn = e.in;
            m_endpointOut = e.out;
            m_inIsInterrupt = e.inInterrupt;
            m_outIsInterrupt = e.outInterrupt;
            m_packetSize = std::min(e.packetSize, 1024);
        }
    }
    if (list)
        libusb_free_device_list(list, 1);
    if (result) {
        close();
        return result;
    }
    qCInfo(lcIdCard).noquote() << "USB reader opened:" << m_openId.toString() << "interface" << m_interface
                               << (m_inIsInterrupt ? "interrupt" : "bulk") << "endpoints";
    return result;
}

void UsbTransport::close()
{
    if (m_handle) {
        if (m_interface >= 0)
            libusb_release_interface(m_handle, m_interface);
        if (m_detachedKernelDriver)
            libusb_attach_kernel_driver(m_handle, m_interface);
        libusb_close(m_handle);
        m_handle = nullptr;
    }
    m_interface = -1;
    m_detachedKernelDriver = false;
    if (m_context) {
        libusb_exit(m_context);
        m_context = nullptr;
    }
    m_frames.clear();
}

ReaderError UsbTransport::transfer(unsigned char endpoint, bool interrupt, unsigned char *data, int length,
                                   int *transferred, int timeoutMs)
{
    const int rc = interrupt ? libusb_interrupt_transfer(m_handle, endpoint, data, length, transferred, unsigned(timeoutMs))
                             : libusb_bulk_transfer(m_handle, endpoint, data, length, transferred, unsigned(timeoutMs));
    if (rc == 0)
        return ReaderError::none();
    return ReaderError::make(codeFor(rc), u"USB transfer on endpoint %1: %2"_s.arg(endpoint, 2, 16, QLatin1Char('0')).arg(usbError(rc)));
}

ReaderError UsbTransport::transceive(const QByteArray &request, QByteArray *reply, int timeoutMs)
{
    if (!m_handle)
        return ReaderError::make(ReaderErrorCode::Disconnected, u"not open"_s);
    const QDeadlineTimer deadline(timeoutMs);
    m_frames.clear();
    QByteArray out = request;
    int sent = 0;
    if (ReaderError e = transfer(m_endpointOut, m_outIsInterrupt, reinterpret_cast<unsigned char *>(out.data()),
                                 int(out.size()), &sent, timeoutMs))
        return e;
    if (sent != out.size())
        return ReaderError::make(ReaderErrorCode::IoError, u"sent %1 of %2 bytes"_s.arg(sent).arg(out.size()));
    QByteArray packet(m_packetSize, Qt::Uninitialized);
    while (!m_frames.takeFrame(reply)) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            return ReaderError::make(ReaderErrorCode::Timeout, u"no complete reply in %1 ms"_s.arg(timeoutMs));
        int got = 0;
        if (ReaderError e = transfer(m_endpointIn, m_inIsInterrupt, reinterpret_cast<unsigned char *>(packet.data()),
                                     m_packetSize, &got, int(std::max<qint64>(1, left))))
            return e;
        m_frames.append(packet.left(got));
    }
    return ReaderError::none();
}

} // namespace hallq::idcard
