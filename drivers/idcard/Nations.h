#pragma once

#include <QString>

namespace hallq::idcard {

// GB/T 3304 ethnic group codes as written on the card ("01" 汉 … "56" 基诺,
// "97" 其他, "98" 外国血统中国籍人士). Empty for an unknown code.
QString nationName(QStringView code);

} // namespace hallq::idcard
