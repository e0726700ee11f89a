#pragma once

#include <stdexcept>
#include <QString>

namespace hallq::storage {

// Storage failures are exceptions, caught at the command boundary.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

} // namespace hallq::storage
