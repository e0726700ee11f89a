#pragma once

#include "engine/Engine.h"
#include "protocol/Shapes.h"

#include <QHash>

namespace hallq::net {

// Turns the engine's records into the protocol's wire shapes. Personal data
// stays out unless asked for: only staff-facing replies get the masked ID.
class InfoBuilder
{
public:
    enum class Identity { Omit, Masked };

    InfoBuilder(const engine::Engine &engine, const QHash<QString, QString> &staffNames);

    protocol::ServiceInfo service(const engine::ServiceConfig &service) const;
    protocol::QueueInfo queue(const QString &serviceId) const;
    protocol::WindowInfo window(const engine::WindowStatus &status) const;
    protocol::WindowInfo window(int number) const;
    protocol::TicketInfo ticket(const engine::Ticket &ticket, Identity identity = Identity::Omit) const;
    protocol::CallInfo call(const engine::Ticket &ticket, int window, int recall, const QDateTime &at) const;
    QList<protocol::ServiceInfo> services() const;
    QList<protocol::QueueInfo> queues() const;
    QList<protocol::WindowInfo> windows() const;

private:
    const engine::Engine &m_engine;
    const QHash<QString, QString> &m_staffNames;
};

} // namespace hallq::net
