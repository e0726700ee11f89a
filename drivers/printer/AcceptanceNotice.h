#pragma once

#include <QDate>

#include "printer/NoticeCommon.h"

namespace hallq::printer {

// 业务受理通知单: the application was accepted (regulation art. 18).
struct AcceptanceNotice
{
    NoticeCommon common;
    QString caseType;            // 即办件 / 承诺件 / 上报件 / 联办件
    int promisedWorkingDays = 0; // 承诺办结时限; 0 with 即办件
    QDate promisedDate;          // optional: the date it will be ready
    QStringList receivedMaterials;
    QString pickupMethod;        // 统一窗口出件 / 邮寄
};

} // namespace hallq::printer
