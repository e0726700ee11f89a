#include "config/HolidayCalendarLoader.h"

#include "config/JsonFields.h"
#include "config/JsonFile.h"
#include "config/TimeText.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace hallq::config {
namespace {

struct MakeUpDay
{
    QDate date;
    QString path;
};

class YearReader
{
public:
    YearReader(const QString &fileLabel, ConfigErrors &errors) : m_file(fileLabel), m_errors(errors) {}

    void read(const QJsonObject &root)
    {
        JsonFields fields(root, QString(), m_file, m_errors);
        m_year.year = fields.integer("year"_L1, 2000, 2200).value_or(0);
        fields.string("region"_L1, QString());
        if (const auto holidays = fields.array("holidays"_L1)) {
            fields.forEachObject("holidays"_L1, *holidays,
                                 [this](JsonFields &holiday, qsizetype) { readHoliday(holiday); });
        }
        fields.finish();
        checkMakeUpDays();
    }

    CalendarYear result() const { return m_year; }

private:
    // A date of this file's year, else reported at `path`.
    std::optional<QDate> dateAt(const QJsonValue &value, const QString &path)
    {
        const std::optional<QDate> date = TimeText::parseDate(value.toString());
        if (!value.isString() || !date) {
            m_errors.add(m_file, path, u"%1 is not a date written YYYY-MM-DD"_s.arg(JsonFields::describe(value)));
            return std::nullopt;
        }
        if (m_year.year != 0 && date->year() != m_year.year) {
            m_errors.add(m_file, path,
                         u"%1 is not in %2, the year of this file"_s.arg(date->toString(Qt::ISODate)).arg(m_year.year));
            return std::nullopt;
        }
        return date;
    }

    std::optional<QDate> dateField(JsonFields &fields, QLatin1StringView key)
    {
        const std::optional<QString> text = fields.string(key);
        return text ? dateAt(QJsonValue(*text), fields.pathOf(key)) : std::nullopt;
    }

    void readHoliday(JsonFields &holiday)
    {
        const QString name = holiday.string("name"_L1).value_or(QString());
        holiday.string("nameEn"_L1, QString());
        const std::optional<QDate> from = dateField(holiday, "from"_L1);
        const std::optional<QDate> to = dateField(holiday, "to"_L1);
        if (from && to) {
            const qint64 days = from->daysTo(*to) + 1;
            if (days < 1)
                holiday.error(u"to", u"%1 is before \"from\" (%2)"_s.arg(to->toString(Qt::ISODate),
                                                                         from->toString(Qt::ISODate)));
            else if (days > HolidayCalendarLoader::kMaxHolidayDays)
                holiday.error(u"to", u"the holiday would last %1 days; at most %2 are allowed"_s.arg(days).arg(
                                         HolidayCalendarLoader::kMaxHolidayDays));
            else
                addHolidayDays(holiday, name, *from, *to);
        }
        if (const auto makeUp = holiday.array("makeUpWorkdays"_L1, false)) {
            for (qsizetype i = 0; i < makeUp->size(); ++i) {
                const QString at = JsonFields::elementPath(holiday.pathOf(u"makeUpWorkdays"), QString::number(i));
                if (const std::optional<QDate> date = dateAt(makeUp->at(i), at))
                    m_makeUp.append(MakeUpDay{*date, at});
            }
        }
    }

    void addHolidayDays(JsonFields &holiday, const QString &name, QDate from, QDate to)
    {
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            if (m_year.holidays.contains(day)) {
                holiday.errorHere(u"%1 is already a day of %2"_s.arg(day.toString(Qt::ISODate),
                                                                     m_year.holidayNames.value(day)));
                continue;
            }
            m_year.holidays.insert(day);
            m_year.holidayNames.insert(day, name);
        }
    }

    // After all holidays are known: a make-up day listed under one holiday may
    // collide with another holiday further down the file.
    void checkMakeUpDays()
    {
        for (const MakeUpDay &day : std::as_const(m_makeUp)) {
            const QString text = day.date.toString(Qt::ISODate);
            if (m_year.holidays.contains(day.date)) {
                m_errors.add(m_file, day.path,
                             u"%1 is listed both as a holiday (%2) and as a make-up workday"_s.arg(
                                 text, m_year.holidayNames.value(day.date)));
            } else if (day.date.dayOfWeek() < Qt::Saturday) {
                m_errors.add(m_file, day.path,
                             u"%1 is a weekday; a make-up workday is a Saturday or Sunday"_s.arg(text));
            } else if (m_year.makeUpWorkdays.contains(day.date)) {
                m_errors.add(m_file, day.path, u"%1 is listed twice"_s.arg(text));
            } else {
                m_year.makeUpWorkdays.insert(day.date);
            }
        }
    }

    QString m_file;
    ConfigErrors &m_errors;
    CalendarYear m_year;
    QList<MakeUpDay> m_makeUp;
};

} // namespace

std::optional<CalendarYear> HolidayCalendarLoader::load(const QString &path, const QString &fileLabel,
                                                        ConfigErrors &errors)
{
    const std::optional<QByteArray> json = JsonFile::read(path, fileLabel, errors);
    return json ? loadFromJson(*json, fileLabel, errors) : std::nullopt;
}

std::optional<CalendarYear> HolidayCalendarLoader::loadFromJson(const QByteArray &json, const QString &fileLabel,
                                                                ConfigErrors &errors)
{
    ConfigErrors found;
    const std::optional<QJsonObject> root = JsonFile::parse(json, fileLabel, found);
    YearReader reader(fileLabel, found);
    if (root)
        reader.read(*root);
    errors.append(found);
    if (!found.isEmpty())
        return std::nullopt;
    return reader.result();
}

} // namespace hallq::config
