#include "net/PrefixRouteRule.h"

#include <QHttpServerRequest>

namespace hallq::net {

PrefixRouteRule::PrefixRouteRule(const QString &prefix, RouterHandler handler)
    : QHttpServerRouterRule(prefix, QHttpServerRequest::Method::AnyKnown, std::move(handler)), m_prefix(prefix)
{
}

bool PrefixRouteRule::matches(const QHttpServerRequest &request, QRegularExpressionMatch *) const
{
    const QString path = request.url().path();
    return path == m_prefix || path.startsWith(m_prefix + QLatin1Char('/'));
}

} // namespace hallq::net
