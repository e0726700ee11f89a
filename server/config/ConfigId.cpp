#include "config/ConfigId.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hallq::config {

bool ConfigId::isValid(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]*$"_s);
    return pattern.match(id).hasMatch();
}

QString ConfigId::rule()
{
    return u"lower-case letters, digits or _, starting with a letter"_s;
}

} // namespace hallq::config
