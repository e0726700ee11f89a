#pragma once

#include "config/LoadedHall.h"
#include "config/ServerSettings.h"
#include "engine/Engine.h"
#include "net/AppointmentEndpoints.h"
#include "net/AppointmentService.h"
#include "net/ConnectionLimits.h"
#include "net/AlertMonitor.h"
#include "net/EventHub.h"
#include "net/HallCore.h"
#include "net/HallServer.h"
#include "net/HttpEndpoints.h"
#include "net/IdentityHasher.h"
#include "net/ServerContext.h"
#include "net/ServerOptions.h"
#include "net/SystemClock.h"
#include "storage/AlertStore.h"
#include "storage/DurableWriter.h"
#include "storage/Store.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace hallq::net {

// Wires the server together in the order that keeps promises: settings and
// hall validated → database migrated → engine rebuilt from it → earlier days
// closed durably → only then the port opens.
class ServerApplication : public QObject
{
    Q_OBJECT
public:
    explicit ServerApplication(ServerOptions options, QObject *parent = nullptr);
    ~ServerApplication() override;

    // nullopt on success; otherwise what is wrong (the server must not start).
    std::optional<QString> start();
    quint16 port() const { return m_port; }
    QString summary() const; // where it listens and how to connect

signals:
    void fatal(const QString &message);

private:
    std::optional<QString> loadConfiguration();
    std::optional<QString> loadHall(const QString &database);
    void startAppointments(const QString &database);
    void housekeeping();

    ServerOptions m_options;
    config::ServerSettings m_settings;
    config::LoadedHall m_hall;
    QString m_hallSource;
    SystemClock m_clock;
    std::unique_ptr<storage::Store> m_store;
    std::unique_ptr<engine::Engine> m_engine;
    std::unique_ptr<storage::DurableWriter> m_writer;
    EventHub m_hub;
    std::unique_ptr<HallCore> m_core;
    std::unique_ptr<IdentityHasher> m_identities;
    std::unique_ptr<storage::AlertStore> m_alertStore;
    std::unique_ptr<AlertMonitor> m_alerts;
    OnScreenTickets m_onScreen;
    ConnectionLimits m_limits;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<AppointmentService> m_appointments; // null: no service takes appointments
    std::unique_ptr<AppointmentEndpoints> m_appointmentApi;
    std::unique_ptr<HttpEndpoints> m_http;
    std::unique_ptr<HallServer> m_server;
    QTimer m_housekeeping;
    QDate m_lastPurge;
    quint16 m_port = 0;
};

} // namespace hallq::net
