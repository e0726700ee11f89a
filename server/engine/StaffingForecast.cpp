#include "engine/StaffingForecast.h"

#include <algorithm>
#include <array>

namespace hallq::engine {

namespace {

constexpr int kSlots = HallHistory::kSlots;

using Pattern = std::array<bool, kSlots>;

Pattern patternOf(int window, bool rostered, const HallHistory &history, const StaffingForecast::Day &day)
{
    Pattern p{};
    for (int slot = 0; slot < kSlots; ++slot) {
        const double learned = history.windowActive(window, slot);
        if (learned >= 0) {
            p[size_t(slot)] = learned >= 0.5;
            continue;
        }
        const qint64 mid = day.dayStartMs + slot * HallHistory::kSlotMs + HallHistory::kSlotMs / 2;
        p[size_t(slot)] = rostered && std::any_of(day.sessions.begin(), day.sessions.end(), [&](const auto &s) {
                              return mid >= s.first && mid < s.second;
                          });
    }
    return p;
}

int slotAt(qint64 ms, const StaffingForecast::Day &day)
{
    return int(std::clamp<qint64>((ms - day.dayStartMs) / HallHistory::kSlotMs, 0, kSlots));
}

// First slot after `slot` where the pattern differs from the slot before it; kSlots if none.
int nextChange(const Pattern &p, int slot)
{
    for (int b = std::max(1, slot + 1); b < kSlots; ++b)
        if (p[size_t(b)] != p[size_t(b - 1)])
            return b;
    return kSlots;
}

int nextRise(const Pattern &p, int slot)
{
    for (int b = std::max(1, slot + 1); b < kSlots; ++b)
        if (p[size_t(b)] && !p[size_t(b - 1)])
            return b;
    return kSlots;
}

void add(QList<QueueForecast::Interval> &out, qint64 start, qint64 end)
{
    if (end <= start)
        return;
    if (!out.isEmpty() && out.last().endMs >= start)
        out.last().endMs = std::max(out.last().endMs, end);
    else
        out.append({start, end});
}

} // namespace

QList<QueueForecast::Interval> StaffingForecast::forWindow(int window, const WindowStatus &status,
                                                           const HallHistory &history, const Day &day)
{
    const bool active = status.state == WindowState::Idle || status.state == WindowState::Calling ||
                        status.state == WindowState::Serving;
    const bool paused = status.state == WindowState::Paused;
    // Without a profile, before anyone has opened today: every window is
    // expected for the day's sessions (the hall has been configured for them).
    const bool rostered = active || paused || history.staffedToday(window) ||
                          (history.days() == 0 && !history.anyStaffedToday());
    const Pattern p = patternOf(window, rostered, history, day);
    const auto slotStart = [&](int slot) { return day.dayStartMs + slot * HallHistory::kSlotMs; };
    const qint64 dayEnd = slotStart(kSlots);
    const int nowSlot = slotAt(day.nowMs, day);

    QList<QueueForecast::Interval> out;
    int followFrom = kSlots; // from this slot on the pattern rules
    if (active) {
        const int change = nextChange(p, nowSlot);
        add(out, day.nowMs, slotStart(change));
        followFrom = change;
    } else if (paused && status.pauseReason == PauseReason::Lunch) {
        followFrom = nextRise(p, nowSlot);
    } else if (paused) {
        const qint64 since = status.since.isValid() ? status.since.toMSecsSinceEpoch() : day.nowMs;
        const qint64 back = std::max(day.nowMs + 60'000, since + qint64(day.pauseSeconds * 1000));
        const int change = nextChange(p, slotAt(back, day));
        add(out, back, std::max(back, slotStart(change)));
        followFrom = change;
    } else {
        followFrom = nextChange(p, nowSlot);
    }
    for (int slot = followFrom; slot < kSlots; ++slot)
        if (p[size_t(slot)])
            add(out, std::max(day.nowMs, slotStart(slot)), slotStart(slot + 1));

    // Whoever is at the window when the hall closes serves the queue out.
    const qint64 closing = day.sessions.empty() ? day.nowMs : day.sessions.back().second;
    if (!out.isEmpty() && (out.last().endMs >= closing - HallHistory::kSlotMs || out.last().endMs >= dayEnd))
        out.last().endMs = QueueForecast::kNever;
    return out;
}

} // namespace hallq::engine
