#include "counter/core/NoticePrinting.h"

#include "counter/core/CounterLog.h"
#include "counter/core/Vocabulary.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hallq::counter {

NoticePrinting::NoticePrinting(const printer::PrinterSpec &spec, const QString &pdfDirectory, QObject *parent)
    : QObject(parent), m_printer(std::make_unique<printer::DocumentPrinter>(spec, pdfDirectory))
{
}

NoticePrinting::~NoticePrinting() = default;

QString NoticePrinting::description() const
{
    return m_printer->description();
}

QString NoticePrinting::noticeNumber(const protocol::TicketInfo &ticket, int window, NoticeForm::Kind kind)
{
    const QDate day = ticket.issuedAt.toTimeZone(QTimeZone("Asia/Shanghai")).date();
    return u"%1-%2-%3-%4"_s.arg(day.toString(u"yyyyMMdd"_s))
        .arg(window, 2, 10, QLatin1Char('0'))
        .arg(ticket.number, kind == NoticeForm::Kind::Acceptance ? u"S"_s : u"G"_s);
}

bool NoticePrinting::print(const NoticeForm &form, const protocol::TicketInfo &ticket, const NoticeContext &context)
{
    if (m_busy)
        return false;
    printer::NoticeCommon common;
    common.hallName = context.hallName;
    common.noticeNumber = noticeNumber(ticket, ticket.window, form.kind);
    common.applicantName = form.applicantName;
    common.applicantIdNumber = ticket.identityMasked.value_or(QString()); // only ever the masked form
    common.applicantPhone = form.applicantPhone;
    common.serviceName = context.serviceName;
    common.department = context.departmentName;
    common.windowName = context.windowName;
    common.staffName = context.staffName;
    common.ticketNumber = ticket.number;
    common.statusUrl = context.statusUrl;
    common.issuedAt = QDateTime::currentDateTime();
    common.notes = form.notes;

    QFuture<printer::PrintResult> job;
    if (form.kind == NoticeForm::Kind::Acceptance) {
        printer::AcceptanceNotice notice;
        notice.common = common;
        notice.caseType = Vocabulary::caseTypeChinese(form.caseType);
        notice.promisedWorkingDays = form.caseType == u"immediate" ? 0 : form.promisedWorkingDays;
        notice.receivedMaterials = form.receivedMaterials;
        notice.pickupMethod = form.pickupMethod;
        job = m_printer->print(notice);
    } else {
        printer::MaterialsNotice notice;
        notice.common = common;
        notice.missingMaterials = form.missingMaterials;
        notice.supplementWorkingDays = form.supplementWorkingDays;
        job = m_printer->print(notice);
    }
    m_busy = true;
    emit busyChanged(true);
    job.then(this, [this](const printer::PrintResult &r) {
        m_busy = false;
        emit busyChanged(false);
        if (r.completed()) {
            emit finished(true, r.simulated ? tr("Notice saved as %1").arg(r.outputPath) : tr("Notice printed"),
                          r.outputPath);
        } else {
            qCWarning(lcCounter) << "notice not printed:" << printer::printFailureKey(r.failure) << r.detail;
            emit finished(false, tr("Not printed: %1").arg(printer::printFailureMessage(r.failure)), {});
        }
    });
    return true;
}

} // namespace hallq::counter
