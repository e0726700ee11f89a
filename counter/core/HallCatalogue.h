#pragma once

#include "printer/MaterialsNotice.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace hallq::counter {

// The parts of the hall's published configuration (GET /config on the
// server) the counter prints: department names and each service's guide
// materials (办事指南), for the notices. Fetched once per log-in; missing
// parts simply stay empty.
class HallCatalogue : public QObject
{
    Q_OBJECT
public:
    explicit HallCatalogue(QObject *parent = nullptr);

    // ws://host:port → http://host:port/config (wss → https).
    static QUrl configUrl(const QUrl &serverUrl);
    void fetch(const QUrl &serverUrl);
    // For tests and offline use: read an already parsed hall JSON.
    void load(const QJsonObject &hall);

    struct WindowEntry
    {
        int number = 0;
        QString name;
        QString nameEn;
    };

    bool loaded() const { return m_loaded; }
    QString hallName() const { return m_hallName; }
    // Every window of the hall, by number (for the log-in window picker).
    QList<WindowEntry> windows() const { return m_windows; }
    QString departmentName(const QString &departmentId) const { return m_departments.value(departmentId); }
    QString serviceDepartment(const QString &serviceId) const { return m_serviceDepartments.value(serviceId); }
    // The service guide's materials, in the guide's order (may be empty).
    QList<printer::MissingMaterial> guideMaterials(const QString &serviceId) const
    {
        return m_materials.value(serviceId);
    }

signals:
    void loadedChanged();

private:
    QNetworkAccessManager *m_network;
    bool m_loaded = false;
    QString m_hallName;
    QList<WindowEntry> m_windows;
    QHash<QString, QString> m_departments;
    QHash<QString, QString> m_serviceDepartments;
    QHash<QString, QList<printer::MissingMaterial>> m_materials;
};

} // namespace hallq::counter
