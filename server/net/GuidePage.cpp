#include "net/GuidePage.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hallq::net {

namespace {

QJsonObject findById(const QJsonArray &list, QLatin1StringView key, const QString &id)
{
    for (const auto &value : list)
        if (value.toObject().value(key).toString() == id)
            return value.toObject();
    return {};
}

QString row(const QString &label, const QString &zh, const QString &en)
{
    QString cell = zh.toHtmlEscaped();
    if (!en.isEmpty())
        cell += u"<br><span class=en>"_s + en.toHtmlEscaped() + u"</span>"_s;
    return u"<tr><th>"_s + label + u"</th><td>"_s + cell + u"</td></tr>\n"_s;
}

} // namespace

QByteArray GuidePage::html(const QJsonObject &hall, const QString &serviceId)
{
    const QJsonObject guide = findById(hall.value("guides"_L1).toArray(), "service"_L1, serviceId);
    const QJsonObject service = findById(hall.value("services"_L1).toArray(), "id"_L1, serviceId);
    if (guide.isEmpty() || service.isEmpty())
        return {};
    const auto text = [&](QLatin1StringView key) { return guide.value(key).toString(); };
    const QJsonArray materials = guide.value("materials"_L1).toArray();
    const QJsonArray materialsEn = guide.value("materialsEn"_L1).toArray();
    QString list = u"<ol>"_s;
    for (qsizetype i = 0; i < materials.size(); ++i) {
        list += u"<li>"_s + materials.at(i).toString().toHtmlEscaped();
        if (i < materialsEn.size())
            list += u"<br><span class=en>"_s + materialsEn.at(i).toString().toHtmlEscaped() + u"</span>"_s;
        list += u"</li>"_s;
    }
    list += u"</ol>"_s;

    const QString name = service.value("name"_L1).toString().toHtmlEscaped();
    const QString nameEn = service.value("nameEn"_L1).toString().toHtmlEscaped();
    QString page = u"<!doctype html>\n<html lang=zh-CN><head><meta charset=utf-8>"
                   "<meta name=viewport content=\"width=device-width, initial-scale=1\">"
                   "<title>办事指南 · %1</title><style>"
                   "body{font-family:sans-serif;font-size:18px;line-height:1.5;margin:1em;color:#111}"
                   "h1{font-size:1.5em}th{text-align:left;vertical-align:top;padding-right:1em;white-space:nowrap}"
                   "td,th{padding:.4em 0;border-bottom:1px solid #ccc}.en{color:#444;font-size:.9em}"
                   "</style></head><body>\n"_s.arg(name);
    page += u"<h1>%1 办事指南<br><span class=en>%2 — service guide</span></h1>\n"_s.arg(
        name, nameEn);
    page += u"<p>%1</p>\n"_s.arg(hall.value("name"_L1).toString().toHtmlEscaped());
    page += u"<table>\n"_s;
    page += u"<tr><th>申请材料<br><span class=en>Materials</span></th><td>"_s + list + u"</td></tr>\n"_s;
    page += row(u"办理时限<br><span class=en>Time limit</span>"_s, text("timeLimit"_L1), text("timeLimitEn"_L1));
    page += row(u"收费标准<br><span class=en>Fees</span>"_s, text("fees"_L1), text("feesEn"_L1));
    page += row(u"办理窗口<br><span class=en>Where</span>"_s, text("window"_L1), text("windowEn"_L1));
    page += u"</table>\n</body></html>\n"_s;
    return page.toUtf8();
}

} // namespace hallq::net
