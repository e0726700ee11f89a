#include "engine/TicketNumbering.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hallq::engine {

void TicketNumbering::clear()
{
    m_counters.clear();
}

void TicketNumbering::restore(const QList<SequenceCounter> &counters)
{
    clear();
    for (const SequenceCounter &c : counters)
        put(c);
}

QList<SequenceCounter> TicketNumbering::all() const
{
    QList<SequenceCounter> result;
    result.reserve(qsizetype(m_counters.size()));
    for (const auto &[key, counter] : m_counters)
        result.append(counter);
    return result;
}

Result<SequenceCounter> TicketNumbering::next(const ServiceConfig &service, const QDate &businessDay) const
{
    SequenceCounter c{service.id, businessDay, 0, 0};
    if (const auto it = m_counters.find({service.id, businessDay}); it != m_counters.end())
        c = it->second;
    if (c.issued >= service.dailyCap) {
        return EngineError{ErrorCode::SoldOut,
                           u"%1 has issued its daily cap of %2 tickets for %3"_s.arg(
                               service.id, QString::number(service.dailyCap), businessDay.toString(Qt::ISODate))};
    }
    const int sequence = std::max(c.last + 1, service.numberMin);
    if (sequence > service.numberMax) {
        return EngineError{ErrorCode::SoldOut,
                           u"%1 has used its number range up to %2 for %3"_s.arg(
                               service.id, format(service, service.numberMax), businessDay.toString(Qt::ISODate))};
    }
    c.last = sequence;
    ++c.issued;
    return c;
}

void TicketNumbering::put(const SequenceCounter &counter)
{
    m_counters[{counter.serviceId, counter.businessDay}] = counter;
}

QString TicketNumbering::format(const ServiceConfig &service, int sequence)
{
    const int width = std::max(3, int(QString::number(service.numberMax).size()));
    return service.prefix + QString::number(sequence).rightJustified(width, u'0');
}

} // namespace hallq::engine
