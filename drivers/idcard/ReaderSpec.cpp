#include "idcard/ReaderSpec.h"

using namespace Qt::StringLiterals;

namespace hallq::idcard {

ReaderSpec ReaderSpec::parse(QStringView text, QString *error)
{
    auto bad = [&](const QString &why) {
        if (error)
            *error = u"--reader %1: %2"_s.arg(text.toString(), why);
        return ReaderSpec{};
    };
    if (error)
        error->clear();
    const QString t = text.trimmed().toString();
    ReaderSpec spec;
    if (t.isEmpty())
        return spec;
    if (t == u"usb") {
        spec.kind = Kind::Usb;
        spec.usbIds = UsbId::defaults();
        return spec;
    }
    if (t.startsWith(u"usb:")) {
        spec.kind = Kind::Usb;
        for (const QString &pair : t.mid(4).split(u',')) {
            const QStringList parts = pair.split(u':');
            bool okV = false, okP = false;
            const uint vendor = parts.value(0).toUInt(&okV, 16);
            const uint product = parts.value(1).toUInt(&okP, 16);
            if (parts.size() != 2 || !okV || !okP || parts[0].size() != 4 || parts[1].size() != 4)
                return bad(u"expected usb:VID:PID with 4 hex digits each, e.g. usb:0400:C35A"_s);
            spec.usbIds.append(UsbId{quint16(vendor), quint16(product)});
        }
        return spec;
    }
    if (t.startsWith(u"serial:")) {
        spec.kind = Kind::Serial;
        spec.path = t.mid(7);
        if (!spec.path.startsWith(u'/'))
            return bad(u"serial: needs an absolute device path, e.g. serial:/dev/ttyUSB0"_s);
        return spec;
    }
    if (t == u"simulated" || t.startsWith(u"simulated:")) {
        spec.kind = Kind::Simulated;
        spec.path = t.mid(10);
        return spec;
    }
    return bad(u"expected usb[:VID:PID], serial:<device path> or simulated:<file>"_s);
}

QString ReaderSpec::toString() const
{
    switch (kind) {
    case Kind::None: return QString();
    case Kind::Usb: {
        QStringList ids;
        for (const UsbId &id : usbIds)
            ids.append(id.toString());
        return u"usb:"_s + ids.join(u',');
    }
    case Kind::Serial: return u"serial:"_s + path;
    case Kind::Simulated: return path.isEmpty() ? u"simulated"_s : u"simulated:"_s + path;
    }
    return QString();
}

} // namespace hallq::idcard
