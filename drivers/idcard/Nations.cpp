#include "idcard/Nations.h"

#include <array>

using namespace Qt::StringLiterals;

namespace hallq::idcard {

QString nationName(QStringView code)
{
    static const std::array<const char16_t *, 56> names{
        u"汉",     u"蒙古",   u"回",     u"藏",     u"维吾尔", u"苗",     u"彝",       u"壮",
        u"布依",   u"朝鲜",   u"满",     u"侗",     u"瑶",     u"白",     u"土家",     u"哈尼",
        u"哈萨克", u"傣",     u"黎",     u"傈僳",   u"佤",     u"畲",     u"高山",     u"拉祜",
        u"水",     u"东乡",   u"纳西",   u"景颇",   u"柯尔克孜", u"土",   u"达斡尔",   u"仫佬",
        u"羌",     u"布朗",   u"撒拉",   u"毛南",   u"仡佬",   u"锡伯",   u"阿昌",     u"普米",
        u"塔吉克", u"怒",     u"乌孜别克", u"俄罗斯", u"鄂温克", u"德昂", u"保安",     u"裕固",
        u"京",     u"塔塔尔", u"独龙",   u"鄂伦春", u"赫哲",   u"门巴",   u"珞巴",     u"基诺"};
    bool ok = false;
    const int n = code.toInt(&ok);
    if (!ok || code.size() != 2)
        return QString();
    if (n >= 1 && n <= 56)
        return QString::fromUtf16(names[std::size_t(n - 1)]);
    if (n == 97)
        return u"其他"_s;
    if (n == 98)
        return u"外国血统中国籍人士"_s;
    return QString();
}

} // namespace hallq::idcard
