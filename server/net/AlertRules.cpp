#include "net/AlertRules.h"

using namespace Qt::StringLiterals;

namespace hallq::net {

namespace {

qint64 minutesBetween(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() ? from.secsTo(to) / 60 : 0;
}

// The wait of a ticket counts from its issue, or from its slot for an appointment checked in early.
QDateTime waitingSince(const engine::Ticket &t)
{
    return t.slotStart.isValid() && t.slotStart > t.issuedAt ? t.slotStart : t.issuedAt;
}

QString levelFor(qint64 minutes, int yellow, int red)
{
    if (minutes >= red)
        return u"red"_s;
    if (minutes >= yellow)
        return u"yellow"_s;
    return {};
}

} // namespace

AlertRules::AlertRules(const engine::Engine &engine, const config::AlertThresholds &thresholds)
    : m_engine(engine), m_thresholds(thresholds)
{
}

QList<AlertCondition> AlertRules::evaluate(const QHash<QString, DeviceState> &deviceStates, const QDateTime &now) const
{
    QList<AlertCondition> out;
    waits(out, now);
    windows(out, now);
    devices(out, deviceStates);
    return out;
}

QString AlertRules::serviceName(const QString &serviceId) const
{
    const auto *service = m_engine.config().service(serviceId);
    return service ? service->name : serviceId;
}

void AlertRules::waits(QList<AlertCondition> &out, const QDateTime &now) const
{
    for (const auto &service : m_engine.config().services) {
        int over = 0;
        qint64 longest = 0;
        QString longestNumber;
        for (const auto &t : m_engine.waitingTickets(service.id)) {
            const qint64 minutes = minutesBetween(waitingSince(t), now);
            if (minutes < m_thresholds.yellowWaitMinutes)
                continue;
            ++over;
            if (minutes > longest) {
                longest = minutes;
                longestNumber = t.number;
            }
        }
        if (over == 0)
            continue;
        const QString level = levelFor(longest, m_thresholds.yellowWaitMinutes, m_thresholds.redWaitMinutes);
        const int limit = level == u"red" ? m_thresholds.redWaitMinutes : m_thresholds.yellowWaitMinutes;
        out.append({u"wait"_s, level, service.id, service.id, 0, {},
                    u"%1：%2 人等候超过 %3 分钟，最久 %4 已等 %5 分钟"_s.arg(service.name).arg(over).arg(limit).arg(
                        longestNumber).arg(longest),
                    u"%1: %2 waiting over %3 min, longest %4 %5 min"_s.arg(service.nameEn).arg(over).arg(limit).arg(
                        longestNumber).arg(longest)});
    }
}

void AlertRules::windows(QList<AlertCondition> &out, const QDateTime &now) const
{
    for (const auto &w : m_engine.windows()) {
        const auto *config = m_engine.config().window(w.number);
        const QString name = config ? config->name : QString();
        const QString subject = QString::number(w.number);
        const qint64 minutes = minutesBetween(w.since, now);
        if (w.state == engine::WindowState::Paused || w.state == engine::WindowState::Idle) {
            const bool paused = w.state == engine::WindowState::Paused;
            const QString level = paused ? levelFor(minutes, m_thresholds.pausedYellowMinutes, m_thresholds.pausedRedMinutes)
                                         : levelFor(minutes, m_thresholds.idleYellowMinutes, m_thresholds.idleRedMinutes);
            if (level.isEmpty())
                continue;
            const int waiting = int(m_engine.waitingForWindow(w.number).size());
            if (waiting == 0)
                continue; // nobody is kept waiting by it
            out.append({paused ? u"window_paused"_s : u"window_idle"_s, level, subject, {}, w.number, {},
                        u"%1 号窗口（%2）%3已 %4 分钟，%5 人在等候"_s.arg(w.number).arg(name,
                                                                          paused ? u"暂停"_s : u"空闲未叫号"_s)
                            .arg(minutes)
                            .arg(waiting),
                        u"Window %1 %2 for %3 min while %4 wait"_s.arg(w.number)
                            .arg(paused ? u"paused"_s : u"idle"_s)
                            .arg(minutes)
                            .arg(waiting)});
        } else if (w.state == engine::WindowState::Serving && w.currentTicket) {
            const auto *t = m_engine.ticket(w.currentTicket);
            if (!t)
                continue;
            const int limit = m_thresholds.handlingLimitFor(t->serviceId);
            const qint64 handling = minutesBetween(t->servingAt, now);
            const QString level = levelFor(handling, limit, 2 * limit);
            if (level.isEmpty())
                continue;
            out.append({u"handling"_s, level, subject, t->serviceId, w.number, {},
                        u"%1 号窗口办理 %2（%3）已 %4 分钟，超过时限 %5 分钟"_s.arg(w.number).arg(t->number,
                                                                                serviceName(t->serviceId))
                            .arg(handling)
                            .arg(limit),
                        u"Window %1 serving %2 for %3 min, limit %4 min"_s.arg(w.number).arg(t->number).arg(handling).arg(
                            limit)});
        }
    }
}

void AlertRules::devices(QList<AlertCondition> &out, const QHash<QString, DeviceState> &states) const
{
    static const QHash<QString, std::pair<QString, QString>> printerText{
        {u"paper_low"_s, {u"打印机纸将用完"_s, u"printer paper low"_s}},
        {u"paper_out"_s, {u"打印机缺纸"_s, u"printer out of paper"_s}},
        {u"offline"_s, {u"打印机离线"_s, u"printer offline"_s}},
        {u"error"_s, {u"打印机故障"_s, u"printer fault"_s}},
    };
    static const QHash<QString, std::pair<QString, QString>> readerText{
        {u"disconnected"_s, {u"身份证读卡器未连接"_s, u"ID-card reader disconnected"_s}},
        {u"error"_s, {u"身份证读卡器故障"_s, u"ID-card reader fault"_s}},
    };
    for (auto it = states.constBegin(); it != states.constEnd(); ++it) {
        const QString label = it->name.isEmpty() ? it.key() : it->name;
        if (const auto text = printerText.constFind(it->printer); text != printerText.constEnd()) {
            const QString level = it->printer == u"paper_low" ? u"yellow"_s : u"red"_s;
            out.append({u"printer"_s, level, it.key(), {}, 0, it.key(), u"自助机 %1 %2"_s.arg(label, text->first),
                        u"Kiosk %1: %2"_s.arg(label, text->second)});
        }
        if (const auto text = readerText.constFind(it->reader); text != readerText.constEnd()) {
            const QString level = it->reader == u"disconnected" ? u"yellow"_s : u"red"_s;
            out.append({u"reader"_s, level, it.key(), {}, 0, it.key(), u"自助机 %1 %2"_s.arg(label, text->first),
                        u"Kiosk %1: %2"_s.arg(label, text->second)});
        }
    }
}

} // namespace hallq::net
