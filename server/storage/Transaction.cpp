#include "storage/Transaction.h"

#include "storage/StorageError.h"
#include "storage/StorageLog.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace hallq::storage {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.transaction())
        throw StorageError(u"cannot begin a transaction: %1"_s.arg(m_db.lastError().text()));
    m_open = true;
}

Transaction::~Transaction()
{
    // A destructor must not throw; a failed rollback is logged, and SQLite
    // rolls the transaction back anyway when the connection closes.
    if (m_open && !m_db.rollback())
        qCWarning(lcStorage) << "rollback failed:" << m_db.lastError().text();
}

void Transaction::commit()
{
    if (!m_db.commit())
        throw StorageError(u"commit failed: %1"_s.arg(m_db.lastError().text()));
    m_open = false;
}

} // namespace hallq::storage
