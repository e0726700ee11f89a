#pragma once

#include <QFileSystemWatcher>

#include "idcard/IdCardReader.h"

namespace hallq::idcard {

// SIMULATED reader for machines without one. The identity comes from a small
// JSON file (see docs/drivers.md); writing the file again "places" a card,
// deleting it "lifts" the card. present()/lift() do the same from code (the
// kiosk's dev-mode keyboard entry). Cards are validated like real ones and
// carry simulated = true; every read is logged as simulated.
class SimulatedIdCardReader : public IdCardReader
{
    Q_OBJECT
public:
    explicit SimulatedIdCardReader(const QString &path = QString(), QObject *parent = nullptr);

    void start() override;
    void stop() override;
    bool isConnected() const override { return m_running; }
    QString description() const override;
    bool isSimulated() const override { return true; }

    // Places a card (validated: a bad ID number gives error(InvalidIdNumber)).
    void present(IdentityCard card);
    void lift();

    // Reads a card file: {"name","sex":"男|女","nation":"汉" or "01","birthDate":"1990-01-01",
    // "address","idNumber","issuingAuthority","validFrom","validUntil":"2030-01-01|长期"}.
    static ReaderError loadCard(const QString &path, IdentityCard *card);

private:
    void readFile();

    QString m_path;
    QFileSystemWatcher m_watcher;
    bool m_running = false;
    bool m_cardPresent = false;
};

} // namespace hallq::idcard
