#pragma once

#include <QByteArrayView>
#include <QDate>

#include "idcard/IdentityCard.h"
#include "idcard/ReaderError.h"

namespace hallq::idcard {

// Decodes the card's 256-byte UCS-2LE text block (space padded):
// name 0/30, sex 30/2, nation 32/4, birth 36/16, address 52/70, ID number
// 122/36, authority 158/30, valid from 188/16, valid to 204/16 (date or 长期).
// Checks the ID number (GB 11643 check digit, a real birth date not after
// `today`) and that it carries the card's birth date.
class IdentityTextDecoder
{
public:
    static ReaderError decode(QByteArrayView text, QDate today, IdentityCard *card);
    // The inverse, for tests and the simulated reader's fixtures.
    static QByteArray encode(const IdentityCard &card);
    // Same checks decode() makes, on an already filled card.
    static ReaderError validate(const IdentityCard &card, QDate today);
};

} // namespace hallq::idcard
