#include "protocol/Builders.h"

namespace hallq::protocol {

Envelope makeError(const Envelope &request, ErrorCode code, QString message)
{
    return makeError(request, Error{code, std::move(message)});
}

Envelope makeError(const Envelope &request, Error error)
{
    return Envelope{.type = request.type, .id = request.id, .ok = false, .error = std::move(error)};
}

} // namespace hallq::protocol
