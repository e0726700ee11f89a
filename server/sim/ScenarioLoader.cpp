#include "sim/ScenarioLoader.h"

#include "config/JsonFields.h"
#include "config/JsonFile.h"
#include "config/TimeText.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hallq::sim {

namespace {

// "1-20", "1-4,7,9-10": window numbers.
std::optional<QList<int>> parseWindows(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(u'-');
        bool ok1 = false, ok2 = true;
        const int from = ends.value(0).toInt(&ok1);
        const int to = ends.size() == 2 ? ends[1].toInt(&ok2) : from;
        if (!ok1 || !ok2 || ends.size() > 2 || from < 1 || to < from || to - from > 10000)
            return std::nullopt;
        for (int w = from; w <= to; ++w)
            out.append(w);
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace

ScenarioLoader::Result ScenarioLoader::load(const QString &path)
{
    return config::JsonFile::loadWith<Result>(path, [](const QByteArray &json, const QString &label, const QString &dir) {
        return loadFromJson(json, label, dir);
    });
}

ScenarioLoader::Result ScenarioLoader::loadFromJson(const QByteArray &json, const QString &fileLabel,
                                                    const QString &baseDir)
{
    config::ConfigErrors errors;
    const auto root = config::JsonFile::parse(json, fileLabel, errors);
    if (!root)
        return errors;
    Scenario s;
    s.file = fileLabel;
    config::JsonFields f(*root, QString(), fileLabel, errors);
    s.name = f.string("name"_L1).value_or(QString());
    if (const auto hall = f.string("hall"_L1))
        s.hallFile = QDir(config::JsonFile::baseDirFor(fileLabel, baseDir)).absoluteFilePath(*hall);
    if (const auto date = f.string("date"_L1)) {
        const auto parsed = config::TimeText::parseDate(*date);
        if (parsed)
            s.date = *parsed;
        else
            f.error("date"_L1, u"must be a date like 2026-03-03"_s);
    }
    s.days = f.integer("days"_L1, 1, 366, 1);
    s.seed = quint64(f.integer("seed"_L1, 0, 2'000'000'000, 1));
    s.ticketsPerDay = f.integer("ticketsPerDay"_L1, 0, 1'000'000).value_or(0);
    s.greenShare = f.number("greenShare"_L1, 0, 1, 0);
    s.appointmentShare = f.number("appointmentShare"_L1, 0, 1, 0);
    s.noShowRate = f.number("noShowRate"_L1, 0, 1, 0);
    s.patienceMinutes = f.number("patienceMinutes"_L1, 0, 24 * 60, 0);
    s.recallShare = f.number("recallShare"_L1, 0, 1, 0);
    s.transferShare = f.number("transferShare"_L1, 0, 1, 0);
    s.transferTo = f.string("transferTo"_L1, QString());
    s.walkSecondsMin = f.number("walkSecondsMin"_L1, 0, 3600, 15);
    s.walkSecondsMax = f.number("walkSecondsMax"_L1, 0, 3600, 60);
    if (s.walkSecondsMax < s.walkSecondsMin)
        f.error("walkSecondsMax"_L1, u"must not be below walkSecondsMin"_s);
    s.recallIntervalSeconds = f.integer("recallIntervalSeconds"_L1, 1, 3600, 30);
    s.callGapSeconds = f.integer("callGapSeconds"_L1, 0, 3600, 5);
    s.pausesPerWindowHour = f.number("pausesPerWindowHour"_L1, 0, 60, 0);
    s.pauseMeanMinutes = f.number("pauseMeanMinutes"_L1, 0.1, 600, 8);
    s.drainAtClose = f.boolean("drainAtClose"_L1, true);
    if (s.transferShare > 0 && s.transferTo.isEmpty())
        f.error("transferTo"_L1, u"is needed when transferShare is above 0"_s);

    if (const auto curve = f.array("arrivalCurve"_L1)) {
        for (qsizetype i = 0; i < curve->size(); ++i) {
            const QJsonArray point = curve->at(i).toArray();
            const auto at = point.size() == 2 ? config::TimeText::parseTime(point[0].toString()) : std::nullopt;
            const double rate = point.size() == 2 && point[1].isDouble() ? point[1].toDouble() : -1;
            if (!at || rate < 0) {
                f.error(u"arrivalCurve[%1]"_s.arg(i), u"must be [\"HH:MM\", rate ≥ 0]"_s);
                continue;
            }
            if (!s.arrivalCurve.isEmpty() && *at <= s.arrivalCurve.last().at) {
                f.error(u"arrivalCurve[%1]"_s.arg(i), u"must come after the point before it"_s);
                continue;
            }
            s.arrivalCurve.append({*at, rate});
        }
        if (s.arrivalCurve.size() < 2)
            f.error("arrivalCurve"_L1, u"needs at least two points"_s);
    }
    if (const auto services = f.array("services"_L1)) {
        f.forEachObject("services"_L1, *services, [&](config::JsonFields &e, qsizetype) {
            Scenario::ServiceMix m;
            m.id = e.string("id"_L1).value_or(QString());
            m.share = e.number("share"_L1, 0, 1e9, 0);
            m.meanSeconds = e.number("meanSeconds"_L1, 1, 86400, 300);
            m.cv = e.number("cv"_L1, 0, 10, 0.8);
            s.services.append(m);
        });
        double total = 0;
        for (const auto &m : std::as_const(s.services))
            total += m.share;
        if (total <= 0)
            f.error("services"_L1, u"needs a service with a share above 0"_s);
    }
    if (const auto staffing = f.array("staffing"_L1)) {
        f.forEachObject("staffing"_L1, *staffing, [&](config::JsonFields &e, qsizetype) {
            Scenario::Staffing st;
            if (const auto windows = e.string("windows"_L1)) {
                const auto parsed = parseWindows(*windows);
                if (parsed)
                    st.windows = *parsed;
                else
                    e.error("windows"_L1, u"must list window numbers like \"1-20\" or \"1-4,7\""_s);
            }
            st.hours = e.timeRanges("hours"_L1, true);
            s.staffing.append(st);
        });
    }
    f.finish();
    if (!errors.isEmpty())
        return errors;
    return s;
}

config::ConfigErrors ScenarioLoader::check(const Scenario &scenario, const engine::HallConfig &hall)
{
    config::ConfigErrors errors;
    const auto add = [&](const QString &path, const QString &message) { errors.add(scenario.file, path, message); };
    for (qsizetype i = 0; i < scenario.services.size(); ++i)
        if (!hall.service(scenario.services[i].id))
            add(u"services[%1].id"_s.arg(i), u"the hall has no service '%1'"_s.arg(scenario.services[i].id));
    if (scenario.transferShare > 0 && !hall.service(scenario.transferTo))
        add(u"transferTo"_s, u"the hall has no service '%1'"_s.arg(scenario.transferTo));
    for (qsizetype i = 0; i < scenario.staffing.size(); ++i)
        for (int w : scenario.staffing[i].windows)
            if (!hall.window(w)) {
                add(u"staffing[%1].windows"_s.arg(i), u"the hall has no window %1"_s.arg(w));
                break;
            }
    return errors;
}

} // namespace hallq::sim
