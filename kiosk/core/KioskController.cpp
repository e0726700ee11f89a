#include "core/KioskController.h"

#include "core/KioskLog.h"
#include "core/ReceiptPrinter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace hallq::kiosk {

KioskController::KioskController(client::HallSession &session, client::HallMirror &mirror, QObject *parent)
    : QObject(parent), m_session(session), m_mirror(mirror), m_reporter(session)
{
    // The server's clock (corrected by pings) in the hall's zone, whatever this machine's zone is.
    m_localNow = [this] { return m_session.serverNow().toTimeZone(m_zone); };
    m_tiles.setClock([this] { return localNow(); });
    m_clock.setInterval(5000);
    connect(&m_clock, &QTimer::timeout, this, &KioskController::clockChanged);
    m_clock.start();
    m_tiles.setServices(m_mirror.services());
    m_tiles.setKioskInfo(&m_serviceInfo);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &KioskController::onIdle);
    m_printGuard.setSingleShot(true);
    m_printGuard.setInterval(15000);
    connect(&m_printGuard, &QTimer::timeout, this, [this] {
        // The printer never answered: the ticket is not on paper.
        onPrinted(m_printingTicket, PrintFailure::Timeout, tr("The printer did not answer."));
    });
    connect(&m_session, &client::HallSession::stateChanged, this, &KioskController::onSessionState);
    connect(&m_mirror, &client::HallMirror::hallChanged, this, &KioskController::hallChanged);
    // Services open and close through the day (and the tiles' texts with them).
    client::ServiceQueueModel *services = m_mirror.services();
    connect(services, &QAbstractItemModel::modelReset, this, &KioskController::updateAnyOpen);
    connect(services, &QAbstractItemModel::rowsInserted, this, &KioskController::updateAnyOpen);
    connect(services, &QAbstractItemModel::dataChanged, this, &KioskController::updateAnyOpen);
    connect(&m_reporter, &PrintReporter::pendingChanged, this, &KioskController::pendingReportsChanged);
    connect(&m_staff, &StaffSession::stateChanged, this, &KioskController::staffChanged);
    connect(&m_staff, &StaffSession::loggedIn, this, [this] {
        m_staffMessage.clear();
        setScreen(Screen::Staff);
        emit staffChanged();
    });
    connect(&m_staff, &StaffSession::loginFailed, this, [this](const QString &reason) {
        m_staffMessage = reason;
        emit staffChanged();
    });
    onSessionState();
}

KioskController::~KioskController()
{
    clearPersonal();
}

// ------------------------------------------------------------------ wiring

void KioskController::setPrinter(ReceiptPrinter *printer)
{
    if (m_printer)
        m_printer->disconnect(this);
    m_printer = printer;
    if (m_printer) {
        connect(m_printer, &ReceiptPrinter::finished, this, &KioskController::onPrinted);
        connect(m_printer, &ReceiptPrinter::stateChanged, this, &KioskController::hardwareChanged);
    }
    emit hardwareChanged();
}

void KioskController::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
    m_staff.setServerUrl(url);
}

void KioskController::setClock(std::function<QDateTime()> localNow)
{
    m_localNow = std::move(localNow);
    m_tiles.refresh();
    emit clockChanged();
}

void KioskController::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleOverride = timeout;
    restartIdle();
}

void KioskController::setTicketTimeout(std::chrono::milliseconds timeout)
{
    m_ticketTimeout = timeout;
    restartIdle();
}

// ------------------------------------------------------------------ server

void KioskController::onSessionState()
{
    if (m_session.isReady()) {
        loadKioskInfo();
        return;
    }
    const bool wasOnline = m_infoLoaded;
    m_infoLoaded = false;
    if (wasOnline)
        emit onlineChanged();
    // An acknowledged ticket stays on screen; staff keep their panel. Every
    // other step needs the server, so it gives way to the pause screen.
    switch (m_screen) {
    case Screen::Ticket:
    case Screen::Staff:
    case Screen::StaffLogin:
    case Screen::Locked:
    case Screen::Paused:
        break;
    case Screen::Issuing:
        // The answer will come as the request's own failure; Refusal(Offline) follows.
        break;
    default:
        ++m_attempt;
        clearPersonal();
        setScreen(Screen::Paused);
        break;
    }
}

void KioskController::loadKioskInfo()
{
    m_session.request(protocol::KioskInfoRequest{}, this, [this](auto result) {
        if (const auto *error = std::get_if<protocol::Error>(&result)) {
            // Without the kiosk settings the tiles still work; retry on the next Ready.
            qCWarning(lcKiosk) << "kiosk.info failed:" << protocol::toString(error->code) << error->message;
            if (!m_session.isReady())
                return;
        } else {
            m_info = std::get<protocol::KioskInfoReply>(result);
            const QTimeZone zone(m_info.timeZone.toUtf8());
            if (zone.isValid())
                m_zone = zone;
            else
                qCWarning(lcKiosk) << "unknown hall time zone" << m_info.timeZone << "- keeping" << m_zone.id();
            emit clockChanged();
            m_serviceInfo.clear();
            for (const auto &s : std::as_const(m_info.services))
                m_serviceInfo.insert(s.serviceId, s);
            m_tiles.refresh();
            emit hallChanged();
            emit guideChanged();
        }
        const bool wasOnline = m_infoLoaded;
        m_infoLoaded = true;
        if (!wasOnline)
            emit onlineChanged();
        restartIdle();
        if (m_screen == Screen::Paused)
            setScreen(restingScreen());
    });
}

KioskController::Screen KioskController::restingScreen() const
{
    if (!online())
        return Screen::Paused;
    return m_locked ? Screen::Locked : Screen::Home;
}

// ------------------------------------------------------------------ reading state

QString KioskController::hallName() const
{
    return m_english && !m_mirror.hallNameEn().isEmpty() ? m_mirror.hallNameEn() : m_mirror.hallName();
}

QVariantMap KioskController::selectedService() const
{
    const protocol::ServiceInfo *s = m_tiles.service(m_selectedServiceId);
    if (!s)
        return {};
    return {{u"id"_s, s->id},
            {u"title"_s, m_tiles.title(*s)},
            {u"prefix"_s, s->prefix},
            {u"realName"_s, s->realName},
            {u"green"_s, greenEligible(*s)}};
}

QVariantMap KioskController::card() const
{
    if (!m_card.present())
        return {{u"present"_s, false}};
    const int age = m_card.ageOn(localNow().date());
    return {{u"present"_s, true},
            {u"maskedName"_s, m_card.maskedName()},
            {u"maskedId"_s, m_card.maskedId()},
            {u"elderly"_s, age >= m_info.elderlyAge}};
}

QString KioskController::printProblem() const
{
    switch (m_printFailure) {
    case PrintFailure::None: return {};
    case PrintFailure::PaperOut: return tr("The printer is out of paper");
    case PrintFailure::PrinterOffline: return tr("The printer is not working");
    case PrintFailure::PrinterError: return tr("The printer reported a fault");
    case PrintFailure::Timeout: return tr("The printer did not answer");
    case PrintFailure::NoPrinter: return tr("This kiosk has no printer");
    }
    return {};
}

QVariantMap KioskController::guide() const
{
    const protocol::ServiceInfo *s = m_tiles.service(m_guideServiceId);
    const protocol::KioskServiceInfo *info = m_tiles.kioskInfo(m_guideServiceId);
    if (!s || !info || !info->guide)
        return {};
    const protocol::ServiceGuide &g = *info->guide;
    const auto pick = [this](const QString &zh, const QString &en) { return m_english && !en.isEmpty() ? en : zh; };
    return {{u"serviceId"_s, s->id},
            {u"title"_s, m_tiles.title(*s)},
            {u"materials"_s, m_english && !g.materialsEn.isEmpty() ? g.materialsEn : g.materials},
            {u"timeLimit"_s, pick(g.timeLimit, g.timeLimitEn)},
            {u"fees"_s, pick(g.fees, g.feesEn)},
            {u"window"_s, pick(g.window, g.windowEn)},
            {u"url"_s, guideUrl(s->id, g)},
            {u"canIssue"_s, m_tiles.canIssueNow(*s)}};
}

QStringList KioskController::greenGroups() const
{
    if (!m_english)
        return m_info.greenGroups;
    const QHash<QString, QString> words{{u"老"_s, tr("elderly")},  {u"弱"_s, tr("frail")},
                                        {u"病"_s, tr("ill")},      {u"残"_s, tr("disabled")},
                                        {u"孕"_s, tr("pregnant")}, {u"军"_s, tr("military")}};
    QStringList out;
    for (const QString &group : m_info.greenGroups)
        out.append(words.value(group, group));
    return out;
}

QString KioskController::outsideMessage() const
{
    return m_english && !m_info.outsideMessageEn.isEmpty() ? m_info.outsideMessageEn : m_info.outsideMessage;
}

QString KioskController::readerText() const
{
    switch (m_readerState) {
    case ReaderState::Absent: return tr("No ID card reader is configured.");
    case ReaderState::Connected: return tr("Card reader ready.");
    case ReaderState::Disconnected: return tr("Card reader disconnected.");
    case ReaderState::Failing: return tr("Card reader fault: %1").arg(m_readerDetail);
    }
    return {};
}

QString KioskController::printerText() const
{
    if (!m_printer)
        return tr("No printer is configured.");
    QString state;
    switch (m_printer->state()) {
    case PrinterState::Ready: state = tr("ready"); break;
    case PrinterState::PaperLow: state = tr("paper low"); break;
    case PrinterState::PaperOut: state = tr("out of paper"); break;
    case PrinterState::Offline: state = tr("offline"); break;
    case PrinterState::Error: state = tr("fault"); break;
    case PrinterState::Absent: state = tr("not found"); break;
    }
    return tr("%1: %2").arg(m_printer->description(), state);
}

bool KioskController::printerReady() const
{
    return m_printer && (m_printer->state() == PrinterState::Ready || m_printer->state() == PrinterState::PaperLow);
}

QString KioskController::clockText() const
{
    const QDateTime now = localNow();
    if (m_english)
        return QLocale(QLocale::English).toString(now, u"MMM d  HH:mm"_s);
    return now.toString(u"M月d日  HH:mm"_s);
}

bool KioskController::anyOpen() const
{
    return m_anyOpen;
}

void KioskController::updateAnyOpen()
{
    bool open = false;
    for (const auto &row : m_mirror.services()->rows())
        open = open || row.service.open;
    if (open == m_anyOpen)
        return;
    m_anyOpen = open;
    emit anyOpenChanged();
}

QString KioskController::hardwareNote() const
{
    QStringList parts;
    if (m_readerSimulated)
        parts.append(tr("Simulated card reader"));
    if (m_printer && m_printer->isSimulated())
        parts.append(tr("Simulated printer (tickets go to a file)"));
    return parts.join(u"  ·  "_s);
}

bool KioskController::hasGuide(const QString &serviceId) const
{
    const protocol::KioskServiceInfo *info = m_tiles.kioskInfo(serviceId);
    return info && info->guide.has_value();
}

QString KioskController::printerWireState() const
{
    if (!m_printer)
        return u"none"_s;
    switch (m_printer->state()) {
    case PrinterState::Ready: return u"ok"_s;
    case PrinterState::PaperLow: return u"paper_low"_s;
    case PrinterState::PaperOut: return u"paper_out"_s;
    case PrinterState::Offline:
    case PrinterState::Absent: return u"offline"_s;
    case PrinterState::Error: return u"error"_s;
    }
    return u"error"_s;
}

QString KioskController::readerWireState() const
{
    switch (m_readerState) {
    case ReaderState::Absent: return u"none"_s;
    case ReaderState::Connected: return u"ok"_s;
    case ReaderState::Disconnected: return u"disconnected"_s;
    case ReaderState::Failing: return u"error"_s;
    }
    return u"error"_s;
}

QString KioskController::hardwareDetail() const
{
    QStringList parts;
    if (m_printer)
        parts.append(m_printer->description());
    if (!m_readerDetail.isEmpty())
        parts.append(m_readerDetail);
    return parts.join(u"; "_s).left(500);
}

void KioskController::setReaderSimulated(bool simulated)
{
    if (m_readerSimulated == simulated)
        return;
    m_readerSimulated = simulated;
    emit hardwareChanged();
}

bool KioskController::holdsPersonalData() const
{
    return m_card.present() || m_ticket.has_value() || !m_ticketView.isEmpty();
}

// ------------------------------------------------------------------ citizen

void KioskController::chooseService(const QString &serviceId)
{
    touch();
    if (m_screen != Screen::Home && m_screen != Screen::Guide && m_screen != Screen::CardPrompt &&
        m_screen != Screen::Refusal)
        return; // a second tap while issuing, or a stale button
    const protocol::ServiceInfo *s = m_tiles.service(serviceId);
    if (!s)
        return;
    m_selectedServiceId = serviceId;
    emit selectedServiceChanged();
    if (!online()) {
        refuse(Refusal{Refusal::Kind::Offline, {}, m_tiles.title(*s), {}}, serviceId);
        return;
    }
    if (!m_tiles.canIssueNow(*s)) {
        refuse(Refusal{Refusal::Kind::Closed, {}, m_tiles.title(*s), nextOpenLocal(*s)}, serviceId);
        return;
    }
    if (s->realName && !m_card.present()) {
        if (m_readerState != ReaderState::Connected) {
            refuse(Refusal{Refusal::Kind::ReaderMissing, {}, m_tiles.title(*s), {}}, serviceId);
            return;
        }
        setScreen(Screen::CardPrompt);
        return;
    }
    issue(serviceId, m_session, false);
}

void KioskController::issue(const QString &serviceId, client::HallSession &via, bool byStaff)
{
    const protocol::ServiceInfo *s = m_tiles.service(serviceId);
    if (!s)
        return;
    protocol::TicketIssueRequest request;
    request.serviceId = serviceId;
    if (byStaff) {
        request.ticketClass = u"green"_s; // the guide checked the certificate
    } else {
        const bool green = greenEligible(*s);
        request.ticketClass = green ? u"green"_s : u"normal"_s;
        // Collect only what is needed: the identity goes with real-name and age-based green tickets.
        if (s->realName || green)
            request.identity = m_card.identity();
    }
    const quint64 attempt = ++m_attempt;
    setScreen(Screen::Issuing);
    via.request(request, this, [this, attempt, serviceId, byStaff, title = m_tiles.title(*s)](auto result) {
        if (attempt != m_attempt) {
            // The flow moved on (idle, pause) before the answer came.
            if (const auto *reply = std::get_if<protocol::IssueReply>(&result)) {
                qCWarning(lcKiosk) << "ticket" << reply->ticket.number << "answered after the flow ended";
                m_reporter.report(reply->ticket.id, false, u"cancelled"_s);
            }
            return;
        }
        if (const auto *error = std::get_if<protocol::Error>(&result)) {
            qCInfo(lcKiosk) << "no ticket for" << serviceId << ":" << protocol::toString(error->code);
            const protocol::ServiceInfo *now = m_tiles.service(serviceId);
            std::optional<QDateTime> next = now ? nextOpenLocal(*now) : std::nullopt;
            if (byStaff) {
                // The guide stays in staff mode and reads why.
                m_staffMessage = Refusal{Refusal::Kind::Server, *error, title, next}.text();
                emit staffChanged();
                setScreen(Screen::Staff);
                return;
            }
            Refusal::Kind kind = Refusal::Kind::Server;
            if (error->code == protocol::ErrorCode::Unavailable || error->code == protocol::ErrorCode::RateLimited)
                kind = Refusal::Kind::Offline;
            refuse(Refusal{kind, *error, title, next}, serviceId);
            return;
        }
        onIssued(std::get<protocol::IssueReply>(result));
        if (byStaff) {
            // The guide hands the kiosk back to the citizen with the ticket on screen.
            QMetaObject::invokeMethod(this, [this] { m_staff.logout(); }, Qt::QueuedConnection);
        }
    });
}

void KioskController::onIssued(const protocol::IssueReply &reply)
{
    qCInfo(lcKiosk) << "ticket" << reply.ticket.number << "issued";
    // The card has done its job; nothing of it stays beyond the masked number on the ticket.
    m_card.clear();
    emit cardChanged();
    m_ticket = reply;
    m_lastTicket = reply;
    m_ticketView = ticketView(reply);
    emit ticketChanged();
    setScreen(Screen::Ticket);
    startPrint(receiptFor(reply));
}

void KioskController::checkInByCode(const QString &code)
{
    touch();
    const QString trimmed = code.trimmed().toUpper();
    if (m_screen != Screen::CheckIn || trimmed.isEmpty())
        return;
    protocol::AppointmentCheckinRequest request;
    request.code = trimmed;
    checkIn(request);
}

void KioskController::checkInLateAsNormal()
{
    touch();
    if (m_screen != Screen::Refusal || !refusalOffersNormal() || !m_lastCheckIn)
        return;
    protocol::AppointmentCheckinRequest request = *m_lastCheckIn;
    request.normalIfLate = true;
    checkIn(request);
}

void KioskController::checkIn(protocol::AppointmentCheckinRequest request)
{
    if (!online()) {
        refuse(Refusal{Refusal::Kind::Offline, {}, {}, {}}, {});
        return;
    }
    m_lastCheckIn = request;
    const quint64 attempt = ++m_attempt;
    setScreen(Screen::Issuing);
    m_session.request(request, this, [this, attempt](auto result) {
        if (attempt != m_attempt) {
            if (const auto *reply = std::get_if<protocol::AppointmentCheckinReply>(&result))
                m_reporter.report(reply->ticket.id, false, u"cancelled"_s);
            return;
        }
        if (const auto *error = std::get_if<protocol::Error>(&result)) {
            qCInfo(lcKiosk) << "check-in refused:" << protocol::toString(error->code);
            const bool offline = error->code == protocol::ErrorCode::RateLimited ||
                                 (error->code == protocol::ErrorCode::Unavailable && !m_session.isReady());
            refuse(Refusal{offline ? Refusal::Kind::Offline : Refusal::Kind::CheckIn, *error, {}, {}}, {});
            return;
        }
        const auto &reply = std::get<protocol::AppointmentCheckinReply>(result);
        m_lastCheckIn.reset();
        onIssued(protocol::IssueReply{reply.ticket, reply.statusToken, reply.statusUrlPath});
    });
}

void KioskController::refuse(Refusal refusal, const QString &serviceId)
{
    m_refusal = std::move(refusal);
    m_refusalServiceId = serviceId;
    emit refusalChanged();
    setScreen(Screen::Refusal);
}

void KioskController::showGuides()
{
    touch();
    setScreen(Screen::Guides);
}

void KioskController::showGuide(const QString &serviceId)
{
    touch();
    const protocol::KioskServiceInfo *info = m_tiles.kioskInfo(serviceId);
    if (!info || !info->guide)
        return;
    m_guideServiceId = serviceId;
    emit guideChanged();
    setScreen(Screen::Guide);
}

void KioskController::showGreenChannel()
{
    touch();
    setScreen(Screen::GreenChannel);
}

void KioskController::showCheckIn()
{
    touch();
    setScreen(Screen::CheckIn);
}

void KioskController::home()
{
    ++m_attempt;
    clearPersonal();
    m_selectedServiceId.clear();
    emit selectedServiceChanged();
    setScreen(restingScreen());
}

void KioskController::touch()
{
    restartIdle();
}

void KioskController::setEnglish(bool english)
{
    touch();
    if (m_english == english)
        return;
    m_english = english;
    // The translator switches on languageChanged; texts made in C++ are made again after it.
    emit languageChanged();
    m_tiles.setEnglish(english);
    if (m_ticket)
        m_ticketView = ticketView(*m_ticket);
    emit hallChanged();
    emit clockChanged();
    emit ticketChanged();
    emit refusalChanged();
    emit guideChanged();
    emit selectedServiceChanged();
    emit hardwareChanged();
    emit prompt(promptFor(m_screen));
}

void KioskController::setElderly(bool elderly)
{
    touch();
    if (m_elderly == elderly)
        return;
    m_elderly = elderly;
    emit elderlyChanged();
    restartIdle(); // generous timeouts in elderly mode
    if (m_elderly)
        emit prompt(promptFor(m_screen));
}

// ------------------------------------------------------------------ card reader

void KioskController::cardRead(const QString &idNumber, const QString &name)
{
    touch();
    if (m_screen == Screen::Paused || m_screen == Screen::Locked || m_screen == Screen::Issuing ||
        m_screen == Screen::Staff || m_screen == Screen::StaffLogin)
        return; // not taken: nothing may be kept when it cannot be used
    if (!m_card.set(idNumber, name, localNow().date())) {
        emit cardChanged();
        refuse(Refusal{Refusal::Kind::CardInvalid, {}, {}, {}}, m_selectedServiceId);
        return;
    }
    qCInfo(lcKiosk) << "card read:" << m_card.maskedId();
    emit cardChanged();
    emit selectedServiceChanged(); // green eligibility may have changed
    if (m_screen == Screen::CardPrompt && !m_selectedServiceId.isEmpty()) {
        issue(m_selectedServiceId, m_session, false);
    } else if (m_screen == Screen::CheckIn) {
        protocol::AppointmentCheckinRequest request;
        request.identity = m_card.identity();
        checkIn(request);
    } else if (m_screen == Screen::Ticket || m_screen == Screen::Refusal) {
        // A new citizen: start over with their card.
        m_ticket.reset();
        m_ticketView.clear();
        emit ticketChanged();
        setScreen(Screen::Home);
    }
}

void KioskController::cardRemoved()
{
    // Taking the card back is normal; what it told us stays until the flow ends.
    touch();
}

void KioskController::cardUnreadable()
{
    touch();
    if (m_screen == Screen::Home || m_screen == Screen::CardPrompt || m_screen == Screen::CheckIn ||
        m_screen == Screen::GreenChannel)
        refuse(Refusal{Refusal::Kind::CardInvalid, {}, {}, {}}, m_selectedServiceId);
}

void KioskController::setReaderState(ReaderState state, const QString &detail)
{
    if (m_readerState == state && m_readerDetail == detail)
        return;
    m_readerState = state;
    m_readerDetail = detail;
    qCInfo(lcKiosk) << "card reader:" << state << detail;
    emit hardwareChanged();
    if (state != ReaderState::Connected && m_screen == Screen::CardPrompt) {
        const protocol::ServiceInfo *s = m_tiles.service(m_selectedServiceId);
        refuse(Refusal{Refusal::Kind::ReaderMissing, {}, s ? m_tiles.title(*s) : QString(), {}},
               m_selectedServiceId);
    }
}

// ------------------------------------------------------------------ printing

void KioskController::startPrint(const Receipt &receipt)
{
    m_printFailure = PrintFailure::None;
    m_printingTicket = receipt.ticketId;
    if (!m_printer) {
        onPrinted(receipt.ticketId, PrintFailure::NoPrinter, {});
        return;
    }
    if (receipt.ticketId != 0) {
        m_printState = PrintState::Printing;
        emit printStateChanged();
    }
    m_printGuard.start();
    m_printer->print(receipt);
}

void KioskController::onPrinted(qint64 ticketId, PrintFailure failure, const QString &detail)
{
    if (ticketId != m_printingTicket)
        return; // an answer for a print that was already given up
    m_printGuard.stop();
    m_printingTicket = -1;
    const bool printed = failure == PrintFailure::None;
    if (ticketId == 0) {
        m_staffMessage = printed ? tr("Test ticket printed.") : tr("Test print failed: %1").arg(detail);
        emit staffChanged();
        emit hardwareChanged();
        return;
    }
    const bool onScreenNow = m_ticket && m_ticket->ticket.id == ticketId;
    if (onScreenNow) {
        m_printFailure = failure;
        m_printState = printed ? PrintState::Printed : PrintState::Failed;
        emit printStateChanged();
        emit prompt(promptFor(m_screen));
        restartIdle(); // a failed print stays on screen longer, to be photographed
    } else if (m_screen == Screen::Staff) {
        m_staffMessage = printed ? tr("Ticket reprinted.") : tr("Reprint failed: %1").arg(detail);
        emit staffChanged();
    }
    if (!printed)
        qCWarning(lcKiosk) << "ticket" << ticketId << "not printed:" << toWireName(failure) << detail;
    // A failed reprint changes nothing the server has not heard already.
    if (printed || onScreenNow)
        m_reporter.report(ticketId, printed, toWireName(failure));
    emit hardwareChanged();
}

Receipt KioskController::receiptFor(const protocol::IssueReply &reply) const
{
    Receipt r;
    r.ticketId = reply.ticket.id;
    r.number = reply.ticket.number;
    if (const protocol::ServiceInfo *s = m_tiles.service(reply.ticket.serviceId)) {
        r.serviceName = s->name;
        r.serviceNameEn = s->nameEn;
    }
    r.ticketClass = reply.ticket.ticketClass;
    r.peopleAhead = reply.ticket.peopleAhead;
    r.estimatedWaitSeconds = reply.ticket.estimatedWaitSeconds;
    r.issuedAt = reply.ticket.issuedAt.toTimeZone(m_zone);
    r.hallName = m_mirror.hallName();
    r.statusUrl = statusUrl(reply.statusUrlPath);
    r.identityMasked = reply.ticket.identityMasked.value_or(QString());
    return r;
}

QVariantMap KioskController::ticketView(const protocol::IssueReply &reply) const
{
    const protocol::TicketInfo &t = reply.ticket;
    const protocol::ServiceInfo *s = m_tiles.service(t.serviceId);
    const QDateTime issued = t.issuedAt.toTimeZone(localNow().timeZone());
    const int wait = t.estimatedWaitSeconds < 0 ? -1 : (t.estimatedWaitSeconds + 59) / 60;
    return {{u"id"_s, t.id},
            {u"number"_s, t.number},
            {u"service"_s, s ? m_tiles.title(*s) : t.serviceId},
            {u"green"_s, t.ticketClass == u"green"_s},
            {u"ticketClass"_s, t.ticketClass},
            {u"peopleAhead"_s, t.peopleAhead},
            {u"waitMinutes"_s, wait},
            {u"issuedAt"_s, issued.toString(u"yyyy-MM-dd HH:mm"_s)},
            {u"statusUrl"_s, statusUrl(reply.statusUrlPath)},
            {u"identityMasked"_s, t.identityMasked.value_or(QString())}};
}

QString KioskController::statusUrl(const QString &path) const
{
    QString base = m_info.publicBaseUrl;
    if (base.isEmpty()) {
        // No public address configured: the server's own, as the kiosk reaches it.
        QUrl url = m_serverUrl;
        url.setScheme(url.scheme() == u"wss"_s ? u"https"_s : u"http"_s);
        url.setPath({});
        base = url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    }
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + path;
}

QString KioskController::guideUrl(const QString &serviceId, const protocol::ServiceGuide &guide) const
{
    return guide.url.isEmpty() ? statusUrl(u"/g/"_s + serviceId) : guide.url;
}

std::optional<QDateTime> KioskController::nextOpenLocal(const protocol::ServiceInfo &service) const
{
    if (!service.nextOpen)
        return std::nullopt;
    return service.nextOpen->toTimeZone(localNow().timeZone());
}

bool KioskController::greenEligible(const protocol::ServiceInfo &service) const
{
    return service.greenChannel && m_card.present() && m_card.ageOn(localNow().date()) >= m_info.elderlyAge;
}

// ------------------------------------------------------------------ staff mode

void KioskController::openStaffLogin()
{
    touch();
    if (m_screen == Screen::Issuing)
        return;
    ++m_attempt;
    clearPersonal();
    m_staffMessage.clear();
    emit staffChanged();
    setScreen(Screen::StaffLogin);
}

void KioskController::staffLogin(const QString &staffId, const QString &password)
{
    touch();
    if (staffId.trimmed().isEmpty() || password.isEmpty()) {
        m_staffMessage = tr("Enter your staff ID and password.");
        emit staffChanged();
        return;
    }
    m_staffMessage.clear();
    m_staff.login(staffId.trimmed(), password);
    emit staffChanged();
}

void KioskController::staffLogout()
{
    m_staff.logout();
    m_staffMessage.clear();
    emit staffChanged();
    setScreen(restingScreen());
}

void KioskController::testPrint()
{
    touch();
    if (m_screen != Screen::Staff)
        return;
    Receipt test;
    test.ticketId = 0;
    test.number = u"TEST"_s;
    test.serviceName = u"测试打印"_s;
    test.serviceNameEn = u"Test print"_s;
    test.issuedAt = localNow();
    test.hallName = m_mirror.hallName();
    test.statusUrl = statusUrl(u"/health"_s);
    m_staffMessage = tr("Printing a test ticket…");
    emit staffChanged();
    startPrint(test);
}

void KioskController::reprintLast()
{
    touch();
    if (m_screen != Screen::Staff)
        return;
    if (!m_lastTicket) {
        m_staffMessage = tr("No ticket has been issued here since the kiosk started.");
        emit staffChanged();
        return;
    }
    m_staffMessage = tr("Reprinting %1…").arg(m_lastTicket->ticket.number);
    emit staffChanged();
    startPrint(receiptFor(*m_lastTicket));
}

void KioskController::issueGreen(const QString &serviceId)
{
    touch();
    if (m_screen != Screen::Staff || m_staff.state() != StaffSession::State::LoggedIn || !m_staff.session())
        return;
    issue(serviceId, *m_staff.session(), true);
}

void KioskController::lock()
{
    if (m_screen != Screen::Staff)
        return;
    m_locked = true;
    emit lockedChanged();
    m_staffMessage = tr("The kiosk is locked. It stays out of service until a guide unlocks it.");
    emit staffChanged();
}

void KioskController::unlock()
{
    if (m_screen != Screen::Staff)
        return;
    m_locked = false;
    emit lockedChanged();
    m_staffMessage = tr("The kiosk is in service again.");
    emit staffChanged();
}

// ------------------------------------------------------------------ idle and screens

void KioskController::setScreen(Screen screen)
{
    if (m_screen == screen)
        return;
    m_screen = screen;
    if (screen != Screen::Ticket && m_ticket) {
        m_ticket.reset();
        m_ticketView.clear();
        m_printState = PrintState::None;
        m_printFailure = PrintFailure::None;
        emit ticketChanged();
        emit printStateChanged();
    }
    restartIdle();
    emit screenChanged(screen);
    const QString words = promptFor(screen);
    if (!words.isEmpty())
        emit prompt(words);
}

void KioskController::restartIdle()
{
    using namespace std::chrono;
    milliseconds timeout = m_idleOverride.value_or(seconds(m_info.idleTimeoutSeconds));
    if (m_elderly && !m_idleOverride)
        timeout *= 2; // 适老化: generous timeouts
    if (m_screen == Screen::Ticket && m_printState == PrintState::Printed)
        timeout = std::min(timeout, m_ticketTimeout);
    m_idle.start(int(timeout.count()));
}

void KioskController::onIdle()
{
    if (m_screen == Screen::Issuing) {
        restartIdle(); // the server's answer decides; the request has its own timeout
        return;
    }
    qCDebug(lcKiosk) << "idle: back to the start";
    if (m_staff.state() != StaffSession::State::LoggedOut)
        m_staff.logout();
    resetForNextCitizen();
}

void KioskController::resetForNextCitizen()
{
    home();
    m_refusal.reset();
    m_refusalServiceId.clear();
    m_guideServiceId.clear();
    m_staffMessage.clear();
    emit refusalChanged();
    emit guideChanged();
    emit staffChanged();
    setEnglish(false);
    setElderly(false);
}

void KioskController::clearPersonal()
{
    const bool had = m_card.present() || m_ticket;
    m_card.clear();
    m_ticket.reset();
    m_ticketView.clear();
    if (had) {
        emit cardChanged();
        emit ticketChanged();
    }
}

QString KioskController::promptFor(Screen screen) const
{
    switch (screen) {
    case Screen::Home: return tr("Please choose a service.");
    case Screen::CardPrompt: return tr("Please put your ID card on the reader.");
    case Screen::Issuing: return {};
    case Screen::Ticket:
        if (m_printState == PrintState::Failed)
            return tr("The ticket could not be printed. Please take a photo of the screen, or remember your "
                      "number: %1.")
                .arg(m_ticketView.value(u"number"_s).toString());
        return tr("Your number is %1. Please take your ticket.").arg(m_ticketView.value(u"number"_s).toString());
    case Screen::Refusal: return m_refusal ? m_refusal->text() : QString();
    case Screen::Paused: return tr("Numbers cannot be taken at the moment.");
    case Screen::Guides: return tr("Please choose a service guide.");
    case Screen::GreenChannel: return tr("Green channel: please go to the guide desk.");
    default: return {};
    }
}

} // namespace hallq::kiosk
