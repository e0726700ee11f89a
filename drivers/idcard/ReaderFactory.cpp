#include "idcard/ReaderFactory.h"

#include "idcard/PollingIdCardReader.h"
#include "idcard/SerialTransport.h"
#include "idcard/SimulatedIdCardReader.h"
#include "idcard/UsbTransport.h"

using namespace Qt::StringLiterals;

namespace hallq::idcard {

std::unique_ptr<IdCardReader> ReaderFactory::create(const ReaderSpec &spec, const PollingOptions &options,
                                                    QObject *parent)
{
    switch (spec.kind) {
    case ReaderSpec::Kind::Usb: {
        const QList<UsbId> ids = spec.usbIds.isEmpty() ? UsbId::defaults() : spec.usbIds;
        return std::make_unique<PollingIdCardReader>([ids] { return std::make_unique<UsbTransport>(ids); },
                                                     UsbTransport(ids).description(), options, parent);
    }
    case ReaderSpec::Kind::Serial: {
        const QString path = spec.path;
        const qint32 baud = spec.baudRate;
        return std::make_unique<PollingIdCardReader>([path, baud] { return std::make_unique<SerialTransport>(path, baud); },
                                                     u"serial %1"_s.arg(path), options, parent);
    }
    case ReaderSpec::Kind::Simulated: return std::make_unique<SimulatedIdCardReader>(spec.path, parent);
    case ReaderSpec::Kind::None: break;
    }
    return nullptr;
}

} // namespace hallq::idcard
