#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "idcard/ReaderFactory.h"
#include "idcard/SimulatedIdCardReader.h"

using namespace hallq;
using namespace hallq::idcard;
using namespace Qt::StringLiterals;

namespace {
void writeCard(const QString &path, const QString &idNumber, const QString &name = u"王五"_s)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(uR"({"name":"%1","sex":"男","nation":"汉","birthDate":"1949-12-31",
               "address":"湖南省茶陵县","idNumber":"%2","issuingAuthority":"茶陵县公安局",
               "validFrom":"2010-01-01","validUntil":"长期"})"_s.arg(name, idNumber).toUtf8());
}
} // namespace

TEST_CASE("the simulated reader reads its card file and follows changes to it", "[idcard][simulated]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"card.json"_s);
    writeCard(path, u"11010519491231002X"_s);
    QString error;
    auto reader = ReaderFactory::create(ReaderSpec::parse(u"simulated:"_s + path, &error));
    REQUIRE(reader);
    CHECK(reader->isSimulated());
    CHECK(reader->description().startsWith(u"模拟"_s));
    QSignalSpy read(reader.get(), &IdCardReader::cardRead);
    QSignalSpy removed(reader.get(), &IdCardReader::cardRemoved);
    QSignalSpy connected(reader.get(), &IdCardReader::readerConnected);
    QSignalSpy errors(reader.get(), &IdCardReader::error);
    reader->start();
    REQUIRE(read.wait(5000));
    CHECK(connected.count() == 1);
    const auto card = read.at(0).at(0).value<IdentityCard>();
    CHECK(card.simulated);
    CHECK(card.name == u"王五"_s);
    CHECK(card.masked() == u"110105********002X"_s);
    CHECK(card.ageOn(QDate(2026, 3, 2)) == 76);

    writeCard(path, u"430224199003071238"_s, u"赵六"_s);
    // A new card: the old one is lifted first. (The birth date in the file is 1949, the number says 1990.)
    REQUIRE(errors.wait(5000));
    CHECK(errors.last().at(0).value<ReaderError>().code == ReaderErrorCode::BirthDateMismatch);

    writeCard(path, u"110105194912310011"_s, u"赵六"_s);
    REQUIRE(QTest::qWaitFor([&] { return read.count() == 2; }, 5000));
    CHECK(removed.count() == 1);
    CHECK(read.last().at(0).value<IdentityCard>().name == u"赵六"_s);

    QFile::remove(path);
    REQUIRE(QTest::qWaitFor([&] { return removed.count() == 2; }, 5000));
    reader->stop();
}

TEST_CASE("keyboard entry on the simulated reader is validated like a card", "[idcard][simulated]")
{
    SimulatedIdCardReader reader;
    QSignalSpy read(&reader, &IdCardReader::cardRead);
    QSignalSpy errors(&reader, &IdCardReader::error);
    reader.start();
    IdentityCard c;
    c.name = u"李四"_s;
    c.sex = IdentityCard::Sex::Female;
    c.birthDate = QDate(1949, 12, 31);
    c.idNumber = u"110105194912310012"_s; // wrong check digit (should be 1)
    reader.present(c);
    REQUIRE(errors.count() == 1);
    CHECK(errors.at(0).at(0).value<ReaderError>().code == ReaderErrorCode::InvalidIdNumber);
    CHECK(read.isEmpty());
    c.idNumber = u"110105194912310011"_s;
    reader.present(c);
    REQUIRE(read.count() == 1);
    CHECK(read.at(0).at(0).value<IdentityCard>().simulated);

    IdentityCard bad;
    CHECK(SimulatedIdCardReader::loadCard(u"/nonexistent/card.json"_s, &bad).code == ReaderErrorCode::SimulatedFileError);
}
