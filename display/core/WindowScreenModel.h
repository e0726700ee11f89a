#pragma once

#include "client/HallMirror.h"

#include <QObject>

namespace hallq::display {

// What a window-top screen shows for its one window: number and name, the
// staff member on duty, the current ticket and the state in words (serving,
// paused with its reason, closed). `callSerial` changes when this window calls.
class WindowScreenModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int number READ number CONSTANT)
    Q_PROPERTY(bool known READ known NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString nameEn READ nameEn NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString staffName READ staffName NOTIFY changed)
    Q_PROPERTY(QString staffId READ staffId NOTIFY changed)
    Q_PROPERTY(QString currentTicket READ currentTicket NOTIFY changed)
    Q_PROPERTY(QString serviceNames READ serviceNames NOTIFY changed)
    Q_PROPERTY(QString hallName READ hallName NOTIFY changed)
    Q_PROPERTY(int callSerial READ callSerial NOTIFY called)
    Q_PROPERTY(bool stale READ stale NOTIFY staleChanged)

public:
    WindowScreenModel(client::HallMirror &mirror, int window, QObject *parent = nullptr);

    int number() const { return m_number; }
    bool known() const { return m_window.number > 0; }
    QString name() const { return m_window.name; }
    QString nameEn() const { return m_window.nameEn; }
    QString state() const { return m_window.state; }
    QString stateText() const;
    QString staffName() const { return m_window.staffName; }
    QString staffId() const { return m_window.staffId; }
    QString currentTicket() const { return m_window.currentTicketNumber; }
    QString serviceNames() const;
    QString hallName() const { return m_mirror.hallName(); }
    int callSerial() const { return m_serial; }
    bool stale() const { return m_mirror.isStale(); }

    static QString pauseReasonText(const QString &reason);

signals:
    void changed();
    void called();
    void staleChanged();

private:
    void refresh();

    client::HallMirror &m_mirror;
    int m_number;
    protocol::WindowInfo m_window;
    int m_serial = 0;
};

} // namespace hallq::display
