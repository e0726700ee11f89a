#pragma once

namespace hallq::admin {

// hallq-admin's exit statuses; scripts rely on them.
enum class ExitCode : int {
    Ok = 0,
    Failure = 1, // the command could not be done (message on stderr)
    Usage = 2,   // the command line is wrong
};

} // namespace hallq::admin
