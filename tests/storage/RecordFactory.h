#pragma once

#include "engine/ChangeSet.h"
#include "storage/DeviceToken.h"
#include "storage/StaffAccount.h"

#include <QDate>

// Hand-made records for the storage tests (the engine is not used here).
// Every field is set to a non-default value derived from the id, so a column
// that is dropped or swapped on the way through the database shows up.
class RecordFactory
{
public:
    explicit RecordFactory(QDate day = QDate(2026, 3, 2)) : m_day(day) {}

    QDate day() const { return m_day; }
    hallq::engine::Ticket ticket(qint64 id, hallq::engine::TicketState state = hallq::engine::TicketState::Serving,
                                 QDate day = {}) const;
    hallq::engine::WindowStatus window(int number) const;
    hallq::engine::Event event(qint64 id, qint64 ticketId) const;
    hallq::engine::SequenceCounter sequence(const QString &serviceId, QDate day, int last) const;
    // What issuing ticket `id` changes: the ticket, its event, its counter.
    hallq::engine::ChangeSet issue(qint64 id) const;

    hallq::storage::StaffAccount staff(const QString &staffId) const;
    hallq::storage::DeviceToken device(const QString &deviceId, const QString &tokenHash) const;

private:
    QDateTime at(qint64 seconds) const; // an instant on m_day, with milliseconds

    QDate m_day;
};
