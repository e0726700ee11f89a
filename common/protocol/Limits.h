#pragma once

#include <QtGlobal>

namespace hallq::protocol {

// What a receiver accepts from its peer. The server applies the defaults to
// every client frame; a violation is a typed Error, never a crash. Strings
// are measured in QString characters (UTF-16 code units).
struct Limits
{
    qsizetype maxFrameBytes = 64 * 1024;
    int maxDepth = 8;          // nesting of objects/arrays; the envelope itself is 1
    qsizetype maxString = 256; // default for every string field
    qsizetype maxPassword = 128;
    qsizetype maxNote = 500;   // notes and outcomes
    qsizetype maxToken = 128;
    qsizetype maxList = 1000;  // items in any list

    // For clients reading server frames: a hall snapshot or a long queue
    // list legitimately exceeds what a client may send.
    static constexpr Limits forServerMessages()
    {
        Limits l;
        l.maxFrameBytes = 16 * 1024 * 1024;
        l.maxList = 100000;
        return l;
    }
};

// Which Limits member bounds a string field.
enum class StringLimit { Default, Password, Note, Token };

constexpr qsizetype maxLength(const Limits &limits, StringLimit kind)
{
    switch (kind) {
    case StringLimit::Password: return limits.maxPassword;
    case StringLimit::Note: return limits.maxNote;
    case StringLimit::Token: return limits.maxToken;
    case StringLimit::Default: break;
    }
    return limits.maxString;
}

} // namespace hallq::protocol
