#include "idcard/SimulatedIdCardReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include "idcard/IdCardLog.h"
#include "idcard/IdentityTextDecoder.h"
#include "idcard/Nations.h"

using namespace Qt::StringLiterals;

namespace hallq::idcard {

SimulatedIdCardReader::SimulatedIdCardReader(const QString &path, QObject *parent)
    : IdCardReader(parent)
    , m_path(path)
{
    qRegisterMetaType<IdentityCard>();
    qRegisterMetaType<ReaderError>();
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { readFile(); });
    // Editors replace the file: watch the directory to see it come back.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_path.isEmpty() && QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path)) {
            m_watcher.addPath(m_path);
            readFile();
        } else if (!m_path.isEmpty() && !QFileInfo::exists(m_path)) {
            lift();
        }
    });
}

QString SimulatedIdCardReader::description() const
{
    return m_path.isEmpty() ? u"模拟读卡器（键盘录入）"_s : u"模拟读卡器 %1"_s.arg(m_path);
}

void SimulatedIdCardReader::start()
{
    if (m_running)
        return;
    m_running = true;
    qCInfo(lcIdCard).noquote() << "SIMULATED ID-card reader started:" << description();
    // Signals go out from the event loop so callers connected after start() see them.
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            return;
        Q_EMIT readerConnected(description());
        if (m_path.isEmpty())
            return;
        m_watcher.addPath(QFileInfo(m_path).absolutePath());
        if (QFileInfo::exists(m_path)) {
            m_watcher.addPath(m_path);
            readFile();
        }
    });
}

void SimulatedIdCardReader::stop()
{
    if (!m_running)
        return;
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_running = false;
    m_cardPresent = false;
    Q_EMIT readerDisconnected();
}

void SimulatedIdCardReader::readFile()
{
    if (!m_running)
        return;
    if (!QFileInfo::exists(m_path)) {
        lift();
        return;
    }
    IdentityCard card;
    if (const ReaderError e = loadCard(m_path, &card)) {
        qCWarning(lcIdCard).noquote() << "SIMULATED reader:" << e.key() << e.detail;
        Q_EMIT error(e);
        return;
    }
    present(card);
}

void SimulatedIdCardReader::present(IdentityCard card)
{
    if (!m_running)
        return;
    card.simulated = true;
    if (const ReaderError e = IdentityTextDecoder::validate(card, QDate::currentDate())) {
        qCWarning(lcIdCard).noquote() << "SIMULATED reader: card rejected:" << e.key();
        Q_EMIT error(e);
        return;
    }
    if (m_cardPresent)
        lift();
    m_cardPresent = true;
    qCInfo(lcIdCard).noquote() << "SIMULATED card read:" << card.masked();
    Q_EMIT cardRead(card);
}

void SimulatedIdCardReader::lift()
{
    if (!m_cardPresent)
        return;
    m_cardPresent = false;
    qCInfo(lcIdCard) << "SIMULATED card removed";
    Q_EMIT cardRemoved();
}

ReaderError SimulatedIdCardReader::loadCard(const QString &path, IdentityCard *card)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ReaderError::make(ReaderErrorCode::SimulatedFileError, u"%1: %2"_s.arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return ReaderError::make(ReaderErrorCode::SimulatedFileError,
                                 u"%1: not a JSON object (%2)"_s.arg(path, parseError.errorString()));
    const QJsonObject o = doc.object();
    IdentityCard c;
    c.name = o.value(u"name"_s).toString();
    const QString sex = o.value(u"sex"_s).toString();
    c.sex = (sex == u"男" || sex == u"1") ? IdentityCard::Sex::Male
            : (sex == u"女" || sex == u"2") ? IdentityCard::Sex::Female
                                              : IdentityCard::Sex::Unknown;
    const QString nation = o.value(u"nation"_s).toString(u"01"_s);
    if (!nationName(nation).isEmpty()) {
        c.nationCode = nation;
        c.nation = nationName(nation);
    } else {
        for (int code = 1; code <= 98 && c.nationCode.isEmpty(); ++code) {
            const QString candidate = u"%1"_s.arg(code, 2, 10, QLatin1Char('0'));
            if (nationName(candidate) == nation) {
                c.nationCode = candidate;
                c.nation = nation;
            }
        }
    }
    c.birthDate = QDate::fromString(o.value(u"birthDate"_s).toString(), Qt::ISODate);
    c.address = o.value(u"address"_s).toString();
    c.idNumber = o.value(u"idNumber"_s).toString().trimmed().toUpper();
    c.issuingAuthority = o.value(u"issuingAuthority"_s).toString();
    c.validFrom = QDate::fromString(o.value(u"validFrom"_s).toString(), Qt::ISODate);
    const QString until = o.value(u"validUntil"_s).toString();
    c.validLongTerm = until == u"长期";
    c.validUntil = c.validLongTerm ? QDate() : QDate::fromString(until, Qt::ISODate);
    if (c.name.isEmpty() || c.sex == IdentityCard::Sex::Unknown || c.nationCode.isEmpty() || !c.birthDate.isValid())
        return ReaderError::make(ReaderErrorCode::SimulatedFileError,
                                 u"%1: name, sex (男/女), nation and birthDate (YYYY-MM-DD) are required"_s.arg(path));
    c.simulated = true;
    *card = std::move(c);
    return ReaderError::none();
}

} // namespace hallq::idcard
