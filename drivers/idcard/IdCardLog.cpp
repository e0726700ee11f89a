#include "idcard/IdCardLog.h"

namespace hallq::idcard {
// Never log a card's name or full number here: IdentityCard::masked() only.
Q_LOGGING_CATEGORY(lcIdCard, "hallq.idcard", QtInfoMsg)
}
