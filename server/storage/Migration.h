#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hallq::storage {

// One numbered schema step. A migration that has shipped is never edited:
// changes go into a new one with the next number.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements; // run in order, in one transaction
};

} // namespace hallq::storage
