// certdeskctl branch and device: the identity of this workstation that receipt numbers and
// the audit chain are made of.

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/UserCommands.h"
#include "domain/BranchSettings.h"
#include "services/Session.h"
#include "services/WorkstationService.h"
#include "storage/Database.h"
#include "storage/DeviceLineage.h"
#include "storage/SettingsStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <tuple>

namespace certdesk::commands {

namespace {

QJsonObject describe(const SettingsStore &s)
{
    return {{QStringLiteral("code"), s.branchCode()}, {QStringLiteral("name"), s.branchName()},
        {QStringLiteral("workstation"), s.workstationNumber()},
        {QStringLiteral("category"), ServiceTerms::categoryName(s.branchCategory())},
        {QStringLiteral("utc_offset_minutes"), s.utcOffsetSeconds() / 60}};
}

QString timeText(const QDateTime &utc)
{
    return utc.isValid() ? Event::formatTime(utc) : QString();
}

/// `device show`: the ids this database has had, whether receipt numbers are stopped and why.
QJsonObject describeDevice(Database &db, const Clock &clock)
{
    const DeviceLineage lineage(db, clock);
    QJsonArray ids;
    for (const DeviceIdEntry &e : lineage.entries()) {
        QJsonObject o {
            {QStringLiteral("device"), e.device}, {QStringLiteral("since"), timeText(e.since)}};
        if (!e.isCurrent()) {
            o.insert(QStringLiteral("until"), timeText(e.until));
            o.insert(QStringLiteral("reason"), e.reason);
        }
        ids.append(o);
    }
    const WorkstationStatus status = WorkstationService::status(db);
    QJsonArray alerts;
    for (const WorkstationAlert &a : WorkstationAlerts(db).all()) {
        QJsonObject o {{QStringLiteral("kind"), a.kind},
            {QStringLiteral("detected_at"), timeText(a.detectedAt)},
            {QStringLiteral("branch"), a.branch}, {QStringLiteral("workstation"), a.workstation},
            {QStringLiteral("device"), a.device}, {QStringLiteral("open"), a.isOpen()},
            {QStringLiteral("message"), WorkstationService::describe(a, db)}};
        if (!a.newDevice.isEmpty())
            o.insert(QStringLiteral("new_device"), a.newDevice);
        if (!a.isOpen()) {
            o.insert(QStringLiteral("cleared_at"), timeText(a.clearedAt));
            o.insert(QStringLiteral("cleared_how"), a.clearedHow);
        }
        alerts.append(o);
    }
    return {{QStringLiteral("device"), status.device},
        {QStringLiteral("machine_known"), !lineage.machine().isEmpty()},
        {QStringLiteral("branch"), status.branch},
        {QStringLiteral("workstation"), status.workstation},
        {QStringLiteral("receipts_stopped"), status.stopped},
        {QStringLiteral("reason"), status.message()}, {QStringLiteral("ids"), ids},
        {QStringLiteral("alerts"), alerts}};
}

} // namespace

int branch(Cli &cli)
{
    static const QString usage = QStringLiteral(
        "usage: certdeskctl --db FILE branch show | set [--code NNNN] [--workstation N] "
        "[--name NAME] [--category regional|district] [--utc-offset-minutes M] --as LOGIN");
    if (cli.args().isEmpty())
        return cli.fail(usage);
    const QString sub = cli.args().takeFirst();
    if (sub == QLatin1String("show")) {
        Database *db = cli.database();
        if (!db)
            return Cli::UsageOrIoError;
        cli.printJson(describe(SettingsStore(*db)));
        return Cli::Done;
    }
    if (sub != QLatin1String("set"))
        return cli.fail(usage);
    Database *db = cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    SettingsStore settings(*db);

    const QString code = cli.takeOption(QStringLiteral("--code"));
    const QString workstation = cli.takeOption(QStringLiteral("--workstation"));
    const QString name = cli.takeOption(QStringLiteral("--name"));
    const QString category = cli.takeOption(QStringLiteral("--category"));
    const QString offset = cli.takeOption(QStringLiteral("--utc-offset-minutes"));
    const QString actor = takeActor(cli);
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"").arg(cli.args().first()));
    if (code.isEmpty() && workstation.isEmpty() && name.isEmpty() && category.isEmpty()
        && offset.isEmpty())
        return cli.fail(usage);

    // The receipt number is made of these: refuse what could not be written into one.
    BranchSettings current;
    current.code = settings.branchCode();
    current.workstation = settings.workstationNumber();
    current.name = settings.branchName();
    current.category = settings.branchCategory();
    BranchSettings next;
    QString error;
    if (!BranchSettings::fromTyped(current, code, workstation, name, category, &next, &error))
        return cli.fail(error);
    int minutes = 0;
    if (!offset.isEmpty() && !SettingsStore::parseUtcOffsetMinutes(offset, &minutes))
        return cli.fail(QStringLiteral("--utc-offset-minutes: \"%1\" is not a whole number of "
                                       "minutes from -720 to 840 (Kazakhstan: 300)")
                            .arg(offset));

    int exit = Cli::Done;
    const std::optional<User> who = signInAs(cli, *db, actor, &exit);
    if (!who)
        return exit;
    Session session(*db, cli.clock(), *who);
    BranchChange change;
    // Only what was typed is saved (and recorded as set by this person), as it was read.
    change.code = code.isEmpty() ? QString() : next.code;
    change.workstation = workstation.isEmpty() ? 0 : next.workstation;
    change.name = name.isEmpty() ? QString() : next.name;
    change.category = category.isEmpty() ? QString() : ServiceTerms::categoryName(next.category);
    change.utcOffsetMinutes = offset.isEmpty() ? QString() : QString::number(minutes);
    bool refused = false;
    if (!WorkstationService(session).setBranch(change, &error, &refused)) {
        cli.fail(error);
        return refused ? Cli::RuleSaysNo : Cli::UsageOrIoError;
    }
    cli.printJson(describe(settings));
    return Cli::Done;
}

int device(Cli &cli)
{
    static const QString usage
        = QStringLiteral("usage: certdeskctl --db FILE device show | renew --as LOGIN");
    if (cli.args().isEmpty())
        return cli.fail(usage);
    const QString sub = cli.args().takeFirst();
    if (sub == QLatin1String("show")) {
        if (!cli.args().isEmpty())
            return cli.fail(usage);
        Database *db = cli.database();
        if (!db)
            return Cli::UsageOrIoError;
        cli.printJson(describeDevice(*db, cli.clock()));
        return Cli::Done;
    }
    if (sub != QLatin1String("renew"))
        return cli.fail(usage);
    const QString actor = takeActor(cli);
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"").arg(cli.args().first()));
    // Not workstationDatabase(): on a copy's first use elsewhere that would renew the id
    // already, and this renews it once more, on purpose.
    Database *db = cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    int exit = Cli::Done;
    const std::optional<User> who = signInAs(cli, *db, actor, &exit);
    if (!who)
        return exit;
    Session session(*db, cli.clock(), *who);
    QString error;
    if (!session.require(Permission::EditSettings, &error)) {
        cli.fail(error);
        return Cli::RuleSaysNo;
    }
    if (!WorkstationService(session).renewDevice(nullptr, &error))
        return cli.fail(error);
    cli.err() << "certdeskctl: " << WorkstationService::status(*db).message() << '\n';
    cli.printJson(describeDevice(*db, cli.clock()));
    return Cli::Done;
}

} // namespace certdesk::commands
