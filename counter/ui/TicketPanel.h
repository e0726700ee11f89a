#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;

namespace hallq::counter {
class CounterController;
}

namespace hallq::counter::ui {

// The ticket in front of the window: number, service, class, issue time,
// waiting so far, masked identity, recalls, the responsible first window
// (首问负责制) and its transfer history. It stays on screen while the link is
// down. With no current ticket it says what happened to the last one.
class TicketPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TicketPanel(CounterController *controller, QWidget *parent = nullptr);

    void refresh();
    void retranslate();

private:
    QLabel *addRow(const QString &objectName);
    void setRow(QLabel *caption, QLabel *value, const QString &captionText, const QString &valueText);

    CounterController *m_controller;
    QLabel *m_number;
    QLabel *m_classBadge;
    QLabel *m_stateLine;
    QWidget *m_details;
    QList<QLabel *> m_captions;
    QLabel *m_service;
    QLabel *m_issued;
    QLabel *m_waited;
    QLabel *m_identity;
    QLabel *m_recalls;
    QLabel *m_firstWindow;
    QLabel *m_note;
    QLabel *m_historyCaption;
    QListWidget *m_history;
    QTimer m_tick; // waiting time keeps counting
};

} // namespace hallq::counter::ui
