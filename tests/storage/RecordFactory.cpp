#include "RecordFactory.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace hallq::engine;
using namespace hallq::storage;

QDateTime RecordFactory::at(qint64 seconds) const
{
    // 08:30 Asia/Shanghai is 00:30 UTC; the engine hands storage UTC instants.
    return QDateTime(m_day, QTime(0, 30), Qt::UTC).addSecs(seconds).addMSecs(seconds % 997);
}

Ticket RecordFactory::ticket(qint64 id, TicketState state, QDate day) const
{
    Ticket t;
    t.id = id;
    t.token = u"tok-%1-Zq9"_s.arg(id);
    t.serviceId = u"consult"_s;
    t.businessDay = day.isValid() ? day : m_day;
    t.sequence = int(id);
    t.number = u"A%1"_s.arg(id, 3, 10, QLatin1Char('0'));
    t.ticketClass = TicketClass::Assisted;
    t.state = state;
    t.issuedAt = at(id);
    t.order = id * 10;
    t.issueOrder = id * 10 - 5;
    t.identityHash = u"hash-%1"_s.arg(id);
    t.identityMasked = u"430224********%1"_s.arg(id % 10000, 4, 10, QLatin1Char('0'));
    t.issuedBy = u"kiosk-1"_s;
    t.slotStart = at(3600 + id);
    t.slotEnd = at(5400 + id);
    t.helper = u"帮办员-%1"_s.arg(id);
    t.targetWindow = 3;
    t.window = 4;
    t.firstWindow = 2;
    t.recallCount = 1;
    t.transferCount = 2;
    t.bypassCount = 5;
    t.calledAt = at(600 + id);
    t.servingAt = at(660 + id);
    t.finishedAt = at(900 + id);
    t.caseType = CaseType::Promised;
    t.outcome = u"accepted"_s;
    t.note = u"材料齐全，转3号窗口"_s;
    return t;
}

WindowStatus RecordFactory::window(int number) const
{
    WindowStatus w;
    w.number = number;
    w.state = WindowState::Paused;
    w.staffId = u"10%1"_s.arg(number, 2, 10, QLatin1Char('0'));
    w.currentTicket = 40 + number;
    w.pauseReason = PauseReason::Meeting;
    w.pauseNote = u"科室会议"_s;
    w.since = at(7200 + number);
    w.openedAt = at(number);
    return w;
}

Event RecordFactory::event(qint64 id, qint64 ticketId) const
{
    Event e;
    e.id = id;
    e.type = EventType::Transferred;
    e.at = at(id);
    e.actor = u"1001"_s;
    e.window = 3;
    e.ticketId = ticketId;
    e.detail = QJsonObject{{u"from"_s, u"consult"_s},
                           {u"to"_s, u"pickup"_s},
                           {u"note"_s, u"联办件"_s},
                           {u"placement"_s, u"front"_s},
                           {u"steps"_s, QJsonArray{1, 2.5, true}}};
    return e;
}

SequenceCounter RecordFactory::sequence(const QString &serviceId, QDate day, int last) const
{
    return SequenceCounter{serviceId, day, last, last + 1};
}

ChangeSet RecordFactory::issue(qint64 id) const
{
    ChangeSet changes;
    Ticket t = ticket(id, TicketState::Waiting);
    Event e = event(id, id);
    e.type = EventType::Issued;
    changes.tickets << t;
    changes.events << e;
    changes.sequences << sequence(t.serviceId, t.businessDay, t.sequence);
    return changes;
}

StaffAccount RecordFactory::staff(const QString &staffId) const
{
    StaffAccount a;
    a.staffId = staffId;
    a.name = u"窗口人员%1"_s.arg(staffId);
    a.departmentId = u"civil-affairs"_s;
    a.roles = {u"counter"_s, u"supervisor"_s};
    a.passwordHash = u"$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"_s;
    a.active = true;
    a.createdAt = at(42);
    return a;
}

DeviceToken RecordFactory::device(const QString &deviceId, const QString &tokenHash) const
{
    DeviceToken d;
    d.deviceId = deviceId;
    d.kind = u"kiosk"_s;
    d.name = u"一楼自助终端"_s;
    d.tokenHash = tokenHash;
    d.revoked = false;
    d.createdAt = at(7);
    return d;
}
