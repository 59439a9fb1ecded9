// SMS notices from a shell: what was queued, sent or is failing; which workstation sends;
// the gateway's settings; and one pass of the sender (a cron job on a branch without the
// window open). docs/certdeskctl.md, "notices".
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/UserCommands.h"

#include "services/NoticeService.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "sync/CredentialStore.h"
#include "sync/NoticeSender.h"
#include "sync/SyncConfig.h"

#include <QEventLoop>
#include <QJsonArray>

namespace certdesk::commands {

namespace {

const QString kUsage = QStringLiteral(
    "usage: certdeskctl --db FILE notices list [--case ID] | notifier show | notifier set "
    "[--device ID] --as LOGIN | gateway set --url URL --sender NAME --login LOGIN --as LOGIN | "
    "send [--timeout-ms N]");

QString time(const QDateTime &t)
{
    return t.isValid() ? Event::formatTime(t) : QString();
}

QJsonObject designationJson(const NotifierDesignation &d)
{
    if (!d.isValid())
        return {};
    return {{QStringLiteral("device"), d.device}, {QStringLiteral("workstation"), d.workstation},
        {QStringLiteral("by"), d.by}, {QStringLiteral("set_at"), time(d.setAt)},
        {QStringLiteral("effective_at"), time(d.effectiveAt)}};
}

QJsonObject statusJson(NoticeService &service, Database &db)
{
    const SyncConfig sync = SyncConfig::load(SettingsStore(db));
    const NotifierStatus s = service.status(sync.isEnabled(), sync.database);
    return {{QStringLiteral("current"), designationJson(s.current)},
        {QStringLiteral("pending"), designationJson(s.pending)},
        {QStringLiteral("this_workstation"), s.isThisWorkstation},
        {QStringLiteral("may_send"), s.maySend}, {QStringLiteral("why_not"), s.why}};
}

User fileOwner()
{
    // certdeskctl runs with the file's owner's rights: it reads as a supervisor.
    return {
        QStringLiteral("certdeskctl"), QStringLiteral("certdeskctl"), QString(), Role::Supervisor};
}

int list(Cli &cli)
{
    const QString caseId = cli.takeOption(QStringLiteral("--case"));
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"; %2").arg(cli.args().first(), kUsage));
    Database *db = cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    Session session(*db, cli.clock(), fileOwner());
    NoticeService service(session);
    QList<NoticeEntry> entries;
    QString error;
    if (!service.notices(caseId, &entries, &error))
        return cli.fail(error);
    QJsonArray rows;
    for (const NoticeEntry &e : std::as_const(entries)) {
        const NoticeRecord &r = e.record;
        rows.append(QJsonObject {{QStringLiteral("id"), r.id},
            {QStringLiteral("case_id"), r.caseId}, {QStringLiteral("receipt"), e.receipt},
            {QStringLiteral("kind"), Notice::kindName(r.kind)}, {QStringLiteral("phone"), r.phone},
            {QStringLiteral("language"), r.language}, {QStringLiteral("text"), r.text},
            {QStringLiteral("state"), r.stateName()}, {QStringLiteral("still_due"), e.stillDue},
            {QStringLiteral("queued_at"), time(r.queuedAt)},
            {QStringLiteral("sent_at"), time(r.sentAt)}, {QStringLiteral("sends"), r.sends},
            {QStringLiteral("reference"), r.reference}, {QStringLiteral("failures"), r.failures},
            {QStringLiteral("last_error"), r.failures > 0 ? r.lastFailure.detail : QString()},
            {QStringLiteral("last_failure"),
                r.failures > 0 ? NoticeFailure::causeName(r.lastFailure.cause) : QString()},
            {QStringLiteral("last_status"), r.lastFailure.httpStatus},
            {QStringLiteral("next_attempt"), time(r.nextAttemptAt)}});
    }
    cli.printJson({{QStringLiteral("notices"), rows},
        {QStringLiteral("notifier"), statusJson(service, *db)}});
    return Cli::Done;
}

int notifier(Cli &cli)
{
    const QString sub = cli.args().isEmpty() ? QString() : cli.args().takeFirst();
    if (sub == QLatin1String("show")) {
        if (!cli.args().isEmpty())
            return cli.fail(kUsage);
        Database *db = cli.database();
        if (!db)
            return Cli::UsageOrIoError;
        Session session(*db, cli.clock(), fileOwner());
        NoticeService service(session);
        cli.printJson(statusJson(service, *db));
        return Cli::Done;
    }
    if (sub != QLatin1String("set"))
        return cli.fail(kUsage);
    const QString device = cli.takeOption(QStringLiteral("--device"));
    const QString actor = takeActor(cli);
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"; %2").arg(cli.args().first(), kUsage));
    Database *db = cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    int exit = Cli::Done;
    const std::optional<User> who = signInAs(cli, *db, actor, &exit);
    if (!who)
        return exit;
    Session session(*db, cli.clock(), *who);
    NoticeService service(session);
    QString error;
    NotifierDesignation made;
    bool unchanged = false;
    if (!service.setNotifier(device, &made, &error, &unchanged)) {
        return cli.refuse(error);
    }
    cli.printJson({{QStringLiteral("set"), designationJson(made)},
        {QStringLiteral("unchanged"), unchanged},
        {QStringLiteral("notifier"), statusJson(service, *db)}});
    return Cli::Done;
}

int gateway(Cli &cli)
{
    if (cli.args().isEmpty() || cli.args().takeFirst() != QLatin1String("set"))
        return cli.fail(kUsage);
    const QString url = cli.takeOption(QStringLiteral("--url"));
    const QString sender = cli.takeOption(QStringLiteral("--sender"));
    const QString login = cli.takeOption(QStringLiteral("--login"));
    const QString actor = takeActor(cli);
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"; %2").arg(cli.args().first(), kUsage));
    SmsGatewayConfig config;
    QString error;
    if (!SmsGatewayConfig::fromTyped(url, sender, login, &config, &error))
        return cli.fail(error);
    Database *db = cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    int exit = Cli::Done;
    const std::optional<User> who = signInAs(cli, *db, actor, &exit);
    if (!who)
        return exit;
    Session session(*db, cli.clock(), *who);
    if (!session.require(Permission::EditSettings, &error)) {
        return cli.refuse(error);
    }
    SettingsStore settings(*db);
    if (!config.save(settings, who->login, &error))
        return cli.fail(error);
    // The secret goes to the OS credential store only, never to the database.
    bool stored = false;
    QString storeError;
    if (config.isEnabled() && qEnvironmentVariableIsSet("CERTDESK_SMS_SECRET"))
        stored = CredentialStore::writePassword(
            config.credentialKey(), qEnvironmentVariable("CERTDESK_SMS_SECRET"), &storeError);
    cli.printJson(
        {{QStringLiteral("url"), config.url.toString()}, {QStringLiteral("sender"), config.sender},
            {QStringLiteral("login"), config.login}, {QStringLiteral("secret_stored"), stored},
            {QStringLiteral("secret_store_error"), storeError}});
    return Cli::Done;
}

int send(Cli &cli)
{
    const QString timeout = cli.takeOption(QStringLiteral("--timeout-ms"));
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"; %2").arg(cli.args().first(), kUsage));
    bool ok = true;
    const int timeoutMs = timeout.isEmpty() ? 30000 : timeout.toInt(&ok);
    if (!ok || timeoutMs < 100)
        return cli.fail(QStringLiteral("--timeout-ms: \"%1\" is not a number of milliseconds "
                                       "(at least 100)")
                            .arg(timeout));
    Database *db = cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    const SmsGatewayConfig config = SmsGatewayConfig::load(SettingsStore(*db));
    QString secret;
    QString error;
    if (config.isEnabled() && !qEnvironmentVariableIsSet("CERTDESK_SMS_SECRET")
        && CredentialStore::readPassword(config.credentialKey(), &secret, &error)) {
        // found in the credential store
    } else if (config.isEnabled()
        && !readSecret(cli, "CERTDESK_SMS_SECRET",
            QStringLiteral("Secret of the SMS gateway account %1: ").arg(config.login), &secret)) {
        return Cli::UsageOrIoError;
    }
    Session session(*db, cli.clock(), fileOwner());
    NoticeService service(session);
    int queued = 0;
    if (!service.queueDue(&queued, &error))
        return cli.fail(error);
    const SyncConfig sync = SyncConfig::load(SettingsStore(*db));
    NoticeSender sender(*db, cli.clock());
    sender.configure(config, secret);
    sender.setTimeoutMs(timeoutMs);
    sender.setSync(sync.isEnabled(), sync.database);
    NoticeSendSummary summary;
    QEventLoop loop;
    QObject::connect(&sender, &NoticeSender::finished, &loop, [&](const NoticeSendSummary &s) {
        summary = s;
        loop.quit();
    });
    sender.sendDue();
    loop.exec();
    cli.printJson({{QStringLiteral("queued"), queued}, {QStringLiteral("sent"), summary.sent},
        {QStringLiteral("failed"), summary.failed}, {QStringLiteral("waiting"), summary.waiting},
        {QStringLiteral("not_sent_because"), summary.notAllowed},
        {QStringLiteral("errors"), QJsonArray::fromStringList(summary.errors)}});
    if (!summary.errors.isEmpty())
        return Cli::UsageOrIoError;
    return summary.notAllowed.isEmpty() && summary.failed == 0 ? Cli::Done : Cli::RuleSaysNo;
}

} // namespace

int notices(Cli &cli)
{
    if (cli.args().isEmpty())
        return cli.fail(kUsage);
    const QString sub = cli.args().takeFirst();
    if (sub == QLatin1String("list"))
        return list(cli);
    if (sub == QLatin1String("notifier"))
        return notifier(cli);
    if (sub == QLatin1String("gateway"))
        return gateway(cli);
    if (sub == QLatin1String("send"))
        return send(cli);
    return cli.fail(kUsage);
}

} // namespace certdesk::commands
