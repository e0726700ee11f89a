#include "PtyReader.h"

#include <QFile>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hallq::test {

PtyReader::PtyReader(FakeSam &sam, const QString &link)
    : m_sam(sam)
    , m_link(link)
{
}

PtyReader::~PtyReader()
{
    unplug();
}

bool PtyReader::plug(QString *error)
{
    unplug();
    int slave = -1;
    char name[256] = {};
    if (::openpty(&m_master, &slave, name, nullptr, nullptr) != 0) {
        *error = u"openpty failed"_s;
        return false;
    }
    // The slave stays open only until the reader opens it; raw so nothing is echoed or translated.
    termios t{};
    ::tcgetattr(slave, &t);
    ::cfmakeraw(&t);
    ::tcsetattr(slave, TCSANOW, &t);
    ::close(slave);
    QFile::remove(m_link);
    if (!QFile::link(QString::fromLocal8Bit(name), m_link)) {
        *error = u"cannot link %1 → %2"_s.arg(m_link, QString::fromLocal8Bit(name));
        return false;
    }
    m_stop = false;
    m_thread = std::thread([this] { serve(); });
    return true;
}

void PtyReader::unplug()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_master >= 0) {
        ::close(m_master);
        m_master = -1;
    }
}

void PtyReader::serve()
{
    QByteArray buffer;
    char chunk[256];
    while (!m_stop) {
        pollfd p{m_master, POLLIN, 0};
        if (::poll(&p, 1, 20) <= 0)
            continue;
        if (p.revents & (POLLHUP | POLLERR)) {
            // Nobody has the slave open (yet / any more): wait instead of spinning.
            ::usleep(10000);
            if (!(p.revents & POLLIN))
                continue;
        }
        const ssize_t n = ::read(m_master, chunk, sizeof chunk);
        if (n <= 0)
            continue;
        buffer.append(chunk, n);
        // Requests are AA AA AA 96 69 LEN_H LEN_L …: cut complete ones out.
        for (;;) {
            const qsizetype start = buffer.indexOf(QByteArray::fromHex("AAAAAA9669"));
            if (start < 0 || buffer.size() - start < 7)
                break;
            const int len = (quint8(buffer[start + 5]) << 8) | quint8(buffer[start + 6]);
            if (buffer.size() - start < 7 + len)
                break;
            const QByteArray request = buffer.mid(start, 7 + len);
            buffer.remove(0, start + 7 + len);
            const QByteArray reply = m_sam.answer(request);
            for (qsizetype at = 0; at < reply.size() && !m_stop; at += 100) {
                const QByteArray part = reply.mid(at, 100);
                if (::write(m_master, part.constData(), size_t(part.size())) < 0)
                    break;
            }
        }
    }
}

} // namespace hallq::test
