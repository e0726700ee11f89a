#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace hallq::admin {

// Left-aligned columns for the list commands. Width counts characters, so a
// column of Chinese names is aligned in characters, not terminal cells.
class TextTable
{
public:
    explicit TextTable(const QStringList &header) : m_rows{header} {}

    void addRow(const QStringList &row) { m_rows.append(row); }
    void print(QTextStream &out) const;

private:
    QList<QStringList> m_rows;
};

} // namespace hallq::admin
