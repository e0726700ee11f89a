#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

#include "printer/PrintResult.h"
#include "printer/PrinterSpec.h"
#include "printer/PrinterState.h"
#include "printer/TicketPrinter.h"

typedef struct _http_s http_t;

namespace hallq::printer {

// Blocking IPP over libcups, for one printer: a queue on a cupsd or an IPP
// printer addressed by URI. Used from worker threads only (libcups calls block).
class CupsClient
{
public:
    explicit CupsClient(const PrinterSpec &spec);
    ~CupsClient();
    CupsClient(const CupsClient &) = delete;
    CupsClient &operator=(const CupsClient &) = delete;

    // Sends the document, then follows the job until it completes, fails or
    // the deadline passes. `abandon` set by another thread ends the wait early
    // (the job is left to CUPS).
    PrintResult print(const QByteArray &data, const QString &title, const SubmitOptions &options,
                      const std::atomic_bool &abandon);
    PrinterState printerState();
    QString printerUri() const { return m_printerUri; }

    struct Destinations
    {
        QStringList names;
        QString defaultName;
        PrintFailure failure = PrintFailure::None;
        QString detail;
    };
    // Queues known to a cupsd (empty server: CUPS_SERVER / client.conf).
    static Destinations listDestinations(const QString &server = QString());

private:
    bool connect(QString *detail);
    void cancelJob(int jobId);
    enum class JobState { Unknown, Pending, Held, Processing, Stopped, Cancelled, Aborted, Completed };
    JobState jobState(int jobId, QString *reasons);

    QString m_host;
    int m_port = 631;
    bool m_encrypt = false;
    bool m_isCupsQueue = true;
    QString m_printerUri;
    QString m_resource;
    http_t *m_http = nullptr;
};

} // namespace hallq::printer
