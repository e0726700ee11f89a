#include "printer/CupsClient.h"

#include <QElapsedTimer>
#include <QThread>

#include <cups/cups.h>

#include "printer/PrinterLog.h"

using namespace Qt::StringLiterals;

namespace hallq::printer {
namespace {

constexpr int kConnectTimeoutMs = 3000;

struct IppDeleter
{
    void operator()(ipp_t *ipp) const { ippDelete(ipp); }
};
using IppPtr = std::unique_ptr<ipp_t, IppDeleter>;

// "host", "host:port" or "/path/to/socket" → host and port.
void splitServer(const QString &server, QString &host, int &port)
{
    host = server;
    port = ippPort();
    if (server.startsWith(u'/'))
        return;
    const qsizetype colon = server.lastIndexOf(u':');
    if (colon > 0 && !server.contains(u']') /* not an IPv6 literal */) {
        bool ok = false;
        const int p = server.mid(colon + 1).toInt(&ok);
        if (ok) {
            host = server.left(colon);
            port = p;
        }
    }
}

PrintFailure failureForStatus(ipp_status_t status)
{
    switch (status) {
    case IPP_STATUS_ERROR_NOT_FOUND: return PrintFailure::NoSuchPrinter;
    case IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS: return PrintFailure::NotAccepting;
    case IPP_STATUS_ERROR_SERVICE_UNAVAILABLE:
    case IPP_STATUS_ERROR_BUSY:
    case IPP_STATUS_ERROR_INTERNAL: return PrintFailure::Unreachable;
    default: return PrintFailure::Rejected;
    }
}

QString lastErrorText()
{
    return u"%1 (%2)"_s.arg(QString::fromUtf8(ippErrorString(cupsLastError())),
                            QString::fromUtf8(cupsLastErrorString()));
}

} // namespace

CupsClient::CupsClient(const PrinterSpec &spec)
{
    if (spec.kind == PrinterSpec::Kind::Ipp) {
        m_isCupsQueue = false;
        m_host = spec.uri.host();
        m_encrypt = spec.uri.scheme() == u"ipps";
        m_port = spec.uri.port(631);
        m_resource = spec.uri.path().isEmpty() ? u"/"_s : spec.uri.path();
        m_printerUri = spec.uri.toString();
        return;
    }
    splitServer(spec.cupsServer.isEmpty() ? QString::fromUtf8(cupsServer()) : spec.cupsServer, m_host, m_port);
    m_resource = u"/printers/"_s + spec.destination;
    // cupsd accepts any host part; "localhost" is what it names itself.
    m_printerUri = u"ipp://localhost/printers/"_s + spec.destination;
}

CupsClient::~CupsClient()
{
    if (m_http)
        httpClose(m_http);
}

bool CupsClient::connect(QString *detail)
{
    if (m_http)
        return true;
    const QByteArray host = m_host.toUtf8();
    m_http = httpConnect2(host.constData(), m_port, nullptr, AF_UNSPEC,
                          m_encrypt ? HTTP_ENCRYPTION_ALWAYS : HTTP_ENCRYPTION_IF_REQUESTED, 1,
                          kConnectTimeoutMs, nullptr);
    if (!m_http) {
        *detail = u"cannot connect to %1:%2: %3"_s.arg(m_host).arg(m_port).arg(lastErrorText());
        return false;
    }
    return true;
}

PrintResult CupsClient::print(const QByteArray &data, const QString &title, const SubmitOptions &options,
                              const std::atomic_bool &abandon)
{
    QElapsedTimer clock;
    clock.start();
    auto finish = [&](PrintResult r) {
        r.elapsedMs = clock.elapsed();
        if (!r.completed()) {
            if (r.printer.kind == PrinterState::Kind::Unknown && r.printer.queryFailure == PrintFailure::None
                && r.failure != PrintFailure::Unreachable && r.failure != PrintFailure::Offline)
                r.printer = printerState();
            qCWarning(lcPrinter).noquote() << "job" << r.jobId << "on" << m_printerUri << "failed:"
                                           << printFailureKey(r.failure) << r.detail << r.printer.summary();
        } else {
            qCDebug(lcPrinter) << "job" << r.jobId << "completed in" << r.elapsedMs << "ms";
        }
        return r;
    };

    QString detail;
    if (!connect(&detail))
        return finish(PrintResult::failed(m_isCupsQueue ? PrintFailure::Unreachable : PrintFailure::Offline, detail));

    const QByteArray uri = m_printerUri.toUtf8();
    const QByteArray resource = m_resource.toUtf8();
    const QByteArray name = title.left(200).toUtf8();
    const QByteArray format = options.documentFormat.toUtf8();
    IppPtr request(ippNewRequest(IPP_OP_PRINT_JOB));
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.constData());
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, name.constData());
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr,
                 format.constData());

    http_status_t http = cupsSendRequest(m_http, request.get(), resource.constData(), CUPS_LENGTH_VARIABLE); // chunked: a fixed length is refused as an IPP read error
    if (http == HTTP_STATUS_CONTINUE)
        http = cupsWriteRequestData(m_http, data.constData(), size_t(data.size()));
    IppPtr response(cupsGetResponse(m_http, resource.constData()));
    if (http != HTTP_STATUS_CONTINUE && !response) {
        // The connection broke: drop it so the next job reconnects.
        httpClose(m_http);
        m_http = nullptr;
        return finish(PrintResult::failed(m_isCupsQueue ? PrintFailure::Unreachable : PrintFailure::Offline,
                                          u"sending the job failed: "_s + lastErrorText()));
    }
    const ipp_status_t status = response ? ippGetStatusCode(response.get()) : cupsLastError();
    if (status > IPP_STATUS_OK_CONFLICTING)
        return finish(PrintResult::failed(failureForStatus(status), u"Print-Job: "_s + lastErrorText()));
    ipp_attribute_t *idAttr = ippFindAttribute(response.get(), "job-id", IPP_TAG_INTEGER);
    const int jobId = idAttr ? ippGetInteger(idAttr, 0) : 0;
    if (jobId <= 0)
        return finish(PrintResult::failed(PrintFailure::Rejected, u"Print-Job returned no job-id"_s));

    // Follow the job. Polls start fast (a job completes in 40–110 ms) and back off.
    int interval = 4;
    QElapsedTimer stuckSince;
    for (;;) {
        QString reasons;
        const JobState state = jobState(jobId, &reasons);
        switch (state) {
        case JobState::Completed: return finish(PrintResult::done(jobId));
        case JobState::Cancelled:
            return finish(PrintResult::failed(PrintFailure::Cancelled, u"job cancelled: "_s + reasons, jobId));
        case JobState::Aborted: {
            PrintResult r = PrintResult::failed(PrintFailure::Aborted, u"job aborted: "_s + reasons, jobId);
            r.printer = printerState();
            if (const PrintFailure why = r.printer.blockingFailure(); why != PrintFailure::None)
                r.failure = why;
            return finish(r);
        }
        case JobState::Held: {
            if (options.cancelOnFailure)
                cancelJob(jobId);
            return finish(PrintResult::failed(PrintFailure::Held, u"job held: "_s + reasons, jobId));
        }
        case JobState::Unknown:
            if (!m_http)
                return finish(PrintResult::failed(m_isCupsQueue ? PrintFailure::Unreachable : PrintFailure::Offline,
                                                  u"lost the connection while following the job"_s, jobId));
            [[fallthrough]];
        case JobState::Pending:
        case JobState::Processing:
        case JobState::Stopped: {
            const PrinterState printer = printerState();
            PrintFailure why = printer.blockingFailure();
            // Not stopped, but reporting what keeps the job from printing
            // (offline, no paper, door open): give it a moment, then say so.
            const PrintFailure stuck = printer.likelyFailure();
            if (why == PrintFailure::None && stuck != PrintFailure::None && stuck != PrintFailure::Stopped) {
                if (!stuckSince.isValid())
                    stuckSince.start();
                else if (stuckSince.elapsed() >= options.stuckGraceMs)
                    why = stuck;
            } else {
                stuckSince.invalidate();
            }
            if (why != PrintFailure::None && why != PrintFailure::Unreachable) {
                if (options.cancelOnFailure)
                    cancelJob(jobId);
                PrintResult r = PrintResult::failed(why, u"printer "_s + printer.summary(), jobId);
                r.printer = printer;
                return finish(r);
            }
            break;
        }
        }
        if (abandon.load())
            return finish(PrintResult::failed(PrintFailure::Cancelled, u"printer shut down while waiting"_s, jobId));
        if (clock.elapsed() >= options.timeoutMs) {
            if (options.cancelOnFailure)
                cancelJob(jobId);
            PrintResult r = PrintResult::failed(PrintFailure::Timeout,
                                                u"not completed after %1 ms"_s.arg(options.timeoutMs), jobId);
            r.printer = printerState();
            // A printer reporting paper out while the job sat there: say that.
            if (const PrintFailure why = r.printer.likelyFailure(); why != PrintFailure::None
                && why != PrintFailure::Stopped && r.printer.queryFailure == PrintFailure::None)
                r.failure = why;
            return finish(r);
        }
        QThread::msleep(ulong(std::min<qint64>(interval, std::max<qint64>(1, options.timeoutMs - clock.elapsed()))));
        interval = std::min(50, interval * 3 / 2 + 1);
    }
}

CupsClient::JobState CupsClient::jobState(int jobId, QString *reasons)
{
    static const char *const wanted[] = {"job-state", "job-state-reasons"};
    const QByteArray uri = m_printerUri.toUtf8();
    IppPtr request(ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES));
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.constData());
    ippAddInteger(request.get(), IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ippAddStrings(request.get(), IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 2, nullptr, wanted);
    // cupsDoRequest takes ownership of the request.
    IppPtr response(cupsDoRequest(m_http, request.release(), m_resource.toUtf8().constData()));
    if (!response) {
        httpClose(m_http);
        m_http = nullptr;
        return JobState::Unknown;
    }
    QStringList list;
    if (ipp_attribute_t *attr = ippFindAttribute(response.get(), "job-state-reasons", IPP_TAG_KEYWORD)) {
        for (int i = 0; i < ippGetCount(attr); ++i)
            list.append(QString::fromUtf8(ippGetString(attr, i, nullptr)));
    }
    *reasons = list.join(u',');
    ipp_attribute_t *state = ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM);
    if (!state)
        return JobState::Unknown;
    switch (ippGetInteger(state, 0)) {
    case IPP_JSTATE_PENDING: return JobState::Pending;
    case IPP_JSTATE_HELD: return JobState::Held;
    case IPP_JSTATE_PROCESSING: return JobState::Processing;
    case IPP_JSTATE_STOPPED: return JobState::Stopped;
    case IPP_JSTATE_CANCELED: return JobState::Cancelled;
    case IPP_JSTATE_ABORTED: return JobState::Aborted;
    case IPP_JSTATE_COMPLETED: return JobState::Completed;
    default: return JobState::Unknown;
    }
}

void CupsClient::cancelJob(int jobId)
{
    if (!m_http)
        return;
    const QByteArray uri = m_printerUri.toUtf8();
    IppPtr request(ippNewRequest(IPP_OP_CANCEL_JOB));
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.constData());
    ippAddInteger(request.get(), IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    IppPtr response(cupsDoRequest(m_http, request.release(), m_resource.toUtf8().constData()));
    if (!response || ippGetStatusCode(response.get()) > IPP_STATUS_OK_CONFLICTING)
        qCWarning(lcPrinter).noquote() << "could not cancel job" << jobId << "on" << m_printerUri << lastErrorText();
    else
        qCInfo(lcPrinter) << "cancelled job" << jobId << "so it cannot print after being reported failed";
}

PrinterState CupsClient::printerState()
{
    PrinterState s;
    QString detail;
    if (!connect(&detail)) {
        s.queryFailure = m_isCupsQueue ? PrintFailure::Unreachable : PrintFailure::Offline;
        s.message = detail;
        return s;
    }
    static const char *const wanted[] = {"printer-state", "printer-state-reasons", "printer-is-accepting-jobs",
                                         "printer-state-message"};
    const QByteArray uri = m_printerUri.toUtf8();
    IppPtr request(ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES));
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.constData());
    ippAddStrings(request.get(), IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 4, nullptr, wanted);
    IppPtr response(cupsDoRequest(m_http, request.release(), m_resource.toUtf8().constData()));
    if (!response) {
        httpClose(m_http);
        m_http = nullptr;
        s.queryFailure = m_isCupsQueue ? PrintFailure::Unreachable : PrintFailure::Offline;
        s.message = lastErrorText();
        return s;
    }
    const ipp_status_t status = ippGetStatusCode(response.get());
    if (status > IPP_STATUS_OK_CONFLICTING) {
        s.queryFailure = failureForStatus(status);
        s.message = lastErrorText();
        return s;
    }
    if (ipp_attribute_t *a = ippFindAttribute(response.get(), "printer-state", IPP_TAG_ENUM)) {
        switch (ippGetInteger(a, 0)) {
        case IPP_PSTATE_IDLE: s.kind = PrinterState::Kind::Idle; break;
        case IPP_PSTATE_PROCESSING: s.kind = PrinterState::Kind::Processing; break;
        case IPP_PSTATE_STOPPED: s.kind = PrinterState::Kind::Stopped; break;
        default: break;
        }
    }
    if (ipp_attribute_t *a = ippFindAttribute(response.get(), "printer-state-reasons", IPP_TAG_ZERO)) {
        for (int i = 0; i < ippGetCount(a); ++i)
            s.addReason(QString::fromUtf8(ippGetString(a, i, nullptr)));
    }
    if (ipp_attribute_t *a = ippFindAttribute(response.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN))
        s.acceptingJobs = ippGetBoolean(a, 0);
    if (ipp_attribute_t *a = ippFindAttribute(response.get(), "printer-state-message", IPP_TAG_ZERO))
        s.message = QString::fromUtf8(ippGetString(a, 0, nullptr));
    return s;
}

CupsClient::Destinations CupsClient::listDestinations(const QString &server)
{
    Destinations result;
    QString host;
    int port = 631;
    splitServer(server.isEmpty() ? QString::fromUtf8(cupsServer()) : server, host, port);
    http_t *http = httpConnect2(host.toUtf8().constData(), port, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED,
                                1, kConnectTimeoutMs, nullptr);
    if (!http) {
        result.failure = PrintFailure::Unreachable;
        result.detail = u"cannot connect to %1: %2"_s.arg(host, lastErrorText());
        return result;
    }
    cups_dest_t *dests = nullptr;
    const int count = cupsGetDests2(http, &dests);
    if (count == 0 && cupsLastError() > IPP_STATUS_OK_CONFLICTING && cupsLastError() != IPP_STATUS_ERROR_NOT_FOUND) {
        result.failure = PrintFailure::Unreachable;
        result.detail = lastErrorText();
    }
    for (int i = 0; i < count; ++i) {
        if (dests[i].instance)
            continue;
        const QString name = QString::fromUtf8(dests[i].name);
        result.names.append(name);
        if (dests[i].is_default)
            result.defaultName = name;
    }
    cupsFreeDests(count, dests);
    httpClose(http);
    return result;
}

} // namespace hallq::printer
