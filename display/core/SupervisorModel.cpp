#include "core/SupervisorModel.h"

#include "core/DisplayLog.h"

using namespace Qt::StringLiterals;

namespace hallq::display {

SupervisorModel::SupervisorModel(client::HallSession &session, client::HallMirror &mirror, QObject *parent)
    : QObject(parent), m_session(session), m_mirror(mirror)
{
    m_refresh.setInterval(30000);
    connect(&m_refresh, &QTimer::timeout, this, &SupervisorModel::refresh);
    m_soon.setSingleShot(true);
    m_soon.setInterval(1500);
    connect(&m_soon, &QTimer::timeout, this, &SupervisorModel::refresh);
    connect(&m_mirror, &client::HallMirror::hallChanged, this, &SupervisorModel::hallChanged);
    connect(&m_mirror, &client::HallMirror::staleChanged, this, &SupervisorModel::staleChanged);
    connect(&m_session, &client::HallSession::subscribed, this, [this] {
        const auto login = m_session.login();
        const QStringList roles = login ? login->staff.roles : QStringList();
        if (!roles.contains(u"supervisor"_s) && !roles.contains(u"admin"_s)) {
            // The server would refuse every request of this view: say why now.
            m_session.stop();
            setLastError(u"此账号没有值班长权限"_s);
            setLoginRequired(true);
            return;
        }
        loadAlerts();
        refresh();
        m_refresh.start();
    });
    connect(&m_session, &client::HallSession::stateChanged, this, [this](client::HallSession::State state) {
        if (state != client::HallSession::State::Ready)
            m_refresh.stop();
        emit loginChanged();
    });
    connect(&m_session, &client::HallSession::errorOccurred, this, [this](const protocol::Error &e) {
        if (e.code == protocol::ErrorCode::AuthFailed || e.code == protocol::ErrorCode::Forbidden) {
            setLastError(e.code == protocol::ErrorCode::AuthFailed ? u"工号或密码错误"_s : u"此账号没有值班长权限"_s);
            setLoginRequired(true);
        }
    });
    connect(&m_session, &client::HallSession::eventReceived, this, &SupervisorModel::onEvent);
    // Live counts move with every queue event; the averages need the server.
    connect(&m_session, &client::HallSession::queueEvent, this, [this] {
        if (!m_soon.isActive())
            m_soon.start();
    });
}

QString SupervisorModel::staffName() const
{
    const auto login = m_session.login();
    return login ? login->staff.name : QString();
}

void SupervisorModel::setLoginRequired(bool required)
{
    if (m_loginRequired == required)
        return;
    m_loginRequired = required;
    emit loginChanged();
}

void SupervisorModel::setLastError(const QString &error)
{
    m_lastError = error;
    emit lastErrorChanged();
}

void SupervisorModel::login(const QString &staffId, const QString &password)
{
    if (staffId.trimmed().isEmpty() || password.isEmpty()) {
        setLastError(u"请输入工号和密码"_s);
        return;
    }
    setLastError({});
    setLoginRequired(false);
    m_session.stop();
    m_session.setStaffCredentials(staffId.trimmed(), password);
    m_session.start();
}

void SupervisorModel::loadAlerts()
{
    protocol::AlertListRequest request;
    request.limit = 200;
    m_session.request(request, this, [this](auto result) {
        if (auto *error = std::get_if<protocol::Error>(&result)) {
            qCWarning(lcDisplay) << "alert.list failed:" << error->message;
            return setLastError(error->message);
        }
        m_alerts.reset(std::get<0>(result).alerts);
        emit alertsLoaded();
    });
}

void SupervisorModel::onEvent(const protocol::Envelope &event)
{
    if (event.type != protocol::EventTraits<protocol::AlertEvent>::name())
        return;
    auto decoded = protocol::decode<protocol::AlertEvent>(event.body, protocol::Limits::forServerMessages());
    if (auto *error = std::get_if<protocol::Error>(&decoded)) {
        qCWarning(lcDisplay) << "undecodable event.alert:" << error->message;
        return;
    }
    m_alerts.upsert(std::get<protocol::AlertEvent>(decoded).alert);
}

void SupervisorModel::acknowledge(qint64 alertId, const QString &note)
{
    protocol::AlertAckRequest request;
    request.alertId = alertId;
    request.note = note.left(500);
    m_session.request(request, this, [this](auto result) {
        if (auto *error = std::get_if<protocol::Error>(&result))
            return setLastError(u"确认失败：%1"_s.arg(error->message));
        m_alerts.upsert(std::get<0>(result).alert);
    });
}

void SupervisorModel::refresh()
{
    if (!m_session.isReady())
        return;
    protocol::StatsGetRequest request;
    request.intervalMinutes = m_intervalMinutes;
    m_session.request(request, this, [this](auto result) {
        if (auto *error = std::get_if<protocol::Error>(&result)) {
            qCWarning(lcDisplay) << "stats.get failed:" << error->message;
            return;
        }
        m_stats = std::get<0>(std::move(result));
        rebuildServices();
    });
}

void SupervisorModel::rebuildServices()
{
    QVariantList services;
    for (const auto &s : std::as_const(m_stats.services)) {
        QVariantList series;
        for (const auto &p : s.series)
            series.append(QVariantMap{{u"at"_s, p.at}, {u"waiting"_s, p.waiting},
                                      {u"averageWaitSeconds"_s, p.averageWaitSeconds}});
        services.append(QVariantMap{{u"serviceId"_s, s.serviceId},
                                    {u"name"_s, serviceName(s.serviceId)},
                                    {u"waiting"_s, s.waiting},
                                    {u"longestWaitSeconds"_s, s.longestWaitSeconds},
                                    {u"longestWaitTicket"_s, s.longestWaitTicket},
                                    {u"averageWaitSeconds"_s, s.averageWaitSeconds},
                                    {u"estimatedWaitSeconds"_s, s.estimatedWaitSeconds},
                                    {u"servedToday"_s, s.servedToday},
                                    {u"calledToday"_s, s.calledToday},
                                    {u"series"_s, series}});
    }
    m_services = services;
    emit statsChanged();
}

int SupervisorModel::secondsSince(const QDateTime &since) const
{
    return since.isValid() ? int(std::max<qint64>(0, since.secsTo(m_session.serverNow()))) : 0;
}

QString SupervisorModel::serviceName(const QString &serviceId) const
{
    const auto service = m_mirror.service(serviceId);
    return service ? service->name : serviceId;
}

} // namespace hallq::display

namespace hallq::display {

QString SupervisorModel::alertLevel(const QString &kind, const QString &subject) const
{
    QString level;
    for (const auto &a : m_alerts.rows())
        if (a.active() && a.kind == kind && a.subject == subject && (level.isEmpty() || a.level == u"red"))
            level = a.level;
    return level;
}

} // namespace hallq::display
