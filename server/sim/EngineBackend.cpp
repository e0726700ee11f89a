#include "sim/EngineBackend.h"

#include <QElapsedTimer>
#include <ctime>

using namespace Qt::StringLiterals;

namespace hallq::sim {

using engine::ErrorCode;

namespace {

// CPU time of this thread: what an estimate costs, whatever else the machine runs.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace

QString EngineBackend::staffOf(int window)
{
    return u"sim-staff-%1"_s.arg(window);
}

void EngineBackend::answer(const engine::Result<engine::Operation> &result, const Done &done)
{
    Reply reply;
    if (result.ok()) {
        reply.ticketId = result.value().ticket.id;
        reply.number = result.value().ticket.number;
    } else {
        const ErrorCode code = result.error().code;
        reply.outcome = code == ErrorCode::NothingWaiting ? Outcome::NothingWaiting : Outcome::Refused;
        reply.code = engine::toString(code);
    }
    done(reply);
}

void EngineBackend::startDay(const QDate &)
{
    m_engine.closeEarlierDays(u"sim"_s);
}

void EngineBackend::issue(const Issue &issue, Done done)
{
    engine::IssueCommand cmd;
    cmd.serviceId = issue.serviceId;
    cmd.ticketClass = issue.ticketClass;
    cmd.token = u"sim-%1"_s.arg(++m_tokens);
    cmd.actor = u"sim-kiosk"_s;
    cmd.slotStart = issue.slotStart;
    if (issue.slotStart.isValid())
        cmd.slotEnd = issue.slotStart.addSecs(30 * 60);
    if (const auto *service = m_engine.config().service(issue.serviceId); service && service->realName)
        cmd.identityHash = issue.person;
    const auto result = m_engine.issue(cmd);
    if (!result.ok()) {
        answer(result, done);
        return;
    }
    Reply reply;
    reply.ticketId = result.value().ticket.id;
    reply.number = result.value().ticket.number;
    QElapsedTimer timer;
    timer.start();
    const qint64 cpu = threadCpuNs();
    reply.estimateSeconds = m_engine.estimateTicket(reply.ticketId);
    reply.estimateNs = threadCpuNs() - cpu;
    reply.estimateWallNs = timer.nsecsElapsed();
    reply.naiveSeconds = m_naive.estimateTicket(m_engine, reply.ticketId);
    done(reply);
}

void EngineBackend::openWindow(int window, Done done)
{
    answer(m_engine.openWindow(window, staffOf(window)), done);
}

void EngineBackend::closeWindow(int window, Done done)
{
    answer(m_engine.closeWindow(window, staffOf(window)), done);
}

void EngineBackend::pauseWindow(int window, engine::PauseReason reason, Done done)
{
    answer(m_engine.pauseWindow(window, reason, QString(), staffOf(window)), done);
}

void EngineBackend::resumeWindow(int window, Done done)
{
    answer(m_engine.resumeWindow(window, staffOf(window)), done);
}

void EngineBackend::callNext(int window, Done done)
{
    answer(m_engine.callNext(window, staffOf(window)), done);
}

void EngineBackend::recall(int window, Done done)
{
    answer(m_engine.recall(window, staffOf(window)), done);
}

void EngineBackend::startServing(int window, Done done)
{
    answer(m_engine.startServing(window, staffOf(window)), done);
}

void EngineBackend::finish(int window, Done done)
{
    engine::FinishCommand cmd;
    cmd.window = window;
    cmd.actor = staffOf(window);
    answer(m_engine.finish(cmd), done);
}

void EngineBackend::noShow(int window, Done done)
{
    answer(m_engine.noShow(window, staffOf(window)), done);
}

void EngineBackend::transfer(int window, const QString &toService, Done done)
{
    engine::TransferCommand cmd;
    cmd.window = window;
    cmd.toService = toService;
    cmd.actor = staffOf(window);
    answer(m_engine.transfer(cmd), done);
}

} // namespace hallq::sim
