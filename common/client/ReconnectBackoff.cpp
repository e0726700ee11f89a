#include "client/ReconnectBackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace hallq::client {

ReconnectBackoff::ReconnectBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max,
                                   double jitter)
    : m_jitter(0)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    setRange(initial, max);
    setJitter(jitter);
}

void ReconnectBackoff::setRandom(Random random)
{
    m_random = std::move(random);
}

void ReconnectBackoff::setRange(std::chrono::milliseconds initial, std::chrono::milliseconds max)
{
    m_initial = std::max(initial, std::chrono::milliseconds(1));
    m_max = std::max(max, m_initial);
}

void ReconnectBackoff::setJitter(double jitter)
{
    m_jitter = std::clamp(jitter, 0.0, 1.0);
}

std::chrono::milliseconds ReconnectBackoff::next()
{
    // Double per attempt without overflowing: stop shifting once the cap is reached.
    auto base = m_initial;
    for (int i = 0; i < m_attempts && base < m_max; ++i)
        base *= 2;
    base = std::min(base, m_max);
    ++m_attempts;
    const double r = std::clamp(m_random ? m_random() : 0.0, 0.0, 1.0);
    const auto cut = static_cast<std::chrono::milliseconds::rep>(static_cast<double>(base.count()) * m_jitter * r);
    return std::max(base - std::chrono::milliseconds(cut), std::chrono::milliseconds(1));
}

void ReconnectBackoff::reset()
{
    m_attempts = 0;
}

} // namespace hallq::client
