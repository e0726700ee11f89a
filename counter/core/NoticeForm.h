#pragma once

#include "printer/MaterialsNotice.h"

#include <QStringList>

namespace hallq::counter {

// What staff fill in before printing one of the two A4 notices for the
// ticket in service: 《业务受理通知单》 or 《材料补齐一次性告知书》.
struct NoticeForm
{
    enum class Kind { Acceptance, Materials };

    Kind kind = Kind::Acceptance;
    QString applicantName;  // typed by staff: the server never keeps names
    QString applicantPhone; // optional
    // Acceptance
    QString caseType = QStringLiteral("promised"); // wire name
    int promisedWorkingDays = 0;
    QStringList receivedMaterials;
    QString pickupMethod;
    // Materials
    QList<printer::MissingMaterial> missingMaterials;
    int supplementWorkingDays = 0;
    QStringList notes;
};

} // namespace hallq::counter
