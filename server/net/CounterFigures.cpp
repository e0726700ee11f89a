#include "net/CounterFigures.h"

namespace hallq::net {

using engine::TicketState;

protocol::WindowFigures windowFigures(const engine::Engine &engine, const RatingBook &ratings, int window)
{
    protocol::WindowFigures f;
    f.window = window;
    const QDate today = engine.currentBusinessDay();
    qint64 handlingSeconds = 0;
    for (const engine::Ticket &t : engine.state().tickets) {
        if (t.businessDay != today || t.window != window)
            continue;
        if (t.state == TicketState::Finished) {
            ++f.served;
            const QDateTime began = t.servingAt.isValid() ? t.servingAt : t.calledAt;
            if (began.isValid() && t.finishedAt.isValid())
                handlingSeconds += std::max<qint64>(0, began.secsTo(t.finishedAt));
        } else if (t.state == TicketState::NoShow) {
            ++f.noShows;
        }
    }
    if (f.served > 0)
        f.averageHandlingSeconds = int((handlingSeconds + f.served / 2) / f.served);

    f.ratingsByLevel = QList<int>(protocol::kRatingLevelMax, 0);
    int sum = 0;
    for (const auto &rating : ratings.forWindow(window)) {
        if (rating.level < protocol::kRatingLevelMin || rating.level > protocol::kRatingLevelMax)
            continue;
        ++f.ratings;
        sum += rating.level;
        ++f.ratingsByLevel[rating.level - 1];
        if (rating.level <= protocol::kBadRatingLevel)
            ++f.badRatings;
    }
    if (f.ratings > 0)
        f.ratingAverage = double(sum) / f.ratings;
    return f;
}

} // namespace hallq::net
