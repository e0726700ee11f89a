#include "FakeSam.h"

#include "idcard/IdentityTextDecoder.h"

using namespace Qt::StringLiterals;

namespace hallq::test {

idcard::IdentityCard FakeSam::sampleCard()
{
    idcard::IdentityCard c;
    c.name = u"张三"_s;
    c.sex = idcard::IdentityCard::Sex::Male;
    c.nationCode = u"01"_s;
    c.nation = u"汉"_s;
    c.birthDate = QDate(1990, 3, 7);
    c.address = u"湖南省茶陵县城关镇洣江路1号"_s;
    c.idNumber = u"430224199003071238"_s;
    c.issuingAuthority = u"茶陵县公安局"_s;
    c.validFrom = QDate(2015, 6, 1);
    c.validUntil = QDate(2035, 6, 1);
    return c;
}

QByteArray FakeSam::replyFrame(quint8 sw3, const QByteArray &data)
{
    const int len = 3 + int(data.size()) + 1;
    QByteArray body;
    body.append(char(len >> 8)).append(char(len & 0xff)).append('\0').append('\0').append(char(sw3)).append(data);
    quint8 x = 0;
    for (char c : body)
        x ^= quint8(c);
    return QByteArray::fromHex("AAAAAA9669") + body + char(x);
}

QByteArray FakeSam::readReply(const idcard::IdentityCard &card)
{
    QByteArray data = QByteArray::fromHex("01000400");
    data += idcard::IdentityTextDecoder::encode(card);
    QByteArray photo(1024, '\0');
    for (int i = 0; i < photo.size(); ++i)
        photo[i] = char(0x57 ^ (i & 0xff)); // "WLT" stand-in: must never reach the caller
    return replyFrame(0x90, data + photo);
}

void FakeSam::place(const idcard::IdentityCard &card)
{
    QMutexLocker lock(&m_mutex);
    m_card = card;
    m_present = true;
}

void FakeSam::lift()
{
    QMutexLocker lock(&m_mutex);
    m_present = false;
}

void FakeSam::setFault(Fault fault)
{
    QMutexLocker lock(&m_mutex);
    m_fault = fault;
}

int FakeSam::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeSam::reads() const
{
    QMutexLocker lock(&m_mutex);
    return m_reads;
}

QByteArray FakeSam::answer(const QByteArray &request)
{
    QMutexLocker lock(&m_mutex);
    ++m_requests;
    if (m_fault == Fault::NoReply)
        return {};
    const QByteArray find = QByteArray::fromHex("AAAAAA96690003200122");
    const QByteArray select = QByteArray::fromHex("AAAAAA96690003200221");
    const QByteArray read = QByteArray::fromHex("AAAAAA96690003300132");
    if (request == find)
        return m_present ? replyFrame(0x9f, QByteArray(4, '\0')) : replyFrame(0x80);
    if (request == select)
        return !m_present ? replyFrame(0x81)
               : m_fault == Fault::SelectFails ? replyFrame(0x81)
                                               : replyFrame(0x90, QByteArray(8, '\0'));
    if (request == read) {
        if (!m_present)
            return replyFrame(0x41);
        ++m_reads;
        QByteArray reply = readReply(m_card);
        if (m_fault == Fault::CorruptReadChecksum)
            reply[reply.size() - 1] = char(reply.back() ^ 0x5a);
        return reply;
    }
    return replyFrame(0x21); // unknown command
}

} // namespace hallq::test
