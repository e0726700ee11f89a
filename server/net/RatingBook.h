#pragma once

#include "protocol/CounterMessages.h"
#include "storage/RatingRecord.h"

#include <QDate>
#include <QHash>
#include <optional>

namespace hallq::storage {
class Store;
}

namespace hallq::net {

// Today's ratings (好差评) and the open invitations to rate, in memory. The
// ratings are read from the store once per business day (so "one rating per
// ticket" survives a restart) and then kept up to date as they are decided;
// invitations live only as long as a pad shows them.
class RatingBook
{
public:
    explicit RatingBook(storage::Store &store) : m_store(store) {}

    // Switches to `today`, loading its ratings when the day changed. Throws StorageError.
    void ensureDay(const QDate &today);

    bool isRated(qint64 ticketId) const { return m_ratings.contains(ticketId); }
    void add(const storage::RatingRecord &rating) { m_ratings.insert(rating.ticketId, rating); }
    QList<storage::RatingRecord> forWindow(int window) const;

    // One invitation per window: a new one replaces the last.
    void invite(const protocol::RatingInvitation &invitation) { m_invitations.insert(invitation.window, invitation); }
    // The window's invitation for `ticketId`, if one is open at `now`.
    std::optional<protocol::RatingInvitation> invitation(int window, qint64 ticketId, const QDateTime &now) const;
    void closeInvitation(int window) { m_invitations.remove(window); }

private:
    storage::Store &m_store;
    QDate m_day;
    QHash<qint64, storage::RatingRecord> m_ratings; // by ticket id
    QHash<int, protocol::RatingInvitation> m_invitations; // by window
};

} // namespace hallq::net
