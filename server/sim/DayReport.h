#pragma once

#include "engine/HallConfig.h"
#include "sim/DaySimulation.h"
#include "sim/Distribution.h"
#include "sim/EstimateEvaluation.h"

#include <QList>
#include <QString>

namespace hallq::sim {

// The figures of one simulated day: per service and for the hall, as a table
// for people and as CSV rows for spreadsheets.
struct DayReport
{
    struct Row
    {
        QString service; // "all" for the hall
        int issued = 0;
        int served = 0;
        int noShow = 0;
        int abandoned = 0;
        int unserved = 0;   // never called (their windows closed)
        int turnedAway = 0; // refused at the kiosk (outside hours, sold out)
        Distribution wait;      // seconds, issue → first call
        Distribution handling;  // seconds, serving → finish
        EstimateEvaluation estimates;
    };
    struct LongWait
    {
        QString number;
        QString service;
        double minutes = 0;
        QString issuedAt; // local HH:MM
    };

    QDate day;
    QList<Row> rows; // services in hall order, then "all"
    QList<LongWait> longest;
    double utilisation = 0;    // busy ÷ staffed over all windows
    double minUtilisation = 0; // least busy staffed window
    double maxUtilisation = 0;
    int windowsStaffed = 0;
    int backendFailures = 0;

    static DayReport build(const DayOutcome &day, const engine::HallConfig &hall);
    QString table() const;
    static QString csvHeader();
    QString csvRows() const;
};

} // namespace hallq::sim
