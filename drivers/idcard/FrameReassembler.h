#pragma once

#include <QByteArray>

namespace hallq::idcard {

// Collects bytes as they arrive (64-byte USB packets, serial chunks) and hands
// out whole SAM frames. Bytes before a preamble are skipped (line noise,
// leftovers of an earlier reply), so a reader that hiccups resynchronises.
class FrameReassembler
{
public:
    void append(const QByteArray &bytes) { m_buffer += bytes; }
    void clear() { m_buffer.clear(); }
    // Moves the first complete frame into *frame; false when none is complete yet.
    bool takeFrame(QByteArray *frame);
    qsizetype pending() const { return m_buffer.size(); }
    qsizetype skipped() const { return m_skipped; }

private:
    QByteArray m_buffer;
    qsizetype m_skipped = 0;
};

} // namespace hallq::idcard
