// A demo or benchmark database, made by services/DemoGenerator.
#include "cli/Cli.h"
#include "cli/Commands.h"

#include "services/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/EventStore.h"

#include <QElapsedTimer>

namespace certdesk::commands {

int demo(Cli &cli)
{
    DemoGenerator::Options options;
    const QString cases = cli.takeOption(QStringLiteral("--cases"));
    const QString seed = cli.takeOption(QStringLiteral("--seed"));
    const QString years = cli.takeOption(QStringLiteral("--years"));
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("usage: certdeskctl --db FILE demo [--cases N] [--seed S] [--years Y]"));
    bool ok = true;
    if (!cases.isEmpty())
        options.cases = cases.toInt(&ok);
    if (!ok || options.cases < 1 || options.cases > 10'000'000)
        return cli.fail(QStringLiteral("--cases must be a whole number from 1 to 10000000"));
    if (!seed.isEmpty())
        options.seed = seed.toUInt(&ok);
    if (!ok)
        return cli.fail(QStringLiteral("--seed must be a whole number"));
    if (!years.isEmpty())
        options.years = years.toInt(&ok);
    if (!ok || options.years < 1 || options.years > 10)
        return cli.fail(QStringLiteral("--years must be a whole number from 1 to 10"));
    Database *db = cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    if (EventStore(*db, cli.clock()).eventCount() > 0)
        return cli.fail(QStringLiteral("%1 already holds events; the demo fills only an empty "
                                       "database").arg(cli.dbPath()));
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(*db, cli.clock());
    DemoGenerator::Stats stats;
    QString error;
    const bool interactive = options.cases >= 100000;
    if (!generator.generate(options, &stats, &error, [&](qint64 done, qint64 total) {
            if (interactive)
                cli.err() << "\rcertdeskctl: " << done << " / " << total << " cases" << Qt::flush;
        }))
        return cli.fail(error);
    if (interactive)
        cli.err() << '\n';
    cli.printJson({{QStringLiteral("cases"), stats.cases},
                   {QStringLiteral("events"), stats.events},
                   {QStringLiteral("anomalies"), stats.anomalies},
                   {QStringLiteral("seed"), qint64(options.seed)},
                   {QStringLiteral("milliseconds"), timer.elapsed()}});
    return Cli::Done;
}

} // namespace certdesk::commands
