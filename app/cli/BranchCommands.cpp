// certdeskctl branch: the identity of this workstation that receipt numbers are made of.

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/UserCommands.h"
#include "domain/ReceiptNumber.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QJsonObject>

namespace certdesk::commands {

namespace {

QJsonObject describe(const SettingsStore &s)
{
    return {{QStringLiteral("code"), s.branchCode()}, {QStringLiteral("name"), s.branchName()},
        {QStringLiteral("workstation"), s.workstationNumber()},
        {QStringLiteral("category"), ServiceTerms::categoryName(s.branchCategory())},
        {QStringLiteral("utc_offset_minutes"), s.utcOffsetSeconds() / 60}};
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
    const QString offset = cli.takeOption(QStringLiteral("--utc-offset-minutes"));
    const QString actor = takeActor(cli);
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"").arg(cli.args().first()));
    if (code.isEmpty() && workstation.isEmpty() && name.isEmpty() && category.isEmpty()
        && offset.isEmpty())
        return cli.fail(usage);

    // The receipt number is made of these: refuse what could not be written into one.
    bool ok = true;
    const int number = workstation.isEmpty() ? settings.workstationNumber() : workstation.toInt(&ok);
    QString error;
    if (!ok || ReceiptNumber::compose(code.isEmpty() ? settings.branchCode() : code, number,
                                      QDate(2026, 1, 1), 1, &error)
                   .isEmpty())
        return cli.fail(ok ? error : QStringLiteral("--workstation: \"%1\" is not a number from 1 to 99").arg(workstation));
    ServiceTerms::BranchCategory parsed;
    if (!category.isEmpty() && !ServiceTerms::categoryFromName(category, &parsed))
        return cli.fail(
            QStringLiteral("--category: \"%1\" is neither regional nor district").arg(category));
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
    if (!session.require(Permission::EditSettings, &error)) {
        cli.fail(error);
        return Cli::RuleSaysNo;
    }
    const QList<std::pair<QString, QString>> values {{QStringLiteral("branch.code"), code},
        {QStringLiteral("branch.workstation"),
            workstation.isEmpty() ? QString() : QString::number(number)},
        {QStringLiteral("branch.name"), name.simplified()},
        {QStringLiteral("branch.category"), category},
        {SettingsStore::utcOffsetKey(), offset.isEmpty() ? QString() : QString::number(minutes)}};
    // All of them or none: half a branch identity would number receipts wrongly.
    if (!Transaction::run(*db, &error, [&](Transaction &) {
            for (const auto &[key, value] : values) {
                if (!value.isEmpty() && !settings.setValue(key, value, who->login, &error))
                    return false;
            }
            return true;
        }))
        return cli.fail(error);
    cli.printJson(describe(settings));
    return Cli::Done;
}

} // namespace certdesk::commands
