#include "printer/PrintFailure.h"

using namespace Qt::StringLiterals;

namespace hallq::printer {

QString printFailureKey(PrintFailure failure)
{
    switch (failure) {
    case PrintFailure::None: return u"none"_s;
    case PrintFailure::PaperOut: return u"paper-out"_s;
    case PrintFailure::Offline: return u"offline"_s;
    case PrintFailure::DoorOpen: return u"door-open"_s;
    case PrintFailure::Stopped: return u"stopped"_s;
    case PrintFailure::Timeout: return u"timeout"_s;
    case PrintFailure::NoSuchPrinter: return u"no-such-printer"_s;
    case PrintFailure::NotAccepting: return u"not-accepting"_s;
    case PrintFailure::Aborted: return u"aborted"_s;
    case PrintFailure::Cancelled: return u"cancelled"_s;
    case PrintFailure::Held: return u"held"_s;
    case PrintFailure::Unreachable: return u"unreachable"_s;
    case PrintFailure::Rejected: return u"rejected"_s;
    case PrintFailure::IoError: return u"io-error"_s;
    }
    return u"unknown"_s;
}

QString printFailureMessage(PrintFailure failure)
{
    switch (failure) {
    case PrintFailure::None: return u"打印完成"_s;
    case PrintFailure::PaperOut: return u"打印机缺纸"_s;
    case PrintFailure::Offline: return u"打印机离线"_s;
    case PrintFailure::DoorOpen: return u"打印机舱门未关好"_s;
    case PrintFailure::Stopped: return u"打印机已暂停"_s;
    case PrintFailure::Timeout: return u"打印超时"_s;
    case PrintFailure::NoSuchPrinter: return u"未找到打印机"_s;
    case PrintFailure::NotAccepting: return u"打印机暂不接受任务"_s;
    case PrintFailure::Aborted: return u"打印任务被中止"_s;
    case PrintFailure::Cancelled: return u"打印任务已取消"_s;
    case PrintFailure::Held: return u"打印任务被挂起"_s;
    case PrintFailure::Unreachable: return u"无法连接打印服务"_s;
    case PrintFailure::Rejected: return u"打印服务拒绝了任务"_s;
    case PrintFailure::IoError: return u"写入打印文件失败"_s;
    }
    return u"打印失败"_s;
}

} // namespace hallq::printer
