#pragma once

#include <QHttpServerRouterRule>
#include <QString>

namespace hallq::net {

// A QHttpServer (6.4) route that claims every path under a prefix, whatever
// the method, and hands its handler the raw socket: a handler that answers
// only once a change is durable must write later, and a QPointer to the
// socket is the only safe way to do that (the client may have gone).
class PrefixRouteRule : public QHttpServerRouterRule
{
public:
    PrefixRouteRule(const QString &prefix, RouterHandler handler);

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *match) const override;

private:
    QString m_prefix;
};

} // namespace hallq::net
