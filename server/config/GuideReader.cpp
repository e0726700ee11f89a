#include "config/GuideReader.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace hallq::config {

void GuideReader::read()
{
    const auto list = m_root.array("guides"_L1, false);
    if (!list)
        return;
    QSet<QString> seen;
    // Guides are known by their service, so errors say guides[service accept].
    const auto label = [](const QJsonObject &guide, qsizetype index) {
        const QJsonValue service = guide.value("service"_L1);
        return service.isString() ? u"service %1"_s.arg(service.toString()) : QString::number(index);
    };
    m_root.forEachObject("guides"_L1, *list, [&](JsonFields &f, qsizetype) { readGuide(f, seen); }, label);
}

void GuideReader::readGuide(JsonFields &fields, QSet<QString> &seen)
{
    ServiceGuide guide;
    if (const auto service = fields.string("service"_L1)) {
        if (!m_hall.config.service(*service))
            fields.error(u"service", u"\"%1\" is not a service listed in services"_s.arg(*service));
        else if (seen.contains(*service))
            fields.error(u"service", u"\"%1\" already has a guide"_s.arg(*service));
        seen.insert(*service);
        guide.serviceId = *service;
    }
    if (const auto materials = fields.stringList("materials"_L1)) {
        if (materials->isEmpty())
            fields.error(u"materials", u"lists nothing; write the materials, or \"无需材料\""_s);
        guide.materials = *materials;
    }
    guide.materialsEn = fields.stringList("materialsEn"_L1, false).value_or(QStringList());
    if (!guide.materialsEn.isEmpty() && guide.materialsEn.size() != guide.materials.size())
        fields.error(u"materialsEn", u"has %1 items but materials has %2; translate each item"_s
                                         .arg(guide.materialsEn.size())
                                         .arg(guide.materials.size()));
    guide.timeLimit = fields.string("timeLimit"_L1).value_or(QString());
    guide.timeLimitEn = fields.string("timeLimitEn"_L1, QString());
    guide.fees = fields.string("fees"_L1).value_or(QString());
    guide.feesEn = fields.string("feesEn"_L1, QString());
    guide.window = fields.string("window"_L1).value_or(QString());
    guide.windowEn = fields.string("windowEn"_L1, QString());
    guide.url = fields.string("url"_L1, QString());
    if (!guide.url.isEmpty() && !isWebLink(guide.url))
        fields.error(u"url", u"\"%1\" is not an http:// or https:// address"_s.arg(guide.url));
    if (!guide.serviceId.isEmpty())
        m_hall.extras.guides.append(guide);
}

bool GuideReader::isWebLink(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && (parsed.scheme() == u"http"_s || parsed.scheme() == u"https"_s) &&
           !parsed.host().isEmpty();
}

} // namespace hallq::config
