#pragma once

#include <QObject>
#include <QPointer>

namespace hallq::idcard {
class IdCardReader;
struct ReaderError;
class IdentityCard;
} // namespace hallq::idcard

namespace hallq::kiosk {

class KioskController;

// Connects an ID-card reader from the drivers to the kiosk's flow: a card
// read becomes cardRead(number, name) (nothing else of the card goes further:
// no address, no photo), the reader's presence and faults become the
// controller's reader state, a card that cannot be read is said so on screen.
class CardReaderLink : public QObject
{
    Q_OBJECT
public:
    CardReaderLink(idcard::IdCardReader &reader, KioskController &controller, QObject *parent = nullptr);

    static bool isCardProblem(const idcard::ReaderError &error); // the card, not the reader
    static bool isTransient(const idcard::ReaderError &error);   // nothing to report

private:
    void onError(const idcard::ReaderError &error);

    QPointer<idcard::IdCardReader> m_reader;
    KioskController &m_controller;
};

} // namespace hallq::kiosk
