// Moving events in and out of a branch database, and rebuilding its projection.
#include "cli/Cli.h"
#include "cli/Commands.h"

#include "services/WorkstationService.h"
#include "domain/EventLines.h"
#include "storage/CaseProjection.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/RulesStore.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QIODevice>

namespace certdesk::commands {

namespace {

int exportEvents(Cli &cli, Database &db)
{
    EventStore store(db, cli.clock());
    qint64 count = 0;
    QString error;
    const bool ok = store.forEach(
        [&](const Event &e) {
            cli.out() << QString::fromUtf8(EventLines::write(e)) << '\n';
            ++count;
            return true;
        },
        &error);
    cli.out().flush();
    if (!ok)
        return cli.fail(error);
    cli.err() << "certdeskctl: exported " << count << " events\n";
    return Cli::Done;
}

int importEvents(Cli &cli, Database &db)
{
    // Read as bytes: decoding first would replace what is not UTF-8 unseen.
    QIODevice *device = cli.in().device();
    const QByteArray input = device ? device->readAll() : cli.in().readAll().toUtf8();
    const EventLines::Result read = EventLines::read(input);
    if (!read.problems.isEmpty()) {
        for (const QString &p : read.problems)
            cli.err() << "certdeskctl: " << p << '\n';
        return cli.fail(QStringLiteral("%1 of %2 lines are not valid events; nothing was imported")
                            .arg(read.problems.size())
                            .arg(read.lines));
    }
    EventStore store(db, cli.clock());
    int inserted = 0;
    QString error;
    if (!store.insertForeign(read.events, true, &inserted, &error))
        return cli.fail(error);
    // Imported events are looked at as pulled ones are: another counter's number, or this
    // database's own id written elsewhere, stops its receipt numbers (README).
    const WorkstationStatus status = WorkstationService::status(db);
    if (status.stopped)
        cli.err() << "certdeskctl: " << status.message() << '\n';
    cli.printJson(
        {{QStringLiteral("read"), int(read.events.size())}, {QStringLiteral("imported"), inserted},
            {QStringLiteral("already_present"), int(read.events.size()) - inserted},
            {QStringLiteral("receipts_stopped"), status.stopped}});
    return Cli::Done;
}

} // namespace

int events(Cli &cli)
{
    if (cli.args().size() != 1)
        return cli.fail(QStringLiteral("usage: certdeskctl --db FILE events export | import"));
    const QString sub = cli.args().takeFirst();
    if (sub != QLatin1String("export") && sub != QLatin1String("import"))
        return cli.fail(QStringLiteral("usage: certdeskctl --db FILE events export | import"));
    const bool exporting = sub == QLatin1String("export");
    Database *db = exporting ? cli.database() : cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    return exporting ? exportEvents(cli, *db) : importEvents(cli, *db);
}

int rebuild(Cli &cli)
{
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("usage: certdeskctl --db FILE rebuild"));
    Database *db = cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    QElapsedTimer timer;
    timer.start();
    QString error;
    qint64 events = 0;
    if (!CaseProjection::rebuild(*db, &error, [&](qint64 done, qint64) { events = done; }))
        return cli.fail(error);
    // The calendar in force is a projection too: of the rules and the branch's rule events.
    if (!Transaction::run(*db, &error, [&](Transaction &tx) {
            return RulesStore(*db).projectInTransaction(tx, &error);
        }))
        return cli.fail(error);
    const qint64 ms = timer.elapsed();
    const qint64 cases = CaseProjection::count(*db);
    cli.printJson({{QStringLiteral("events"), events},
                   {QStringLiteral("cases"), cases},
                   {QStringLiteral("milliseconds"), ms}});
    return Cli::Done;
}

} // namespace certdesk::commands
