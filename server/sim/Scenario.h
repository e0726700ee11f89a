#pragma once

#include "engine/HallConfig.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace hallq::sim {

// One simulated hall day (or run of workdays), as read from a scenario file
// in resources/scenarios/ (see docs/simulator.md for every field).
struct Scenario
{
    struct RatePoint
    {
        QTime at;
        double rate = 0; // relative arrival rate; linear between points
    };
    struct ServiceMix
    {
        QString id;
        double share = 0;          // of all arrivals
        double meanSeconds = 300;  // handling time (serving → finish), lognormal
        double cv = 0.8;
    };
    struct Staffing
    {
        QList<int> windows;
        QList<engine::TimeRange> hours; // staffed stretches of the day, local time
    };

    QString name;
    QString file;             // where it was read from
    QString hallFile;         // resolved path of the hall configuration
    QDate date;               // first day (skips days off)
    int days = 1;
    quint64 seed = 1;
    int ticketsPerDay = 0;    // expected arrivals
    QList<RatePoint> arrivalCurve;
    QList<ServiceMix> services;
    double greenShare = 0;        // of arrivals at services with a green channel
    double appointmentShare = 0;  // of arrivals at services that take appointments
    double noShowRate = 0;        // holder not there when called, whatever the wait
    double patienceMinutes = 0;   // mean patience (exponential); 0 = everyone waits
    double recallShare = 0;       // present but needs one recall
    double transferShare = 0;     // finished cases sent on to `transferTo`
    QString transferTo;
    double walkSecondsMin = 15;   // called → at the counter
    double walkSecondsMax = 60;
    int recallIntervalSeconds = 30;
    int callGapSeconds = 5;       // between leaving one case and calling the next
    QList<Staffing> staffing;
    double pausesPerWindowHour = 0; // short pauses (meeting, other), Poisson
    double pauseMeanMinutes = 8;
    bool drainAtClose = true;       // staff serve out the queue after the last session
};

} // namespace hallq::sim
