#include "idcard/FrameReassembler.h"

#include "idcard/SamCodec.h"

namespace hallq::idcard {

bool FrameReassembler::takeFrame(QByteArray *frame)
{
    for (;;) {
        const qsizetype size = SamCodec::frameSize(m_buffer);
        if (size < 0) {
            // Drop one byte and look for the next preamble.
            const qsizetype next = m_buffer.indexOf(char(0xaa), 1);
            const qsizetype drop = next < 0 ? m_buffer.size() : next;
            m_buffer.remove(0, drop);
            m_skipped += drop;
            continue;
        }
        if (size == 0 || m_buffer.size() < size)
            return false;
        *frame = m_buffer.left(size);
        m_buffer.remove(0, size);
        return true;
    }
}

} // namespace hallq::idcard
