#include "idcard/ReaderError.h"

using namespace Qt::StringLiterals;

namespace hallq::idcard {

ReaderError ReaderError::fromSamStatus(quint8 sw3)
{
    ReaderErrorCode code = ReaderErrorCode::UnknownStatus;
    switch (sw3) {
    case 0x90:
    case 0x9f: return none();
    case 0x10: code = ReaderErrorCode::SamChecksum; break;
    case 0x11: code = ReaderErrorCode::SamLength; break;
    case 0x21: code = ReaderErrorCode::SamCommand; break;
    case 0x23: code = ReaderErrorCode::NotPermitted; break;
    case 0x24: code = ReaderErrorCode::SamUnknownError; break;
    case 0x31:
    case 0x32: code = ReaderErrorCode::AuthFailed; break;
    case 0x33: code = ReaderErrorCode::VerificationFailed; break;
    case 0x40: code = ReaderErrorCode::UnknownCardType; break;
    case 0x41: code = ReaderErrorCode::ReadFailed; break;
    case 0x47: code = ReaderErrorCode::RandomNumberFailed; break;
    case 0x60: code = ReaderErrorCode::SamSelfTestFailed; break;
    case 0x66: code = ReaderErrorCode::SamNotAuthorised; break;
    case 0x80: code = ReaderErrorCode::NoCard; break;
    case 0x81: code = ReaderErrorCode::SelectFailed; break;
    case 0x91: code = ReaderErrorCode::NoSuchItem; break;
    default: break;
    }
    return ReaderError{code, sw3, u"SAM status %1"_s.arg(sw3, 2, 16, QLatin1Char('0'))};
}

QString ReaderError::key() const
{
    switch (code) {
    case ReaderErrorCode::None: return u"none"_s;
    case ReaderErrorCode::DeviceNotFound: return u"device-not-found"_s;
    case ReaderErrorCode::AccessDenied: return u"access-denied"_s;
    case ReaderErrorCode::Disconnected: return u"disconnected"_s;
    case ReaderErrorCode::Timeout: return u"timeout"_s;
    case ReaderErrorCode::IoError: return u"io-error"_s;
    case ReaderErrorCode::BadHeader: return u"bad-header"_s;
    case ReaderErrorCode::Truncated: return u"truncated"_s;
    case ReaderErrorCode::BadLength: return u"bad-length"_s;
    case ReaderErrorCode::BadChecksum: return u"bad-checksum"_s;
    case ReaderErrorCode::UnexpectedReply: return u"unexpected-reply"_s;
    case ReaderErrorCode::SamChecksum: return u"sam-checksum"_s;
    case ReaderErrorCode::SamLength: return u"sam-length"_s;
    case ReaderErrorCode::SamCommand: return u"sam-command"_s;
    case ReaderErrorCode::NotPermitted: return u"not-permitted"_s;
    case ReaderErrorCode::SamUnknownError: return u"sam-unknown-error"_s;
    case ReaderErrorCode::AuthFailed: return u"auth-failed"_s;
    case ReaderErrorCode::VerificationFailed: return u"verification-failed"_s;
    case ReaderErrorCode::UnknownCardType: return u"unknown-card-type"_s;
    case ReaderErrorCode::ReadFailed: return u"read-failed"_s;
    case ReaderErrorCode::RandomNumberFailed: return u"random-number-failed"_s;
    case ReaderErrorCode::SamSelfTestFailed: return u"sam-self-test-failed"_s;
    case ReaderErrorCode::SamNotAuthorised: return u"sam-not-authorised"_s;
    case ReaderErrorCode::NoCard: return u"no-card"_s;
    case ReaderErrorCode::SelectFailed: return u"select-failed"_s;
    case ReaderErrorCode::NoSuchItem: return u"no-such-item"_s;
    case ReaderErrorCode::UnknownStatus: return u"unknown-status"_s;
    case ReaderErrorCode::BadTextBlock: return u"bad-text-block"_s;
    case ReaderErrorCode::InvalidIdNumber: return u"invalid-id-number"_s;
    case ReaderErrorCode::BirthDateMismatch: return u"birth-date-mismatch"_s;
    case ReaderErrorCode::BadSpec: return u"bad-spec"_s;
    case ReaderErrorCode::SimulatedFileError: return u"simulated-file-error"_s;
    }
    return u"unknown"_s;
}

QString ReaderError::message() const
{
    switch (code) {
    case ReaderErrorCode::None: return QString();
    case ReaderErrorCode::DeviceNotFound: return u"未检测到身份证读卡器"_s;
    case ReaderErrorCode::AccessDenied: return u"无权限访问身份证读卡器"_s;
    case ReaderErrorCode::Disconnected: return u"身份证读卡器已断开"_s;
    case ReaderErrorCode::Timeout: return u"读卡器无响应"_s;
    case ReaderErrorCode::NoCard: return u"请将身份证放在读卡区"_s;
    case ReaderErrorCode::UnknownCardType: return u"无法识别的卡片，请使用二代身份证"_s;
    case ReaderErrorCode::InvalidIdNumber:
    case ReaderErrorCode::BirthDateMismatch: return u"身份证信息校验失败，请到人工窗口办理"_s;
    case ReaderErrorCode::BadSpec:
    case ReaderErrorCode::SimulatedFileError: return u"读卡器配置错误"_s;
    case ReaderErrorCode::SelectFailed:
    case ReaderErrorCode::ReadFailed:
    case ReaderErrorCode::AuthFailed:
    case ReaderErrorCode::VerificationFailed:
    case ReaderErrorCode::RandomNumberFailed:
    case ReaderErrorCode::NoSuchItem:
    case ReaderErrorCode::BadHeader:
    case ReaderErrorCode::Truncated:
    case ReaderErrorCode::BadLength:
    case ReaderErrorCode::BadChecksum:
    case ReaderErrorCode::UnexpectedReply:
    case ReaderErrorCode::BadTextBlock: return u"读卡失败，请重新放置身份证"_s;
    case ReaderErrorCode::IoError:
    case ReaderErrorCode::SamChecksum:
    case ReaderErrorCode::SamLength:
    case ReaderErrorCode::SamCommand:
    case ReaderErrorCode::NotPermitted:
    case ReaderErrorCode::SamUnknownError:
    case ReaderErrorCode::SamSelfTestFailed:
    case ReaderErrorCode::SamNotAuthorised:
    case ReaderErrorCode::UnknownStatus: return u"读卡器故障，请联系工作人员"_s;
    }
    return u"读卡失败"_s;
}

} // namespace hallq::idcard
