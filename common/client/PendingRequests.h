#pragma once

#include "protocol/Envelope.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <variant>

namespace hallq::client {

// The requests a session sent and awaits a reply for, by id. Each callback
// runs at most once; one with a context object is skipped if that object died.
class PendingRequests
{
public:
    using Result = std::variant<protocol::Envelope, protocol::Error>;
    using Callback = std::function<void(const Result &)>;

    // A callback bound to an optional context object.
    class Entry
    {
    public:
        Entry() = default;
        Entry(Callback done, QObject *context);
        void run(const Result &result) const;

    private:
        Callback m_done;
        QPointer<QObject> m_context;
        bool m_hasContext = false;
    };

    void add(qint64 id, Entry entry) { m_entries.insert(id, std::move(entry)); }
    // Runs and forgets the callback for id; false when none waits (it already
    // timed out or failed with the link).
    bool complete(qint64 id, const Result &result);
    // Fails every entry, oldest first. The table is emptied before any
    // callback runs, so a callback may send again or stop the session.
    void failAll(const protocol::Error &error);
    // Forgets every entry without running it.
    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }

    // Runs entry from `receiver`'s event loop, later: never inside the caller.
    static void runLater(QObject *receiver, Entry entry, Result result);

private:
    QHash<qint64, Entry> m_entries;
};

} // namespace hallq::client
