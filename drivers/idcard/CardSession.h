#pragma once

#include <QDate>

#include "idcard/IdentityCard.h"
#include "idcard/ReaderError.h"
#include "idcard/ReaderTransport.h"
#include "idcard/SamCodec.h"

namespace hallq::idcard {

// One exchange with a reader's SAM over any transport: the steps of the
// polling loop, also usable alone (diagnostics, tests).
class CardSession
{
public:
    // Sends one command and parses its reply; the SAM's status becomes the error.
    static ReaderError command(ReaderTransport &transport, SamCommand command, SamReply *reply, int timeoutMs);
    // "Find card": None when a card is there, NoCard when not.
    static ReaderError findCard(ReaderTransport &transport, int timeoutMs);
    // Select → read text (+photo, dropped) → decode and validate.
    static ReaderError readCard(ReaderTransport &transport, int timeoutMs, QDate today, IdentityCard *card);
};

} // namespace hallq::idcard
