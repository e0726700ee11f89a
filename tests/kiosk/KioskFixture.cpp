#include "KioskFixture.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace hallq::kiosk::test {

QList<std::pair<QString, QJsonObject>> KioskFixture::journal(qint64 ticketId) const
{
    QList<std::pair<QString, QJsonObject>> rows;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(server.databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT type, detail FROM events WHERE ticket_id = ? ORDER BY id"));
        q.addBindValue(ticketId);
        REQUIRE(q.exec());
        while (q.next())
            rows.append({q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()});
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QVariantMap KioskFixture::take(const QString &serviceId)
{
    controller->chooseService(serviceId);
    KIOSK_WAIT(controller->screen() == KioskController::Screen::Ticket ||
               controller->screen() == KioskController::Screen::Refusal);
    INFO(controller->refusalText().toStdString());
    REQUIRE(controller->screen() == KioskController::Screen::Ticket);
    return controller->ticket();
}

} // namespace hallq::kiosk::test
