#pragma once

namespace hallq::client {

// Where an event came from. A board announces only Live calls: Replayed ones
// are history the server re-sent on resume (or sent before the subscribe
// reply) and already happened while this client was away.
enum class EventOrigin { Live, Replayed };

} // namespace hallq::client
