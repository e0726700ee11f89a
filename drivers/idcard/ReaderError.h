#pragma once

#include <QMetaType>
#include <QString>

namespace hallq::idcard {

// Every way reading a card can fail. SAM status codes (SW3 of a reply) map
// one to one; the rest come from the transport, the frame or the card's content.
enum class ReaderErrorCode {
    None,
    // transport
    DeviceNotFound,   // no reader with a configured VID:PID / the serial port does not exist
    AccessDenied,     // permission denied opening the device
    Disconnected,     // the reader went away mid-operation
    Timeout,          // no (complete) reply in time
    IoError,          // any other transport failure
    // frame
    BadHeader,        // not AA AA AA 96 69
    Truncated,        // fewer bytes than the length field announces
    BadLength,        // length field impossible (too small, too large, or trailing bytes)
    BadChecksum,      // XOR mismatch in a reply
    UnexpectedReply,  // a well-formed reply of the wrong shape for the command
    // SAM status (SW3)
    SamChecksum,      // 0x10 the SAM saw a bad checksum in our request
    SamLength,        // 0x11
    SamCommand,       // 0x21 unknown command
    NotPermitted,     // 0x23
    SamUnknownError,  // 0x24
    AuthFailed,       // 0x31, 0x32 card/SAM mutual authentication
    VerificationFailed, // 0x33
    UnknownCardType,  // 0x40
    ReadFailed,       // 0x41
    RandomNumberFailed, // 0x47
    SamSelfTestFailed,  // 0x60
    SamNotAuthorised,   // 0x66
    NoCard,           // 0x80 find card failed (no card on the reader)
    SelectFailed,     // 0x81
    NoSuchItem,       // 0x91 e.g. no fingerprint on the card
    UnknownStatus,    // an SW3 this table does not know
    // content
    BadTextBlock,     // not 256 bytes / fields unreadable
    InvalidIdNumber,  // check digit (GB 11643) wrong or not 18 characters
    BirthDateMismatch, // the number's birth date is not the card's birth date
    // configuration
    BadSpec,          // --reader text not understood
    SimulatedFileError, // the simulated reader's file is missing or malformed
};

struct ReaderError
{
    ReaderErrorCode code = ReaderErrorCode::None;
    int samStatus = -1;   // SW3 when the error came from the SAM, else -1
    QString detail;       // technical, never contains personal data

    bool isError() const { return code != ReaderErrorCode::None; }
    explicit operator bool() const { return isError(); }
    // "no-card", "bad-checksum", … stable keywords for logs.
    QString key() const;
    // A short Chinese sentence for the kiosk ("请将身份证放在读卡区").
    QString message() const;

    static ReaderError none() { return {}; }
    static ReaderError make(ReaderErrorCode code, QString detail = QString())
    {
        return ReaderError{code, -1, std::move(detail)};
    }
    // SW3 → error (None for 0x90 and 0x9F).
    static ReaderError fromSamStatus(quint8 sw3);
};

} // namespace hallq::idcard

Q_DECLARE_METATYPE(hallq::idcard::ReaderError)
