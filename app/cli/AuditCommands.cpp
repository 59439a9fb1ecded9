// The audit from the command line: verify the hash chains of a database file, and read the
// log of who did what (as a signed-in supervisor).
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/UserCommands.h"

#include "services/AuditService.h"
#include "storage/Database.h"

#include <QJsonObject>

namespace certdesk::commands {

namespace {

int verify(Cli &cli, Database &db)
{
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("usage: certdeskctl --db FILE audit verify"));
    AuditReport report;
    QString error;
    if (!AuditService::verifyDatabase(db, &report, &error))
        return cli.fail(error);
    cli.printJson(report.toJson());
    for (const AuditFinding &f : std::as_const(report.problems))
        cli.err() << "certdeskctl: " << f.message << '\n';
    for (const AuditFinding &g : std::as_const(report.gaps))
        cli.err() << "certdeskctl: note: " << g.message << '\n';
    for (const AuditFinding &s : std::as_const(report.stories))
        cli.err() << "certdeskctl: what happened: " << s.message << '\n';
    cli.err() << "certdeskctl: " << report.events << " events in " << report.chains
              << " chains: "
              << (report.ok() ? QStringLiteral("no sign of tampering")
                              : QStringLiteral("%1 problems").arg(report.problems.size()))
              << (report.gaps.isEmpty() ? QString()
                                        : QStringLiteral(", %1 gaps").arg(report.gaps.size()))
              << '\n';
    cli.err().flush();
    return report.ok() ? Cli::Done : Cli::RuleSaysNo;
}

int log(Cli &cli, Database &db)
{
    AuditFilter filter;
    filter.user = cli.takeOption(QStringLiteral("--user"));
    filter.caseOrReceipt = cli.takeOption(QStringLiteral("--case"));
    filter.action = cli.takeOption(QStringLiteral("--action"));
    const QString limit = cli.takeOption(QStringLiteral("--limit"));
    if (!cli.takeDate(QStringLiteral("--from"), &filter.from)
        || !cli.takeDate(QStringLiteral("--to"), &filter.to))
        return Cli::UsageOrIoError;
    if (!limit.isEmpty()) {
        bool ok = false;
        filter.limit = limit.toInt(&ok);
        if (!ok || filter.limit < 1)
            return cli.fail(QStringLiteral("--limit \"%1\" is not a positive number").arg(limit));
    }
    const QString actor = takeActor(cli);
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"").arg(cli.args().first()));
    int code = Cli::Done;
    const std::optional<User> who = signInAs(cli, db, actor, &code);
    if (!who)
        return code;
    Session session(db, cli.clock(), *who);
    QList<AuditEntry> entries;
    QString error;
    if (!AuditService(session).log(filter, &entries, &error)) {
        cli.fail(error);
        return Cli::RuleSaysNo;
    }
    for (const AuditEntry &e : std::as_const(entries)) {
        cli.printJson({{QStringLiteral("n"), e.n},
                       {QStringLiteral("at"), Event::formatTime(e.event.at)},
                       {QStringLiteral("by"), e.event.by},
                       {QStringLiteral("device"), e.event.device},
                       {QStringLiteral("action"), e.event.typeName},
                       {QStringLiteral("case_id"), e.event.caseId},
                       {QStringLiteral("receipt"), e.receipt},
                       {QStringLiteral("details"), AuditService::summary(e.event)}});
    }
    return Cli::Done;
}

} // namespace

int audit(Cli &cli)
{
    const QString usage = QStringLiteral(
        "usage: certdeskctl --db FILE audit verify | log [--user LOGIN] [--from DATE] "
        "[--to DATE] [--case CASE|RECEIPT] [--action TYPE] [--limit N] --as LOGIN");
    if (cli.args().isEmpty())
        return cli.fail(usage);
    const QString sub = cli.args().takeFirst();
    if (sub != QLatin1String("verify") && sub != QLatin1String("log"))
        return cli.fail(usage);
    const bool verifying = sub == QLatin1String("verify");
    Database *db = verifying ? cli.databaseToAudit() : cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    return verifying ? verify(cli, *db) : log(cli, *db);
}

} // namespace certdesk::commands
