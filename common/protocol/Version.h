#pragma once

namespace hallq::protocol {

// Bumped on any change an older peer cannot ignore. Additive changes (new
// optional fields, new messages behind a feature name) keep the version:
// decoders ignore unknown fields.
inline constexpr int kProtocolVersion = 1;

} // namespace hallq::protocol
