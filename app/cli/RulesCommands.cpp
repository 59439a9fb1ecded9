// The commands that answer a rule of DOMAIN.md and need no database.
#include "cli/Cli.h"
#include "cli/Commands.h"

#include "domain/Custody.h"
#include "domain/IdNumber.h"
#include "domain/RuleSet.h"
#include "domain/ServiceTerms.h"
#include "storage/Database.h"
#include "storage/RulesStore.h"

#include <QJsonObject>

namespace certdesk::commands {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// Warns when a date is outside the years the calendar's holiday data covers.
void warnIfUncovered(Cli &cli, const WorkCalendar &calendar, const QDate &date)
{
    if (!calendar.covers(date))
        cli.err() << "certdeskctl: warning: the calendar has holidays for " << calendar.firstYear()
                  << "-" << calendar.lastYear() << " only; " << iso(date)
                  << " is counted with weekends alone\n";
}

} // namespace

int iin(Cli &cli)
{
    if (cli.args().size() != 1)
        return cli.fail(QStringLiteral("usage: certdeskctl iin NUMBER"));
    const IdNumber id = IdNumber::parse(cli.args().constFirst());
    QJsonObject o{{QStringLiteral("number"), id.number()}, {QStringLiteral("valid"), id.isValid()}};
    switch (id.kind()) {
    case IdNumber::Kind::Individual:
        o.insert(QStringLiteral("kind"), QStringLiteral("individual"));
        o.insert(QStringLiteral("birth_date"), iso(id.birthDate()));
        o.insert(QStringLiteral("sex"), id.sex() == IdNumber::Sex::Male ? QStringLiteral("male")
                                                                        : QStringLiteral("female"));
        o.insert(QStringLiteral("century"), id.century());
        break;
    case IdNumber::Kind::LegalEntity:
        o.insert(QStringLiteral("kind"), QStringLiteral("legal_entity"));
        o.insert(QStringLiteral("registered"), id.registrationMonth().toString(QStringLiteral("yyyy-MM")));
        o.insert(QStringLiteral("entity_type"), id.entityTypeText());
        o.insert(QStringLiteral("entity_attribute"), id.entityAttributeText());
        break;
    case IdNumber::Kind::Invalid:
        o.insert(QStringLiteral("kind"), QJsonValue::Null);
        o.insert(QStringLiteral("error"), id.errorText());
        break;
    }
    cli.printJson(o);
    return id.isValid() ? Cli::Done : Cli::RuleSaysNo;
}

int workdays(Cli &cli)
{
    QStringList &a = cli.args();
    if (a.isEmpty())
        return cli.fail(QStringLiteral("usage: certdeskctl workdays check DATE | add DATE N | "
                                       "between FROM TO"));
    const QString sub = a.takeFirst();
    WorkCalendar calendar;
    if (sub == QLatin1String("check") && a.size() == 1) {
        QDate date;
        if (!cli.parseDate(a.at(0), QStringLiteral("DATE"), &date) || !cli.calendar(&calendar))
            return Cli::UsageOrIoError;
        warnIfUncovered(cli, calendar, date);
        const WorkCalendar::DayInfo info = calendar.dayInfo(date);
        QJsonObject o{{QStringLiteral("date"), iso(date)},
                      {QStringLiteral("working"), info.isWorking()},
                      {QStringLiteral("kind"), info.kindName()}};
        if (!info.isWorking())
            o.insert(QStringLiteral("reason"), info.reasonText());
        if (info.kind == WorkCalendar::DayKind::CarriedOver)
            o.insert(QStringLiteral("carried_from"), iso(info.holiday.date));
        cli.printJson(o);
        return info.isWorking() ? Cli::Done : Cli::RuleSaysNo;
    }
    if (sub == QLatin1String("add") && a.size() == 2) {
        QDate date;
        bool ok = false;
        const int n = a.at(1).toInt(&ok);
        if (!cli.parseDate(a.at(0), QStringLiteral("DATE"), &date))
            return Cli::UsageOrIoError;
        if (!ok || n < 0 || n > 10000)
            return cli.fail(QStringLiteral("N \"%1\" must be a whole number from 0 to 10000").arg(a.at(1)));
        if (!cli.calendar(&calendar))
            return Cli::UsageOrIoError;
        const QDate result = calendar.addWorkingDays(date, n);
        warnIfUncovered(cli, calendar, result);
        cli.printJson({{QStringLiteral("date"), iso(result)}});
        return Cli::Done;
    }
    if (sub == QLatin1String("between") && a.size() == 2) {
        QDate from;
        QDate to;
        if (!cli.parseDate(a.at(0), QStringLiteral("FROM"), &from)
            || !cli.parseDate(a.at(1), QStringLiteral("TO"), &to) || !cli.calendar(&calendar))
            return Cli::UsageOrIoError;
        cli.printJson({{QStringLiteral("from"), iso(from)},
                       {QStringLiteral("to"), iso(to)},
                       {QStringLiteral("working_days"), calendar.workingDaysBetween(from, to)}});
        return Cli::Done;
    }
    return cli.fail(QStringLiteral("usage: certdeskctl workdays check DATE | add DATE N | between FROM TO"));
}

int term(Cli &cli)
{
    const QString kindName = cli.takeOption(QStringLiteral("--kind"));
    const QString categoryName = cli.takeOption(QStringLiteral("--branch-category"));
    const QString submittedText = cli.takeOption(QStringLiteral("--submitted"));
    if (!cli.args().isEmpty())
        return cli.fail(QStringLiteral("unexpected \"%1\"; usage: certdeskctl term --kind KIND "
                                       "[--branch-category regional|district] --submitted "
                                       "YYYY-MM-DDTHH:MM").arg(cli.args().join(u' ')));
    ServiceTerms::Kind kind;
    if (!ServiceTerms::kindFromName(kindName, &kind))
        return cli.fail(QStringLiteral("--kind must be electronic, additional-check, paper or "
                                       "apostille (got \"%1\")").arg(kindName));
    ServiceTerms::BranchCategory category = ServiceTerms::BranchCategory::Regional;
    if (!categoryName.isEmpty() && !ServiceTerms::categoryFromName(categoryName, &category))
        return cli.fail(QStringLiteral("--branch-category must be regional or district (got \"%1\")")
                            .arg(categoryName));
    if (kind == ServiceTerms::Kind::Paper && categoryName.isEmpty())
        return cli.fail(QStringLiteral("--kind paper needs --branch-category regional|district"));
    QDateTime submitted = Cli::parseWallTime(submittedText);
    if (const QDate day = Cli::parseIsoDate(submittedText); day.isValid())
        submitted = QDateTime(day, QTime(0, 0), Qt::UTC);
    if (!submitted.isValid())
        return cli.fail(QStringLiteral("--submitted \"%1\" is not a date and time: write "
                                       "YYYY-MM-DDTHH:MM (branch time)").arg(submittedText));
    WorkCalendar calendar;
    if (!cli.calendar(&calendar))
        return Cli::UsageOrIoError;
    // The terms in force on the day of submission: the database's rules, or the built-in ones.
    const TermSettings settings = cli.dbPath().isEmpty()
                                      ? RuleSet::builtIn().termsOn(submitted.date())
                                      : RulesStore(*cli.database()).inForce().termsOn(submitted.date());
    const ServiceTerms terms(calendar, settings);
    const ServiceTerms::Due due = terms.due(kind, submitted, category);
    QJsonObject o;
    if (due.isDateTime()) {
        o.insert(QStringLiteral("due"), due.dueAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    } else {
        o.insert(QStringLiteral("due"), iso(due.dueDate));
        warnIfUncovered(cli, calendar, due.dueDate);
    }
    if (kind == ServiceTerms::Kind::AdditionalCheck) {
        o.insert(QStringLiteral("interim_due"), iso(due.interimDue));
        o.insert(QStringLiteral("reapply_from"), iso(due.reapplyFrom));
    }
    cli.printJson(o);
    return Cli::Done;
}

int custody(Cli &cli)
{
    QDate arrived;
    QDate requested;
    if (!cli.takeDate(QStringLiteral("--arrived"), &arrived)
        || !cli.takeDate(QStringLiteral("--return-requested"), &requested))
        return Cli::UsageOrIoError;
    if (!cli.args().isEmpty() || !arrived.isValid())
        return cli.fail(QStringLiteral("usage: certdeskctl custody --arrived DATE "
                                       "[--return-requested DATE]"));
    WorkCalendar calendar;
    if (!cli.calendar(&calendar))
        return Cli::UsageOrIoError;
    QJsonObject o {{QStringLiteral("arrived"), iso(arrived)},
        {QStringLiteral("branch_custody_until"), iso(Custody::branchCustodyUntil(arrived))},
        {QStringLiteral("transfer_due"), iso(Custody::transferDue(arrived, calendar))},
        {QStringLiteral("provider_custody_until"), iso(Custody::providerCustodyUntil(arrived))}};
    if (requested.isValid()) {
        if (requested < arrived)
            return cli.fail(QStringLiteral("--return-requested %1 is before --arrived %2")
                                .arg(iso(requested), iso(arrived)));
        o.insert(QStringLiteral("return_due"), iso(Custody::returnDue(requested, calendar)));
    }
    cli.printJson(o);
    return Cli::Done;
}

} // namespace certdesk::commands
