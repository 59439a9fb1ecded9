// Backup, restore and the retention purge from the command line.
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/UserCommands.h"

#include "services/BackupService.h"
#include "services/PurgeService.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QJsonObject>

namespace certdesk::commands {

int backup(Cli &cli)
{
    if (cli.args().size() != 1)
        return cli.fail(QStringLiteral("usage: certdeskctl --db FILE backup BACKUP-FILE"));
    const QString path = cli.args().takeFirst();
    Database *db = cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    // Run by the owner of the database file, who can copy it anyway: no sign-in, but the
    // backup is recorded like every other action.
    QString error;
    if (!BackupService::write(*db, cli.clock(), QStringLiteral("certdeskctl"), path, &error))
        return cli.fail(error);
    const Backup::Inspection written = Backup::inspect(path);
    cli.printJson({{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                   {QStringLiteral("bytes"), QFileInfo(path).size()},
                   {QStringLiteral("events"), written.events},
                   {QStringLiteral("cases"), written.cases},
                   {QStringLiteral("schema"), written.schema}});
    return Cli::Done;
}

int restore(Cli &cli)
{
    if (cli.args().size() != 1 || cli.dbPath().isEmpty())
        return cli.fail(QStringLiteral("usage: certdeskctl --db FILE restore BACKUP-FILE"));
    const QString backupPath = cli.args().takeFirst();
    // The database is not opened first: restoring is the way out when it is damaged.
    const Backup::Inspection inspection = Backup::inspect(backupPath);
    if (!inspection.ok) {
        cli.fail(inspection.error + QStringLiteral(" Nothing was changed."));
        return Cli::RuleSaysNo;
    }
    QString kept;
    QString error;
    if (!Backup::restore(backupPath, cli.dbPath(), &kept, &error))
        return cli.fail(error);
    // Opened only now: the restored file says what branch time the record is written in.
    Database *db = cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    if (!BackupService::recordRestore(
            *db, cli.clock(), QStringLiteral("certdeskctl"), backupPath, kept, &error))
        return cli.fail(error);
    cli.printJson({{QStringLiteral("restored"), QFileInfo(backupPath).absoluteFilePath()},
                   {QStringLiteral("database"), QFileInfo(cli.dbPath()).absoluteFilePath()},
                   {QStringLiteral("replaced"), kept},
                   {QStringLiteral("events"), inspection.events},
                   {QStringLiteral("cases"), inspection.cases},
                   {QStringLiteral("schema"), inspection.schema}});
    return Cli::Done;
}

int purge(Cli &cli)
{
    QDate asOf;
    if (!cli.takeDate(QStringLiteral("--as-of"), &asOf))
        return Cli::UsageOrIoError;
    const bool dryRun = cli.takeFlag(QStringLiteral("--dry-run"));
    if (!asOf.isValid())
        return cli.fail(QStringLiteral("usage: certdeskctl --db FILE purge --as-of DATE "
                                       "[--dry-run] --as LOGIN"));
    Database *db = cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    const QString actor = takeActor(cli);
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"").arg(cli.args().first()));
    int code = Cli::Done;
    const std::optional<User> who = signInAs(cli, *db, actor, &code);
    if (!who)
        return code;
    Session session(*db, cli.clock(), *who);
    PurgeResult result;
    QString error;
    if (!PurgeService(session).purge(asOf, dryRun, &result, &error)) {
        cli.fail(error);
        return Cli::RuleSaysNo;
    }
    cli.printJson({{QStringLiteral("as_of"), result.asOf.toString(Qt::ISODate)},
                   {QStringLiteral("retention_months"), result.retentionMonths},
                   {QStringLiteral("closed_on_or_before"),
                    result.closedOnOrBefore.toString(Qt::ISODate)},
                   {QStringLiteral("cases"), result.cases},
                   {QStringLiteral("appeals"), result.appeals},
                   {QStringLiteral("events_redacted"), result.eventsRedacted},
                   {QStringLiteral("dry_run"), dryRun}});
    return Cli::Done;
}

} // namespace certdesk::commands
