#pragma once

#include <QString>
#include <QStringList>

namespace hallq::config {

// 办事指南 of one service as the hall file states it (regulation art. 5, 7:
// a standard guide per service, free to download, "一次告知"). The kiosk shows
// it; `url` is where the full guide is downloaded (its QR code).
struct ServiceGuide
{
    QString serviceId;
    QStringList materials;   // 申请材料, one item each
    QStringList materialsEn; // empty: the kiosk shows the Chinese list in English mode too
    QString timeLimit;       // 办理时限
    QString timeLimitEn;
    QString fees;            // 收费标准
    QString feesEn;
    QString window;          // 办理窗口
    QString windowEn;
    QString url;             // http(s) link to the full guide; empty: none
};

} // namespace hallq::config
