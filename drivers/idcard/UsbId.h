#pragma once

#include <QList>
#include <QString>

namespace hallq::idcard {

struct UsbId
{
    quint16 vendor = 0;
    quint16 product = 0;

    QString toString() const
    {
        return QStringLiteral("%1:%2").arg(vendor, 4, 16, QLatin1Char('0')).arg(product, 4, 16, QLatin1Char('0'));
    }
    friend bool operator==(const UsbId &, const UsbId &) = default;

    // The readers seen in halls: 0400:C35A and 0316:5020.
    static QList<UsbId> defaults() { return {{0x0400, 0xc35a}, {0x0316, 0x5020}}; }
};

} // namespace hallq::idcard
