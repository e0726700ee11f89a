// libFuzzer target: one WebSocket text frame through the protocol decoder.
// Every body that decodes as any request, reply or event struct must encode
// and decode back to the same value; anything else must be a typed error.
#include "protocol/Protocol.h"

#include <cstdint>
#include <cstdlib>
#include <tuple>

using namespace hallq::protocol;

namespace {

template <class T>
void roundTrip(const QJsonObject &body, const Limits &limits)
{
    auto first = decode<T>(body, limits);
    if (!std::holds_alternative<T>(first))
        return; // a typed error: fine
    const T &value = std::get<T>(first);
    auto again = decode<T>(encode(value), Limits::forServerMessages());
    if (!std::holds_alternative<T>(again) || !(std::get<T>(again) == value))
        std::abort(); // the codec is not symmetric for this input
}

template <class Tuple, size_t... I>
void eachType(const QJsonObject &body, const Limits &limits, std::index_sequence<I...>)
{
    (roundTrip<std::tuple_element_t<I, Tuple>>(body, limits), ...);
}

template <class Tuple>
void eachType(const QJsonObject &body, const Limits &limits)
{
    eachType<Tuple>(body, limits, std::make_index_sequence<std::tuple_size_v<Tuple>>{});
}

template <class Req>
using ReplyOf = typename MessageTraits<Req>::Reply;

template <class Tuple, size_t... I>
auto repliesOf(std::index_sequence<I...>) -> std::tuple<ReplyOf<std::tuple_element_t<I, Tuple>>...>;

using AllReplies = decltype(repliesOf<AllRequests>(std::make_index_sequence<std::tuple_size_v<AllRequests>>{}));

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Limits &limits : {Limits{}, Limits::forServerMessages()}) {
        const auto parsed = parseEnvelope(frame, limits);
        const auto *envelope = std::get_if<Envelope>(&parsed);
        if (!envelope)
            continue;
        // What parses serialises to something that parses to the same envelope.
        const auto again = parseEnvelope(serialize(*envelope), Limits::forServerMessages());
        if (!std::holds_alternative<Envelope>(again) || !(std::get<Envelope>(again) == *envelope))
            std::abort();
        eachType<AllRequests>(envelope->body, limits);
        eachType<AllReplies>(envelope->body, limits);
        eachType<AllEvents>(envelope->body, limits);
    }
    return 0;
}
