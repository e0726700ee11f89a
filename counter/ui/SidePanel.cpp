#include "counter/ui/SidePanel.h"

#include "client/HallMirror.h"
#include "counter/core/CounterController.h"
#include "counter/core/Vocabulary.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hallq::counter::ui {

SidePanel::SidePanel(CounterController *controller, QWidget *parent) : QWidget(parent), m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont captionFont = font();
    captionFont.setBold(true);
    m_queuesCaption = new QLabel(this);
    m_queuesCaption->setFont(captionFont);
    layout->addWidget(m_queuesCaption);
    m_queues = new QTableWidget(0, 3, this);
    m_queues->setObjectName(u"queues"_s);
    m_queues->setFocusPolicy(Qt::NoFocus);
    m_queues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queues->setSelectionMode(QAbstractItemView::NoSelection);
    m_queues->verticalHeader()->setVisible(false);
    m_queues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_queues->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_queues->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_queues->setMaximumHeight(150);
    layout->addWidget(m_queues);
    m_figuresCaption = new QLabel(this);
    m_figuresCaption->setFont(captionFont);
    layout->addWidget(m_figuresCaption);
    m_figures = new QLabel(this);
    m_figures->setObjectName(u"figures"_s);
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    layout->addWidget(m_figures);
    retranslate();
}

void SidePanel::retranslate()
{
    m_queuesCaption->setText(tr("Waiting per service"));
    m_queues->setHorizontalHeaderLabels({tr("Service"), tr("Waiting"), tr("Est. wait")});
    m_figuresCaption->setText(tr("Today at this window"));
    refresh();
}

void SidePanel::refresh()
{
    const auto window = m_controller->windowInfo();
    const QStringList services = window ? window->services : QStringList();
    m_queues->setRowCount(int(services.size()));
    for (int row = 0; row < services.size(); ++row) {
        const auto queue = m_controller->mirror()->queue(services[row]);
        const QStringList cells{m_controller->serviceName(services[row]),
                                queue ? QString::number(queue->waiting) : u"?"_s,
                                queue && queue->estimatedWaitSeconds >= 0 ? Vocabulary::duration(queue->estimatedWaitSeconds)
                                                                          : tr("unknown")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_queues->setItem(row, c, item);
        }
    }
    const auto &figures = m_controller->board()->figures();
    if (!figures) {
        m_figures->setText(tr("not known yet"));
        return;
    }
    const auto &f = *figures;
    QString ratings = tr("none yet");
    if (f.ratings > 0)
        ratings = tr("%1, average %2 of 5, %3 dissatisfied")
                      .arg(f.ratings)
                      .arg(QLocale().toString(f.ratingAverage, 'f', 1))
                      .arg(f.badRatings);
    m_figures->setText(u"<table cellspacing=4>"
                       u"<tr><td>%1</td><td align=right><b>%2</b></td></tr>"
                       u"<tr><td>%3</td><td align=right><b>%4</b></td></tr>"
                       u"<tr><td>%5</td><td align=right><b>%6</b></td></tr>"
                       u"<tr><td>%7</td><td align=right><b>%8</b></td></tr></table>"_s
                           .arg(tr("Served"), QString::number(f.served), tr("No-shows"), QString::number(f.noShows),
                                tr("Average handling"),
                                f.averageHandlingSeconds >= 0 ? Vocabulary::duration(f.averageHandlingSeconds) : tr("–"),
                                tr("Ratings"), ratings.toHtmlEscaped()));
}

} // namespace hallq::counter::ui
