#pragma once

namespace hallq::idcard {

struct PollingOptions
{
    int pollIntervalMs = 250;      // between two "find card" requests
    int reconnectIntervalMs = 1000; // between two attempts to open a missing reader
    int replyTimeoutMs = 1500;     // one request → its whole reply (1,295 bytes take ~115 ms at 115200 Bd)
    int removalMisses = 2;         // consecutive "no card" replies that mean the card was lifted
    int timeoutsBeforeReconnect = 3; // consecutive timeouts that mean the reader hung
};

} // namespace hallq::idcard
