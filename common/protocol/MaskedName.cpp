#include "protocol/MaskedName.h"

namespace hallq::protocol {

bool isMaskedName(QStringView text)
{
    if (text.size() < 2 || text.size() > 16 || text.front() == u'*' || text.front().isSpace())
        return false;
    for (QChar c : text.sliced(1))
        if (c != u'*')
            return false;
    return true;
}

} // namespace hallq::protocol
