#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hallq::printer {

// Fields both A4 notices carry. applicantIdNumber may be given in full: the
// renderer prints only the masked form (430224********1234).
struct NoticeCommon
{
    QString hallName;          // 茶陵县政务服务中心
    QString noticeNumber;      // 受理编号 / 告知书编号
    QString applicantName;
    QString applicantIdNumber; // printed masked
    QString applicantPhone;    // optional
    QString serviceName;       // 事项名称
    QString department;        // 实施部门
    QString windowName;        // 3号窗口
    QString staffName;         // 经办人
    QString ticketNumber;      // A001, optional
    QString enquiryPhone;      // 咨询电话, optional
    QString statusUrl;         // QR code, optional
    QDateTime issuedAt;
    QStringList notes;         // extra lines under 备注
};

} // namespace hallq::printer
