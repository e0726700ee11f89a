#pragma once

#include "storage/Store.h"

#include <QString>
#include <memory>

namespace hallq::admin {

// The server's data directory: <dir>/hallq.sqlite and the files beside it.
class DataDir
{
public:
    enum class Open {
        CreateIfMissing, // commands that add something
        MustExist,       // commands that read or change what is there
    };

    explicit DataDir(const QString &path) : m_path(path) {}

    const QString &path() const { return m_path; }
    QString databasePath() const;
    QString filePath(const QString &name) const;

    // Opens and migrates the database. Throws storage::StorageError, also
    // when `mode` is MustExist and there is no database (a mistyped
    // --data-dir must not quietly create an empty one).
    std::unique_ptr<storage::Store> openStore(Open mode) const;

private:
    QString m_path;
};

} // namespace hallq::admin
