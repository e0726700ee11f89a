#pragma once

#include <QAbstractListModel>
#include <QList>

#include <algorithm>

namespace hallq::client {

// Shared plumbing of the mirror's list models: a QList of plain rows, the
// QAbstractListModel overrides, and the insert/replace/remove calls that emit
// the fine-grained signals views need (a reset on every event would make a
// board flicker and lose the scroll position).
// Not a Q_OBJECT itself: each concrete model adds Q_OBJECT and its roles.
template<class Row>
class ListModelBase : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return roleValue(m_rows.at(index.row()), role);
    }

    const QList<Row> &rows() const { return m_rows; }

    // Index of the first row matching pred, or -1.
    template<class Pred>
    int indexWhere(Pred pred) const
    {
        const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), pred);
        return it == m_rows.cend() ? -1 : static_cast<int>(it - m_rows.cbegin());
    }

protected:
    virtual QVariant roleValue(const Row &row, int role) const = 0;

    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    void replaceRow(int i, Row row)
    {
        editRow(i, [&](Row &r) { r = std::move(row); });
    }

    template<class Edit>
    void editRow(int i, Edit edit)
    {
        edit(m_rows[i]);
        emit dataChanged(index(i), index(i));
    }

    void insertRowAt(int i, Row row)
    {
        beginInsertRows({}, i, i);
        m_rows.insert(i, std::move(row));
        endInsertRows();
    }

    void removeRowAt(int i)
    {
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }

    // Position before the first row for which `after(row)` is false, i.e. the
    // place that keeps rows ordered when `after` says "the new row goes after this one".
    template<class After>
    int insertionPoint(After after) const
    {
        const auto it = std::find_if_not(m_rows.cbegin(), m_rows.cend(), after);
        return static_cast<int>(it - m_rows.cbegin());
    }

private:
    QList<Row> m_rows;
};

} // namespace hallq::client
