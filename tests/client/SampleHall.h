#pragma once

#include "protocol/Shapes.h"

// Small hand-made hall data for the client tests.
namespace hallq::client::test {

inline protocol::ServiceInfo service(const QString &id, const QString &prefix, bool open = true)
{
    protocol::ServiceInfo s;
    s.id = id;
    s.name = QStringLiteral("服务 %1").arg(id);
    s.nameEn = QStringLiteral("Service %1").arg(id);
    s.prefix = prefix;
    s.departmentId = QStringLiteral("dept");
    s.open = open;
    return s;
}

inline protocol::QueueInfo queue(const QString &serviceId, int waiting, int estimate = -1)
{
    protocol::QueueInfo q;
    q.serviceId = serviceId;
    q.waiting = waiting;
    q.estimatedWaitSeconds = estimate;
    return q;
}

inline protocol::WindowInfo window(int number, const QString &state = QStringLiteral("idle"))
{
    protocol::WindowInfo w;
    w.number = number;
    w.name = QStringLiteral("%1 号窗口").arg(number);
    w.nameEn = QStringLiteral("Window %1").arg(number);
    w.state = state;
    w.since = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    return w;
}

inline protocol::CallInfo call(qint64 ticketId, const QString &number, int window, const QDateTime &at,
                               int recall = 0)
{
    protocol::CallInfo c;
    c.ticketId = ticketId;
    c.ticketNumber = number;
    c.serviceId = QStringLiteral("A");
    c.window = window;
    c.windowName = QStringLiteral("%1 号窗口").arg(window);
    c.recall = recall;
    c.at = at;
    return c;
}

inline protocol::HallSnapshot snapshot(const QString &epoch, const QDateTime &now)
{
    protocol::HallSnapshot s;
    s.hallId = QStringLiteral("chaling");
    s.hallName = QStringLiteral("茶陵县政务服务中心");
    s.hallNameEn = QStringLiteral("Chaling County Service Center");
    s.serverTime = now;
    s.epoch = epoch;
    s.services = {service(QStringLiteral("A"), QStringLiteral("A")), service(QStringLiteral("B"), QStringLiteral("B"))};
    s.queues = {queue(QStringLiteral("A"), 4, 600), queue(QStringLiteral("B"), 1, 120)};
    s.windows = {window(3, QStringLiteral("serving")), window(1)};
    s.recentCalls = {call(1, QStringLiteral("A001"), 1, now.addSecs(-120)),
                     call(2, QStringLiteral("A002"), 3, now.addSecs(-60))};
    return s;
}

} // namespace hallq::client::test
