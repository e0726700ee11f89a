#pragma once

#include <QByteArray>
#include <QMutex>

#include "idcard/IdentityCard.h"

namespace hallq::test {

// The SAM side of a reader, for tests: answers request frames with reply
// frames built here byte by byte (independently of SamCodec), from a card that
// can be placed, lifted or made to fail. Thread-safe: transports call it from
// their own threads.
class FakeSam
{
public:
    enum class Fault { None, CorruptReadChecksum, SelectFails, NoReply };

    static idcard::IdentityCard sampleCard();
    // A reply frame: AA AA AA 96 69, length, 00 00 SW3, data, XOR.
    static QByteArray replyFrame(quint8 sw3, const QByteArray &data = {});
    // The 1,295-byte text+photo reply for `card` (photo: 1,024 bytes of a marker pattern).
    static QByteArray readReply(const idcard::IdentityCard &card);

    void place(const idcard::IdentityCard &card);
    void lift();
    void setFault(Fault fault);
    // Empty when the fault is NoReply.
    QByteArray answer(const QByteArray &request);
    int requests() const;
    int reads() const;

private:
    mutable QMutex m_mutex;
    bool m_present = false;
    idcard::IdentityCard m_card;
    Fault m_fault = Fault::None;
    int m_requests = 0;
    int m_reads = 0;
};

} // namespace hallq::test
