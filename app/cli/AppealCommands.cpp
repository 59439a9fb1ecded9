// The appeals register from a shell: every appeal with its deadlines as they stand on a date,
// overdue first, and the terms the register would store for an appeal received on a day, for
// checks and scripts across the calendar. Only reads.
#include "cli/Cli.h"
#include "cli/Commands.h"

#include "domain/AppealNumber.h"
#include "domain/AppealTerms.h"
#include "services/AppealService.h"
#include "services/Session.h"

#include <QJsonArray>

namespace certdesk::commands {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject entry(const AppealState &s, const QDate &asOf)
{
    QJsonArray pending;
    for (const AppealDeadline &d : s.pending())
        pending.append(QJsonObject{{QLatin1String("what"), d.what},
                                   {QLatin1String("due"), iso(d.due)},
                                   {QLatin1String("overdue"), asOf > d.due}});
    QJsonArray points;
    for (const CompliancePoint &p : s.compliance)
        points.append(p.field + u'/' + p.problem);
    QJsonArray extensions;
    for (const AppealExtension &x : s.extensions)
        extensions.append(QJsonObject{{QLatin1String("on"), iso(x.on)},
                                      {QLatin1String("until"), iso(x.until)},
                                      {QLatin1String("notice_due"), iso(x.noticeDue)},
                                      {QLatin1String("notified_on"), iso(x.notifiedOn)}});
    return QJsonObject{
        {QLatin1String("appeal_id"), s.appealId},
        {QLatin1String("number"), AppealNumber::format(s.number)},
        {QLatin1String("kind"), Appeal::kindName(s.appeal.kind())},
        {QLatin1String("about"), Appeal::aboutName(s.appeal.about)},
        {QLatin1String("status"), appealStatusName(s.status)},
        {QLatin1String("applicant"), s.appeal.applicantName()},
        {QLatin1String("received_on"), iso(s.receivedOn)},
        {QLatin1String("received_by"), s.receivedBy},
        {QLatin1String("other_body"), s.appeal.otherBody},
        {QLatin1String("referral_due"), iso(s.referralDue)},
        {QLatin1String("referred_on"), iso(s.referredOn)},
        {QLatin1String("referral_notified_on"), iso(s.referralNotifiedOn)},
        {QLatin1String("decision_due"), iso(s.decisionDue)},
        {QLatin1String("original_decision_due"), iso(s.originalDecisionDue)},
        {QLatin1String("extension_limit"), iso(s.extensionLimit)},
        {QLatin1String("extensions"), extensions},
        {QLatin1String("learned_on"), iso(s.appeal.learnedOn)},
        {QLatin1String("filing_until"), iso(s.filingUntil)},
        {QLatin1String("filed_late"), s.filedLate()},
        {QLatin1String("term_restored"), s.termRestored},
        {QLatin1String("compliance"), points},
        {QLatin1String("compliance_due"), iso(s.complianceDue)},
        {QLatin1String("decided_on"), iso(s.decidedOn)},
        {QLatin1String("outcome"), s.outcome},
        {QLatin1String("withdrawn_on"), iso(s.withdrawnOn)},
        {QLatin1String("pending"), pending},
        {QLatin1String("next_due"), iso(s.nextDue())},
        {QLatin1String("overdue"), s.isOverdue(asOf)},
        {QLatin1String("deemed_refusal"), s.isDeemedRefused(asOf)},
        {QLatin1String("flags"), QJsonArray::fromStringList(s.flags(asOf))},
        {QLatin1String("anomalies"), int(s.anomalies.size())},
    };
}

} // namespace

namespace {

int terms(Cli &cli)
{
    const QString usage = QStringLiteral(
        "usage: certdeskctl [--db FILE] appeals terms --kind appeal|complaint --received "
        "YYYY-MM-DD [--aware YYYY-MM-DD]");
    const QString kindName = cli.takeOption(QStringLiteral("--kind"));
    const QString receivedText = cli.takeOption(QStringLiteral("--received"));
    const QString awareText = cli.takeOption(QStringLiteral("--aware"));
    if (cli.args() != QStringList {QStringLiteral("terms")})
        return cli.fail(usage);
    Appeal::Kind kind;
    if (kindName == QLatin1String("appeal"))
        kind = Appeal::Kind::Appeal;
    else if (kindName == QLatin1String("complaint"))
        kind = Appeal::Kind::Complaint;
    else
        return cli.fail(QStringLiteral("--kind must be appeal or complaint (got \"%1\"); %2")
                            .arg(kindName, usage));
    if (receivedText.isEmpty())
        return cli.fail(
            QStringLiteral("--received is missing: the day the appeal was received; ") + usage);
    QDate received;
    if (!cli.parseDate(receivedText, QStringLiteral("--received"), &received))
        return Cli::UsageOrIoError;
    QDate learnedOn;
    if (!awareText.isEmpty()) {
        if (kind != Appeal::Kind::Complaint)
            return cli.fail(QStringLiteral("--aware is the day the complainant learned of the "
                                           "act: complaints only"));
        if (!cli.parseDate(awareText, QStringLiteral("--aware"), &learnedOn))
            return Cli::UsageOrIoError;
        if (learnedOn > received)
            return cli.fail(QStringLiteral("--aware %1 is after --received %2: the register "
                                           "records that as a point to correct and counts no "
                                           "filing term from it")
                                .arg(iso(learnedOn), iso(received)));
    }
    WorkCalendar calendar;
    if (!cli.calendar(&calendar))
        return Cli::UsageOrIoError;
    const AppealTermsAtReceipt t = AppealTerms(calendar).atReceipt(kind, received, learnedOn);
    cli.printJson({{QLatin1String("kind"), Appeal::kindName(kind)},
        {QLatin1String("received"), iso(received)}, {QLatin1String("learned_on"), iso(learnedOn)},
        {QLatin1String("referral_due"), iso(t.referralDue)},
        {QLatin1String("decision_due"), iso(t.decisionDue)},
        {QLatin1String("extension_limit"), iso(t.extensionLimit)},
        {QLatin1String("compliance_due"), iso(t.complianceDue)},
        {QLatin1String("filing_until"), iso(t.filingUntil)},
        {QLatin1String("filed_late"), t.filedLate}});
    return Cli::Done;
}

int list(Cli &cli)
{
    const QString usage = QStringLiteral(
        "usage: certdeskctl --db FILE appeals list [--as-of YYYY-MM-DD] [--pending | --closed] "
        "[--overdue] [--find TEXT]");
    QDate asOf;
    if (!cli.takeDate(QStringLiteral("--as-of"), &asOf))
        return Cli::UsageOrIoError;
    const bool asOfGiven = asOf.isValid();
    const QString find = cli.takeOption(QStringLiteral("--find"));
    const bool pendingOnly = cli.takeFlag(QStringLiteral("--pending"));
    const bool closedOnly = cli.takeFlag(QStringLiteral("--closed"));
    const bool overdueOnly = cli.takeFlag(QStringLiteral("--overdue"));
    if (cli.args() != QStringList{QStringLiteral("list")} || (pendingOnly && closedOnly))
        return cli.fail(usage);
    Database *db = cli.database();
    if (!db)
        return Cli::UsageOrIoError;
    if (!asOf.isValid())
        asOf = cli.clock().today();
    // certdeskctl runs with the file's owner's rights: it reads the register as a supervisor.
    const User user{QStringLiteral("certdeskctl"), QStringLiteral("certdeskctl"), QString(),
                    Role::Supervisor};
    Session session(*db, cli.clock(), user);
    AppealService service(session);
    AppealFilter filter;
    filter.scope = pendingOnly  ? AppealFilter::Scope::Pending
                   : closedOnly ? AppealFilter::Scope::Closed
                                : AppealFilter::Scope::All;
    filter.overdueOnly = overdueOnly;
    filter.text = find;
    // The register as it stood on a day given: an appeal received later did not exist yet
    // (docs/appeals.md, "Readings"). Today's lists every appeal, whatever the clock says.
    if (asOfGiven)
        filter.receivedTo = asOf;
    QList<AppealRow> rows;
    QString error;
    if (!service.list(asOf, filter, 1000000, &rows, &error))
        return cli.fail(error);
    QJsonArray out;
    int overdue = 0;
    for (const AppealRow &row : std::as_const(rows)) {
        AppealState state;
        if (!service.state(row.appealId, &state, &error))
            return cli.fail(error);
        if (state.isOverdue(asOf))
            ++overdue;
        out.append(entry(state, asOf));
    }
    cli.printJson({{QLatin1String("as_of"), iso(asOf)}, {QLatin1String("count"), int(out.size())},
        {QLatin1String("overdue"), overdue}, {QLatin1String("appeals"), out}});
    return Cli::Done;
}

} // namespace

int appeals(Cli &cli)
{
    const QString sub = cli.args().isEmpty() ? QString() : cli.args().constFirst();
    if (sub == QLatin1String("terms"))
        return terms(cli);
    return list(cli);
}

} // namespace certdesk::commands
