#pragma once

#include "engine/EngineError.h"
#include "engine/Operation.h"
#include "net/ClientConnection.h"
#include "net/HallCore.h"

#include <QPointer>

namespace hallq::net {

protocol::Error toProtocolError(const engine::EngineError &error);

// The one way a handler answers an engine operation: an error changes
// nothing and is answered in turn; a success is made durable first and only
// then answered with makeReply(operation).
template <class MakeReply>
void respond(HallCore &core, ClientConnection &c, const protocol::Envelope &e,
             const engine::Result<engine::Operation> &result, MakeReply makeReply)
{
    QPointer<ClientConnection> connection(&c);
    if (!result) {
        core.afterPending([connection, e, error = toProtocolError(result.error())] {
            if (connection)
                connection->fail(e, error);
        });
        return;
    }
    const engine::Operation &op = result.value();
    core.commit(op, [connection, e, op, makeReply = std::move(makeReply)] {
        if (connection)
            connection->reply(e, makeReply(op));
    });
}

// Answers `error` after whatever is pending, keeping replies in order.
void respondError(HallCore &core, ClientConnection &c, const protocol::Envelope &e, const protocol::Error &error);

} // namespace hallq::net
