// Store's counter reads for stores that do not keep the counter's records.
#include "storage/StorageError.h"
#include "storage/Store.h"

namespace hallq::storage {

namespace {
[[noreturn]] void unsupported(const char *what)
{
    throw StorageError(QStringLiteral("this store keeps no %1").arg(QLatin1StringView(what)));
}
} // namespace

QList<AttendanceRecord> Store::attendance(const QDateTime &, const QDateTime &)
{
    unsupported("attendance");
}

QList<RatingRecord> Store::ratings(const QDate &, const QDate &)
{
    unsupported("ratings");
}

QList<engine::Event> Store::ticketEvents(qint64)
{
    unsupported("journal by ticket");
}

} // namespace hallq::storage
