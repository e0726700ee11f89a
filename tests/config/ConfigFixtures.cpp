#include "ConfigFixtures.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hallq::config::test {
namespace {

QJsonValue parseValue(const QByteArray &valueJson)
{
    // QJsonDocument only parses objects and arrays at the top: wrap the value.
    const QJsonDocument wrapper = QJsonDocument::fromJson("[" + valueJson + "]");
    REQUIRE(wrapper.isArray());
    return wrapper.array().at(0);
}

QJsonValue setAt(const QJsonValue &node, QStringList steps, const std::optional<QJsonValue> &value)
{
    const QString step = steps.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        const int index = step.toInt(&ok);
        REQUIRE(ok);
        REQUIRE(index <= array.size());
        if (steps.isEmpty() && !value)
            array.removeAt(index);
        else if (index == array.size())
            array.append(steps.isEmpty() ? *value : QJsonValue());
        else
            array[index] = steps.isEmpty() ? *value : setAt(array.at(index), steps, value);
        return array;
    }
    REQUIRE(node.isObject());
    QJsonObject object = node.toObject();
    if (steps.isEmpty() && !value)
        object.remove(step);
    else
        object[step] = steps.isEmpty() ? *value : setAt(object.value(step), steps, value);
    return object;
}

} // namespace

QString sourceDir()
{
    const QString dir = qEnvironmentVariable("HALLQ_SOURCE_DIR");
    if (!dir.isEmpty())
        return dir;
    // ctest is meant to set the variable, but cannot while hallq_add_test
    // passes several ENVIRONMENT entries unescaped; this file's own place in
    // the tree (tests/config/) is the next best witness.
    const QDir here = QFileInfo(QString::fromUtf8(__FILE__)).absoluteDir();
    if (!here.exists(u"../../resources/halls"_s))
        FAIL("HALLQ_SOURCE_DIR is not set; run through ctest or set it to the source tree");
    return QDir::cleanPath(here.filePath(u"../.."_s));
}

QString shippedHallPath()
{
    return sourceDir() + u"/resources/halls/chaling.json"_s;
}

QString shippedHallDir()
{
    return sourceDir() + u"/resources/halls"_s;
}

QString shippedCalendarDir()
{
    return sourceDir() + u"/resources/calendars"_s;
}

QByteArray minimalHall()
{
    return R"({
        "id": "test", "name": "测试大厅", "nameEn": "Test hall", "timeZone": "Asia/Shanghai",
        "calendar": {"files": ["../calendars/cn-2026.json"], "hours": ["08:30-12:00", "14:00-17:00"],
                     "extendedUntil": {"tue": "18:00"}, "numberResetTime": "00:00"},
        "rules": {"recallLimit": 3, "agingLimit": 20, "reactivatePlacement": "end"},
        "departments": [{"id": "approval", "name": "行政审批服务局", "nameEn": "Approval bureau",
                         "chiefRepresentative": "首席代表（待定）"}],
        "services": [
            {"id": "consult", "name": "综合咨询", "nameEn": "Enquiries", "prefix": "A", "department": "approval"},
            {"id": "accept", "name": "综合受理", "nameEn": "Acceptance", "prefix": "B", "department": "approval",
             "hours": ["09:00-12:00"]}
        ],
        "windows": [
            {"number": 1, "name": "综合窗口", "nameEn": "Counter", "type": "comprehensive",
             "profile": [{"service": "accept", "weight": 2}, {"service": "consult", "weight": 1}]},
            {"number": 5, "name": "绿色通道窗口", "nameEn": "Green channel", "type": "green",
             "profile": [{"service": "consult", "weight": 1}]}
        ],
        "greenChannel": {"windowType": "green"},
        "alerts": {"yellowWaitMinutes": 30, "redWaitMinutes": 60},
        "notices": ["办事指南免费取用"]
    })";
}

QByteArray patched(const QByteArray &json, const QString &pointer, const QByteArray &valueJson)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    REQUIRE(document.isObject());
    QStringList steps = pointer.split(u'/');
    REQUIRE(steps.takeFirst().isEmpty()); // a pointer starts with "/"
    const std::optional<QJsonValue> value =
        valueJson.isEmpty() ? std::nullopt : std::optional<QJsonValue>(parseValue(valueJson));
    return QJsonDocument(setAt(document.object(), steps, value).toObject()).toJson(QJsonDocument::Compact);
}

QStringList messagesAt(const ConfigErrors &errors, const QString &path)
{
    QStringList out;
    for (const ConfigError &error : errors.items()) {
        if (error.path == path)
            out.append(error.message);
    }
    return out;
}

} // namespace hallq::config::test
