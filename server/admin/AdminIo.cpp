#include "admin/AdminIo.h"

using namespace Qt::StringLiterals;

namespace hallq::admin {

std::optional<QString> AdminIo::readLine()
{
    QString line;
    if (!m_in.readLineInto(&line))
        return std::nullopt;
    if (line.endsWith(u'\r')) // a password piped from a Windows editor
        line.chop(1);
    return line;
}

void AdminIo::fail(const QString &message)
{
    m_err << u"hallq-admin: "_s << message << Qt::endl;
}

} // namespace hallq::admin
