#pragma once

#include "client/HallMirror.h"

#include <QObject>
#include <QStringList>

namespace hallq::display {

// What the hall board shows, for QML: the hall's name, the latest call (and
// a serial that changes when a live call should flash), the recent calls and
// the services' queues (the mirror's models), the notices, and whether the
// board is stale (reconnecting). It decides nothing: every figure is the
// server's, read through the HallMirror.
class BoardModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString hallName READ hallName NOTIFY hallChanged)
    Q_PROPERTY(QString hallNameEn READ hallNameEn NOTIFY hallChanged)
    Q_PROPERTY(QString latestNumber READ latestNumber NOTIFY latestChanged)
    Q_PROPERTY(int latestWindow READ latestWindow NOTIFY latestChanged)
    Q_PROPERTY(QString latestWindowName READ latestWindowName NOTIFY latestChanged)
    Q_PROPERTY(QString latestText READ latestText NOTIFY latestChanged)
    Q_PROPERTY(bool latestRecall READ latestRecall NOTIFY latestChanged)
    Q_PROPERTY(QString latestServiceName READ latestServiceName NOTIFY latestChanged)
    Q_PROPERTY(int callSerial READ callSerial NOTIFY called)
    Q_PROPERTY(QObject *recentCalls READ recentCalls CONSTANT)
    Q_PROPERTY(QObject *services READ services CONSTANT)
    Q_PROPERTY(QObject *windows READ windows CONSTANT)
    Q_PROPERTY(QStringList notices READ notices NOTIFY noticesChanged)
    Q_PROPERTY(bool stale READ stale NOTIFY staleChanged)

public:
    explicit BoardModel(client::HallMirror &mirror, QObject *parent = nullptr);

    QString hallName() const { return m_mirror.hallName(); }
    QString hallNameEn() const { return m_mirror.hallNameEn(); }
    QString latestNumber() const { return m_latest.ticketNumber; }
    int latestWindow() const { return m_latest.window; }
    QString latestWindowName() const { return m_latest.windowName; }
    QString latestText() const;
    bool latestRecall() const { return m_latest.recall > 0; }
    QString latestServiceName() const;
    int callSerial() const { return m_serial; }
    QObject *recentCalls() const { return m_mirror.recentCalls(); }
    QObject *services() const { return m_mirror.services(); }
    QObject *windows() const { return m_mirror.windows(); }
    QStringList notices() const { return m_notices; }
    bool stale() const { return m_mirror.isStale(); }

    void setNotices(const QStringList &notices);
    // A service's display name by id (for the recent-calls list).
    Q_INVOKABLE QString serviceName(const QString &serviceId) const;

signals:
    void hallChanged();
    void latestChanged();
    void called(const hallq::protocol::CallInfo &call); // a live call: flash it
    void noticesChanged();
    void staleChanged();

private:
    void refreshLatest();

    client::HallMirror &m_mirror;
    protocol::CallInfo m_latest;
    int m_serial = 0;
    QStringList m_notices;
};

} // namespace hallq::display
