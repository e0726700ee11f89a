#pragma once

#include <QObject>
#include <QString>

#include "idcard/IdentityCard.h"
#include "idcard/ReaderError.h"

namespace hallq::idcard {

// An ID-card reader as the kiosk sees it. Signals arrive on the thread the
// reader object lives in. One card placed on the reader gives one cardRead;
// lifting it gives cardRemoved.
class IdCardReader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~IdCardReader() override = default;

    // Begins looking for the reader and polling for cards; idempotent.
    virtual void start() = 0;
    // Stops polling and releases the device; idempotent.
    virtual void stop() = 0;
    virtual bool isConnected() const = 0;
    // "USB 0400:c35a", "serial /dev/ttyUSB0", "模拟读卡器 /path" — for logs and the settings screen.
    virtual QString description() const = 0;
    // True for the simulated reader: the UI must label it as simulated.
    virtual bool isSimulated() const { return false; }

Q_SIGNALS:
    void cardRead(const hallq::idcard::IdentityCard &card);
    void cardRemoved();
    void readerConnected(const QString &description);
    void readerDisconnected();
    void error(const hallq::idcard::ReaderError &error);
};

} // namespace hallq::idcard
