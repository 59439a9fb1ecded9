// certdeskctl branch: the identity of this workstation that receipt numbers are made of.

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/UserCommands.h"
#include "domain/BranchSettings.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QJsonObject>

#include <tuple>

namespace certdesk::commands {

namespace {

QJsonObject describe(const SettingsStore &s)
{
    return {{QStringLiteral("code"), s.branchCode()},
            {QStringLiteral("name"), s.branchName()},
            {QStringLiteral("workstation"), s.workstationNumber()},
            {QStringLiteral("category"), ServiceTerms::categoryName(s.branchCategory())}};
}

} // namespace

int branch(Cli &cli)
{
    static const QString usage = QStringLiteral(
        "usage: certdeskctl --db FILE branch show | set [--code NNNN] [--workstation N] "
        "[--name NAME] [--category regional|district] --as LOGIN");
    if (cli.args().isEmpty())
        return cli.fail(usage);
    const QString sub = cli.args().takeFirst();
    Database *db = cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    SettingsStore settings(*db);
    if (sub == QLatin1String("show")) {
        cli.printJson(describe(settings));
        return Cli::Done;
    }
    if (sub != QLatin1String("set"))
        return cli.fail(usage);

    const QString code = cli.takeOption(QStringLiteral("--code"));
    const QString workstation = cli.takeOption(QStringLiteral("--workstation"));
    const QString name = cli.takeOption(QStringLiteral("--name"));
    const QString category = cli.takeOption(QStringLiteral("--category"));
    const QString actor = takeActor(cli);
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"").arg(cli.args().first()));
    if (code.isEmpty() && workstation.isEmpty() && name.isEmpty() && category.isEmpty())
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

    int exit = Cli::Done;
    const std::optional<User> who = signInAs(cli, *db, actor, &exit);
    if (!who)
        return exit;
    Session session(*db, cli.clock(), *who);
    if (!session.require(Permission::EditSettings, &error)) {
        cli.fail(error);
        return Cli::RuleSaysNo;
    }
    Transaction tx(*db);
    if (!tx.isActive())
        return cli.fail(QStringLiteral("the database is busy or read-only; nothing was saved"));
    // Only what was typed is saved (and recorded as set by this person).
    const QList<std::tuple<QString, QString, QString>> values {
        {QStringLiteral("branch.code"), code, next.code},
        {QStringLiteral("branch.workstation"), workstation, QString::number(next.workstation)},
        {QStringLiteral("branch.name"), name, next.name},
        {QStringLiteral("branch.category"), category, ServiceTerms::categoryName(next.category)}};
    for (const auto &[key, typed, value] : values) {
        if (!typed.isEmpty() && !settings.setValue(key, value, who->login, &error))
            return cli.fail(error);
    }
    if (!tx.commit(&error))
        return cli.fail(error);
    cli.printJson(describe(settings));
    return Cli::Done;
}

} // namespace certdesk::commands
