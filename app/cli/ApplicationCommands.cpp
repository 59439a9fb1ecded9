// The application for signature as a PDF file, from a shell: the same document the counter
// prints (print/ApplicationDocument), for archiving or for a branch whose printer is elsewhere.
// It only reads: a file is not paper handed over, so nothing is recorded on the case.
#include "cli/Cli.h"
#include "cli/Commands.h"

#include "domain/ReceiptNumber.h"
#include "print/ApplicationDocument.h"
#include "services/CaseService.h"
#include "services/Session.h"

#include <QFileInfo>

namespace certdesk::commands {

namespace {

const QString kUsage = QStringLiteral(
    "usage: certdeskctl --db FILE application pdf --receipt NUMBER | --case ID --out FILE.pdf");

/// The case a receipt number or a case id names; exit status 1 with a message when none (or
/// two: a receipt number two workstations both issued).
int findCase(Cli &cli, CaseService &cases, const QString &receipt, const QString &caseId,
    CaseDetails *details)
{
    QString id = caseId;
    if (id.isEmpty()) {
        const CaseService::Search found = cases.search(receipt);
        if (found.kind != CaseService::Search::Kind::Receipt || !found.error.isEmpty()) {
            cli.err() << "certdeskctl: --receipt \"" << receipt << "\": "
                      << (found.error.isEmpty() ? QStringLiteral("not a receipt number")
                                                : found.error)
                      << '\n';
            return Cli::RuleSaysNo;
        }
        if (found.rows.size() != 1) {
            cli.err() << "certdeskctl: "
                      << (found.rows.isEmpty()
                                 ? QStringLiteral("no case has receipt %1")
                                       .arg(ReceiptNumber::format(found.query))
                                 : QStringLiteral("receipt %1 is on %2 cases (two workstations "
                                                  "issued it): name the case with --case ID")
                                       .arg(ReceiptNumber::format(found.query))
                                       .arg(found.rows.size()))
                      << '\n';
            return Cli::RuleSaysNo;
        }
        id = found.rows.first().caseId;
    }
    QString error;
    if (!cases.open(id, details, &error))
        return cli.refuse(error);
    return Cli::Done;
}

int pdf(Cli &cli)
{
    const QString receipt = cli.takeOption(QStringLiteral("--receipt"));
    const QString caseId = cli.takeOption(QStringLiteral("--case"));
    const QString out = cli.takeOption(QStringLiteral("--out"));
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"; %2").arg(cli.args().join(u' '), kUsage));
    if (receipt.isEmpty() == caseId.isEmpty())
        return cli.fail(QStringLiteral("name the case with --receipt or with --case (one of "
                                       "them); %1")
                            .arg(kUsage));
    if (out.isEmpty())
        return cli.fail(QStringLiteral("--out FILE.pdf is missing; %1").arg(kUsage));
    Database *db = cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    // certdeskctl runs with the file's owner's rights: it reads the case as a supervisor.
    const User user {
        QStringLiteral("certdeskctl"), QStringLiteral("certdeskctl"), QString(), Role::Supervisor};
    Session session(*db, cli.clock(), user);
    CaseService cases(session);
    CaseDetails details;
    if (const int found = findCase(cli, cases, receipt, caseId, &details); found != Cli::Done) {
        cli.err().flush();
        return found;
    }
    if (!details.state.hasCounterApplication()) {
        cli.err() << "certdeskctl: case " << details.state.caseId
                  << " was ordered online: its application was signed on the portal, and "
                     "the branch prints none\n";
        cli.err().flush();
        return Cli::RuleSaysNo;
    }
    const IntakeReceipt r = cases.receiptFor(details);
    ApplicationDocument::Data data;
    data.intake = r;
    data.copy = details.state.nextApplicationCopy();
    data.printedOn = cli.clock().today();
    QString error;
    if (!ApplicationDocument(data).savePdf(out, &error))
        return cli.fail(error);
    cli.printJson({{QStringLiteral("case_id"), details.state.caseId},
        {QStringLiteral("receipt"), r.receipt}, {QStringLiteral("copy"), data.copy},
        {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()}});
    return Cli::Done;
}

} // namespace

int application(Cli &cli)
{
    if (cli.args().isEmpty())
        return cli.fail(kUsage);
    const QString sub = cli.args().takeFirst();
    if (sub == QLatin1String("pdf"))
        return pdf(cli);
    return cli.fail(QStringLiteral("unknown \"application %1\"; %2").arg(sub, kUsage));
}

} // namespace certdesk::commands
