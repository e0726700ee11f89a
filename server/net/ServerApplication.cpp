#include "net/ServerApplication.h"

#include "config/HallConfigLoader.h"
#include "engine/ForwardWaitEstimator.h"
#include "net/NetLog.h"
#include "storage/SqliteStore.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>

namespace hallq::net {

namespace {
constexpr int kHousekeepingMs = 15000;
const QString kImportedHallKey = QStringLiteral("hall_config");
} // namespace

ServerApplication::ServerApplication(ServerOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

ServerApplication::~ServerApplication()
{
    // Stop taking requests first, then let the writer commit what it holds.
    m_server.reset();
    m_http.reset();
    m_writer.reset();
}

std::optional<QString> ServerApplication::loadConfiguration()
{
    auto settings = config::ServerSettings::load(m_options.settingsFile);
    if (auto *errors = std::get_if<config::ConfigErrors>(&settings))
        return errors->toString();
    m_settings = std::get<config::ServerSettings>(settings);
    if (m_options.dataDir)
        m_settings.dataDir = *m_options.dataDir;
    if (m_options.listenAddress)
        m_settings.listenAddress = *m_options.listenAddress;
    if (m_options.port)
        m_settings.port = *m_options.port;
    if (m_options.hallFile)
        m_settings.hallConfigPath = *m_options.hallFile;
    return std::nullopt;
}

std::optional<QString> ServerApplication::start()
{
    if (auto error = loadConfiguration())
        return error;
    try {
        const QString database = m_settings.databasePath();
        // Everything is validated before anything is created or migrated: a
        // bad file leaves the data directory exactly as it was.
        if (auto error = loadHall(database))
            return error;
        if (!QDir().mkpath(m_settings.dataDir))
            return QStringLiteral("cannot create the data directory %1").arg(m_settings.dataDir);
        // The database holds password and token hashes and identity hashes: owner only.
        QFile::setPermissions(m_settings.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_store = std::make_unique<storage::SqliteStore>(database, QStringLiteral("hallq-main"));
        m_store->migrate();

        m_identities = std::make_unique<IdentityHasher>(IdentityHasher::loadOrCreateKey(m_settings.identityKeyPath()));
        // The estimate on tickets, kiosks and boards: a forward simulation of the
        // rest of the day (docs/engine.md, "Wait estimate").
        m_engine = std::make_unique<engine::Engine>(m_hall.config, m_clock,
                                                    std::make_unique<engine::ForwardWaitEstimator>());
        m_engine->restore(m_store->loadState(m_engine->currentBusinessDay()));

        m_writer = std::make_unique<storage::DurableWriter>([database] {
            return std::make_unique<storage::SqliteStore>(database, QStringLiteral("hallq-writer"));
        });
        m_core = std::make_unique<HallCore>(*m_engine, *m_writer, m_hub);
        connect(m_core.get(), &HallCore::storageFailed, this, &ServerApplication::fatal);
        // Tickets left from an earlier day never haunt today's queues.
        const engine::Operation closed = m_engine->closeEarlierDays(QStringLiteral("server"));
        if (!closed.changes.isEmpty()) {
            m_writer->submit(closed.changes);
            if (!m_writer->waitForDurable())
                return QStringLiteral("could not close earlier business days in the database");
        }
        for (const auto &staff : m_store->listStaff())
            m_core->rememberStaffName(staff.staffId, staff.name);
        m_core->rememberDurable(m_engine->state().tickets); // restored from disk: durable by definition
        m_alertStore = std::make_unique<storage::AlertStore>(database, QStringLiteral("hallq-alerts"));
        m_alerts = std::make_unique<AlertMonitor>(*m_core, *m_alertStore, m_hall.extras.alerts);
        m_onScreen.seed(m_alertStore->list(true, 100000));
        m_alerts->setOnScreenTickets(&m_onScreen);
        startAppointments(database);
    } catch (const storage::StorageError &e) {
        return QStringLiteral("storage: %1").arg(e.message());
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }

    m_limits.message.maxFrameBytes = m_settings.limits.maxFrameBytes;
    m_limits.message.maxString = m_settings.limits.maxStringLength;
    m_limits.messagesPerSecond = m_settings.limits.messagesPerSecond;
    m_limits.burst = m_settings.limits.burst;
    m_context = std::make_unique<ServerContext>(ServerContext{*m_core, *m_store, *m_identities, m_limits,
                                                              m_hall.extras.greenChannel.elderlyAge,
                                                              m_settings.authFailureDelayMs, m_alerts.get()});
    m_context->hallExtras = &m_hall.extras;
    m_context->onScreen = &m_onScreen;
    m_context->publicBaseUrl = m_settings.publicBaseUrl;
    m_http = std::make_unique<HttpEndpoints>(*m_core, *m_writer, m_hall.raw,
                                             [this] { return m_server ? m_server->connectionCount() : 0; });
    m_context->appointments = m_appointments.get();
    m_appointmentApi = std::make_unique<AppointmentEndpoints>(*m_core, m_appointments.get());
    m_http->addRoutes([this](QHttpServer &server) { m_appointmentApi->install(server); });
    m_server = std::make_unique<HallServer>(*m_context, *m_http, m_settings.limits.maxConnections);
    if (m_settings.tls) {
        QFile certFile(m_settings.tls->certificateFile), keyFile(m_settings.tls->keyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read the TLS certificate or key (%1, %2)")
                .arg(m_settings.tls->certificateFile, m_settings.tls->keyFile);
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return QStringLiteral("the TLS certificate or key is not valid PEM");
        m_server->enableTls(certificate, key);
    }
    const QHostAddress address(m_settings.listenAddress);
    if (address.isNull())
        return QStringLiteral("--listen: '%1' is not an IP address").arg(m_settings.listenAddress);
    m_port = m_server->listen(address, quint16(m_settings.port));
    if (m_port == 0)
        return QStringLiteral("cannot listen on %1:%2 (in use?)").arg(m_settings.listenAddress).arg(m_settings.port);

    connect(&m_housekeeping, &QTimer::timeout, this, &ServerApplication::housekeeping);
    m_housekeeping.start(kHousekeepingMs);
    housekeeping();
    m_alerts->start();
    return std::nullopt;
}

std::optional<QString> ServerApplication::loadHall(const QString &database)
{
    // A hall imported with `hallq-admin config import` wins over the file,
    // unless --hall names one explicitly.
    std::optional<QString> imported;
    if (!m_options.hallFile && QFileInfo::exists(database)) {
        try {
            storage::SqliteStore probe(database, QStringLiteral("hallq-probe"));
            imported = probe.setting(kImportedHallKey);
        } catch (const storage::StorageError &) {
            // Not migrated yet: nothing imported.
        }
    }
    config::HallConfigLoader::Result hall = [&] {
        if (imported) {
            m_hallSource = QStringLiteral("%1 (imported)").arg(database);
            return config::HallConfigLoader::loadFromJson(imported->toUtf8(), m_hallSource,
                                                          QFileInfo(m_settings.hallConfigPath).absolutePath());
        }
        m_hallSource = m_settings.hallConfigPath;
        return config::HallConfigLoader::load(m_settings.hallConfigPath);
    }();
    if (auto *errors = std::get_if<config::ConfigErrors>(&hall))
        return errors->toString();
    m_hall = std::get<config::LoadedHall>(hall);
    return std::nullopt;
}

void ServerApplication::startAppointments(const QString &database)
{
    const auto &services = m_hall.config.services;
    if (std::none_of(services.cbegin(), services.cend(), [](const auto &s) { return s.appointments; }))
        return;
    m_appointments = std::make_unique<AppointmentService>(
        *m_core, m_hall.extras.appointments, *m_identities,
        std::make_unique<appointments::AppointmentDatabase>(database, QStringLiteral("hallq-appointments")),
        m_settings.retentionDays);
    m_appointments->start();
}

void ServerApplication::housekeeping()
{
    const engine::Operation closed = m_engine->closeEarlierDays(QStringLiteral("server"));
    if (!closed.changes.isEmpty())
        m_core->commit(closed, [] {});
    m_core->publishServiceStates();
    const QDate today = m_engine->currentBusinessDay();
    m_core->forgetDurableBefore(today);
    if (m_lastPurge != today) {
        try {
            const int purged = m_store->purgeIdentities(today.addDays(-m_settings.retentionDays));
            if (purged > 0)
                qCInfo(lcNet) << "purged identity data of" << purged << "tickets older than" << m_settings.retentionDays << "days";
            m_lastPurge = today;
        } catch (const storage::StorageError &e) {
            qCWarning(lcNet) << "identity purge failed, will retry:" << e.message();
        }
    }
}

QString ServerApplication::summary() const
{
    const QString scheme = m_settings.tls ? QStringLiteral("wss") : QStringLiteral("ws");
    const QString http = m_settings.tls ? QStringLiteral("https") : QStringLiteral("http");
    const QString host = m_settings.listenAddress;
    return QStringLiteral("HallQ server for %1 (%2)\n"
                          "  hall configuration: %3\n"
                          "  database:           %4\n"
                          "  listening on %5://%6:%7 (WebSocket) and %8://%6:%7 (HTTP)\n"
                          "  health:  %8://%6:%7/health   metrics: %8://%6:%7/metrics   config: %8://%6:%7/config\n"
                          "  connect an app with: --server %5://%6:%7")
        .arg(m_hall.config.name, m_hall.config.nameEn, m_hallSource, m_settings.databasePath(), scheme, host)
        .arg(m_port)
        .arg(http);
}

} // namespace hallq::net
