#pragma once

#include "net/ConnectionLimits.h"

#include <QString>

namespace hallq::config {
struct HallExtras;
}

namespace hallq::storage {
class Store;
}

namespace hallq::net {

class AlertMonitor;
class AppointmentService;
class HallCore;
class OnScreenTickets;
class IdentityHasher;

// What request handlers share; owned by HallServer.
struct ServerContext
{
    HallCore &core;
    storage::Store &store; // the main thread's connection, for reads (accounts, devices)
    const IdentityHasher &identities;
    const ConnectionLimits &limits;
    int greenChannelAge = 60;      // a citizen this old gets a green ticket from the kiosk by themselves
    int authFailureDelayMs = 1000; // a failed log-in is answered no sooner than this
    AlertMonitor *alerts = nullptr; // red/yellow alerts and device reports; null: answered unavailable
    AppointmentService *appointments = nullptr; // null: the hall takes no appointments
    const config::HallExtras *hallExtras = nullptr; // kiosk policy, guides (kiosk.info)
    OnScreenTickets *onScreen = nullptr;            // tickets a kiosk could not print (ticket.print)
    QString publicBaseUrl{};                        // QR links the kiosk prints
};

} // namespace hallq::net
