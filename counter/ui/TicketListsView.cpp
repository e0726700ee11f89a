#include "counter/ui/TicketListsView.h"

#include "client/HallSession.h"
#include "counter/core/Vocabulary.h"
#include "counter/ui/ActionKeys.h"

#include <QColor>
#include <QHeaderView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hallq::counter::ui {

using Selection = CounterController::Selection;

namespace {
constexpr CounterAction kListAction[] = {CounterAction::CallSelected, CounterAction::Unpark, CounterAction::Reactivate};
constexpr const char *kNames[] = {"list.waiting", "list.parked", "list.noShows"};
} // namespace

TicketListsView::TicketListsView(CounterController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"lists"_s);
    layout->addWidget(m_tabs);
    for (int i = 0; i < 3; ++i) {
        auto *page = new QWidget(m_tabs);
        auto *pageLayout = new QVBoxLayout(page);
        auto *table = new QTableWidget(0, 5, page);
        table->setObjectName(QLatin1StringView(kNames[i]));
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->setVisible(false);
        table->horizontalHeader()->setStretchLastSection(true);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        pageLayout->addWidget(table);
        auto *button = new QPushButton(page);
        button->setObjectName(ActionKeys::objectName(kListAction[i]));
        button->setMinimumHeight(40);
        button->setFocusPolicy(Qt::NoFocus);
        pageLayout->addWidget(button);
        m_tables[i] = table;
        m_buttons[i] = button;
        m_tabs->addTab(page, QString());
        const auto list = Selection(i);
        connect(table, &QTableWidget::itemSelectionChanged, this, [this, list] { selectionChanged(list); });
        connect(table, &QTableWidget::cellDoubleClicked, this, [this, i] { emit triggered(kListAction[i]); });
        connect(button, &QPushButton::clicked, this, [this, i] { emit triggered(kListAction[i]); });
    }
    retranslate();
}

QPushButton *TicketListsView::button(CounterAction action) const
{
    for (int i = 0; i < 3; ++i)
        if (kListAction[i] == action)
            return m_buttons[i];
    return nullptr;
}

void TicketListsView::retranslate()
{
    for (int i = 0; i < 3; ++i) {
        m_tables[i]->setHorizontalHeaderLabels(
            {tr("Number"), tr("Service"), tr("Class"), tr("Issued"), i == 0 ? tr("Waiting") : tr("State")});
        m_buttons[i]->setText(u"%1  (%2)"_s.arg(ActionKeys::label(kListAction[i]),
                                                ActionKeys::keyText(kListAction[i])));
    }
    refresh();
}

void TicketListsView::refresh()
{
    const auto &lists = m_controller->board()->lists();
    fill(Selection::Waiting, lists.waiting);
    fill(Selection::Parked, lists.parked);
    fill(Selection::NoShow, lists.noShows);
    m_tabs->setTabText(0, tr("Waiting (%1)").arg(lists.waiting.size()));
    m_tabs->setTabText(1, tr("Parked (%1)").arg(lists.parked.size()));
    m_tabs->setTabText(2, tr("No-shows (%1)").arg(lists.noShows.size()));
    const CounterSituation s = m_controller->situation();
    for (int i = 0; i < 3; ++i) {
        const QString why = ActionRules::why(kListAction[i], s);
        m_buttons[i]->setEnabled(why.isEmpty());
        m_buttons[i]->setToolTip(why);
    }
}

void TicketListsView::fill(Selection list, const QList<protocol::TicketInfo> &tickets)
{
    QTableWidget *table = m_tables[int(list)];
    const qint64 keep = m_controller->selected(list);
    const QDateTime now = m_controller->session()->serverNow();
    m_filling = true;
    table->setRowCount(int(tickets.size()));
    int selectRow = -1;
    for (int row = 0; row < tickets.size(); ++row) {
        const auto &t = tickets[row];
        const QString last = list == Selection::Waiting ? Vocabulary::duration(t.issuedAt.secsTo(now))
                                                        : Vocabulary::ticketState(t.state);
        const QStringList cells{t.number, m_controller->serviceName(t.serviceId),
                                Vocabulary::ticketClassOf(t.ticketClass, t.transferCount),
                                t.issuedAt.toLocalTime().toString(u"HH:mm"_s), last};
        // Priority tickets stand out by colour and weight, and their class is written out.
        const bool priority = t.ticketClass != u"normal";
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, t.id);
            if (priority) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setForeground(QColor(t.ticketClass == u"green" ? 0x1b7f3a : 0x1f5fa8));
            }
            table->setItem(row, c, item);
        }
        if (t.id == keep)
            selectRow = row;
    }
    if (selectRow >= 0)
        table->selectRow(selectRow);
    else
        table->clearSelection();
    m_filling = false;
}

void TicketListsView::selectionChanged(Selection list)
{
    if (m_filling)
        return;
    const auto rows = m_tables[int(list)]->selectionModel()->selectedRows();
    qint64 id = 0;
    if (!rows.isEmpty())
        id = m_tables[int(list)]->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    m_controller->select(list, id);
}

} // namespace hallq::counter::ui
