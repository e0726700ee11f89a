#pragma once

#include <QStringView>

namespace hallq::protocol {

// A citizen's name as staff may see it: the first character and one star per
// other character ("张*", "欧阳**"). Anything else in a masked-name field is
// refused, so a full name can never travel by mistake.
bool isMaskedName(QStringView text);

} // namespace hallq::protocol
