#pragma once

#include "engine/EngineError.h"
#include "engine/HallConfig.h"
#include "engine/SequenceCounter.h"

#include <QList>
#include <map>
#include <utility>

namespace hallq::engine {

// Ticket numbers per service per business day, from SequenceCounter rows and
// never from counting tickets: a cancelled or purged ticket can never make a
// number come round again.
class TicketNumbering
{
public:
    void clear();
    void restore(const QList<SequenceCounter> &counters);
    QList<SequenceCounter> all() const; // by service, then day

    // The counter row after issuing one more ticket, or sold_out. Does not
    // store it: the caller put()s it once the whole operation is valid.
    Result<SequenceCounter> next(const ServiceConfig &service, const QDate &businessDay) const;
    void put(const SequenceCounter &counter);

    // prefix + sequence zero-padded to 3 digits, or as many as numberMax has.
    static QString format(const ServiceConfig &service, int sequence);

private:
    std::map<std::pair<QString, QDate>, SequenceCounter> m_counters;
};

} // namespace hallq::engine
