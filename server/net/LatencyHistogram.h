#pragma once

#include <QByteArray>
#include <QList>
#include <array>

namespace hallq::net {

// Cumulative histogram in the Prometheus style, in seconds.
class LatencyHistogram
{
public:
    void observe(double seconds);
    // Lines `name_bucket{le=".."} n`, `name_sum`, `name_count`.
    QByteArray render(const QByteArray &name) const;
    quint64 count() const { return m_count; }

private:
    static constexpr std::array<double, 12> kBounds{0.0005, 0.001, 0.002, 0.003, 0.005, 0.01,
                                                    0.025, 0.05, 0.1, 0.25, 0.5, 1.0};
    std::array<quint64, kBounds.size()> m_buckets{};
    quint64 m_count = 0;
    double m_sum = 0;
};

} // namespace hallq::net
