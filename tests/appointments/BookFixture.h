#pragma once

// The rules of the appointment book on the real Chaling hall and the real 2026
// calendar, with a clock the test moves.

#include "appointments/AppointmentBook.h"
#include "config/HallConfigLoader.h"
#include "engine/ManualClock.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

namespace hallq::test {

inline QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}

struct BookFixture
{
    config::LoadedHall hall;
    engine::ManualClock clock{local(2026, 3, 2, 8, 0)}; // a Monday
    int codes = 0;
    std::unique_ptr<appointments::AppointmentBook> book;

    BookFixture()
    {
        const QString source = qEnvironmentVariable("HALLQ_SOURCE_DIR");
        auto loaded = config::HallConfigLoader::load(source + QStringLiteral("/resources/halls/chaling.json"));
        if (auto *errors = std::get_if<config::ConfigErrors>(&loaded))
            FAIL(errors->toString().toStdString());
        hall = std::get<config::LoadedHall>(loaded);
        auto &p = hall.extras.appointments;
        p = config::AppointmentPolicy{};
        p.slotMinutes = 30;
        p.capacity = 2;
        p.minHoursAhead = 2;
        p.maxWorkdaysAhead = 5;
        p.cancelHoursBefore = 2;
        p.lateMinutes = 15;
        hall.config.rules.appointmentEarlyMinutes = 30;
        rebuild();
    }

    // After changing the policy: a fresh book (the book keeps references).
    void rebuild()
    {
        book = std::make_unique<appointments::AppointmentBook>(
            hall.config, hall.extras.appointments, clock, [this] { return QStringLiteral("CODE%1").arg(++codes, 4, 10, QLatin1Char('0')); });
    }

    appointments::AppointmentBook::BookRequest request(const QDateTime &start, const QString &person = QStringLiteral("p1"),
                                                       const QString &service = QStringLiteral("accept")) const
    {
        appointments::AppointmentBook::BookRequest r;
        r.serviceId = service;
        r.slotStart = start;
        r.identityHash = QStringLiteral("hash-") + person;
        r.identityMasked = QStringLiteral("110105********002X");
        r.nameMasked = QStringLiteral("张*");
        r.bookedBy = QStringLiteral("test");
        return r;
    }

    appointments::Booking mustBook(const QDateTime &start, const QString &person = QStringLiteral("p1"),
                                   const QString &service = QStringLiteral("accept"))
    {
        auto outcome = book->book(request(start, person, service));
        if (auto *error = std::get_if<protocol::Error>(&outcome))
            FAIL(error->message.toStdString());
        return std::get<appointments::Booking>(outcome);
    }

    protocol::ErrorCode refusal(const appointments::AppointmentBook::BookRequest &r)
    {
        auto outcome = book->book(r);
        REQUIRE(std::holds_alternative<protocol::Error>(outcome));
        return std::get<protocol::Error>(outcome).code;
    }
};

} // namespace hallq::test
