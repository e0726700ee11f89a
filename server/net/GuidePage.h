#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hallq::net {

// The downloadable 办事指南 of one service (/g/<service>, the QR code the
// kiosk shows next to a guide): a small self-contained HTML page, Chinese with
// the English beside it, made from the hall file's "guides" list. Free to
// read and print (art. 7); no personal data.
class GuidePage
{
public:
    // Empty when the hall lists no guide for that service.
    static QByteArray html(const QJsonObject &hall, const QString &serviceId);
};

} // namespace hallq::net
