#pragma once

#include "config/JsonFields.h"
#include "engine/HallConfig.h"

#include <QHash>

namespace hallq::config {

// Reads a hall's departments, services and windows into `hall` and checks how
// they refer to each other: every service belongs to a known department, every
// profile names a known service, every service is served by some window.
class CatalogueReader
{
public:
    CatalogueReader(JsonFields &root, engine::HallConfig &hall) : m_root(root), m_hall(hall) {}

    void read();

private:
    void readDepartment(JsonFields &fields);
    void readService(JsonFields &fields);
    void readNumberRange(JsonFields &fields, engine::ServiceConfig &service);
    void readWindow(JsonFields &fields);
    void readProfileEntry(JsonFields &fields, engine::WindowConfig &window, QSet<QString> &seen);
    void checkEveryServiceServed();
    // Reports `value` at `key` if `seen` already has it, else remembers it.
    bool unique(JsonFields &fields, QStringView key, const QString &value, QHash<QString, QString> &seen);

    JsonFields &m_root;
    engine::HallConfig &m_hall;
    QHash<QString, QString> m_departmentIds; // id -> path where first defined
    QHash<QString, QString> m_serviceIds;
    QHash<QString, QString> m_prefixes;
    QHash<QString, QString> m_windowNumbers;
    QHash<QString, QString> m_servicePaths; // service id -> its entry's path
    QSet<QString> m_served;
    bool m_servicesListed = false;
};

} // namespace hallq::config
