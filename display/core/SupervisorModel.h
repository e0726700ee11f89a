#pragma once

#include "core/AlertListModel.h"

#include "client/HallMirror.h"
#include "client/HallSession.h"
#include "protocol/SupervisionMessages.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>

namespace hallq::display {

// The supervisor's live view: the mirror's services and windows, the day's
// statistics per service (stats.get, refreshed every `refreshMs` and shortly
// after queues change) with the series for the chart, and the red/yellow
// alerts (alert.list at every (re)subscribe, then event.alert) with ack().
class SupervisorModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString hallName READ hallName NOTIFY hallChanged)
    Q_PROPERTY(QObject *windows READ windows CONSTANT)
    Q_PROPERTY(QObject *alerts READ alerts CONSTANT)
    Q_PROPERTY(QVariantList services READ services NOTIFY statsChanged)
    Q_PROPERTY(QDateTime statsAt READ statsAt NOTIFY statsChanged)
    Q_PROPERTY(bool stale READ stale NOTIFY staleChanged)
    Q_PROPERTY(bool loginRequired READ loginRequired NOTIFY loginChanged)
    Q_PROPERTY(QString staffName READ staffName NOTIFY loginChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    SupervisorModel(client::HallSession &session, client::HallMirror &mirror, QObject *parent = nullptr);

    QString hallName() const { return m_mirror.hallName(); }
    QObject *windows() const { return m_mirror.windows(); }
    AlertListModel *alertModel() { return &m_alerts; }
    QObject *alerts() { return &m_alerts; }
    QVariantList services() const { return m_services; }
    QDateTime statsAt() const { return m_stats.generatedAt; }
    const protocol::StatsReply &stats() const { return m_stats; }
    bool stale() const { return m_mirror.isStale(); }
    bool loginRequired() const { return m_loginRequired; }
    QString staffName() const;
    QString lastError() const { return m_lastError; }

    void setLoginRequired(bool required);
    void setRefreshInterval(int ms) { m_refresh.setInterval(ms); }
    void setIntervalMinutes(int minutes) { m_intervalMinutes = minutes; }

    Q_INVOKABLE void login(const QString &staffId, const QString &password);
    Q_INVOKABLE void acknowledge(qint64 alertId, const QString &note);
    Q_INVOKABLE void refresh();
    // Seconds since `since` by the server's clock (for "paused for 12 min").
    Q_INVOKABLE int secondsSince(const QDateTime &since) const;
    Q_INVOKABLE QString serviceName(const QString &serviceId) const;
    // The level (red, yellow) of the worst open alert of `kind` about `subject`; empty: none.
    Q_INVOKABLE QString alertLevel(const QString &kind, const QString &subject) const;

signals:
    void hallChanged();
    void statsChanged();
    void staleChanged();
    void loginChanged();
    void lastErrorChanged();
    void alertsLoaded();

private:
    void loadAlerts();
    void onEvent(const protocol::Envelope &event);
    void setLastError(const QString &error);
    void rebuildServices();

    client::HallSession &m_session;
    client::HallMirror &m_mirror;
    AlertListModel m_alerts;
    protocol::StatsReply m_stats;
    QVariantList m_services;
    QTimer m_refresh;
    QTimer m_soon; // coalesces queue changes into one stats.get
    int m_intervalMinutes = 15;
    bool m_loginRequired = false;
    QString m_lastError;
};

} // namespace hallq::display
