// Moving events in and out of a branch database, and rebuilding its projection.
#include "cli/Cli.h"
#include "cli/Commands.h"

#include "services/WorkstationService.h"
#include "storage/CaseProjection.h"
#include "storage/Database.h"
#include "storage/EventStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>

namespace certdesk::commands {

namespace {

int exportEvents(Cli &cli, Database &db)
{
    EventStore store(db, cli.clock());
    qint64 count = 0;
    QString error;
    const bool ok = store.forEach(
        [&](const Event &e) {
            cli.out() << QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact))
                      << '\n';
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
    QList<Event> events;
    QStringList problems;
    int lineNumber = 0;
    while (!cli.in().atEnd()) {
        const QString line = cli.in().readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &parseError);
        if (!doc.isObject()) {
            problems.append(QStringLiteral("line %1: not a JSON object (%2)")
                                .arg(lineNumber)
                                .arg(parseError.errorString()));
            continue;
        }
        Event e;
        QString why;
        if (!Event::fromJson(doc.object(), &e, &why)) {
            problems.append(QStringLiteral("line %1: %2").arg(lineNumber).arg(why));
            continue;
        }
        events.append(e);
    }
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            cli.err() << "certdeskctl: " << p << '\n';
        return cli.fail(QStringLiteral("%1 of %2 lines are not valid events; nothing was imported")
                            .arg(problems.size())
                            .arg(lineNumber));
    }
    EventStore store(db, cli.clock());
    int inserted = 0;
    QString error;
    if (!store.insertForeign(events, true, &inserted, &error))
        return cli.fail(error);
    // Imported events are looked at as pulled ones are: another counter's number, or this
    // database's own id written elsewhere, stops its receipt numbers (README).
    const WorkstationStatus status = WorkstationService::status(db);
    if (status.stopped)
        cli.err() << "certdeskctl: " << status.message() << '\n';
    cli.printJson(
        {{QStringLiteral("read"), int(events.size())}, {QStringLiteral("imported"), inserted},
            {QStringLiteral("already_present"), int(events.size()) - inserted},
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
    const qint64 ms = timer.elapsed();
    const qint64 cases = CaseProjection::count(*db);
    cli.printJson({{QStringLiteral("events"), events},
                   {QStringLiteral("cases"), cases},
                   {QStringLiteral("milliseconds"), ms}});
    return Cli::Done;
}

} // namespace certdesk::commands
