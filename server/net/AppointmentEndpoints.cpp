#include "net/AppointmentEndpoints.h"

#include "appointments/PersonalData.h"
#include "net/AppointmentApiBodies.h"
#include "net/AppointmentService.h"
#include "net/Credentials.h"
#include "net/HallCore.h"
#include "net/NetLog.h"
#include "net/PrefixRouteRule.h"
#include "protocol/Codec.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace hallq::net {

using protocol::Error;
using protocol::ErrorCode;
using Method = QHttpServerRequest::Method;

namespace {

const QString kPrefix = u"/api/v1/appointments"_s;
constexpr qsizetype kMaxBody = 16 * 1024;
constexpr int kMaxSlotDays = 31;
// Failed authentications per client address: a key cannot be guessed by brute force.
constexpr double kFailuresPerSecond = 2.0;
constexpr double kFailureBurst = 10.0;
constexpr qint64 kKeyCacheMs = 2000;

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    return {};
}

bool closeAfter(const QHttpServerRequest &request)
{
    return header(request, "connection").compare("close", Qt::CaseInsensitive) == 0;
}

QJsonObject errorBody(const Error &error)
{
    return {{u"error"_s, QJsonObject{{u"code"_s, protocol::toString(error.code)}, {u"message"_s, error.message}}}};
}

// "YYYY-MM-DD" exactly.
std::optional<QDate> parseDay(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !day.isValid())
        return std::nullopt;
    return day;
}

QString methodName(Method m)
{
    switch (m) {
    case Method::Get: return u"GET"_s;
    case Method::Post: return u"POST"_s;
    case Method::Delete: return u"DELETE"_s;
    default: break;
    }
    return u"this method"_s;
}

} // namespace

AppointmentEndpoints::AppointmentEndpoints(HallCore &core, AppointmentService *service)
    : m_core(core), m_service(service)
{
    m_clock.start();
}

void AppointmentEndpoints::install(QHttpServer &server)
{
    server.router()->addRule<void (*)()>(std::make_unique<PrefixRouteRule>(
        kPrefix, [this](const QRegularExpressionMatch &, const QHttpServerRequest &request, QTcpSocket *socket) {
            handle(request, socket);
        }));
}

int AppointmentEndpoints::httpStatus(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Malformed:
    case ErrorCode::BadField:
    case ErrorCode::TooDeep:
    case ErrorCode::InvalidIdentity:
    case ErrorCode::InvalidArgument: return 400;
    case ErrorCode::NotAuthenticated:
    case ErrorCode::AuthFailed: return 401;
    case ErrorCode::Forbidden: return 403;
    case ErrorCode::UnknownType:
    case ErrorCode::UnknownService:
    case ErrorCode::AppointmentNotFound: return 404;
    case ErrorCode::TooLarge: return 413;
    case ErrorCode::SlotFull:
    case ErrorCode::BookingLimit:
    case ErrorCode::WrongState: return 409;
    case ErrorCode::NoSuchSlot:
    case ErrorCode::BookingWindow:
    case ErrorCode::BookingSuspended:
    case ErrorCode::CancelTooLate:
    case ErrorCode::ClassNotAccepted:
    case ErrorCode::RealNameRequired: return 422;
    case ErrorCode::RateLimited:
    case ErrorCode::AuthThrottled: return 429;
    case ErrorCode::Unavailable: return 503;
    default: break;
    }
    return 500;
}

void AppointmentEndpoints::fail(const HttpReply &reply, const Error &error, const HttpReply::Headers &extra, int status)
{
    HttpReply::Headers headers = extra;
    if (error.code == ErrorCode::AuthFailed || error.code == ErrorCode::NotAuthenticated)
        headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"hallq\"")});
    if (error.code == ErrorCode::RateLimited)
        headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    // After what is pending, so answers leave in the order their decisions were made.
    if (status == 0)
        status = httpStatus(error.code);
    m_core.afterPending([reply, error, headers, status] { reply.sendJson(status, errorBody(error), headers); });
}

void AppointmentEndpoints::answer(const HttpReply &reply, int status, const QJsonObject &body)
{
    m_core.afterPending([reply, status, body] { reply.sendJson(status, body); });
}

void AppointmentEndpoints::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Call call{request, HttpReply(socket, closeAfter(request)), {}, {}};
    call.path = request.url().path().mid(kPrefix.size()).split(u'/', Qt::SkipEmptyParts);
    if (auto refused = authenticate(call))
        return fail(call.reply, *refused);
    if (!m_service)
        return fail(call.reply, {ErrorCode::Unavailable, u"本大厅未开通预约 (appointments are not enabled in this hall)"_s});
    if (m_core.failed())
        return fail(call.reply, {ErrorCode::Unavailable, u"the server cannot store changes; it must restart"_s});
    dispatch(call);
}

std::optional<Error> AppointmentEndpoints::authenticate(Call &call)
{
    const qint64 now = m_clock.elapsed();
    const QHostAddress peer = call.request.remoteAddress();
    const QByteArray authorization = header(call.request, "authorization");
    std::optional<appointments::ApiKey> key;
    if (authorization.startsWith("Bearer ") && m_service) {
        const QString hash = Credentials::hashToken(QString::fromLatin1(authorization.mid(7).trimmed()));
        const auto cached = m_keys.constFind(hash);
        if (cached != m_keys.constEnd() && cached->untilMs > now) {
            key = cached->key;
        } else {
            key = m_service->database().findKeyByTokenHash(hash);
            if (m_keys.size() > 1000)
                m_keys.clear();
            if (key && !key->revoked)
                m_keys.insert(hash, {*key, now + kKeyCacheMs});
            else
                m_keys.remove(hash);
        }
    }
    if (!key || key->revoked) {
        if (m_failureLimits.size() > 10000)
            m_failureLimits.clear(); // a flood of addresses: start over rather than grow
        auto limiter = m_failureLimits.find(peer);
        if (limiter == m_failureLimits.end())
            limiter = m_failureLimits.insert(peer, RateLimiter(kFailuresPerSecond, kFailureBurst));
        if (!limiter->allow(now))
            return Error{ErrorCode::RateLimited, u"too many failed authentications from this address; slow down"_s};
        if (authorization.isEmpty())
            return Error{ErrorCode::NotAuthenticated, u"send an API key: 'Authorization: Bearer <key>'"_s};
        return Error{ErrorCode::AuthFailed, u"unknown or revoked API key"_s};
    }
    if (!key->allows(appointments::kAppointmentsScope))
        return Error{ErrorCode::Forbidden, u"this API key is not scoped to appointments"_s};
    const auto &policy = m_service->policy().api;
    auto limiter = m_keyLimits.find(key->keyId);
    if (limiter == m_keyLimits.end())
        limiter = m_keyLimits.insert(key->keyId, RateLimiter(policy.requestsPerSecond, policy.burst));
    if (!limiter->allow(now))
        return Error{ErrorCode::RateLimited, u"this API key sends requests faster than %1 per second"_s.arg(
                                                 policy.requestsPerSecond)};
    call.actor = key->keyId;
    return std::nullopt;
}

void AppointmentEndpoints::dispatch(Call &call)
{
    const Method method = call.request.method();
    const QStringList &p = call.path;
    const auto only = [&](Method allowed, auto &&run) {
        if (method != allowed)
            return fail(call.reply, {ErrorCode::UnknownType, u"use %1 here"_s.arg(methodName(allowed))},
                        {{QByteArrayLiteral("Allow"), methodName(allowed).toLatin1()}}, 405);
        run();
    };
    if (p.isEmpty()) {
        if (method == Method::Post)
            return book(call);
        return only(Method::Get, [&] { list(call); });
    }
    if (p.size() == 1 && p[0] == u"slots"_s)
        return only(Method::Get, [&] { slotList(call); });
    if (p.size() == 1 && p[0] == u"lookup"_s)
        return only(Method::Post, [&] { lookup(call); });
    if (p.size() == 1) {
        if (method == Method::Delete)
            return cancel(call, p[0]);
        return only(Method::Get, [&] { get(call, p[0]); });
    }
    if (p.size() == 2 && p[1] == u"cancel"_s)
        return only(Method::Post, [&] { cancel(call, p[0]); });
    fail(call.reply, {ErrorCode::UnknownType, u"no such endpoint; see docs/api.md"_s});
}

std::optional<QJsonObject> AppointmentEndpoints::jsonBody(Call &call)
{
    const QByteArray body = call.request.body();
    if (body.size() > kMaxBody) {
        fail(call.reply, {ErrorCode::TooLarge, u"the body is over %1 bytes"_s.arg(kMaxBody)});
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        fail(call.reply, {ErrorCode::Malformed, u"the body must be one JSON object (UTF-8)"_s});
        return std::nullopt;
    }
    return document.object();
}

template <class T>
static std::optional<T> decodeOrFail(const QJsonObject &object, const std::function<void(const Error &)> &fail)
{
    auto decoded = protocol::decode<T>(object);
    if (auto *error = std::get_if<Error>(&decoded)) {
        fail(*error);
        return std::nullopt;
    }
    return std::get<T>(std::move(decoded));
}

QJsonObject AppointmentEndpoints::appointmentJson(const protocol::AppointmentInfo &info) const
{
    QJsonObject json = protocol::encode(info);
    // For people reading the answer: the slot in the hall's local time.
    json.insert(u"localStart"_s, m_service->bookings().planner().calendar().toLocal(info.slotStart).toString(
                                     u"yyyy-MM-dd HH:mm"_s));
    return json;
}

void AppointmentEndpoints::book(Call &call)
{
    const auto object = jsonBody(call);
    if (!object)
        return;
    const auto body = decodeOrFail<ApiBookBody>(*object, [&](const Error &e) { fail(call.reply, e); });
    if (!body)
        return;
    if (body->identity.name.trimmed().isEmpty())
        return fail(call.reply, {ErrorCode::BadField, u"identity.name: an appointment is made in the citizen's name"_s});
    if (body->phone && !appointments::PersonalData::isMobileNumber(*body->phone))
        return fail(call.reply, {ErrorCode::BadField, u"phone: not a mainland mobile number (11 digits, 1[3-9]…)"_s});
    AppointmentService::BookInput input{body->serviceId, body->slotStart, body->identity, body->phone.value_or(QString()),
                                        call.actor};
    m_service->book(input, [this, reply = call.reply](const appointments::Outcome<protocol::AppointmentInfo> &outcome) {
        if (const auto *error = std::get_if<Error>(&outcome))
            reply.sendJson(httpStatus(error->code), errorBody(*error));
        else
            reply.sendJson(201, {{u"appointment"_s, appointmentJson(std::get<protocol::AppointmentInfo>(outcome))}});
    });
}

void AppointmentEndpoints::cancel(Call &call, const QString &code)
{
    m_service->cancel(code, call.actor, [this, reply = call.reply](const appointments::Outcome<protocol::AppointmentInfo> &outcome) {
        if (const auto *error = std::get_if<Error>(&outcome))
            reply.sendJson(httpStatus(error->code), errorBody(*error));
        else
            reply.sendJson(200, {{u"appointment"_s, appointmentJson(std::get<protocol::AppointmentInfo>(outcome))}});
    });
}

void AppointmentEndpoints::get(Call &call, const QString &code)
{
    const auto found = m_service->lookupCode(code);
    if (const auto *error = std::get_if<Error>(&found))
        return fail(call.reply, *error);
    answer(call.reply, 200, {{u"appointment"_s, appointmentJson(std::get<protocol::AppointmentInfo>(found))}});
}

void AppointmentEndpoints::lookup(Call &call)
{
    const auto object = jsonBody(call);
    if (!object)
        return;
    const auto body = decodeOrFail<ApiLookupBody>(*object, [&](const Error &e) { fail(call.reply, e); });
    if (!body)
        return;
    if (body->serviceId && !m_core.engine().config().service(*body->serviceId))
        return fail(call.reply, {ErrorCode::UnknownService, u"there is no service '%1'"_s.arg(*body->serviceId)});
    QJsonArray list;
    for (const auto &info : m_service->lookupIdentity(body->identity, body->serviceId.value_or(QString())))
        list.append(appointmentJson(info));
    answer(call.reply, 200, {{u"appointments"_s, list}});
}

void AppointmentEndpoints::list(Call &call)
{
    const QUrlQuery query = call.request.query();
    const auto day = parseDay(query.queryItemValue(u"day"_s));
    if (!day)
        return fail(call.reply, {ErrorCode::BadField, u"day: give the day as ?day=YYYY-MM-DD"_s});
    const QString service = query.queryItemValue(u"service"_s);
    if (!service.isEmpty() && !m_core.engine().config().service(service))
        return fail(call.reply, {ErrorCode::UnknownService, u"there is no service '%1'"_s.arg(service)});
    QJsonArray list;
    for (const auto &info : m_service->onDay(*day, service))
        list.append(appointmentJson(info));
    answer(call.reply, 200, {{u"appointments"_s, list}});
}

void AppointmentEndpoints::slotList(Call &call)
{
    const QUrlQuery query = call.request.query();
    const QString service = query.queryItemValue(u"service"_s);
    const auto &book = m_service->bookings();
    const auto &planner = book.planner();
    if (!m_core.engine().config().service(service))
        return fail(call.reply, {ErrorCode::UnknownService, u"service: there is no service '%1'"_s.arg(service)});
    if (!planner.bookable(service))
        return fail(call.reply, {ErrorCode::ClassNotAccepted, u"%1 takes no appointments"_s.arg(service)});
    const QString dayText = query.queryItemValue(u"day"_s);
    const auto first = dayText.isEmpty() ? std::optional(book.today()) : parseDay(dayText);
    if (!first)
        return fail(call.reply, {ErrorCode::BadField, u"day: not a date written YYYY-MM-DD"_s});
    bool daysOk = true;
    const QString daysText = query.queryItemValue(u"days"_s);
    const int days = daysText.isEmpty() ? 1 : daysText.toInt(&daysOk);
    if (!daysOk || days < 1 || days > kMaxSlotDays)
        return fail(call.reply, {ErrorCode::BadField, u"days: a number from 1 to %1"_s.arg(kMaxSlotDays)});

    const QDateTime earliest = m_core.engine().clock().now().addSecs(qint64(m_service->policy().minHoursAhead) * 3600);
    const QDate last = planner.lastBookableDay(book.today());
    QJsonArray list;
    for (int i = 0; i < days; ++i) {
        for (const auto &slot : planner.daySlots(service, first->addDays(i))) {
            const int taken = book.taken(service, slot.start);
            list.append(QJsonObject{{u"day"_s, slot.day.toString(Qt::ISODate)},
                                    {u"start"_s, protocol::ValueCodec<QDateTime>::encode(slot.start)},
                                    {u"end"_s, protocol::ValueCodec<QDateTime>::encode(slot.end)},
                                    {u"localTime"_s, planner.localTime(slot.start)},
                                    {u"capacity"_s, slot.capacity},
                                    {u"booked"_s, taken},
                                    {u"available"_s, std::max(0, slot.capacity - taken)},
                                    {u"bookable"_s, slot.start >= earliest && slot.day <= last && taken < slot.capacity}});
        }
    }
    answer(call.reply, 200, {{u"serviceId"_s, service}, {u"slots"_s, list}});
}

} // namespace hallq::net
