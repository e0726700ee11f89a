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
// then answered with makeReply(operation). The reply is built at once, from
// the state right after the operation, so it never shows a later change that
// is not durable yet when it is finally sent.
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
    core.commit(op, [connection, e, reply = makeReply(op)] {
        if (connection)
            connection->reply(e, reply);
    });
}

// Sends `reply`, built now from the current state, once everything submitted
// so far (all the state it reflects) is durable.
template <class Reply>
void respondWhenDurable(HallCore &core, ClientConnection &c, const protocol::Envelope &e, Reply reply)
{
    QPointer<ClientConnection> connection(&c);
    core.afterPending([connection, e, reply = std::move(reply)] {
        if (connection)
            connection->reply(e, reply);
    });
}

// Answers `error` after whatever is pending, keeping replies in order.
void respondError(HallCore &core, ClientConnection &c, const protocol::Envelope &e, const protocol::Error &error);

} // namespace hallq::net
