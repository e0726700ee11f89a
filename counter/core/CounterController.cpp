#include "counter/core/CounterController.h"

#include "client/HallMirror.h"
#include "client/HallSession.h"
#include "counter/core/CounterLog.h"
#include "counter/core/ErrorText.h"

using namespace Qt::StringLiterals;

namespace hallq::counter {

using protocol::TicketInfo;

namespace {

CounterSituation::Window windowState(const QString &state)
{
    using W = CounterSituation::Window;
    if (state == u"idle")
        return W::Idle;
    if (state == u"calling")
        return W::Calling;
    if (state == u"serving")
        return W::Serving;
    if (state == u"paused")
        return W::Paused;
    return W::Closed;
}

bool isCurrentState(const QString &state)
{
    return state == u"called" || state == u"serving";
}

template <class Command>
Command forWindow(int window)
{
    Command c;
    c.window = window;
    return c;
}

} // namespace

CounterController::CounterController(client::HallSession *session, client::HallMirror *mirror, QObject *parent)
    : QObject(parent), m_session(session), m_mirror(mirror), m_board(session)
{
    using client::HallSession;
    connect(session, &HallSession::stateChanged, this, [this](HallSession::State state) {
        if (m_phase == Phase::Working && state == HallSession::State::Connecting)
            post(tr("Connection lost: reconnecting. Actions are refused until it is back."), Severity::Warning);
        emit changed();
    });
    connect(session, &HallSession::errorOccurred, this, [this](const protocol::Error &error) {
        if (m_phase != Phase::LoggingIn)
            return;
        using protocol::ErrorCode;
        const bool personMustAct = error.code == ErrorCode::AuthFailed || error.code == ErrorCode::AuthThrottled
                                   || error.code == ErrorCode::Forbidden || error.code == ErrorCode::VersionMismatch
                                   || error.code == ErrorCode::NotAuthenticated || error.code == ErrorCode::InvalidArgument;
        if (personMustAct)
            loggedOut(ErrorText::describe(error));
    });
    connect(session, &HallSession::subscribed, this, [this](bool) {
        if (m_phase == Phase::LoggingIn)
            openWindow();
        else if (m_phase == Phase::Working) {
            post(tr("Connected again: the window is up to date."), Severity::Success);
            resync();
        }
    });
    connect(session, &HallSession::windowEvent, this, [this](const protocol::WindowEvent &e, client::EventOrigin) {
        if (e.window.number == m_window && m_phase == Phase::Working)
            applyWindow(e.window);
    });
    connect(session, &HallSession::ticketEvent, this, [this](const protocol::TicketEvent &e, client::EventOrigin) {
        if (m_phase != Phase::Working)
            return;
        if (m_current && e.ticket.id == m_current->id && !m_busy)
            applyTicket(e.ticket);
        if (concernsMe(e.ticket))
            m_board.refreshLists();
    });
    connect(session, &HallSession::eventReceived, this, &CounterController::onEvent);
    for (auto signal : {&CounterBoard::listsChanged, &CounterBoard::figuresChanged, &CounterBoard::historyChanged})
        connect(&m_board, signal, this, &CounterController::changed);
}

// ---------------------------------------------------------------- log-in

void CounterController::login(const QString &staffId, const QString &password, int window)
{
    if (m_phase == Phase::Working)
        return;
    m_window = window;
    m_staffId = staffId;
    m_board.setWindow(window);
    m_session->stop();
    m_session->setClientInfo(u"hallq-counter"_s, u"0.1.0"_s);
    m_session->setStaffCredentials(staffId, password);
    m_session->setSubscription(u"hall"_s);
    setPhase(Phase::LoggingIn);
    m_session->start();
    if (m_phase == Phase::LoggingIn && m_session->lastError() && m_session->state() == client::HallSession::State::Disconnected)
        loggedOut(ErrorText::describe(*m_session->lastError())); // refused before connecting (bad URL)
}

void CounterController::cancelLogin()
{
    if (m_phase == Phase::LoggingIn)
        loggedOut(tr("Log-in cancelled"));
}

void CounterController::openWindow()
{
    m_session->request(forWindow<protocol::WindowOpenRequest>(m_window), this, [this](auto result) {
        if (m_phase != Phase::LoggingIn)
            return;
        if (auto *error = std::get_if<protocol::Error>(&result)) {
            loggedOut(ErrorText::describe(*error));
            return;
        }
        applyWindow(std::get<protocol::WindowReply>(result).window);
        setPhase(Phase::Working);
        post(tr("Logged in at %1").arg(windowName(m_window)), Severity::Success);
        resync();
    });
}

void CounterController::logout()
{
    act(CounterAction::Logout, forWindow<protocol::WindowCloseRequest>(m_window), [this](const protocol::WindowReply &) {
        loggedOut(tr("Logged out of %1").arg(windowName(m_window)));
    });
}

void CounterController::loggedOut(const QString &why)
{
    const bool failedLogin = m_phase == Phase::LoggingIn;
    m_session->stop();
    m_busy = false;
    m_current.reset();
    m_lastFinished.reset();
    m_lastRating.reset();
    m_ratingAskedFor = 0;
    m_windowInfo.reset();
    m_board.clear();
    setPhase(Phase::LoggedOut);
    if (failedLogin)
        emit loginFailed(why);
    post(why, failedLogin ? Severity::Error : Severity::Info);
}

void CounterController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
    emit changed();
}

// ---------------------------------------------------------------- actions

template <class Req, class OnOk>
void CounterController::act(CounterAction action, const Req &request, OnOk onOk)
{
    const QString refusal = whyDisabled(action);
    if (!refusal.isEmpty()) {
        post(refusal, Severity::Warning);
        return;
    }
    m_busy = true;
    // The request leaves first; the screen catches up after.
    m_session->request(request, this, [this, onOk = std::move(onOk)](auto result) {
        m_busy = false;
        if (auto *error = std::get_if<protocol::Error>(&result)) {
            post(ErrorText::describe(*error), Severity::Error);
            // Whether it was applied is unknown after a timeout: ask again.
            if (error->code == protocol::ErrorCode::Unavailable || error->code == protocol::ErrorCode::Internal)
                resync();
            else
                m_board.refreshLists();
            emit changed();
            return;
        }
        onOk(std::get<0>(result));
        emit changed();
    });
    emit changed();
}

void CounterController::callNext()
{
    act(CounterAction::CallNext, forWindow<protocol::CallNextRequest>(m_window), [this](const protocol::TicketReply &r) {
        applyTicketReply(r);
        post(tr("Calling %1").arg(r.ticket.number), Severity::Success);
    });
}

void CounterController::recall()
{
    act(CounterAction::Recall, forWindow<protocol::CallRecallRequest>(m_window), [this](const protocol::TicketReply &r) {
        applyTicketReply(r);
        post(tr("Recalled %1 (%2 of %3)").arg(r.ticket.number).arg(r.ticket.recallCount).arg(r.ticket.recallLimit),
             Severity::Success);
    });
}

void CounterController::startServing()
{
    act(CounterAction::StartServing, forWindow<protocol::ServeStartRequest>(m_window), [this](const protocol::TicketReply &r) {
        applyTicketReply(r);
        post(tr("Serving %1").arg(r.ticket.number), Severity::Success);
    });
}

void CounterController::noShow()
{
    act(CounterAction::NoShow, forWindow<protocol::TicketNoShowRequest>(m_window), [this](const protocol::TicketReply &r) {
        applyTicketReply(r);
        m_board.refreshFigures();
        post(tr("%1 marked as no-show").arg(r.ticket.number), Severity::Info);
    });
}

void CounterController::park()
{
    act(CounterAction::Park, forWindow<protocol::TicketParkRequest>(m_window), [this](const protocol::TicketReply &r) {
        applyTicketReply(r);
        post(tr("%1 parked").arg(r.ticket.number), Severity::Info);
    });
}

void CounterController::transfer(const TransferChoice &choice)
{
    protocol::TicketTransferRequest request;
    request.window = m_window;
    request.toService = choice.toService;
    request.toWindow = choice.toWindow;
    request.placement = choice.placement;
    request.note = choice.note;
    act(CounterAction::Transfer, request, [this, choice](const protocol::TicketReply &r) {
        applyTicketReply(r);
        const QString where = choice.toWindow ? windowName(choice.toWindow) : serviceName(choice.toService);
        post(tr("%1 transferred to %2").arg(r.ticket.number, where), Severity::Success);
    });
}

void CounterController::finish(const QString &caseType, const QString &outcome)
{
    protocol::ServeFinishRequest request;
    request.window = m_window;
    request.caseType = caseType;
    request.outcome = outcome;
    act(CounterAction::Finish, request, [this](const protocol::TicketReply &r) {
        applyTicketReply(r);
        m_board.refreshFigures();
        post(tr("%1 finished").arg(r.ticket.number), Severity::Success);
    });
}

void CounterController::pause(const QString &reason, const QString &note)
{
    protocol::WindowPauseRequest request;
    request.window = m_window;
    request.reason = reason;
    request.note = note;
    act(CounterAction::Pause, request, [this](const protocol::WindowReply &r) {
        applyWindow(r.window);
        post(tr("Window paused"), Severity::Info);
    });
}

void CounterController::resume()
{
    act(CounterAction::Resume, forWindow<protocol::WindowResumeRequest>(m_window), [this](const protocol::WindowReply &r) {
        applyWindow(r.window);
        post(tr("Window open again"), Severity::Success);
    });
}

void CounterController::callSelected()
{
    protocol::CallTicketRequest request;
    request.window = m_window;
    request.ticketId = selected(Selection::Waiting);
    act(CounterAction::CallSelected, request, [this](const protocol::TicketReply &r) {
        applyTicketReply(r);
        post(tr("Calling %1").arg(r.ticket.number), Severity::Success);
    });
}

void CounterController::unparkSelected()
{
    protocol::TicketUnparkRequest request;
    request.window = m_window;
    request.ticketId = selected(Selection::Parked);
    act(CounterAction::Unpark, request, [this](const protocol::TicketReply &r) {
        applyTicketReply(r);
        post(tr("%1 taken back and called").arg(r.ticket.number), Severity::Success);
    });
}

void CounterController::reactivateSelected(const QString &placement)
{
    protocol::TicketReactivateRequest request;
    request.ticketId = selected(Selection::NoShow);
    if (!placement.isEmpty())
        request.placement = placement;
    act(CounterAction::Reactivate, request, [this](const protocol::TicketReply &r) {
        m_selected[int(Selection::NoShow)] = 0;
        m_board.refreshLists();
        m_board.refreshFigures();
        post(tr("%1 is waiting again").arg(r.ticket.number), Severity::Success);
    });
}

void CounterController::askRating()
{
    const auto subject = subjectTicket();
    protocol::RatingInviteRequest request;
    request.window = m_window;
    request.ticketId = subject ? subject->id : 0;
    act(CounterAction::AskRating, request, [this](const protocol::RatingInviteReply &r) {
        m_ratingAskedFor = r.invitation.ticketId;
        post(tr("Asking the citizen to rate %1").arg(r.invitation.ticketNumber), Severity::Info);
    });
}

void CounterController::select(Selection list, qint64 ticketId)
{
    if (m_selected[int(list)] == ticketId)
        return;
    m_selected[int(list)] = ticketId;
    emit changed();
}

qint64 CounterController::selected(Selection list) const
{
    const qint64 id = m_selected[int(list)];
    if (id == 0)
        return 0;
    const auto &lists = m_board.lists();
    const QList<TicketInfo> &tickets = list == Selection::Waiting ? lists.waiting
                                       : list == Selection::Parked ? lists.parked
                                                                   : lists.noShows;
    // A selection that left its list (called elsewhere, cancelled) selects nothing.
    for (const auto &t : tickets)
        if (t.id == id)
            return id;
    return 0;
}

// ---------------------------------------------------------------- state

void CounterController::resync()
{
    if (m_phase != Phase::Working)
        return;
    if (const auto w = m_mirror->window(m_window))
        applyWindow(*w);
    if (m_windowInfo && m_windowInfo->currentTicketId)
        fetchCurrent(m_windowInfo->currentTicketId);
    m_board.refreshLists();
    m_board.refreshFigures();
}

void CounterController::applyWindow(const protocol::WindowInfo &window)
{
    m_windowInfo = window;
    if (m_phase == Phase::Working && !m_busy) {
        if (window.state == u"closed" || window.staffId != m_staffId) {
            loggedOut(tr("%1 was closed by someone else: log in again").arg(windowName(m_window)));
            return;
        }
        if (window.currentTicketId == 0 && m_current)
            m_current.reset();
        else if (window.currentTicketId != 0 && (!m_current || m_current->id != window.currentTicketId))
            fetchCurrent(window.currentTicketId); // changed elsewhere (supervisor, another session)
    }
    emit changed();
}

void CounterController::fetchCurrent(qint64 ticketId)
{
    protocol::TicketGetRequest request;
    request.ticketId = ticketId;
    m_session->request(request, this, [this](auto result) {
        if (auto *reply = std::get_if<protocol::TicketReply>(&result))
            applyTicket(reply->ticket);
        emit changed();
    });
}

void CounterController::applyTicketReply(const protocol::TicketReply &reply)
{
    if (reply.window && reply.window->number == m_window)
        m_windowInfo = reply.window;
    applyTicket(reply.ticket);
    m_board.refreshLists();
}

void CounterController::applyTicket(const TicketInfo &incoming)
{
    TicketInfo ticket = incoming;
    // Events never carry the masked identity; keep what a reply brought.
    if (!ticket.identityMasked && m_current && m_current->id == ticket.id)
        ticket.identityMasked = m_current->identityMasked;

    const bool mine = ticket.window == m_window;
    if (isCurrentState(ticket.state) && mine) {
        const bool newTicket = !m_current || m_current->id != ticket.id;
        m_current = ticket;
        if (newTicket) {
            m_lastFinished.reset();
            m_board.fetchHistory(ticket.transferCount > 0 ? ticket.id : 0);
        }
    } else if (m_current && m_current->id == ticket.id) {
        m_current.reset();
        if (ticket.state == u"finished" && mine)
            m_lastFinished = ticket;
        m_board.fetchHistory(0);
    }
    emit changed();
}

std::optional<TicketInfo> CounterController::subjectTicket() const
{
    if (m_current)
        return m_current->state == u"serving" ? m_current : std::nullopt;
    return m_lastFinished;
}

bool CounterController::concernsMe(const TicketInfo &ticket) const
{
    if (ticket.window == m_window || ticket.targetWindow == m_window)
        return true;
    return m_windowInfo && m_windowInfo->services.contains(ticket.serviceId);
}

void CounterController::onEvent(const protocol::Envelope &event)
{
    if (m_phase != Phase::Working || event.type != u"event.rating")
        return;
    const auto decoded = protocol::decode<protocol::RatingEvent>(event.body, protocol::Limits::forServerMessages());
    const auto *rated = std::get_if<protocol::RatingEvent>(&decoded);
    if (!rated || rated->rating.window != m_window)
        return;
    m_rated.insert(rated->rating.ticketId);
    m_lastRating = rated->rating;
    if (m_ratingAskedFor == rated->rating.ticketId)
        m_ratingAskedFor = 0;
    m_board.refreshFigures();
    post(tr("%1 was rated %2 of 5").arg(rated->rating.ticketNumber).arg(rated->rating.level),
         rated->rating.level <= protocol::kBadRatingLevel ? Severity::Warning : Severity::Success);
    emit ratingReceived(rated->rating);
    emit changed();
}

CounterSituation CounterController::situation() const
{
    CounterSituation s;
    s.connected = m_session->isReady();
    s.loggedIn = m_phase == Phase::Working;
    s.busy = m_busy;
    if (m_windowInfo)
        s.window = windowState(m_windowInfo->state);
    s.hasTicket = m_current.has_value();
    if (m_current) {
        s.recallCount = m_current->recallCount;
        s.recallLimit = m_current->recallLimit;
    }
    s.waitingForMe = int(m_board.lists().waiting.size());
    s.waitingSelected = selected(Selection::Waiting) != 0;
    s.parkedSelected = selected(Selection::Parked) != 0;
    s.noShowSelected = selected(Selection::NoShow) != 0;
    const auto subject = subjectTicket();
    s.rateableTicket = subject && !m_rated.contains(subject->id) && m_ratingAskedFor != subject->id;
    s.printableTicket = subject.has_value();
    s.printerReady = !m_printing;
    return s;
}

bool CounterController::connected() const
{
    return m_session->isReady();
}

QString CounterController::staffName() const
{
    if (const auto login = m_session->login())
        return login->staff.name;
    return m_staffId;
}

void CounterController::setEnglish(bool english)
{
    m_english = english;
    emit changed();
}

QString CounterController::serviceName(const QString &serviceId) const
{
    if (const auto service = m_mirror->service(serviceId))
        return m_english && !service->nameEn.isEmpty() ? service->nameEn : service->name;
    return serviceId;
}

QString CounterController::windowName(int number) const
{
    if (const auto w = m_mirror->window(number)) {
        const QString name = m_english && !w->nameEn.isEmpty() ? w->nameEn : w->name;
        return tr("Window %1 %2").arg(number).arg(name);
    }
    return tr("Window %1").arg(number);
}

void CounterController::setPrinting(bool printing)
{
    m_printing = printing;
    emit changed();
}

void CounterController::post(const QString &text, Severity severity)
{
    m_message = {text, severity, QDateTime::currentDateTimeUtc()};
    qCInfo(lcCounter).noquote() << text;
    emit messagePosted(m_message);
}

} // namespace hallq::counter
