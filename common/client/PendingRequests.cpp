#include "client/PendingRequests.h"

#include <algorithm>

namespace hallq::client {

PendingRequests::Entry::Entry(Callback done, QObject *context)
    : m_done(std::move(done))
    , m_context(context)
    , m_hasContext(context != nullptr)
{
}

void PendingRequests::Entry::run(const Result &result) const
{
    if (m_done && (!m_hasContext || m_context))
        m_done(result);
}

bool PendingRequests::complete(qint64 id, const Result &result)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return false;
    const Entry entry = std::move(*it);
    m_entries.erase(it);
    entry.run(result);
    return true;
}

void PendingRequests::failAll(const protocol::Error &error)
{
    const auto entries = std::exchange(m_entries, {});
    QList<qint64> ids = entries.keys();
    std::sort(ids.begin(), ids.end()); // ids grow: this is the order they were made
    for (const qint64 id : ids)
        entries.value(id).run(error);
}

void PendingRequests::runLater(QObject *receiver, Entry entry, Result result)
{
    QMetaObject::invokeMethod(
        receiver, [entry = std::move(entry), result = std::move(result)] { entry.run(result); },
        Qt::QueuedConnection);
}

} // namespace hallq::client
