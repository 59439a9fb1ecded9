// certdeskctl sync: setting up the branch database on the central server, and exchanging
// events with it once or live. Secrets come from the environment, the credential store or
// a prompt — never from the command line, where ps and shell history would show them.
#include "cli/Cli.h"
#include "cli/Commands.h"

#include "services/WorkstationService.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"
#include "storage/SyncInbox.h"
#include "sync/CouchClient.h"
#include "sync/CredentialStore.h"
#include "sync/DesignDocument.h"
#include "sync/Replicator.h"
#include "sync/ServerSetup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

#include <atomic>
#include <csignal>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace certdesk::commands {

namespace {

std::atomic_bool g_stop {false};

void requestStop(int)
{
    g_stop = true;
}

/// A client signed in as the server administrator named in CERTDESK_ADMIN_USER (default
/// "admin"), password from CERTDESK_ADMIN_PASSWORD or a prompt.
bool adminClient(Cli &cli, const QUrl &server, const QString &database, CouchClient *client)
{
    const QString admin = qEnvironmentVariable("CERTDESK_ADMIN_USER", QStringLiteral("admin"));
    QString password;
    if (!readSecret(cli, "CERTDESK_ADMIN_PASSWORD",
            QStringLiteral("Password of the server administrator %1: ").arg(admin), &password))
        return false;
    client->setServer(server);
    client->setDatabase(database);
    client->setCredentials(admin, password);
    client->setAdministrator(true);
    QString error;
    if (!client->setCaFile(cli.takeOption(QStringLiteral("--ca-file")), &error)) {
        cli.fail(error);
        return false;
    }
    return true;
}

QUrl serverOption(Cli &cli)
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

/// The server database for init and account: "--db NAME" after the command word. A single
/// --db was already taken by certdeskctl as the local file, so it is read back from there.
QString remoteDatabase(Cli &cli)
{
    QString name = cli.takeOption(QStringLiteral("--db"));
    if (name.isEmpty())
        name = cli.dbPath();
    return name;
}

int init(Cli &cli)
{
    const QUrl server = serverOption(cli);
    if (server.isEmpty())
        return Cli::UsageOrIoError;
    const QString database = remoteDatabase(cli);
    if (database.isEmpty())
        return cli.fail(QStringLiteral("usage: certdeskctl sync init --server URL --db NAME "
                                       "[--role ROLE] [--members LOGIN,LOGIN...] [--ca-file PEM]"));
    QString role = cli.takeOption(QStringLiteral("--role"));
    if (role.isEmpty())
        role = SyncConfig::roleForDatabase(database);
    const QStringList members
        = cli.takeOption(QStringLiteral("--members")).split(u',', Qt::SkipEmptyParts);
    CouchClient client;
    if (!adminClient(cli, server, database, &client))
        return Cli::UsageOrIoError;
    QJsonObject report;
    QString error;
    if (!ServerSetup(client).initDatabase(role, members, &report, &error))
        return cli.fail(error);
    cli.printJson(report);
    return Cli::Done;
}

int account(Cli &cli)
{
    const QUrl server = serverOption(cli);
    if (server.isEmpty())
        return Cli::UsageOrIoError;
    const QString database = remoteDatabase(cli);
    const QString name = cli.takeOption(QStringLiteral("--name"));
    const bool workstation = cli.takeFlag(QStringLiteral("--workstation"));
    if (database.isEmpty() || name.isEmpty())
        return cli.fail(QStringLiteral("usage: certdeskctl sync account --server URL --db NAME "
                                       "--name ACCOUNT [--workstation]"));
    CouchClient client;
    if (!adminClient(cli, server, database, &client))
        return Cli::UsageOrIoError;
    QString password;
    if (!readSecret(cli, "CERTDESK_ACCOUNT_PASSWORD",
            QStringLiteral("New password for the server account %1: ").arg(name), &password))
        return Cli::UsageOrIoError;
    QStringList roles {SyncConfig::roleForDatabase(database)};
    if (workstation)
        roles.append(DesignDocument::workstationRole());
    QString error;
    if (!ServerSetup(client).putUser(name, password, roles, &error))
        return cli.fail(error);
    cli.printJson({{QStringLiteral("account"), name},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}});
    return Cli::Done;
}

int configure(Cli &cli)
{
    Database *db = cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    SettingsStore settings(*db);
    const SyncConfig saved = SyncConfig::load(settings);
    // What is not given stays as it is; everything is checked as the settings page checks it.
    auto typed = [&cli](const char *option, const QString &current) {
        const QString value = cli.takeOption(QString::fromLatin1(option));
        return value.isEmpty() ? current : value;
    };
    const QString server = typed("--server", saved.server.toString());
    const QString remote = typed("--remote-db", saved.database);
    const QString user = typed("--user", saved.user);
    const QString ca = typed("--ca-file", saved.caFile);
    const bool storePassword = cli.takeFlag(QStringLiteral("--store-password"));
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("usage: certdeskctl --db FILE sync configure [--server URL] "
                                       "[--remote-db NAME] [--user ACCOUNT] [--ca-file PEM] "
                                       "[--store-password]"));
    SyncConfig config;
    QString error;
    if (!SyncConfig::fromTyped(server, remote, user, ca, &config, &error))
        return cli.fail(error);
    if (!config.save(settings, QStringLiteral("certdeskctl"), &error))
        return cli.fail(error);
    bool stored = false;
    if (storePassword) {
        QString password;
        if (!readSecret(cli, "CERTDESK_SYNC_PASSWORD",
                QStringLiteral("Password of the sync account %1: ").arg(config.user), &password))
            return Cli::UsageOrIoError;
        stored = CredentialStore::writePassword(config.credentialKey(), password, &error);
        if (!stored)
            cli.err() << "certdeskctl: " << error << '\n';
    }
    cli.printJson({{QStringLiteral("server"), config.server.toString()},
        {QStringLiteral("database"), config.database}, {QStringLiteral("user"), config.user},
        {QStringLiteral("ca_file"), config.caFile}, {QStringLiteral("password_stored"), stored}});
    return Cli::Done;
}

int status(Cli &cli)
{
    Database *db = cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    const SyncConfig config = SyncConfig::load(SettingsStore(*db));
    EventStore store(*db, cli.clock());
    SyncInbox inbox(*db, cli.clock());
    QJsonArray setAside;
    for (const QuarantinedDocument &d : inbox.quarantined())
        setAside.append(
            QJsonObject {{QStringLiteral("id"), d.id}, {QStringLiteral("reason"), d.reason},
                {QStringLiteral("first_seen"), Event::formatTime(d.firstSeen)},
                {QStringLiteral("reader"), d.reader}});
    QJsonArray changed;
    for (const ServerAnomaly &a : inbox.anomalies())
        changed.append(QJsonObject {{QStringLiteral("event"), a.eventId},
            {QStringLiteral("case_id"), a.caseId},
            {QStringLiteral("kind"), ServerAnomaly::kindName(a.kind)},
            {QStringLiteral("fields"), a.detail}, {QStringLiteral("server_rev"), a.serverRev},
            {QStringLiteral("first_seen"), Event::formatTime(a.firstSeen)}});
    cli.printJson({{QStringLiteral("enabled"), config.isEnabled()},
        {QStringLiteral("quarantined"), setAside.size()}, {QStringLiteral("set_aside"), setAside},
        {QStringLiteral("server_anomalies"), changed.size()},
        {QStringLiteral("changed_on_server"), changed},
        {QStringLiteral("server"), config.server.toString()},
        {QStringLiteral("database"), config.database}, {QStringLiteral("user"), config.user},
        {QStringLiteral("pending"), store.unpushedCount()},
        {QStringLiteral("last_success"),
            store.syncValue(QStringLiteral("last_success:") + config.database)},
        {QStringLiteral("checkpoint"),
            store.syncValue(QStringLiteral("checkpoint:") + config.database)}});
    return Cli::Done;
}

QJsonObject summaryJson(const SyncSummary &summary, const Replicator &replicator, Database &db)
{
    QJsonObject o = summary.toJson();
    // What the exchange brought may have shown another counter with this one's number, or
    // this database's id written elsewhere: the stop and its reason travel with the summary.
    const WorkstationStatus workstation = WorkstationService::status(db);
    o.insert(QStringLiteral("receipts_stopped"), workstation.stopped);
    if (workstation.stopped)
        o.insert(QStringLiteral("receipts_stopped_reason"), workstation.message());
    o.insert(QStringLiteral("state"), SyncStatus::stateName(replicator.status().state));
    o.insert(QStringLiteral("pending"), replicator.status().pending);
    if (!replicator.status().reason.isEmpty())
        o.insert(QStringLiteral("reason"), replicator.status().reason);
    return o;
}

int exchange(Cli &cli, bool live)
{
    Database *db = cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    SyncConfig config = SyncConfig::load(SettingsStore(*db));
    const QString server = cli.takeOption(QStringLiteral("--server"));
    if (!server.isEmpty())
        config.server = QUrl(server);
    const QString remote = cli.takeOption(QStringLiteral("--remote-db"));
    if (!remote.isEmpty())
        config.database = remote;
    const QString user = cli.takeOption(QStringLiteral("--user"));
    if (!user.isEmpty())
        config.user = user;
    const bool pushOnly = cli.takeFlag(QStringLiteral("--push-only"));
    const bool pullOnly = cli.takeFlag(QStringLiteral("--pull-only"));
    if (!cli.args().isEmpty() || (pushOnly && pullOnly))
        return cli.fail(QStringLiteral("unexpected \"%1\"; usage: certdeskctl --db FILE sync "
                                       "--once | --live [--server URL] [--remote-db NAME] "
                                       "[--user ACCOUNT] [--push-only | --pull-only]")
                            .arg(cli.args().join(u' ')));
    QString password;
    QString error;
    if (config.user.isEmpty()) {
        // No account: a server without access control (a test or benchmark server).
    } else if (!qEnvironmentVariableIsSet("CERTDESK_SYNC_PASSWORD")
        && CredentialStore::readPassword(config.credentialKey(), &password, &error)) {
        // found in the credential store
    } else if (!readSecret(cli, "CERTDESK_SYNC_PASSWORD",
                   QStringLiteral("Password of the sync account %1: ").arg(config.user),
                   &password)) {
        return Cli::UsageOrIoError;
    }
    Replicator replicator(*db, cli.clock());
    if (!replicator.configure(config, password, &error))
        return cli.fail(error);
    replicator.setDirections(!pullOnly, !pushOnly);

    int exitCode = Cli::Done;
    QObject::connect(&replicator, &Replicator::eventRefused, &replicator,
        [&cli](const QString &id, const QString &reason) {
            cli.err() << "certdeskctl: the server refused event " << id << ": " << reason << '\n';
            cli.err().flush();
        });
    if (!live) {
        SyncSummary result;
        QObject::connect(
            &replicator, &Replicator::finished, &replicator, [&result](const SyncSummary &s) {
                result = s;
                QCoreApplication::exit(0);
            });
        replicator.syncOnce();
        if (replicator.isRunning())
            QCoreApplication::exec();
        cli.printJson(summaryJson(result, replicator, *db));
        if (!result.complete)
            return Cli::UsageOrIoError;
        return result.refused > 0 ? Cli::RuleSaysNo : Cli::Done;
    }

    // Live: one JSON line per exchange until SIGINT or SIGTERM, then the totals.
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &replicator, [] {
        if (g_stop)
            QCoreApplication::exit(0);
    });
    stopCheck.start(200);
    QObject::connect(&replicator, &Replicator::finished, &replicator,
        [&cli, &replicator, db](const SyncSummary &s) {
            if (s.pushed || s.pulled || !s.errors.isEmpty() || !s.complete)
                cli.printJson(summaryJson(s, replicator, *db));
        });
    replicator.startLive();
    QCoreApplication::exec();
    replicator.stop();
    cli.printJson(summaryJson(replicator.totals(), replicator, *db));
    return exitCode;
}

} // namespace

/// A secret: the environment variable when set, otherwise a prompt on the terminal without
/// echo (or one line of stdin when it is not a terminal).
bool readSecret(Cli &cli, const char *variable, const QString &prompt, QString *secret)
{
    if (qEnvironmentVariableIsSet(variable)) {
        *secret = qEnvironmentVariable(variable);
        return true;
    }
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        cli.err() << prompt;
        cli.err().flush();
        termios saved {};
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        *secret = cli.in().readLine();
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        cli.err() << '\n';
        cli.err().flush();
        return true;
    }
#endif
    if (cli.in().atEnd()) {
        cli.fail(QStringLiteral("%1: set %2 or give it on stdin")
                     .arg(prompt.trimmed(), QString::fromLatin1(variable)));
        return false;
    }
    *secret = cli.in().readLine();
    return true;
}

int sync(Cli &cli)
{
    if (cli.takeFlag(QStringLiteral("--once")))
        return exchange(cli, false);
    if (cli.takeFlag(QStringLiteral("--live")))
        return exchange(cli, true);
    const QString sub = cli.args().isEmpty() ? QString() : cli.args().takeFirst();
    if (sub == QLatin1String("init"))
        return init(cli);
    if (sub == QLatin1String("account"))
        return account(cli);
    if (sub == QLatin1String("configure"))
        return configure(cli);
    if (sub == QLatin1String("status"))
        return status(cli);
    return cli.fail(QStringLiteral(
        "usage: certdeskctl --db FILE sync --once | --live | configure | status; "
        "certdeskctl sync init --server URL --db NAME; "
        "certdeskctl sync account --server URL --db NAME --name ACCOUNT [--workstation]"));
}

} // namespace certdesk::commands
