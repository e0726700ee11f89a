#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "Await.h"
#include "CupsdFixture.h"
#include "printer/DocumentPrinter.h"
#include "printer/DocumentRenderer.h"

using namespace hallq;
using namespace hallq::printer;
using namespace Qt::StringLiterals;

namespace {

NoticeCommon common()
{
    NoticeCommon c;
    c.hallName = u"茶陵县政务服务中心"_s;
    c.noticeNumber = u"SL-20260302-0007"_s;
    c.applicantName = u"张三"_s;
    c.applicantIdNumber = u"430224199003071238"_s;
    c.serviceName = u"个体工商户设立登记"_s;
    c.department = u"县市场监督管理局"_s;
    c.windowName = u"3号窗口"_s;
    c.staffName = u"李四"_s;
    c.ticketNumber = u"A001"_s;
    c.enquiryPhone = u"0731-52222222"_s;
    c.statusUrl = u"https://hall.example/case/SL-20260302-0007"_s;
    c.issuedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 40));
    return c;
}

AcceptanceNotice acceptance()
{
    AcceptanceNotice n;
    n.common = common();
    n.caseType = u"承诺件"_s;
    n.promisedWorkingDays = 3;
    n.promisedDate = QDate(2026, 3, 5);
    n.receivedMaterials = {u"个体工商户设立登记申请书"_s, u"经营者身份证复印件"_s, u"经营场所使用证明"_s};
    n.pickupMethod = u"统一窗口出件"_s;
    return n;
}

MaterialsNotice materials()
{
    MaterialsNotice m;
    m.common = common();
    m.missingMaterials = {{u"经营场所使用证明"_s, u"租赁合同原件及复印件各一份"_s},
                          {u"委托书"_s, u"委托他人办理时提供"_s}};
    m.supplementWorkingDays = 10;
    return m;
}

// The PDF's text as poppler reads it (whitespace removed: layout breaks words apart).
QString pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"n.pdf"_s));
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(u"pdftotext"_s, {f.fileName(), u"-"_s});
    p.waitForFinished(20000);
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

} // namespace

TEST_CASE("the acceptance notice is an A4 PDF with the case details and a masked ID", "[printer][documents]")
{
    const QByteArray pdf = DocumentRenderer::renderPdf(acceptance());
    REQUIRE(pdf.startsWith("%PDF"));
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"业务受理通知单"_s));
    CHECK(text.contains(u"SL-20260302-0007"_s));
    CHECK(text.contains(u"430224********1238"_s));
    CHECK_FALSE(text.contains(u"430224199003071238"_s));
    CHECK(text.contains(u"个体工商户设立登记"_s));
    CHECK(text.contains(u"县市场监督管理局"_s));
    CHECK(text.contains(u"承诺件"_s));
    CHECK(text.contains(u"3个工作日内办结"_s));
    CHECK(text.contains(u"2026年3月5日"_s));
    CHECK(text.contains(u"3.经营场所使用证明"_s));
    CHECK(text.contains(u"经办人：李四"_s));
    CHECK(text.contains(u"茶陵县政务服务中心（盖章）"_s));
    CHECK_FALSE(text.contains(u"联系电话"_s)); // no phone given: the row is left out
}

TEST_CASE("the materials notice lists everything missing at once", "[printer][documents]")
{
    const QString text = pdfText(DocumentRenderer::renderPdf(materials()));
    CHECK(text.contains(u"材料补齐一次性告知书"_s));
    CHECK(text.contains(u"共2项"_s));
    CHECK(text.contains(u"1.经营场所使用证明（租赁合同原件及复印件各一份）"_s));
    CHECK(text.contains(u"2.委托书（委托他人办理时提供）"_s));
    CHECK(text.contains(u"10个工作日内"_s));
    CHECK(text.contains(u"430224********1238"_s));
}

TEST_CASE("placeholders fill only when every value is there", "[printer][documents]")
{
    const QHash<QString, QString> values{{u"a"_s, u"1"_s}, {u"b"_s, QString()}};
    CHECK(DocumentRenderer::fill(u"x{a}y"_s, values) == u"x1y"_s);
    CHECK_FALSE(DocumentRenderer::fill(u"x{b}y"_s, values));
    CHECK_FALSE(DocumentRenderer::fill(u"x{c}y"_s, values));
    CHECK_FALSE(DocumentRenderer::fill(u"x{a"_s, values));
    QString error;
    CHECK_FALSE(DocumentTemplate::fromJson(R"({"body":["x"]})", &error));
    CHECK(error.contains(u"title"_s));
    CHECK_FALSE(DocumentTemplate::fromJson(R"({"title":"t","fields":[["only one"]]})", &error));
}

TEST_CASE("without a printer notices become PDF files and none is overwritten", "[printer][documents]")
{
    QTemporaryDir dir;
    DocumentPrinter a4(PrinterSpec{}, dir.path());
    CHECK(a4.isSimulated());
    const PrintResult first = test::await(a4.print(acceptance()));
    const PrintResult second = test::await(a4.print(acceptance()));
    REQUIRE(first.completed());
    REQUIRE(second.completed());
    CHECK(first.simulated);
    CHECK(first.outputPath != second.outputPath);
    CHECK(first.outputPath.endsWith(u"受理通知单-SL-20260302-0007.pdf"_s));
    QFile f(second.outputPath);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("%PDF"));

    QString error;
    DocumentPrinter toFile(PrinterSpec::parse(u"file:"_s + dir.filePath(u"out.pdf"_s), &error), dir.path());
    const PrintResult file = test::await(toFile.print(materials()));
    REQUIRE(file.completed());
    CHECK(file.outputPath == dir.filePath(u"out.pdf"_s));

    DocumentPrinter unwritable(PrinterSpec::parse(u"file:/proc/hallq-no/such.pdf"_s, &error), dir.path());
    CHECK(test::await(unwritable.print(materials())).failure == PrintFailure::IoError);
}

TEST_CASE("a notice sent through CUPS arrives as the PDF and completes", "[printer][documents][cups]")
{
    test::CupsdFixture cups;
    QString error;
    const bool started = cups.start(&error) && cups.addCaptureQueue(u"A4"_s, &error);
    INFO(error.toStdString());
    REQUIRE(started);
    QTemporaryDir dir;
    DocumentPrinter a4(cups.spec(u"A4"_s), dir.path());
    CHECK_FALSE(a4.isSimulated());
    const PrintResult r = test::await(a4.print(acceptance()), 60000);
    INFO(r.detail.toStdString());
    REQUIRE(r.completed());
    REQUIRE(cups.waitForCapture(u"A4"_s, r.jobId, 5000));
    const QByteArray arrived = cups.captured(u"A4"_s, r.jobId);
    CHECK(arrived.startsWith("%PDF"));
    CHECK(pdfText(arrived).contains(u"业务受理通知单"_s));
    CHECK(QDir(dir.path()).isEmpty());
}

// Not part of the suite: `test_printer "[.screenshots]"` refreshes the pictures in docs/screenshots/drivers.
TEST_CASE("notice screenshots for the docs", "[.screenshots]")
{
    const QString out = QDir(qEnvironmentVariable("HALLQ_SOURCE_DIR")).filePath(u"docs/screenshots/drivers"_s);
    QDir().mkpath(out);
    QTemporaryDir dir;
    const std::pair<QString, QByteArray> docs[] = {
        {u"acceptance-notice"_s, DocumentRenderer::renderPdf(acceptance())},
        {u"materials-notice"_s, DocumentRenderer::renderPdf(materials())}};
    for (const auto &[name, pdf] : docs) {
        QFile f(dir.filePath(name + u".pdf"_s));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(pdf);
        f.close();
        QProcess p;
        p.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"70"_s, u"-singlefile"_s, f.fileName(), out + u'/' + name});
        REQUIRE(p.waitForFinished(30000));
        CHECK(p.exitCode() == 0);
    }
}
