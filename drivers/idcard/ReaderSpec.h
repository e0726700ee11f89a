#pragma once

#include <QList>
#include <QString>

#include "idcard/UsbId.h"

namespace hallq::idcard {

// Which reader an app uses, from its config or `--reader`:
//   usb                      the default VID:PIDs (0400:C35A, 0316:5020)
//   usb:VID:PID[,VID:PID…]   hex ids
//   serial:<device path>     any tty (/dev/ttyUSB0, a pseudo-terminal…), 115200 8N1
//   simulated:<file>         SIMULATED: identity from a JSON file
//   simulated                SIMULATED: keyboard entry only
//   (empty)                  no reader
struct ReaderSpec
{
    enum class Kind { None, Usb, Serial, Simulated };

    Kind kind = Kind::None;
    QList<UsbId> usbIds; // Usb
    QString path;        // Serial: device; Simulated: file (may be empty)
    qint32 baudRate = 115200;

    // Empty → None; malformed → None with *error set.
    static ReaderSpec parse(QStringView text, QString *error);
    QString toString() const;
    bool isSimulated() const { return kind == Kind::Simulated; }
};

} // namespace hallq::idcard
