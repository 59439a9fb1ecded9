// The end-of-day count of the safe from a shell (docs/certdeskctl.md, "count"): the papers
// presented come on stdin, one scanner line or receipt number each, after the password; the
// count is reconciled and recorded at the end of the input, as one event. A run cut short
// (Ctrl+C, a closed pipe before the end) records nothing.
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/UserCommands.h"

#include "domain/ReceiptNumber.h"
#include "print/SafeCountReportDocument.h"
#include "services/SafeCountService.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QJsonArray>

namespace certdesk::commands {

namespace {

const QString kUsage = QStringLiteral(
    "usage: certdeskctl --db FILE count [--dry-run] [--pdf FILE] --as LOGIN   (stdin: the "
    "password, then one scanned QR code or receipt number per line)\n"
    "       certdeskctl --db FILE count missing\n"
    "       certdeskctl --db FILE count found --as LOGIN   (stdin: the password, then scans)\n"
    "       certdeskctl --db FILE count write-off --receipt NUMBER --reason TEXT --as LOGIN");

const char *outcomeName(SafeCount::Outcome outcome)
{
    switch (outcome) {
    case SafeCount::Outcome::Counted: return "counted";
    case SafeCount::Outcome::AlreadyCounted: return "already_counted";
    case SafeCount::Outcome::Unexpected: return "unexpected";
    case SafeCount::Outcome::AlreadyUnexpected: return "already_counted";
    }
    return "";
}

QJsonObject missingJson(const MissingPaperLine &m)
{
    return {{QStringLiteral("case_id"), m.paper.caseId}, {QStringLiteral("receipt"), m.paper.receipt},
        {QStringLiteral("name"), m.name}, {QStringLiteral("count_id"), m.paper.countId},
        {QStringLiteral("date"), Event::formatDate(m.paper.date)},
        {QStringLiteral("counted_by"), m.paper.countedBy}};
}

/// The signed-in session of --as, or the exit code.
std::optional<User> signIn(Cli &cli, Database &db, int *exit)
{
    const QString actor = takeActor(cli);
    if (!cli.args().isEmpty()) {
        *exit = cli.fail(QStringLiteral("unexpected \"%1\"; %2").arg(cli.args().join(u' '), kUsage));
        return std::nullopt;
    }
    return signInAs(cli, db, actor, exit);
}

int runCount(Cli &cli)
{
    const bool dryRun = cli.takeFlag(QStringLiteral("--dry-run"));
    const QString pdf = cli.takeOption(QStringLiteral("--pdf"));
    Database *db = dryRun ? cli.database() : cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    int exit = Cli::Done;
    const std::optional<User> who = signIn(cli, *db, &exit);
    if (!who)
        return exit;
    Session session(*db, cli.clock(), *who);
    SafeCountService service(session);
    QString error;
    if (!service.start(&error))
        return cli.refuse(error);
    int line = 0;
    int refused = 0;
    while (!cli.in().atEnd()) {
        const QString text = cli.in().readLine();
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        const SafeScanResult r = service.scan(text);
        if (!r.accepted)
            ++refused;
        cli.err() << "certdeskctl: line " << line << ": "
                  << (r.accepted ? QString::fromLatin1(outcomeName(r.outcome)) + QStringLiteral(": ")
                                 : QStringLiteral("refused: "))
                  << r.message << '\n';
    }
    cli.err().flush();
    SafeCountReport report;
    if (!service.finish(&report, &error, dryRun))
        return cli.fail(error);
    QJsonObject json = report.toJson();
    json.insert(QStringLiteral("refused_lines"), refused);
    if (!pdf.isEmpty()) {
        const auto d = SafeCountReportDocument::Data::from(report, cli.clock());
        if (!SafeCountReportDocument(d).savePdf(pdf, &error)) {
            cli.printJson(json);
            return cli.fail(error);
        }
        json.insert(QStringLiteral("pdf"), QFileInfo(pdf).absoluteFilePath());
    }
    cli.printJson(json);
    return Cli::Done;
}

int missing(Cli &cli)
{
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"; %2").arg(cli.args().join(u' '), kUsage));
    Database *db = cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    // certdeskctl reads with the file's owner's rights, as the board does.
    const User user {
        QStringLiteral("certdeskctl"), QStringLiteral("certdeskctl"), QString(), Role::Supervisor};
    Session session(*db, cli.clock(), user);
    QList<MissingPaperLine> lines;
    QString error;
    if (!SafeCountService(session).missingPapers(&lines, &error))
        return cli.fail(error);
    QJsonArray list;
    for (const MissingPaperLine &m : std::as_const(lines))
        list.append(missingJson(m));
    cli.printJson({{QStringLiteral("missing"), list}});
    return Cli::Done;
}

int found(Cli &cli)
{
    Database *db = cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    int exit = Cli::Done;
    const std::optional<User> who = signIn(cli, *db, &exit);
    if (!who)
        return exit;
    Session session(*db, cli.clock(), *who);
    SafeCountService service(session);
    QJsonArray list;
    int refused = 0;
    int line = 0;
    while (!cli.in().atEnd()) {
        const QString text = cli.in().readLine();
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        MissingPaperLine m;
        QString error;
        if (service.found(text, &m, &error)) {
            list.append(missingJson(m));
        } else {
            ++refused;
            cli.err() << "certdeskctl: line " << line << ": refused: " << error << '\n';
        }
    }
    cli.err().flush();
    cli.printJson({{QStringLiteral("found"), list}, {QStringLiteral("refused_lines"), refused}});
    return refused > 0 ? Cli::RuleSaysNo : Cli::Done;
}

int writeOff(Cli &cli)
{
    const QString receipt = cli.takeOption(QStringLiteral("--receipt"));
    const QString caseId = cli.takeOption(QStringLiteral("--case"));
    const QString reason = cli.takeOption(QStringLiteral("--reason"));
    if (receipt.isEmpty() == caseId.isEmpty())
        return cli.fail(QStringLiteral("name the paper with --receipt or with --case (one of "
                                       "them); %1")
                            .arg(kUsage));
    Database *db = cli.workstationDatabase();
    if (!db)
        return Cli::UsageOrIoError;
    int exit = Cli::Done;
    const std::optional<User> who = signIn(cli, *db, &exit);
    if (!who)
        return exit;
    Session session(*db, cli.clock(), *who);
    SafeCountService service(session);
    QString error;
    const QString paper = receipt.isEmpty() ? caseId : receipt;
    QList<MissingPaperLine> before;
    if (!service.missingPapers(&before, &error))
        return cli.refuse(error);
    if (!service.writeOff(paper, reason, &error))
        return cli.refuse(error);
    const QString digits = ReceiptNumber::normalize(paper);
    for (const MissingPaperLine &m : std::as_const(before)) {
        if (m.paper.caseId == paper || m.paper.receipt == digits) {
            QJsonObject json = missingJson(m);
            json.insert(QStringLiteral("written_off"), true);
            json.insert(QStringLiteral("reason"), reason.simplified());
            cli.printJson(json);
            break;
        }
    }
    return Cli::Done;
}

} // namespace

int count(Cli &cli)
{
    if (!cli.args().isEmpty()) {
        const QString sub = cli.args().first();
        if (sub == QLatin1String("missing")) {
            cli.args().removeFirst();
            return missing(cli);
        }
        if (sub == QLatin1String("found")) {
            cli.args().removeFirst();
            return found(cli);
        }
        if (sub == QLatin1String("write-off")) {
            cli.args().removeFirst();
            return writeOff(cli);
        }
        if (!sub.startsWith(QLatin1String("--")))
            return cli.fail(QStringLiteral("unknown \"count %1\"; %2").arg(sub, kUsage));
    }
    return runCount(cli);
}

} // namespace certdesk::commands
