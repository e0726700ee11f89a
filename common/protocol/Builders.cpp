#include "protocol/Builders.h"

namespace hallq::protocol {

Envelope makeError(const Envelope &request, ErrorCode code, QString message)
{
    return makeError(request, Error{code, std::move(message)});
}

Envelope makeError(const Envelope &request, Error error)
{
    Envelope e;
    e.type = request.type;
    e.id = request.id;
    e.ok = false;
    e.error = std::move(error);
    return e;
}

} // namespace hallq::protocol
