#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace hallq::counter {
class CounterController;
}

namespace hallq::counter::ui {

// How many wait for each service this window serves (from the hall mirror)
// and today's figures for this window (served, no-shows, average handling
// time, ratings).
class SidePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SidePanel(CounterController *controller, QWidget *parent = nullptr);

    void refresh();
    void retranslate();

private:
    CounterController *m_controller;
    QLabel *m_queuesCaption;
    QTableWidget *m_queues;
    QLabel *m_figuresCaption;
    QLabel *m_figures;
};

} // namespace hallq::counter::ui
