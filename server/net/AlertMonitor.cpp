#include "net/AlertMonitor.h"

#include "net/HallCore.h"
#include "net/NetLog.h"
#include "storage/AlertStore.h"
#include "storage/StorageError.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hallq::net {

namespace {

QString keyOf(const storage::AlertRecord &r)
{
    return r.kind + u'|' + r.subject;
}

std::optional<QDateTime> optionalTime(const QDateTime &t)
{
    return t.isValid() ? std::optional(t) : std::nullopt;
}

} // namespace

AlertMonitor::AlertMonitor(HallCore &core, storage::AlertStore &store, config::AlertThresholds thresholds,
                           QObject *parent)
    : QObject(parent), m_core(core), m_store(store), m_thresholds(std::move(thresholds))
{
    connect(&m_timer, &QTimer::timeout, this, &AlertMonitor::evaluate);
}

void AlertMonitor::start()
{
    try {
        m_lastId = m_store.lastId();
        for (const auto &record : m_store.list(true, 100000))
            m_open.insert(keyOf(record), record);
    } catch (const storage::StorageError &e) {
        qCWarning(lcNet) << "alerts: cannot load the open alerts:" << e.message();
    }
    evaluate();
    m_timer.start(m_thresholds.checkSeconds * 1000);
}

QDateTime AlertMonitor::now() const
{
    return m_core.engine().clock().now();
}

protocol::AlertInfo AlertMonitor::toInfo(const storage::AlertRecord &r)
{
    protocol::AlertInfo a;
    a.id = r.id;
    a.kind = r.kind;
    a.level = r.level;
    a.subject = r.subject;
    a.serviceId = r.serviceId;
    a.window = r.window;
    a.deviceId = r.deviceId;
    a.message = r.message;
    a.messageEn = r.messageEn;
    a.raisedAt = r.raisedAt;
    a.resolvedAt = optionalTime(r.resolvedAt);
    a.acknowledgedAt = optionalTime(r.acknowledgedAt);
    a.acknowledgedBy = r.acknowledgedBy;
    a.ackNote = r.ackNote;
    return a;
}

bool AlertMonitor::store(const storage::AlertRecord &record)
{
    try {
        m_store.save(record);
    } catch (const storage::StorageError &e) {
        qCWarning(lcNet) << "alerts: cannot store alert" << record.id << ":" << e.message();
        return false;
    }
    // After whatever the queue writer holds: the alert never runs ahead of the state it describes.
    m_core.afterPending([this, event = protocol::AlertEvent{toInfo(record)}] {
        m_core.hub().publish(QString(protocol::EventTraits<protocol::AlertEvent>::name()), protocol::encode(event));
    });
    return true;
}

void AlertMonitor::raise(const AlertCondition &c, const QDateTime &now)
{
    storage::AlertRecord r;
    r.id = m_lastId + 1;
    r.kind = c.kind;
    r.level = c.level;
    r.subject = c.subject;
    r.serviceId = c.serviceId;
    r.window = c.window;
    r.deviceId = c.deviceId;
    r.message = c.message;
    r.messageEn = c.messageEn;
    r.raisedAt = now;
    if (!store(r))
        return; // tried again at the next evaluation
    m_lastId = r.id;
    m_open.insert(c.key(), r);
    qCInfo(lcNet) << "alert raised:" << r.id << r.kind << r.level << r.subject;
}

void AlertMonitor::resolve(storage::AlertRecord record, const QDateTime &now)
{
    record.resolvedAt = now;
    if (!store(record))
        return;
    m_open.remove(keyOf(record));
    qCInfo(lcNet) << "alert resolved:" << record.id << record.kind << record.subject;
}

void AlertMonitor::evaluate()
{
    const QDateTime at = now();
    QList<AlertCondition> conditions = AlertRules(m_core.engine(), m_thresholds).evaluate(m_devices, at);
    if (m_onScreen)
        conditions += m_onScreen->conditions(m_core.engine());
    QSet<QString> present;
    for (const AlertCondition &c : conditions) {
        present.insert(c.key());
        const auto open = m_open.constFind(c.key());
        if (open != m_open.constEnd()) {
            // Worse: a new (red) card. Better again: the red one stays until the condition is over.
            if (open->level == c.level || c.level == u"yellow")
                continue;
            resolve(*open, at);
        }
        raise(c, at);
    }
    const QList<storage::AlertRecord> open = m_open.values();
    for (const auto &record : open)
        if (!present.contains(keyOf(record)))
            resolve(record, at);
}

protocol::DeviceStatusReply AlertMonitor::reportDevice(const QString &deviceId, const QString &name,
                                                       const protocol::DeviceStatusRequest &status)
{
    const QDateTime at = now();
    const DeviceState previous = m_devices.value(deviceId);
    m_devices.insert(deviceId, {name, status.printer, status.reader, status.detail, at});
    if (previous.printer != status.printer || previous.reader != status.reader) {
        qCInfo(lcNet) << "device" << deviceId << "printer" << status.printer << "reader" << status.reader;
        evaluate();
    }
    return {deviceId, status.printer, status.reader, at};
}

std::variant<protocol::AlertInfo, protocol::Error> AlertMonitor::acknowledge(qint64 alertId, const QString &staffId,
                                                                             const QString &note)
{
    std::optional<storage::AlertRecord> record;
    try {
        record = m_store.find(alertId);
    } catch (const storage::StorageError &e) {
        return protocol::Error{protocol::ErrorCode::Unavailable, u"the alert history cannot be read: %1"_s.arg(e.message())};
    }
    if (!record)
        return protocol::Error{protocol::ErrorCode::UnknownAlert, u"there is no alert %1"_s.arg(alertId)};
    if (record->acknowledgedAt.isValid())
        return toInfo(*record); // the first supervisor's acknowledgement stands
    record->acknowledgedAt = now();
    record->acknowledgedBy = staffId;
    record->ackNote = note;
    if (!store(*record))
        return protocol::Error{protocol::ErrorCode::Unavailable, u"the acknowledgement could not be stored"_s};
    const QString key = keyOf(*record);
    if (m_open.value(key).id == record->id)
        m_open.insert(key, *record);
    qCInfo(lcNet) << "alert" << alertId << "acknowledged by" << staffId;
    return toInfo(*record);
}

std::variant<QList<protocol::AlertInfo>, protocol::Error> AlertMonitor::list(const protocol::AlertListRequest &request)
{
    QList<protocol::AlertInfo> out;
    try {
        for (const auto &record : m_store.list(request.activeOnly, request.limit, request.beforeId))
            out.append(toInfo(record));
    } catch (const storage::StorageError &e) {
        return protocol::Error{protocol::ErrorCode::Unavailable, u"the alert history cannot be read: %1"_s.arg(e.message())};
    }
    return out;
}

} // namespace hallq::net
