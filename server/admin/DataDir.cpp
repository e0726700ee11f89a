#include "admin/DataDir.h"

#include "config/ServerSettings.h"
#include "storage/SqliteStore.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <atomic>

using namespace Qt::StringLiterals;

namespace hallq::admin {

QString DataDir::databasePath() const
{
    return config::ServerSettings::databasePathIn(m_path);
}

QString DataDir::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

std::unique_ptr<storage::Store> DataDir::openStore(Open mode) const
{
    const QString database = databasePath();
    if (mode == Open::MustExist && !QFileInfo(database).isFile())
        throw storage::StorageError(u"no database at %1 (is --data-dir right?)"_s.arg(database));
    if (!QDir().mkpath(m_path))
        throw storage::StorageError(u"cannot create the data directory %1"_s.arg(m_path));
    // A QtSql connection name must be unique while it is open.
    static std::atomic<int> opened{0};
    auto store = std::make_unique<storage::SqliteStore>(database, u"hallq-admin-%1"_s.arg(++opened));
    store->migrate();
    return store;
}

} // namespace hallq::admin
