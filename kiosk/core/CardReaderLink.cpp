#include "core/CardReaderLink.h"

#include "core/KioskController.h"
#include "core/KioskLog.h"

#include "idcard/IdCardReader.h"

namespace hallq::kiosk {

using idcard::ReaderErrorCode;

CardReaderLink::CardReaderLink(idcard::IdCardReader &reader, KioskController &controller, QObject *parent)
    : QObject(parent), m_reader(&reader), m_controller(controller)
{
    connect(&reader, &idcard::IdCardReader::cardRead, this, [this](const idcard::IdentityCard &card) {
        m_controller.setReaderState(KioskController::ReaderState::Connected);
        m_controller.cardRead(card.idNumber, card.name);
    });
    connect(&reader, &idcard::IdCardReader::cardRemoved, this, [this] { m_controller.cardRemoved(); });
    connect(&reader, &idcard::IdCardReader::readerConnected, this,
            [this] { m_controller.setReaderState(KioskController::ReaderState::Connected); });
    connect(&reader, &idcard::IdCardReader::readerDisconnected, this,
            [this] { m_controller.setReaderState(KioskController::ReaderState::Disconnected); });
    connect(&reader, &idcard::IdCardReader::error, this, &CardReaderLink::onError);
    m_controller.setReaderSimulated(reader.isSimulated());
    m_controller.setReaderState(reader.isConnected() ? KioskController::ReaderState::Connected
                                                     : KioskController::ReaderState::Disconnected);
}

bool CardReaderLink::isCardProblem(const idcard::ReaderError &error)
{
    switch (error.code) {
    case ReaderErrorCode::ReadFailed:
    case ReaderErrorCode::SelectFailed:
    case ReaderErrorCode::UnknownCardType:
    case ReaderErrorCode::AuthFailed:
    case ReaderErrorCode::VerificationFailed:
    case ReaderErrorCode::BadTextBlock:
    case ReaderErrorCode::InvalidIdNumber:
    case ReaderErrorCode::BirthDateMismatch:
        return true;
    default:
        return false;
    }
}

bool CardReaderLink::isTransient(const idcard::ReaderError &error)
{
    return error.code == ReaderErrorCode::None || error.code == ReaderErrorCode::NoCard;
}

void CardReaderLink::onError(const idcard::ReaderError &error)
{
    if (isTransient(error))
        return;
    if (isCardProblem(error)) {
        qCInfo(lcKiosk) << "card could not be read:" << error.key();
        m_controller.cardUnreadable();
        return;
    }
    qCWarning(lcKiosk) << "card reader fault:" << error.key() << error.detail;
    m_controller.setReaderState(error.code == ReaderErrorCode::Disconnected ||
                                        error.code == ReaderErrorCode::DeviceNotFound
                                    ? KioskController::ReaderState::Disconnected
                                    : KioskController::ReaderState::Failing,
                                error.message());
}

} // namespace hallq::kiosk
