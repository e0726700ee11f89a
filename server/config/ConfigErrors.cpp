#include "config/ConfigErrors.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace hallq::config {

QString ConfigError::toString() const
{
    if (path.isEmpty())
        return u"%1: %2"_s.arg(file, message);
    return u"%1: %2: %3"_s.arg(file, path, message);
}

void ConfigErrors::add(const QString &file, const QString &path, const QString &message)
{
    m_errors.append(ConfigError{file, path, message});
}

void ConfigErrors::append(const ConfigErrors &other)
{
    m_errors.append(other.m_errors);
}

QString ConfigErrors::toString() const
{
    QStringList lines;
    lines.reserve(m_errors.size());
    for (const ConfigError &error : m_errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

} // namespace hallq::config
