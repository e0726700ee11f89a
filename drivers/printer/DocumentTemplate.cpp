#include "printer/DocumentTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "printer/TicketTemplate.h" // readTemplateFile

using namespace Qt::StringLiterals;

namespace hallq::printer {
namespace {

DocumentTemplate builtin(const QString &resource)
{
    QString error;
    auto t = DocumentTemplate::load(resource, &error);
    if (!t) // the shipped files are tested; a broken one is a build defect
        qFatal("built-in document template %s: %s", qPrintable(resource), qPrintable(error));
    return *t;
}

QStringList stringList(const QJsonValue &v, bool *ok)
{
    QStringList out;
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        *ok = false;
        return out;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            *ok = false;
        out.append(item.toString());
    }
    return out;
}

} // namespace

DocumentTemplate DocumentTemplate::builtinAcceptance()
{
    return builtin(u":/hallq/documents/acceptance-notice.json"_s);
}

DocumentTemplate DocumentTemplate::builtinMaterials()
{
    return builtin(u":/hallq/documents/materials-notice.json"_s);
}

std::optional<DocumentTemplate> DocumentTemplate::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = u"not a JSON object: %1"_s.arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    DocumentTemplate t;
    t.title = o.value(u"title"_s).toString();
    if (t.title.isEmpty()) {
        if (error)
            *error = u"title is required"_s;
        return std::nullopt;
    }
    t.numberLabel = o.value(u"numberLabel"_s).toString();
    bool ok = true;
    for (const QJsonValue &row : o.value(u"fields"_s).toArray()) {
        const QJsonArray pair = row.toArray();
        if (pair.size() != 2 || !pair[0].isString() || !pair[1].isString())
            ok = false;
        t.fields.append({pair[0].toString(), pair[1].toString()});
    }
    t.greeting = o.value(u"greeting"_s).toString();
    t.body = stringList(o.value(u"body"_s), &ok);
    t.listTitle = o.value(u"listTitle"_s).toString();
    t.closing = stringList(o.value(u"closing"_s), &ok);
    t.signature = o.value(u"signature"_s).toString();
    t.staffLine = o.value(u"staffLine"_s).toString();
    t.dateLine = o.value(u"dateLine"_s).toString();
    t.qrCaption = o.value(u"qrCaption"_s).toString();
    if (!ok) {
        if (error)
            *error = u"fields must be [label, value] pairs; body and closing arrays of strings"_s;
        return std::nullopt;
    }
    return t;
}

std::optional<DocumentTemplate> DocumentTemplate::load(const QString &path, QString *error)
{
    const std::optional<QByteArray> json = readTemplateFile(path, error);
    return json ? fromJson(*json, error) : std::nullopt;
}

} // namespace hallq::printer
