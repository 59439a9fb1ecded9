// certdeskctl rules: the rules that change by decree as a file (docs/rules.md) — shown,
// exported, imported by a supervisor as the branch's own change, and published by the central
// administrator into the country's central rules database.
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/UserCommands.h"

#include "domain/Clock.h"
#include "domain/Event.h"
#include "services/RulesService.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/RulesStore.h"
#include "sync/CentralRules.h"
#include "sync/CouchClient.h"

#include <QFile>
#include <QJsonArray>

namespace certdesk::commands {

namespace {

const QString kUsage = QStringLiteral(
    "usage: certdeskctl --db FILE rules show | [--db FILE] rules export [--layer in-force|branch|central|built-in] "
    "[--out FILE] | import FILE [--source TEXT] [--dry-run] --as LOGIN | withdraw ID... --as LOGIN "
    "| central-init --server URL [--country KZ] | publish FILE --server URL [--user NAME] "
    "| unpublish UNIT... --server URL [--user NAME]");

QJsonValue record(const RuleUnit &u)
{
    return u.isValid() ? QJsonValue(u.toJson()) : QJsonValue(QJsonValue::Null);
}

QJsonArray changesJson(const QList<RuleChanges::Change> &changes)
{
    QJsonArray list;
    for (const RuleChanges::Change &c : changes)
        list.append(QJsonObject{{QStringLiteral("unit"), c.unit},
                                {QStringLiteral("before"), record(c.before)},
                                {QStringLiteral("after"), record(c.after)}});
    return list;
}

/// Every problem on stderr, "line N: reason" (or the reason alone), then the refusal.
int refuseProblems(Cli &cli, const QList<RuleProblem> &problems, const QString &error)
{
    for (const RuleProblem &p : problems) {
        cli.err() << "certdeskctl: "
                  << (p.line > 0 ? QStringLiteral("line %1: %2").arg(p.line).arg(p.message)
                                 : p.message)
                  << '\n';
    }
    return cli.refuse(error);
}

bool readFile(Cli &cli, const QString &path, QByteArray *bytes)
{
    QFile file(path);
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            cli.fail(QStringLiteral("cannot read stdin"));
            return false;
        }
    } else if (!file.open(QIODevice::ReadOnly)) {
        cli.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    *bytes = file.readAll();
    return true;
}

int show(Cli &cli)
{
    Database *db = cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    const RulesStore store(*db);
    const RuleSet rules = store.inForce();
    const RulesStore::Central central = store.central();
    const QDate today = cli.clock().today();
    QJsonObject mci;
    for (const RuleUnit &u : rules.units()) {
        if (u.kind() == RuleUnit::Kind::Mci && !u.isRemoved())
            mci.insert(u.key(), u.tenge());
    }
    QJsonObject terms;
    const TermSettings t = rules.termsOn(today);
    for (const RuleUnit::TermName &name : RuleUnit::termNames())
        terms.insert(QLatin1String(name.name), t.*(name.field));
    QJsonObject fee{{QStringLiteral("mci_share"), rules.apostilleFeeShare(today)}};
    RuleSet::Fee computed;
    QString why;
    if (rules.apostilleFee(today, &computed, &why))
        fee.insert(QStringLiteral("tenge"), computed.amount);
    else
        fee.insert(QStringLiteral("problem"), why);
    QJsonArray years;
    for (int y : rules.calendarYears())
        years.append(y);
    QJsonArray branch;
    for (const RuleUnit &u : store.branchLayer().units())
        branch.append(u.id());
    cli.printJson({{QStringLiteral("country"), RulesStore::country()},
                   {QStringLiteral("date"), today.toString(Qt::ISODate)},
                   {QStringLiteral("calendar_years"), years},
                   {QStringLiteral("mci"), mci},
                   {QStringLiteral("terms"), terms},
                   {QStringLiteral("apostille_fee"), fee},
                   {QStringLiteral("branch_units"), branch},
                   {QStringLiteral("shadowed_by_central"),
                    QJsonArray::fromStringList(store.shadowedByCentral())},
                   {QStringLiteral("central"),
                    QJsonObject{{QStringLiteral("units"), int(central.rules.size())},
                                {QStringLiteral("source"), central.source},
                                {QStringLiteral("published_at"), central.publishedAt},
                                {QStringLiteral("published_by"), central.publishedBy}}}});
    return Cli::Done;
}

int exportRules(Cli &cli)
{
    const QString layer = cli.takeOption(QStringLiteral("--layer"));
    const QString out = cli.takeOption(QStringLiteral("--out"));
    if (!cli.args().isEmpty())
        return cli.fail(kUsage);
    RuleSet rules;
    QString source;
    if (layer == QLatin1String("built-in") || (layer.isEmpty() && cli.dbPath().isEmpty())) {
        rules = RuleSet::builtIn();
        source = QStringLiteral("built in");
    } else {
        Database *db = cli.database();
        if (!db)
            return Cli::UsageOrIoError;
        const RulesStore store(*db);
        if (layer.isEmpty() || layer == QLatin1String("in-force")) {
            rules = store.inForce();
            source = QStringLiteral("in force at branch %1").arg(db->path());
        } else if (layer == QLatin1String("branch")) {
            rules = store.branchLayer();
            source = QStringLiteral("the branch's own changes");
        } else if (layer == QLatin1String("central")) {
            const RulesStore::Central central = store.central();
            rules = central.rules;
            source = central.source;
        } else {
            return cli.fail(QStringLiteral("--layer must be in-force, branch, central or built-in "
                                           "(got \"%1\")")
                                .arg(layer));
        }
    }
    const QByteArray bytes = RulesFile::write(rules, RulesStore::country(), source);
    if (out.isEmpty()) {
        cli.out() << QString::fromUtf8(bytes);
        cli.out().flush();
        return Cli::Done;
    }
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return cli.fail(QStringLiteral("cannot write %1: %2").arg(out, file.errorString()));
    cli.printJson({{QStringLiteral("file"), out}, {QStringLiteral("units"), int(rules.size())}});
    return Cli::Done;
}

int importRules(Cli &cli)
{
    const QString source = cli.takeOption(QStringLiteral("--source"));
    const bool dryRun = cli.takeFlag(QStringLiteral("--dry-run"));
    const QString actor = takeActor(cli);
    if (cli.args().size() != 1 || (actor.isEmpty() && !dryRun))
        return cli.fail(kUsage);
    QByteArray bytes;
    if (!readFile(cli, cli.args().constFirst(), &bytes))
        return Cli::UsageOrIoError;
    Database *db = cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    // A file with any problem is refused before anyone signs in: nothing at all is recorded.
    RulesFile::Contents contents;
    QList<RuleProblem> problems;
    if (!RulesFile::parse(bytes, &contents, &problems))
        return refuseProblems(cli, problems,
                              QStringLiteral("the rules file was refused: %1 problem(s); nothing "
                                             "was changed")
                                  .arg(problems.size()));
    if (contents.country != RulesStore::country())
        return refuseProblems(cli,
                              {RuleProblem{1, QString(),
                                           QStringLiteral("the file holds the rules of %1; this "
                                                          "branch follows those of %2")
                                               .arg(contents.country, RulesStore::country())}},
                              QStringLiteral("the rules file was refused; nothing was changed"));
    problems = contents.problems(RuleCheck::whole(RulesStore(*db).inForce().overlaid(contents.rules)));
    if (!problems.isEmpty())
        return refuseProblems(cli, problems,
                              QStringLiteral("the rules file was refused: %1 problem(s); nothing "
                                             "was changed")
                                  .arg(problems.size()));
    if (dryRun) {
        cli.printJson({{QStringLiteral("dry_run"), true},
                       {QStringLiteral("units"), int(contents.rules.size())}});
        return Cli::Done;
    }
    int exit = Cli::Done;
    const std::optional<User> who = signInAs(cli, *db, actor, &exit);
    if (!who)
        return exit;
    Session session(*db, cli.clock(), *who);
    RulesService service(session);
    RulesService::Result r;
    r = service.importFile(bytes, source);
    if (!r.ok)
        return refuseProblems(cli, r.problems, r.error);
    cli.printJson({{QStringLiteral("changed"), changesJson(r.changes)},
                   {QStringLiteral("unchanged"), r.changes.isEmpty()}});
    return Cli::Done;
}

int withdraw(Cli &cli)
{
    const QString actor = takeActor(cli);
    const QStringList ids = cli.args();
    if (ids.isEmpty() || actor.isEmpty())
        return cli.fail(kUsage);
    cli.args().clear();
    Database *db = cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    int exit = Cli::Done;
    const std::optional<User> who = signInAs(cli, *db, actor, &exit);
    if (!who)
        return exit;
    Session session(*db, cli.clock(), *who);
    RulesService service(session);
    const RuleSet branch = service.branchLayer();
    for (const QString &id : ids) {
        if (!branch.contains(id))
            return cli.refuse(QStringLiteral("%1 is not one of the branch's own rules (see rules "
                                             "show, branch_units)")
                                  .arg(id));
    }
    const RulesService::Result r = service.change(RuleSet(), ids, QString());
    if (!r.ok)
        return refuseProblems(cli, r.problems, r.error);
    cli.printJson({{QStringLiteral("changed"), changesJson(r.changes)}});
    return Cli::Done;
}

QUrl serverUrl(Cli &cli)
{
    const QString text = cli.takeOption(QStringLiteral("--server"));
    const QUrl url(text);
    if (text.isEmpty() || !url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        cli.fail(QStringLiteral("--server needs the server's address, e.g. "
                                "https://couch.example.kz:6984"));
        return QUrl();
    }
    return url;
}

/// A client of the central rules database as user (the server administrator by default),
/// password from CERTDESK_ADMIN_PASSWORD or a prompt.
bool centralClient(Cli &cli, const QUrl &server, const QString &user, CouchClient *client)
{
    QString password;
    if (!readSecret(cli, "CERTDESK_ADMIN_PASSWORD",
                    QStringLiteral("Password of %1 on the server: ").arg(user), &password))
        return false;
    QString country = cli.takeOption(QStringLiteral("--country"));
    if (country.isEmpty())
        country = RulesStore::country();
    client->setServer(server);
    client->setDatabase(RulesStore::centralDatabase(country));
    client->setCredentials(user, password);
    client->setAdministrator(true);
    QString error;
    if (!client->setCaFile(cli.takeOption(QStringLiteral("--ca-file")), &error)) {
        cli.fail(error);
        return false;
    }
    return true;
}

int centralInit(Cli &cli)
{
    const QUrl server = serverUrl(cli);
    if (server.isEmpty())
        return Cli::UsageOrIoError;
    CouchClient client;
    if (!centralClient(cli, server,
                       qEnvironmentVariable("CERTDESK_ADMIN_USER", QStringLiteral("admin")),
                       &client))
        return Cli::UsageOrIoError;
    if (!cli.args().isEmpty())
        return cli.fail(kUsage);
    QJsonObject report;
    QString error;
    if (!CentralRules::init(client, &report, &error))
        return cli.fail(error);
    cli.printJson(report);
    return Cli::Done;
}

/// The central administrator's client for publish and unpublish: --server, --user (or
/// CERTDESK_ADMIN_USER, else admin) and the password; false (with the message) when wrong.
bool centralWriter(Cli &cli, CouchClient *client, QString *user)
{
    const QUrl server = serverUrl(cli);
    if (server.isEmpty())
        return false;
    *user = cli.takeOption(QStringLiteral("--user"));
    if (user->isEmpty())
        *user = qEnvironmentVariable("CERTDESK_ADMIN_USER", QStringLiteral("admin"));
    return centralClient(cli, server, *user, client);
}

int publish(Cli &cli)
{
    CouchClient client;
    QString user;
    if (!centralWriter(cli, &client, &user))
        return Cli::UsageOrIoError;
    if (cli.args().size() != 1)
        return cli.fail(kUsage);
    QByteArray bytes;
    if (!readFile(cli, cli.args().constFirst(), &bytes))
        return Cli::UsageOrIoError;
    RulesFile::Contents contents;
    QList<RuleProblem> problems;
    if (!RulesFile::parse(bytes, &contents, &problems))
        return refuseProblems(cli, problems, QStringLiteral("the rules file was refused; nothing "
                                                            "was published"));
    if (RulesStore::centralDatabase(contents.country) != client.database())
        return cli.refuse(QStringLiteral("the file holds the rules of %1, not of the database %2")
                              .arg(contents.country, client.database()));
    QJsonObject report;
    QString error;
    const QString at = Event::formatTime(QDateTime::currentDateTimeUtc());
    if (!CentralRules::publish(client, contents, user, at, &report, &problems, &error)) {
        if (problems.isEmpty())
            return cli.fail(error);
        return refuseProblems(cli, problems, error);
    }
    cli.printJson(report);
    return Cli::Done;
}

int unpublish(Cli &cli)
{
    CouchClient client;
    QString user;
    if (!centralWriter(cli, &client, &user))
        return Cli::UsageOrIoError;
    const QStringList ids = cli.args();
    if (ids.isEmpty())
        return cli.fail(kUsage);
    QJsonObject report;
    QList<RuleCheck::Issue> issues;
    QString error;
    const QString at = Event::formatTime(QDateTime::currentDateTimeUtc());
    if (!CentralRules::unpublish(client, ids, user, at, &report, &issues, &error)) {
        if (issues.isEmpty())
            return cli.refuse(error);
        for (const RuleCheck::Issue &i : std::as_const(issues))
            cli.err() << "certdeskctl: " << i.unit << ": " << i.message << '\n';
        return cli.refuse(error);
    }
    cli.printJson(report);
    return Cli::Done;
}

} // namespace

int rules(Cli &cli)
{
    QStringList &a = cli.args();
    if (a.isEmpty())
        return cli.fail(kUsage);
    const QString sub = a.takeFirst();
    if (sub == QLatin1String("show") && a.isEmpty())
        return show(cli);
    if (sub == QLatin1String("export"))
        return exportRules(cli);
    if (sub == QLatin1String("import"))
        return importRules(cli);
    if (sub == QLatin1String("withdraw"))
        return withdraw(cli);
    if (sub == QLatin1String("central-init"))
        return centralInit(cli);
    if (sub == QLatin1String("publish"))
        return publish(cli);
    if (sub == QLatin1String("unpublish"))
        return unpublish(cli);
    return cli.fail(kUsage);
}

} // namespace certdesk::commands
