#include "net/RatingBook.h"

#include "storage/Store.h"

namespace hallq::net {

namespace {
// A pad may answer a little after the invitation ran out on the server's clock
// (its own timer, a slow network): the citizen's choice still counts.
constexpr qint64 kGraceMs = 15000;
} // namespace

void RatingBook::ensureDay(const QDate &today)
{
    if (m_day == today)
        return;
    QHash<qint64, storage::RatingRecord> loaded;
    for (const auto &rating : m_store.ratings(today, today))
        loaded.insert(rating.ticketId, rating);
    m_ratings = std::move(loaded);
    m_invitations.clear();
    m_day = today;
}

QList<storage::RatingRecord> RatingBook::forWindow(int window) const
{
    QList<storage::RatingRecord> out;
    for (const auto &rating : m_ratings)
        if (rating.window == window)
            out << rating;
    return out;
}

std::optional<protocol::RatingInvitation> RatingBook::invitation(int window, qint64 ticketId,
                                                                 const QDateTime &now) const
{
    const auto it = m_invitations.constFind(window);
    if (it == m_invitations.constEnd() || it->ticketId != ticketId)
        return std::nullopt;
    if (it->expiresAt.msecsTo(now) > kGraceMs)
        return std::nullopt;
    return *it;
}

} // namespace hallq::net
