#include "net/OnScreenTickets.h"

#include "engine/Engine.h"

using namespace Qt::StringLiterals;

namespace hallq::net {

namespace {

const QHash<QString, std::pair<QString, QString>> &reasonText()
{
    static const QHash<QString, std::pair<QString, QString>> text{
        {u"paper_out"_s, {u"打印机缺纸"_s, u"printer out of paper"_s}},
        {u"printer_offline"_s, {u"打印机离线"_s, u"printer offline"_s}},
        {u"printer_error"_s, {u"打印机故障"_s, u"printer fault"_s}},
        {u"timeout"_s, {u"打印超时"_s, u"print timed out"_s}},
        {u"no_printer"_s, {u"自助机未配打印机"_s, u"kiosk has no printer"_s}},
        {u"cancelled"_s, {u"群众已离开"_s, u"citizen left"_s}},
    };
    return text;
}

} // namespace

QString OnScreenTickets::subjectOf(qint64 ticketId)
{
    return u"ticket:"_s + QString::number(ticketId);
}

void OnScreenTickets::add(const Entry &entry)
{
    m_entries.insert(entry.ticketId, entry);
}

void OnScreenTickets::remove(qint64 ticketId)
{
    m_entries.remove(ticketId);
}

void OnScreenTickets::seed(const QList<storage::AlertRecord> &openAlerts)
{
    for (const auto &alert : openAlerts) {
        if (alert.kind != u"printer"_s || !alert.subject.startsWith(u"ticket:"_s))
            continue;
        bool ok = false;
        const qint64 id = alert.subject.mid(7).toLongLong(&ok);
        if (!ok)
            continue;
        // The message is kept as it was written: only the ticket id matters to the rule.
        m_entries.insert(id, Entry{id, {}, alert.serviceId, {}, alert.deviceId});
    }
}

QList<AlertCondition> OnScreenTickets::conditions(const engine::Engine &engine)
{
    QList<AlertCondition> out;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const engine::Ticket *t = engine.ticket(it->ticketId);
        // Called, served, cancelled, or gone with its day: the citizen no longer needs looking out for.
        if (!t || t->state != engine::TicketState::Waiting) {
            it = m_entries.erase(it);
            continue;
        }
        const auto text = reasonText().value(it->reason, {u"打印失败"_s, u"print failed"_s});
        AlertCondition c;
        c.kind = u"printer"_s;
        c.level = u"yellow"_s;
        c.subject = subjectOf(it->ticketId);
        c.serviceId = t->serviceId;
        c.deviceId = it->deviceId;
        c.message = u"号票 %1 未能打印（%2），群众只有自助机屏幕上的号票，请留意"_s.arg(t->number, text.first);
        c.messageEn = u"Ticket %1 was not printed (%2): the citizen has it on the kiosk screen only"_s.arg(
            t->number, text.second);
        out.append(c);
        ++it;
    }
    return out;
}

} // namespace hallq::net
