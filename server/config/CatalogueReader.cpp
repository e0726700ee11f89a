#include "config/CatalogueReader.h"

#include "config/ConfigId.h"

using namespace Qt::StringLiterals;

namespace hallq::config {
namespace {

// A malformed id is reported but still returned, so that entries referring
// to it do not each report a second, misleading "unknown" error.
std::optional<QString> readId(JsonFields &fields)
{
    const std::optional<QString> id = fields.string("id"_L1);
    if (id && !ConfigId::isValid(*id))
        fields.error(u"id", u"\"%1\" must be %2"_s.arg(*id, ConfigId::rule()));
    return id;
}

} // namespace

void CatalogueReader::read()
{
    if (const auto list = m_root.array("departments"_L1)) {
        m_root.forEachObject("departments"_L1, *list, [this](JsonFields &f, qsizetype) { readDepartment(f); });
    }
    const auto services = m_root.array("services"_L1);
    m_servicesListed = services.has_value();
    if (const auto &list = services) {
        if (list->isEmpty())
            m_root.error(u"services", u"lists no service"_s);
        m_root.forEachObject("services"_L1, *list, [this](JsonFields &f, qsizetype) { readService(f); });
    }
    if (const auto list = m_root.array("windows"_L1)) {
        if (list->isEmpty())
            m_root.error(u"windows", u"lists no window"_s);
        // Windows are known by their number in the hall, so errors say "window 5".
        const auto label = [](const QJsonObject &window, qsizetype index) {
            const QJsonValue number = window.value("number"_L1);
            return number.isDouble() ? u"window %1"_s.arg(number.toDouble()) : QString::number(index);
        };
        m_root.forEachObject("windows"_L1, *list, [this](JsonFields &f, qsizetype) { readWindow(f); }, label);
    }
    checkEveryServiceServed();
}

bool CatalogueReader::unique(JsonFields &fields, QStringView key, const QString &value,
                             QHash<QString, QString> &seen)
{
    const auto it = seen.constFind(value);
    if (it != seen.constEnd()) {
        fields.error(key, u"\"%1\" is already used by %2"_s.arg(value, it.value()));
        return false;
    }
    seen.insert(value, fields.path());
    return true;
}

void CatalogueReader::readDepartment(JsonFields &fields)
{
    engine::Department department;
    if (const auto id = readId(fields); id && unique(fields, u"id", *id, m_departmentIds))
        department.id = *id;
    department.name = fields.string("name"_L1).value_or(QString());
    department.nameEn = fields.string("nameEn"_L1).value_or(QString());
    // Art. 13-15: every department in the hall has a chief representative.
    department.chiefRepresentative = fields.string("chiefRepresentative"_L1).value_or(QString());
    m_hall.departments.append(department);
}

void CatalogueReader::readService(JsonFields &fields)
{
    engine::ServiceConfig service; // its member defaults are the defaults of optional fields
    if (const auto id = readId(fields); id && unique(fields, u"id", *id, m_serviceIds)) {
        service.id = *id;
        m_servicePaths.insert(*id, fields.path());
    }
    service.name = fields.string("name"_L1).value_or(QString());
    service.nameEn = fields.string("nameEn"_L1).value_or(QString());
    if (const auto prefix = fields.string("prefix"_L1)) {
        const bool oneLetter = prefix->size() == 1 && prefix->at(0) >= u'A' && prefix->at(0) <= u'Z';
        if (!oneLetter)
            fields.error(u"prefix", u"\"%1\" must be one capital letter A-Z"_s.arg(*prefix));
        else if (unique(fields, u"prefix", *prefix, m_prefixes))
            service.prefix = *prefix;
    }
    if (const auto department = fields.string("department"_L1)) {
        if (!m_departmentIds.contains(*department))
            fields.error(u"department", u"\"%1\" is not a department listed in departments"_s.arg(*department));
        service.departmentId = *department;
    }
    readNumberRange(fields, service);
    service.hours = fields.timeRanges("hours"_L1, false);
    service.realName = fields.boolean("realName"_L1, service.realName);
    service.realNameLimit = fields.integer("realNameLimit"_L1, 1, 99, service.realNameLimit);
    service.greenChannel = fields.boolean("greenChannel"_L1, service.greenChannel);
    service.appointments = fields.boolean("appointments"_L1, service.appointments);
    service.issueOutsideHours = fields.boolean("issueOutsideHours"_L1, service.issueOutsideHours);
    service.meanHandlingSeconds = fields.integer("meanHandlingSeconds"_L1, 10, 36000, service.meanHandlingSeconds);
    m_hall.services.append(service);
}

void CatalogueReader::readNumberRange(JsonFields &fields, engine::ServiceConfig &service)
{
    // Numbers print with at least three digits; four is the widest a board shows.
    constexpr int kMaxNumber = 9999;
    const auto bound = [&](QLatin1StringView key, int fallback) {
        return fields.has(key) ? fields.integer(key, 1, kMaxNumber) : std::optional<int>(fallback);
    };
    const std::optional<int> min = bound("numberMin"_L1, service.numberMin);
    const std::optional<int> max = bound("numberMax"_L1, service.numberMax);
    if (min && max && *min > *max) {
        fields.error(u"numberMax", u"%1 is below numberMin (%2)"_s.arg(*max).arg(*min));
    } else if (min && max) {
        service.numberMin = *min;
        service.numberMax = *max;
    }
    service.dailyCap = fields.integer("dailyCap"_L1, 1, kMaxNumber, service.dailyCap);
    const int numbers = service.numberMax - service.numberMin + 1;
    if (service.dailyCap > numbers) {
        // More tickets than numbers would reuse a number on the same day.
        fields.error(u"dailyCap", u"%1 is more than the %2 numbers from numberMin to numberMax"_s
                                      .arg(service.dailyCap)
                                      .arg(numbers));
    }
}

void CatalogueReader::readWindow(JsonFields &fields)
{
    engine::WindowConfig window;
    if (const auto number = fields.integer("number"_L1, 1, 999);
        number && unique(fields, u"number", QString::number(*number), m_windowNumbers)) {
        window.number = *number;
    }
    window.name = fields.string("name"_L1).value_or(QString());
    window.nameEn = fields.string("nameEn"_L1).value_or(QString());
    window.type = fields.string("type"_L1).value_or(QString());
    if (const auto profile = fields.array("profile"_L1)) {
        if (profile->isEmpty())
            fields.error(u"profile", u"lists no service, so the window could never call a ticket"_s);
        QSet<QString> seen;
        fields.forEachObject("profile"_L1, *profile,
                             [&](JsonFields &entry, qsizetype) { readProfileEntry(entry, window, seen); });
    }
    m_hall.windows.append(window);
}

void CatalogueReader::readProfileEntry(JsonFields &fields, engine::WindowConfig &window, QSet<QString> &seen)
{
    engine::WorkProfileEntry entry;
    entry.weight = fields.integer("weight"_L1, 1, 100, entry.weight);
    const std::optional<QString> service = fields.string("service"_L1);
    if (!service)
        return;
    if (!m_serviceIds.contains(*service)) {
        // Without a readable services list that error is already reported once.
        if (m_servicesListed)
            fields.error(u"service", u"\"%1\" is not a service listed in services"_s.arg(*service));
        return;
    }
    if (seen.contains(*service)) {
        fields.error(u"service", u"\"%1\" is already in this window's profile"_s.arg(*service));
        return;
    }
    seen.insert(*service);
    m_served.insert(*service);
    entry.serviceId = *service;
    window.profile.append(entry);
}

void CatalogueReader::checkEveryServiceServed()
{
    for (const engine::ServiceConfig &service : std::as_const(m_hall.services)) {
        if (!service.id.isEmpty() && !m_served.contains(service.id)) {
            m_root.errors().add(m_root.file(), m_servicePaths.value(service.id),
                                u"no window's profile lists \"%1\", so its tickets would never be called"_s.arg(
                                    service.id));
        }
    }
}

} // namespace hallq::config
