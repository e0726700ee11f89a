#pragma once

#include "config/HallExtras.h"
#include "engine/Engine.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace hallq::net {

// What a kiosk last said about its devices (device.status).
struct DeviceState
{
    QString name;
    QString printer = QStringLiteral("ok");
    QString reader = QStringLiteral("ok");
    QString detail;
    QDateTime at;
};

// A condition that deserves a red or yellow card right now. The key (kind and
// subject) identifies it across evaluations; the message is written when the
// alert is raised and not rewritten as minutes pass.
struct AlertCondition
{
    QString kind;
    QString level;
    QString subject;
    QString serviceId;
    int window = 0;
    QString deviceId;
    QString message;
    QString messageEn;

    QString key() const { return kind + u'|' + subject; }
};

// The alert rules (红黄牌), pure: the engine's live state, the hall's
// thresholds and the kiosks' device reports at `now` in, the conditions out,
// at most one (the worst level) per key.
class AlertRules
{
public:
    AlertRules(const engine::Engine &engine, const config::AlertThresholds &thresholds);

    QList<AlertCondition> evaluate(const QHash<QString, DeviceState> &devices, const QDateTime &now) const;

private:
    void waits(QList<AlertCondition> &out, const QDateTime &now) const;
    void windows(QList<AlertCondition> &out, const QDateTime &now) const;
    void devices(QList<AlertCondition> &out, const QHash<QString, DeviceState> &devices) const;
    QString serviceName(const QString &serviceId) const;

    const engine::Engine &m_engine;
    const config::AlertThresholds &m_thresholds;
};

} // namespace hallq::net
