#include "sim/LiveBackend.h"

#include "client/HallSession.h"
#include "protocol/IdNumber.h"
#include "sim/SimLog.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hallq::sim {

namespace {

HallBackend::Reply replyOf(const protocol::Error &e)
{
    HallBackend::Reply r;
    r.code = protocol::toString(e.code);
    r.outcome = e.code == protocol::ErrorCode::NothingWaiting ? HallBackend::Outcome::NothingWaiting
                : e.code == protocol::ErrorCode::Unavailable || e.code == protocol::ErrorCode::Internal
                    ? HallBackend::Outcome::Failed
                    : HallBackend::Outcome::Refused;
    return r;
}

template <class Reply>
HallBackend::Reply replyOf(const Reply &reply)
{
    HallBackend::Reply r;
    r.ticketId = reply.ticket.id;
    r.number = reply.ticket.number;
    r.estimateSeconds = reply.ticket.estimatedWaitSeconds;
    return r;
}

template <>
HallBackend::Reply replyOf(const protocol::WindowReply &)
{
    return {};
}

QString pauseReason(engine::PauseReason reason)
{
    return engine::toString(reason);
}

} // namespace

LiveBackend::LiveBackend(const engine::HallConfig &hall, Options options, QObject *parent)
    : QObject(parent), m_hall(hall), m_options(std::move(options))
{
    const auto configure = [&](client::HallSession *s, const QString &staff, const QString &password) {
        s->setServerUrl(m_options.url);
        s->setStaffCredentials(staff, password);
        s->setClientInfo(u"hallq-sim"_s, u"0.1.0"_s);
        s->setRequestTimeout(std::chrono::seconds(30));
    };
    for (int i = 0; i < std::max(1, m_options.issuers); ++i) {
        m_issuers.push_back(std::make_unique<client::HallSession>());
        configure(m_issuers.back().get(), m_options.issuerStaff, m_options.issuerPassword);
    }
    for (int w : std::as_const(m_options.windows)) {
        auto *s = new client::HallSession(this);
        configure(s, m_options.staffPrefix + QString::number(w), m_options.staffPassword);
        s->setSubscription(u"window"_s, w);
        m_counters.insert(w, s);
    }
}

LiveBackend::~LiveBackend() = default;

bool LiveBackend::connectAll(std::chrono::milliseconds timeout, QString *error)
{
    QList<client::HallSession *> all = m_counters.values();
    for (const auto &issuer : m_issuers)
        all.append(issuer.get());
    for (auto *s : all)
        s->start();
    QDeadlineTimer deadline(timeout);
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(50);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const bool ready = std::all_of(all.begin(), all.end(), [](auto *s) { return s->isReady(); });
        const bool stopped = std::any_of(all.begin(), all.end(), [](auto *s) {
            return s->state() == client::HallSession::State::Disconnected && s->lastError() &&
                   s->lastError()->code != protocol::ErrorCode::Unavailable;
        });
        if (ready || stopped || deadline.hasExpired())
            loop.quit();
    });
    tick.start();
    loop.exec();
    for (auto *s : all) {
        if (s->isReady())
            continue;
        if (error)
            *error = u"could not log in (%1): %2"_s.arg(s->login() ? s->login()->staff.staffId : u"a simulated staff member"_s,
                                                       s->lastError() ? s->lastError()->message : u"timeout"_s);
        return false;
    }
    return true;
}

client::HallSession *LiveBackend::counter(int window) const
{
    return m_counters.value(window);
}

template <class Req>
void LiveBackend::send(client::HallSession *session, const Req &req, Done done)
{
    if (!session) {
        Reply r;
        r.outcome = Outcome::Failed;
        r.code = u"no_session"_s;
        QTimer::singleShot(0, this, [done, r] { done(r); });
        return;
    }
    session->request(req, this, [done](std::variant<client::HallSession::ReplyOf<Req>, protocol::Error> result) {
        if (const auto *e = std::get_if<protocol::Error>(&result))
            return done(replyOf(*e));
        done(replyOf(std::get<0>(result)));
    });
}

QString LiveBackend::identityFor(const QString &person)
{
    // Born 1960-1999, sequence from a hash of the simulated person: valid check digit, never logged.
    const QByteArray h = QCryptographicHash::hash(person.toUtf8(), QCryptographicHash::Sha256);
    const quint32 n = (quint32(quint8(h[0])) << 16) | (quint32(quint8(h[1])) << 8) | quint8(h[2]);
    const QDate birth = QDate(1960, 1, 1).addDays(n % (40 * 365));
    const QString first17 = u"430224"_s + birth.toString(u"yyyyMMdd"_s) + u"%1"_s.arg(n % 1000, 3, 10, QLatin1Char('0'));
    return first17 + protocol::IdNumber::checkCharacter(first17);
}

void LiveBackend::issue(const Issue &issue, Done done)
{
    protocol::TicketIssueRequest req;
    req.serviceId = issue.serviceId;
    req.ticketClass = issue.ticketClass == engine::TicketClass::Green ? u"green"_s : u"normal"_s;
    if (const auto *service = m_hall.service(issue.serviceId); service && service->realName)
        req.identity = protocol::IdentityInput{identityFor(issue.person), u"模拟"_s};
    client::HallSession *issuer = m_issuers[m_nextIssuer++ % m_issuers.size()].get();
    send(issuer, req, std::move(done));
}

void LiveBackend::openWindow(int window, Done done)
{
    send(counter(window), protocol::WindowOpenRequest{{window}}, std::move(done));
}

void LiveBackend::closeWindow(int window, Done done)
{
    send(counter(window), protocol::WindowCloseRequest{{window}}, std::move(done));
}

void LiveBackend::pauseWindow(int window, engine::PauseReason reason, Done done)
{
    protocol::WindowPauseRequest req;
    req.window = window;
    req.reason = pauseReason(reason);
    send(counter(window), req, std::move(done));
}

void LiveBackend::resumeWindow(int window, Done done)
{
    send(counter(window), protocol::WindowResumeRequest{{window}}, std::move(done));
}

void LiveBackend::callNext(int window, Done done)
{
    send(counter(window), protocol::CallNextRequest{{window}}, std::move(done));
}

void LiveBackend::recall(int window, Done done)
{
    send(counter(window), protocol::CallRecallRequest{{window}}, std::move(done));
}

void LiveBackend::startServing(int window, Done done)
{
    send(counter(window), protocol::ServeStartRequest{{window}}, std::move(done));
}

void LiveBackend::finish(int window, Done done)
{
    protocol::ServeFinishRequest req;
    req.window = window;
    send(counter(window), req, std::move(done));
}

void LiveBackend::noShow(int window, Done done)
{
    send(counter(window), protocol::TicketNoShowRequest{{window}}, std::move(done));
}

void LiveBackend::transfer(int window, const QString &toService, Done done)
{
    protocol::TicketTransferRequest req;
    req.window = window;
    req.toService = toService;
    send(counter(window), req, std::move(done));
}

} // namespace hallq::sim
