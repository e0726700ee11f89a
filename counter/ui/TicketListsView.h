#pragma once

#include "counter/core/CounterAction.h"
#include "counter/core/CounterController.h"

#include <QWidget>

class QPushButton;
class QTabWidget;
class QTableWidget;

namespace hallq::counter::ui {

// The three lists a counter works from, as tabs: who waits for this window
// (call one out of order), what it parked (take back), today's no-shows of
// its services (reactivate). Selecting a row tells the controller; the list
// buttons act on the selection.
class TicketListsView : public QWidget
{
    Q_OBJECT
public:
    explicit TicketListsView(CounterController *controller, QWidget *parent = nullptr);

    QTableWidget *table(CounterController::Selection list) const { return m_tables[int(list)]; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *button(CounterAction action) const;
    void refresh();
    void retranslate();

signals:
    void triggered(hallq::counter::CounterAction action);

private:
    void fill(CounterController::Selection list, const QList<protocol::TicketInfo> &tickets);
    void selectionChanged(CounterController::Selection list);

    CounterController *m_controller;
    QTabWidget *m_tabs;
    QTableWidget *m_tables[3];
    QPushButton *m_buttons[3];
    bool m_filling = false;
};

} // namespace hallq::counter::ui
