#pragma once

#include <QSqlDatabase>

namespace hallq::storage {

// One database transaction, rolled back unless commit() succeeds: whatever
// throws between begin and commit leaves nothing behind.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db); // begins; throws StorageError
    ~Transaction();                        // rolls back if not committed
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit(); // throws StorageError (and the destructor then rolls back)

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace hallq::storage
