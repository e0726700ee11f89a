#include "net/LatencyHistogram.h"

namespace hallq::net {

void LatencyHistogram::observe(double seconds)
{
    for (size_t i = 0; i < kBounds.size(); ++i)
        if (seconds <= kBounds[i])
            ++m_buckets[i];
    ++m_count;
    m_sum += seconds;
}

QByteArray LatencyHistogram::render(const QByteArray &name) const
{
    QByteArray out;
    for (size_t i = 0; i < kBounds.size(); ++i)
        out += name + "_bucket{le=\"" + QByteArray::number(kBounds[i]) + "\"} "
               + QByteArray::number(m_buckets[i]) + '\n';
    out += name + "_bucket{le=\"+Inf\"} " + QByteArray::number(m_count) + '\n';
    out += name + "_sum " + QByteArray::number(m_sum, 'g', 9) + '\n';
    out += name + "_count " + QByteArray::number(m_count) + '\n';
    return out;
}

} // namespace hallq::net
