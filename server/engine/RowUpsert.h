#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hallq::engine {

// A row of a table the engine does not own (appointments), carried in a
// ChangeSet so it commits in the same transaction as the operation it belongs
// to: a check-in's ticket and its booking's new state are durable together or
// not at all. The engine itself never fills these.
struct RowUpsert
{
    QString table;
    QStringList columns; // the first `keyColumns` are the conflict key
    int keyColumns = 1;
    QVariantList values; // one per column; a null QVariant is SQL NULL
};

} // namespace hallq::engine
