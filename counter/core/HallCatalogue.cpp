#include "counter/core/HallCatalogue.h"

#include "counter/core/CounterLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace hallq::counter {

namespace {

// A guide lists materials as plain strings or as {name, requirement}; both are read.
QList<printer::MissingMaterial> readMaterials(const QJsonValue &value)
{
    QList<printer::MissingMaterial> out;
    for (const auto &item : value.toArray()) {
        if (item.isString())
            out.append({item.toString(), {}});
        else if (item.isObject()) {
            const QJsonObject o = item.toObject();
            const QString name = o.value(u"name"_s).toString();
            if (!name.isEmpty())
                out.append({name, o.value(u"requirement"_s).toString()});
        }
    }
    return out;
}

} // namespace

HallCatalogue::HallCatalogue(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

QUrl HallCatalogue::configUrl(const QUrl &serverUrl)
{
    QUrl url = serverUrl;
    url.setScheme(serverUrl.scheme() == u"wss" ? u"https"_s : u"http"_s);
    url.setPath(u"/config"_s);
    url.setQuery(QString());
    return url;
}

void HallCatalogue::fetch(const QUrl &serverUrl)
{
    QNetworkReply *reply = m_network->get(QNetworkRequest(configUrl(serverUrl)));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            qCInfo(lcCounter) << "hall catalogue not loaded:" << reply->errorString();
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        if (doc.isObject())
            load(doc.object());
    });
}

void HallCatalogue::load(const QJsonObject &hall)
{
    m_departments.clear();
    m_serviceDepartments.clear();
    m_materials.clear();
    m_windows.clear();
    m_hallName = hall.value(u"name"_s).toString();
    for (const auto &w : hall.value(u"windows"_s).toArray()) {
        const QJsonObject o = w.toObject();
        m_windows.append({o.value(u"number"_s).toInt(), o.value(u"name"_s).toString(), o.value(u"nameEn"_s).toString()});
    }
    for (const auto &d : hall.value(u"departments"_s).toArray()) {
        const QJsonObject o = d.toObject();
        m_departments.insert(o.value(u"id"_s).toString(), o.value(u"name"_s).toString());
    }
    for (const auto &s : hall.value(u"services"_s).toArray()) {
        const QJsonObject o = s.toObject();
        const QString id = o.value(u"id"_s).toString();
        m_serviceDepartments.insert(id, o.value(u"department"_s).toString());
        QList<printer::MissingMaterial> materials = readMaterials(o.value(u"guide"_s).toObject().value(u"materials"_s));
        if (materials.isEmpty())
            materials = readMaterials(o.value(u"materials"_s));
        if (!materials.isEmpty())
            m_materials.insert(id, materials);
    }
    // The hall's service guides (办事指南): {"service": id, "materials": [...]}.
    for (const auto &g : hall.value(u"guides"_s).toArray()) {
        const QJsonObject o = g.toObject();
        const QList<printer::MissingMaterial> materials = readMaterials(o.value(u"materials"_s));
        if (!materials.isEmpty())
            m_materials.insert(o.value(u"service"_s).toString(), materials);
    }
    m_loaded = true;
    emit loadedChanged();
}

} // namespace hallq::counter
