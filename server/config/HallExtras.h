#pragma once

#include "config/AppointmentPolicy.h"
#include "config/ServiceGuide.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hallq::config {

// Parts of a hall file that the engine does not use: the server, kiosk,
// display and supervisor views read them from here. Defaults are the values
// used when a hall file leaves a field out.

// Supervisor alerts (红黄牌): a ticket waiting longer than this turns yellow / red.
struct AlertThresholds
{
    int yellowWaitMinutes = 30;
    int redWaitMinutes = 60;
    // A window paused / idle this long while tickets wait for its services.
    int pausedYellowMinutes = 20;
    int pausedRedMinutes = 40;
    int idleYellowMinutes = 5;
    int idleRedMinutes = 15;
    // A ticket served longer than its service's limit turns yellow, twice the limit red.
    int handlingLimitMinutes = 30;
    QMap<QString, int> serviceHandlingLimitMinutes; // service id -> minutes, overrides the default
    int checkSeconds = 15; // how often the server looks

    int handlingLimitFor(const QString &serviceId) const
    {
        return serviceHandlingLimitMinutes.value(serviceId, handlingLimitMinutes);
    }
};

// 绿色通道 (art. 26): who is eligible and which window type serves it first.
struct GreenChannelPolicy
{
    QString windowType = QStringLiteral("green");
    int elderlyAge = 60; // 老年人权益保障法: 60 and over; read from the ID card
    QStringList groups;  // 老、弱、病、残、孕、军, shown on the kiosk
};

// What the 24-hour kiosk offers while the hall is closed. Whether it may issue
// a ticket is per service (ServiceConfig::issueOutsideHours).
struct KioskOutsideHours
{
    bool showGuides = true;
    bool appointmentCheckIn = false;
    QString message;
    QString messageEn;
};

struct KioskPolicy
{
    KioskOutsideHours outsideHours;
    int idleTimeoutSeconds = 120; // back to the start screen; generous for the elderly
};

struct HallExtras
{
    QStringList calendarFiles;          // absolute paths, as listed in calendar.files
    QList<int> calendarYears;           // years the calendar files cover
    QMap<QDate, QString> holidayNames;  // every holiday date -> 春节, 国庆节, ...
    QStringList notices;                // 政务公开 texts for the hall board
    AlertThresholds alerts;
    GreenChannelPolicy greenChannel;
    KioskPolicy kiosk;
    AppointmentPolicy appointments; // the `appointments` section (AppointmentPolicy.h)
    QList<ServiceGuide> guides;         // 办事指南, by service (GuideReader)
};

} // namespace hallq::config
