// The supervisor board from a shell: what each bucket holds on a date, and what needs a
// person's action on it. Both only read; nothing is transferred or archived from here.
#include "cli/Cli.h"
#include "cli/Commands.h"

#include "services/BoardService.h"
#include "services/Session.h"

namespace certdesk::commands {

namespace {

int run(Cli &cli, bool sweepOnly)
{
    const QString name = sweepOnly ? QStringLiteral("sweep") : QStringLiteral("board");
    QDate asOf;
    if (!cli.takeDate(QStringLiteral("--as-of"), &asOf))
        return Cli::UsageOrIoError;
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"; usage: certdeskctl --db FILE %2 "
                                       "[--as-of YYYY-MM-DD]")
                            .arg(cli.args().join(u' '), name));
    Database *db = cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    if (!asOf.isValid())
        asOf = cli.clock().today();
    // certdeskctl runs with the file's owner's rights: it reads the board as a supervisor.
    const User user {
        QStringLiteral("certdeskctl"), QStringLiteral("certdeskctl"), QString(), Role::Supervisor};
    Session session(*db, cli.clock(), user);
    BoardService service(session);
    Board board;
    QString error;
    if (!service.board(asOf, &board, &error))
        return cli.fail(error);
    if (sweepOnly)
        board = board.sweep();
    cli.printJson(board.toJson());
    if (sweepOnly) {
        int total = 0;
        for (const QList<BoardEntry> &list : board.buckets)
            total += int(list.size());
        cli.err() << "certdeskctl: " << total << " case(s) need a person's action on "
                  << asOf.toString(Qt::ISODate) << '\n';
        cli.err().flush();
    }
    return Cli::Done;
}

} // namespace

int board(Cli &cli)
{
    return run(cli, false);
}

int sweep(Cli &cli)
{
    return run(cli, true);
}

} // namespace certdesk::commands
