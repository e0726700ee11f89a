#ifdef HALLQ_HAVE_UMOCKDEV
// glib first: its headers use identifiers Qt defines as macros.
#include <umockdev.h>

#include "UmockdevReader.h"

#include <atomic>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <deque>
#include <functional>
#include <future>
#include <thread>

#include <linux/usbdevice_fs.h>
#include <sys/ioctl.h>

using namespace Qt::StringLiterals;

namespace hallq::test {
namespace {

constexpr char kSysPath[] = "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2";
constexpr char kDevNode[] = "/dev/bus/usb/001/002";
constexpr char kDescriptors[] = "120100020000004000045AC30001010203010902200001010080320904000002FF00000007050102"
                                "40000007058102400000";

} // namespace

struct UmockdevReader::Private
{
    FakeSam &sam;
    UMockdevTestbed *testbed = nullptr;
    UMockdevIoctlBase *handler = nullptr;
    GMainContext *context = nullptr;
    std::thread loop;
    std::atomic_bool stop{false};
    std::atomic_bool unplugged{false};
    bool attached = false;

    // Touched on the glib thread only.
    std::deque<UMockdevIoctlData *> pendingIn; // IN URBs waiting for bytes
    std::deque<UMockdevIoctlData *> completed; // URBs ready to be reaped
    QByteArray replyBytes;                     // what the SAM said, not yet delivered

    explicit Private(FakeSam &s) : sam(s) {}

    // Runs `f` on the loop thread and waits for it.
    void onLoop(const std::function<void()> &f)
    {
        std::promise<void> done;
        auto call = std::make_pair(&f, &done);
        g_main_context_invoke(
            context,
            [](gpointer data) -> gboolean {
                auto *c = static_cast<std::pair<const std::function<void()> *, std::promise<void> *> *>(data);
                (*c->first)();
                c->second->set_value();
                return G_SOURCE_REMOVE;
            },
            &call);
        done.get_future().wait();
    }

    void deliver()
    {
        while (!pendingIn.empty() && !replyBytes.isEmpty()) {
            UMockdevIoctlData *urbData = pendingIn.front();
            pendingIn.pop_front();
            auto *urb = reinterpret_cast<usbdevfs_urb *>(urbData->data);
            const int n = int(std::min<qsizetype>(urb->buffer_length, replyBytes.size()));
            // In-process: the URB's buffer address is ours.
            std::memcpy(urb->buffer, replyBytes.constData(), size_t(n));
            replyBytes.remove(0, n);
            urb->actual_length = n;
            urb->status = 0;
            completed.push_back(urbData);
        }
    }

    gboolean handle(UMockdevIoctlClient *client)
    {
        const gulong request = umockdev_ioctl_client_get_request(client);
        UMockdevIoctlData *arg = umockdev_ioctl_client_get_arg(client);
        if (unplugged) {
            dropUrbs(); // they died with the device
            umockdev_ioctl_client_complete(client, -1, ENODEV);
            return TRUE;
        }
        switch (request) {
        case USBDEVFS_GET_CAPABILITIES: {
            UMockdevIoctlData *caps = umockdev_ioctl_data_resolve(arg, 0, sizeof(guint32), nullptr);
            *reinterpret_cast<guint32 *>(caps->data) = USBDEVFS_CAP_BULK_CONTINUATION | USBDEVFS_CAP_NO_PACKET_SIZE_LIM
                                                      | USBDEVFS_CAP_REAP_AFTER_DISCONNECT | USBDEVFS_CAP_ZERO_PACKET;
            umockdev_ioctl_client_complete(client, 0, 0);
            umockdev_ioctl_data_unref(caps);
            return TRUE;
        }
        case USBDEVFS_CLAIMINTERFACE:
        case USBDEVFS_RELEASEINTERFACE:
        case USBDEVFS_CLEAR_HALT:
        case USBDEVFS_RESET:
        case USBDEVFS_RESETEP:
            umockdev_ioctl_client_complete(client, 0, 0);
            return TRUE;
        case USBDEVFS_GETDRIVER: // no kernel driver bound
            umockdev_ioctl_client_complete(client, -1, ENODATA);
            return TRUE;
        case USBDEVFS_SUBMITURB: {
            UMockdevIoctlData *urbData = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), nullptr);
            auto *urb = reinterpret_cast<usbdevfs_urb *>(urbData->data);
            if (urb->endpoint & 0x80) {
                pendingIn.push_back(urbData);
            } else {
                UMockdevIoctlData *buffer =
                    umockdev_ioctl_data_resolve(urbData, offsetof(usbdevfs_urb, buffer), gsize(urb->buffer_length), nullptr);
                const QByteArray requestBytes(reinterpret_cast<const char *>(buffer->data), buffer->data_len);
                umockdev_ioctl_data_unref(buffer);
                replyBytes += sam.answer(requestBytes);
                urb->actual_length = urb->buffer_length;
                urb->status = 0;
                completed.push_back(urbData);
            }
            deliver();
            umockdev_ioctl_client_complete(client, 0, 0);
            return TRUE;
        }
        case USBDEVFS_REAPURB:
        case USBDEVFS_REAPURBNDELAY: {
            if (completed.empty()) {
                umockdev_ioctl_client_complete(client, -1, EAGAIN);
                return TRUE;
            }
            UMockdevIoctlData *urbData = completed.front();
            completed.pop_front();
            UMockdevIoctlData *ptr = umockdev_ioctl_data_resolve(arg, 0, sizeof(gpointer), nullptr);
            umockdev_ioctl_data_set_ptr(ptr, 0, urbData);
            umockdev_ioctl_client_complete(client, 0, 0);
            umockdev_ioctl_data_unref(ptr);
            umockdev_ioctl_data_unref(urbData);
            return TRUE;
        }
        case USBDEVFS_DISCARDURB: {
            const gulong target = gulong(*reinterpret_cast<void **>(arg->data));
            for (auto it = pendingIn.begin(); it != pendingIn.end(); ++it) {
                if ((*it)->client_addr == target) {
                    reinterpret_cast<usbdevfs_urb *>((*it)->data)->status = -ENOENT;
                    completed.push_back(*it);
                    pendingIn.erase(it);
                    umockdev_ioctl_client_complete(client, 0, 0);
                    return TRUE;
                }
            }
            umockdev_ioctl_client_complete(client, -1, EINVAL);
            return TRUE;
        }
        default:
            return FALSE;
        }
    }

    void dropUrbs()
    {
        for (UMockdevIoctlData *d : pendingIn)
            umockdev_ioctl_data_unref(d);
        for (UMockdevIoctlData *d : completed)
            umockdev_ioctl_data_unref(d);
        pendingIn.clear();
        completed.clear();
        replyBytes.clear();
    }
};

namespace {
gboolean onIoctl(UMockdevIoctlBase *, UMockdevIoctlClient *client, gpointer data)
{
    return static_cast<UmockdevReader::Private *>(data)->handle(client);
}
} // namespace

UmockdevReader::UmockdevReader(FakeSam &sam)
    : d(std::make_unique<Private>(sam))
{
    d->testbed = umockdev_testbed_new();
    d->context = g_main_context_new();
    d->handler = umockdev_ioctl_base_new();
    g_signal_connect(d->handler, "handle-ioctl", G_CALLBACK(onIoctl), d.get());
    d->loop = std::thread([p = d.get()] {
        g_main_context_push_thread_default(p->context);
        while (!p->stop)
            g_main_context_iteration(p->context, TRUE);
        g_main_context_pop_thread_default(p->context);
    });
}

UmockdevReader::~UmockdevReader()
{
    unplug();
    d->stop = true;
    g_main_context_wakeup(d->context);
    d->loop.join();
    d->dropUrbs();
    g_object_unref(d->handler);
    g_object_unref(d->testbed);
    g_main_context_unref(d->context);
}

bool UmockdevReader::plug(QString *error)
{
    GError *gerror = nullptr;
    // The handler serves its socket from the context it is attached in: attach on the loop thread.
    bool attached = false;
    d->onLoop([&] { attached = umockdev_testbed_attach_ioctl(d->testbed, kDevNode, d->handler, &gerror); });
    if (!attached) {
        *error = u"attach_ioctl: %1"_s.arg(QString::fromUtf8(gerror ? gerror->message : "?"));
        g_clear_error(&gerror);
        return false;
    }
    d->attached = true;
    const QByteArray description = QByteArray("P: /devices/pci0000:00/0000:00:14.0/usb1/1-2\n"
                                              "N: bus/usb/001/002=") + kDescriptors + "\n"
                                   "E: DEVNAME=/dev/bus/usb/001/002\nE: DEVTYPE=usb_device\nE: DRIVER=usb\n"
                                   "E: SUBSYSTEM=usb\nE: BUSNUM=001\nE: DEVNUM=002\nE: PRODUCT=400/c35a/100\n"
                                   "A: busnum=1\\n\nA: devnum=2\\n\nA: bConfigurationValue=1\\n\nA: speed=12\\n\n"
                                   "A: idVendor=0400\\n\nA: idProduct=c35a\\n\n"
                                   "H: descriptors=" + kDescriptors + "\n";
    if (!umockdev_testbed_add_from_string(d->testbed, description.constData(), &gerror)) {
        *error = u"add_from_string: %1"_s.arg(QString::fromUtf8(gerror ? gerror->message : "?"));
        g_clear_error(&gerror);
        return false;
    }
    d->unplugged = false;
    return true;
}

void UmockdevReader::unplug()
{
    if (!d->attached)
        return;
    d->unplugged = true;
    umockdev_testbed_remove_device(d->testbed, kSysPath);
    d->onLoop([&] { umockdev_testbed_detach_ioctl(d->testbed, kDevNode, nullptr); });
    d->attached = false;
}

} // namespace hallq::test

#endif // HALLQ_HAVE_UMOCKDEV
