#pragma once

#include <QDate>
#include <QMap>
#include <QSet>
#include <QString>

namespace hallq::config {

// One calendar file: a year's statutory holidays and make-up workdays (调休).
struct CalendarYear
{
    int year = 0;
    QSet<QDate> holidays;
    QSet<QDate> makeUpWorkdays;
    QMap<QDate, QString> holidayNames;
};

} // namespace hallq::config
