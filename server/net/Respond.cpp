#include "net/Respond.h"

namespace hallq::net {

protocol::Error toProtocolError(const engine::EngineError &error)
{
    // The engine's codes share their wire names with the protocol's.
    const auto code = protocol::errorCodeFromString(engine::toString(error.code));
    return {code.value_or(protocol::ErrorCode::Internal), error.message};
}

void respondError(HallCore &core, ClientConnection &c, const protocol::Envelope &e, const protocol::Error &error)
{
    QPointer<ClientConnection> connection(&c);
    core.afterPending([connection, e, error] {
        if (connection)
            connection->fail(e, error);
    });
}

} // namespace hallq::net
