#pragma once

#include "protocol/Requests.h"

namespace hallq::test {

// Short ways to build the requests the integration tests send over and over.
template <class Command>
Command at(int window)
{
    Command c;
    c.window = window;
    return c;
}

template <class Command>
Command at(int window, qint64 ticketId)
{
    Command c;
    c.window = window;
    c.ticketId = ticketId;
    return c;
}

inline protocol::TicketIssueRequest issueOf(const QString &serviceId)
{
    protocol::TicketIssueRequest r;
    r.serviceId = serviceId;
    return r;
}

template <class Ref>
Ref ticketRef(qint64 id)
{
    Ref r;
    r.ticketId = id;
    return r;
}

} // namespace hallq::test
