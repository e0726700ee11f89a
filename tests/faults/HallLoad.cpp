#include "HallLoad.h"

#include "protocol/Requests.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

namespace hallq::test {

using protocol::Error;
using protocol::ErrorCode;

HallLoad::HallLoad(const QUrl &url, const QString &kioskToken, const QList<std::pair<QString, int>> &counters,
                   const QString &password, const QString &serviceId)
    : m_service(serviceId)
{
    const auto configure = [&](client::HallSession &s) {
        s.setServerUrl(url);
        s.setRequestTimeout(std::chrono::seconds(5));
        // Reconnect quickly: the fault tests measure resync, not the backoff's patience.
        s.backoff().setRange(std::chrono::milliseconds(100), std::chrono::milliseconds(1000));
    };
    m_kiosk = std::make_unique<client::HallSession>();
    configure(*m_kiosk);
    m_kiosk->setDeviceToken(kioskToken);
    for (const auto &[staff, window] : counters) {
        Counter c;
        c.session = std::make_unique<client::HallSession>();
        configure(*c.session);
        c.session->setStaffCredentials(staff, password);
        c.window = window;
        m_counters.push_back(std::move(c));
    }
}

HallLoad::~HallLoad() = default;

bool HallLoad::start(int timeoutMs)
{
    m_kiosk->start();
    for (auto &c : m_counters)
        c.session->start();
    if (waitAllReady(timeoutMs) < 0)
        return false;
    // Open the windows once; they stay open across restarts (the state is durable).
    for (auto &c : m_counters) {
        bool done = false;
        protocol::WindowOpenRequest open;
        open.window = c.window;
        c.session->request(open, [&done](auto) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
            return false;
    }
    return true;
}

bool HallLoad::allReady() const
{
    if (!m_kiosk->isReady())
        return false;
    return std::all_of(m_counters.begin(), m_counters.end(), [](const Counter &c) { return c.session->isReady(); });
}

qint64 HallLoad::waitAllReady(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    if (!QTest::qWaitFor([this] { return allReady(); }, timeoutMs))
        return -1;
    return timer.elapsed();
}

void HallLoad::setRunning(bool running)
{
    const bool starting = running && !m_running;
    m_running = running;
    if (!starting)
        return;
    issueLoop();
    for (int i = 0; i < int(m_counters.size()); ++i)
        counterLoop(i);
}

void HallLoad::later(std::function<void()> step, int ms)
{
    QTimer::singleShot(ms, this, std::move(step));
}

void HallLoad::issueLoop()
{
    if (!m_running)
        return;
    if (!m_kiosk->isReady())
        return later([this] { issueLoop(); });
    protocol::TicketIssueRequest req;
    req.serviceId = m_service;
    m_kiosk->request(req, this, [this](std::variant<protocol::IssueReply, Error> r) {
        if (const auto *reply = std::get_if<protocol::IssueReply>(&r))
            m_issued.append({reply->ticket.id, reply->ticket.number});
        // A calmer pace than the counters: the queue stays short but never empty.
        later([this] { issueLoop(); }, 15);
    });
}

void HallLoad::counterLoop(int index)
{
    if (!m_running)
        return;
    Counter &c = m_counters[size_t(index)];
    if (!c.session->isReady())
        return later([this, index] { counterLoop(index); });
    protocol::CallNextRequest call;
    call.window = c.window;
    c.session->request(call, this, [this, index](std::variant<protocol::TicketReply, Error> r) {
        Counter &counter = m_counters[size_t(index)];
        if (const auto *e = std::get_if<Error>(&r)) {
            if (e->code == ErrorCode::WindowBusy)
                return counterAfterBusy(index); // a call made before a crash whose reply was lost
            return later([this, index] { counterLoop(index); });
        }
        m_called.append({std::get<protocol::TicketReply>(r).ticket.id, counter.window});
        counterAfterBusy(index);
    });
}

// Serves and finishes whatever the window holds, then calls again.
void HallLoad::counterAfterBusy(int index)
{
    Counter &c = m_counters[size_t(index)];
    protocol::ServeStartRequest serve;
    serve.window = c.window;
    c.session->request(serve, this, [this, index](std::variant<protocol::TicketReply, Error>) {
        Counter &counter = m_counters[size_t(index)];
        protocol::ServeFinishRequest finish;
        finish.window = counter.window;
        counter.session->request(finish, this, [this, index](std::variant<protocol::TicketReply, Error> r) {
            if (std::holds_alternative<protocol::TicketReply>(r))
                ++m_finished;
            later([this, index] { counterLoop(index); }, 1);
        });
    });
}

} // namespace hallq::test
