#include "admin/DemoCommand.h"

#include "admin/AdminLog.h"
#include "admin/CommandLine.h"
#include "admin/DeviceCommand.h"
#include "admin/StaffCommand.h"
#include "net/Credentials.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace hallq::admin {
namespace {

// The demo account works at any window of the shipped Chaling hall.
const QString kDemoStaffId = u"demo"_s;
const QString kDemoStaffName = u"演示员"_s;
const QString kDemoDepartment = u"approval"_s;
const QStringList kDemoRoles{u"counter"_s, u"guide"_s, u"supervisor"_s};
const QString kKioskId = u"kiosk-1"_s;
const QString kDisplayId = u"display-1"_s;

} // namespace

DemoCommand::DemoCommand(const DataDir &dataDir)
    : AdminCommand(u"demo"_s, u"Demo credentials for a fresh data directory."_s), m_dataDir(dataDir)
{
}

QList<AdminCommand::Subcommand> DemoCommand::subcommands()
{
    using namespace std::placeholders;
    return {{u"init"_s, u"create a demo staff account and device tokens on a fresh data directory"_s,
             std::bind(&DemoCommand::init, this, _1, _2)}};
}

ExitCode DemoCommand::init(const QStringList &args, AdminIo &io)
{
    CommandLine line(u"demo init"_s,
                     u"On a fresh data directory (no staff, no devices): creates the staff account \"demo\" "
                     u"(roles counter, guide, supervisor) with a random password and the device tokens kiosk-1 "
                     u"and display-1, and writes them to <data-dir>/demo-credentials.txt (mode 0600) and "
                     u"standard output. On any other data directory it changes nothing."_s);
    if (const auto exit = line.parse(args, io))
        return *exit;
    const auto store = m_dataDir.openStore(DataDir::Open::CreateIfMissing);
    const qsizetype staff = store->listStaff().size();
    const qsizetype devices = store->listDevices().size();
    if (staff > 0 || devices > 0) {
        io.out() << u"demo init: %1 is not fresh (%2 staff account(s), %3 device(s)); nothing changed"_s
                        .arg(m_dataDir.path())
                        .arg(staff)
                        .arg(devices)
                 << Qt::endl;
        return ExitCode::Ok;
    }

    storage::StaffAccount account;
    account.staffId = kDemoStaffId;
    account.name = kDemoStaffName;
    account.departmentId = kDemoDepartment;
    account.roles = kDemoRoles;
    const QString password = net::Credentials::randomPassword();
    StaffCommand::addAccount(*store, account, password);
    const std::optional<QString> kioskToken = DeviceCommand::issue(*store, kKioskId, u"kiosk"_s, u"演示自助机"_s);
    const std::optional<QString> displayToken =
        DeviceCommand::issue(*store, kDisplayId, u"display"_s, u"演示显示屏"_s);
    qCInfo(lcAdmin) << "demo credentials created in" << m_dataDir.path();

    // Shell assignments: scripts can `source` the file.
    const QString text = u"# HallQ demo credentials for %1. Keep this file private.\n"
                         u"HALLQ_DEMO_STAFF_ID=%2\n"
                         u"HALLQ_DEMO_PASSWORD=%3\n"
                         u"HALLQ_KIOSK_ID=%4\n"
                         u"HALLQ_KIOSK_TOKEN=%5\n"
                         u"HALLQ_DISPLAY_ID=%6\n"
                         u"HALLQ_DISPLAY_TOKEN=%7\n"_s.arg(m_dataDir.path(), kDemoStaffId, password, kKioskId,
                                                           kioskToken.value_or(QString()), kDisplayId,
                                                           displayToken.value_or(QString()));
    io.out() << text;
    if (!writeCredentials(text, io))
        return ExitCode::Failure;
    io.out() << u"(also written to %1)"_s.arg(m_dataDir.filePath(kCredentialsFile)) << Qt::endl;
    return ExitCode::Ok;
}

bool DemoCommand::writeCredentials(const QString &text, AdminIo &io) const
{
    QFile file(m_dataDir.filePath(kCredentialsFile));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Created owner-only, and narrowed if it existed from an earlier data directory.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly)
        || file.write(text.toUtf8()) < 0 || !file.flush()) {
        io.fail(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
        return false;
    }
    return true;
}

} // namespace hallq::admin
