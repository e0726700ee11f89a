#include "admin/AppointmentCommand.h"

#include "admin/TextTable.h"
#include "protocol/IdNumber.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace hallq::admin {
namespace {

const QString kBase = u"/api/v1/appointments"_s;
const QString kServer = u"server"_s;
const QString kKey = u"key"_s;
const QString kService = u"service"_s;
const QString kDay = u"day"_s;
const QString kCode = u"code"_s;
const QString kIdNumber = u"id-number"_s;
const QString kName = u"name"_s;

ExitCode failed(AdminIo &io, const ApiClient::Response &r)
{
    io.fail(r.problem());
    return ExitCode::Failure;
}

QString query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items)
        if (!value.isEmpty())
            q.addQueryItem(key, value);
    return q.toString(QUrl::FullyEncoded);
}

} // namespace

AppointmentCommand::AppointmentCommand()
    : AdminCommand(u"appointments"_s, u"Bookings (预约) through the running server's API."_s)
{
}

QList<AdminCommand::Subcommand> AppointmentCommand::subcommands()
{
    using namespace std::placeholders;
    return {
        {u"slots"_s, u"show a service's slots and free places"_s, std::bind(&AppointmentCommand::slotList, this, _1, _2)},
        {u"book"_s, u"book a slot for a citizen"_s, std::bind(&AppointmentCommand::book, this, _1, _2)},
        {u"lookup"_s, u"show a booking by code, or a citizen's bookings"_s,
         std::bind(&AppointmentCommand::lookup, this, _1, _2)},
        {u"cancel"_s, u"cancel a booking"_s, std::bind(&AppointmentCommand::cancel, this, _1, _2)},
        {u"list"_s, u"list a day's bookings"_s, std::bind(&AppointmentCommand::list, this, _1, _2)},
    };
}

void AppointmentCommand::addConnection(CommandLine &line)
{
    line.addValue(kServer, u"URL"_s, u"the server (default http://127.0.0.1:8470)"_s, false);
    line.addValue(kKey, u"KEY"_s, u"an API key from `apikey issue` (default: $HALLQ_API_KEY)"_s, false);
}

std::optional<ApiClient> AppointmentCommand::client(const CommandLine &line, AdminIo &io)
{
    const QString key = line.isSet(kKey) ? line.value(kKey) : qEnvironmentVariable("HALLQ_API_KEY");
    if (key.isEmpty()) {
        line.usageError(io, u"an API key is needed: --key KEY or HALLQ_API_KEY (hallq-admin apikey issue)"_s);
        return std::nullopt;
    }
    const QUrl server(line.isSet(kServer) ? line.value(kServer) : u"http://127.0.0.1:8470"_s);
    if (!server.isValid() || (server.scheme() != u"http"_s && server.scheme() != u"https"_s)) {
        line.usageError(io, u"--server: \"%1\" is not an http(s) URL"_s.arg(line.value(kServer)));
        return std::nullopt;
    }
    return ApiClient(server, key);
}

std::optional<QString> AppointmentCommand::idNumber(const CommandLine &line, AdminIo &io)
{
    const QString id = line.isSet(kIdNumber) ? line.value(kIdNumber) : io.readLine().value_or(QString()).trimmed();
    if (!protocol::IdNumber::isValidNow(id)) {
        line.usageError(io, u"the ID number is not valid (18 characters, GB 11643 check digit)"_s);
        return std::nullopt;
    }
    return id;
}

void AppointmentCommand::printAppointments(const QJsonArray &appointments, AdminIo &io)
{
    TextTable table({u"CODE"_s, u"SERVICE"_s, u"SLOT"_s, u"STATE"_s, u"ID"_s, u"NAME"_s, u"PHONE"_s, u"TICKET"_s});
    for (const auto &value : appointments) {
        const QJsonObject a = value.toObject();
        table.addRow({a.value(u"code").toString(), a.value(u"serviceId").toString(), a.value(u"localStart").toString(),
                      a.value(u"state").toString(), a.value(u"identityMasked").toString(),
                      a.value(u"nameMasked").toString(), a.value(u"phoneMasked").toString(),
                      a.value(u"ticketNumber").toString()});
    }
    table.print(io.out());
}

ExitCode AppointmentCommand::slotList(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"appointments slots"_s, u"Shows a service's slots with their free places."_s);
    addConnection(line);
    line.addValue(kService, u"ID"_s, u"the service, e.g. accept"_s, true);
    line.addValue(kDay, u"YYYY-MM-DD"_s, u"the first day (default today)"_s, false);
    line.addValue(u"days"_s, u"N"_s, u"how many days (default 1)"_s, false);
    if (const auto exit = line.parse(args, io))
        return *exit;
    const auto api = client(line, io);
    if (!api)
        return ExitCode::Usage;
    const auto r = api->get(kBase + u"/slots?"_s
                            + query({{kService, line.value(kService)}, {kDay, line.value(kDay)},
                                     {u"days"_s, line.value(u"days"_s)}}));
    if (!r.ok())
        return failed(io, r);
    TextTable table({u"DAY"_s, u"TIME"_s, u"BOOKED"_s, u"FREE"_s, u"BOOKABLE"_s});
    for (const auto &value : r.json.value(u"slots").toArray()) {
        const QJsonObject s = value.toObject();
        table.addRow({s.value(u"day").toString(), s.value(u"localTime").toString(),
                      u"%1/%2"_s.arg(s.value(u"booked").toInt()).arg(s.value(u"capacity").toInt()),
                      QString::number(s.value(u"available").toInt()),
                      s.value(u"bookable").toBool() ? u"yes"_s : u"no"_s});
    }
    table.print(io.out());
    return ExitCode::Ok;
}

ExitCode AppointmentCommand::book(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"appointments book"_s,
                     u"Books a slot for a citizen. The ID number is read from the first line of standard input "
                     u"unless --id-number is given (keep it out of the shell history)."_s);
    addConnection(line);
    line.addValue(kService, u"ID"_s, u"the service, e.g. accept"_s, true);
    line.addValue(kDay, u"YYYY-MM-DD"_s, u"the day"_s, true);
    line.addValue(u"time"_s, u"HH:MM"_s, u"the slot's start, local time"_s, true);
    line.addValue(kName, u"NAME"_s, u"the citizen's name (kept masked: 张*)"_s, true);
    line.addValue(kIdNumber, u"NUMBER"_s, u"the ID-card number"_s, false);
    line.addValue(u"phone"_s, u"NUMBER"_s, u"a mobile number (kept masked)"_s, false);
    if (const auto exit = line.parse(args, io))
        return *exit;
    const auto api = client(line, io);
    if (!api)
        return ExitCode::Usage;
    const auto id = idNumber(line, io);
    if (!id)
        return ExitCode::Usage;
    // The server names slots by instant; find the one that starts at that local time.
    const auto grid = api->get(kBase + u"/slots?"_s + query({{kService, line.value(kService)}, {kDay, line.value(kDay)}}));
    if (!grid.ok())
        return failed(io, grid);
    QString start;
    for (const auto &value : grid.json.value(u"slots").toArray())
        if (value.toObject().value(u"localTime").toString() == line.value(u"time"_s))
            start = value.toObject().value(u"start").toString();
    if (start.isEmpty()) {
        io.fail(u"%1 has no slot at %2 on %3 (see: appointments slots)"_s.arg(line.value(kService), line.value(u"time"_s),
                                                                              line.value(kDay)));
        return ExitCode::Failure;
    }
    QJsonObject body{{u"serviceId"_s, line.value(kService)},
                     {u"slotStart"_s, start},
                     {u"identity"_s, QJsonObject{{u"idNumber"_s, *id}, {u"name"_s, line.value(kName)}}}};
    if (line.isSet(u"phone"_s))
        body.insert(u"phone"_s, line.value(u"phone"_s));
    const auto r = api->post(kBase, body);
    if (!r.ok())
        return failed(io, r);
    const QJsonObject a = r.json.value(u"appointment").toObject();
    io.out() << u"booked %1 %2, code %3"_s.arg(a.value(u"serviceId").toString(), a.value(u"localStart").toString(),
                                               a.value(u"code").toString())
             << Qt::endl;
    return ExitCode::Ok;
}

ExitCode AppointmentCommand::lookup(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"appointments lookup"_s,
                     u"Shows a booking by its code, or (with --name) a citizen's bookings from today on; "
                     u"the ID number comes from standard input unless --id-number is given."_s);
    addConnection(line);
    line.addValue(kCode, u"CODE"_s, u"the booking code"_s, false);
    line.addValue(kName, u"NAME"_s, u"the citizen's name, to look up by ID number"_s, false);
    line.addValue(kIdNumber, u"NUMBER"_s, u"the ID-card number"_s, false);
    if (const auto exit = line.parse(args, io))
        return *exit;
    if (line.isSet(kCode) == line.isSet(kName))
        return line.usageError(io, u"give either --code or --name (with the ID number)"_s);
    const auto api = client(line, io);
    if (!api)
        return ExitCode::Usage;
    if (line.isSet(kCode)) {
        const auto r = api->get(kBase + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(line.value(kCode))));
        if (!r.ok())
            return failed(io, r);
        printAppointments({r.json.value(u"appointment")}, io);
        return ExitCode::Ok;
    }
    const auto id = idNumber(line, io);
    if (!id)
        return ExitCode::Usage;
    const auto r = api->post(kBase + u"/lookup"_s,
                             {{u"identity"_s, QJsonObject{{u"idNumber"_s, *id}, {u"name"_s, line.value(kName)}}}});
    if (!r.ok())
        return failed(io, r);
    printAppointments(r.json.value(u"appointments").toArray(), io);
    return ExitCode::Ok;
}

ExitCode AppointmentCommand::cancel(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"appointments cancel"_s, u"Cancels a booking (up to the hall's cancelHoursBefore)."_s);
    addConnection(line);
    line.addValue(kCode, u"CODE"_s, u"the booking code"_s, true);
    if (const auto exit = line.parse(args, io))
        return *exit;
    const auto api = client(line, io);
    if (!api)
        return ExitCode::Usage;
    const auto r = api->post(kBase + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(line.value(kCode)))
                                 + u"/cancel"_s,
                             {});
    if (!r.ok())
        return failed(io, r);
    io.out() << u"cancelled %1"_s.arg(r.json.value(u"appointment").toObject().value(u"code").toString()) << Qt::endl;
    return ExitCode::Ok;
}

ExitCode AppointmentCommand::list(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"appointments list"_s, u"Lists a day's bookings (masked personal data only)."_s);
    addConnection(line);
    line.addValue(kDay, u"YYYY-MM-DD"_s, u"the day"_s, true);
    line.addValue(kService, u"ID"_s, u"only this service"_s, false);
    if (const auto exit = line.parse(args, io))
        return *exit;
    const auto api = client(line, io);
    if (!api)
        return ExitCode::Usage;
    const auto r = api->get(kBase + u'?' + query({{kDay, line.value(kDay)}, {kService, line.value(kService)}}));
    if (!r.ok())
        return failed(io, r);
    printAppointments(r.json.value(u"appointments").toArray(), io);
    return ExitCode::Ok;
}

} // namespace hallq::admin
