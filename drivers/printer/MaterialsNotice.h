#pragma once

#include <QList>

#include "printer/NoticeCommon.h"

namespace hallq::printer {

struct MissingMaterial
{
    QString name;        // 营业执照副本
    QString requirement; // 原件及复印件一份, optional
};

// 材料补齐一次性告知书: everything missing, told once (一次告知, art. 18).
struct MaterialsNotice
{
    NoticeCommon common;
    QList<MissingMaterial> missingMaterials;
    int supplementWorkingDays = 0; // 0: no deadline stated
};

} // namespace hallq::printer
