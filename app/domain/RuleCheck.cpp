#include "domain/RuleCheck.h"

#include "domain/ApostilleCountries.h"
#include "domain/RuleSet.h"
#include "domain/RuleUnit.h"

#include <QLocale>
#include <QSet>

#include <cmath>

namespace certdesk {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QList<RuleCheck::Issue> RuleCheck::unit(const RuleUnit &u)
{
    if (u.isRemoved())
        return {};
    const QString id = u.id();
    auto one = [&id](const QString &message) { return QList<Issue>{Issue{id, QDate(), message}}; };
    const QString key = u.key();
    switch (u.kind()) {
    case RuleUnit::Kind::Calendar:
        return calendar(u);
    case RuleUnit::Kind::Mci:
        if (u.tenge() <= 0)
            return one(tr("the MCI of %1 is %2: it must be a positive whole number of tenge")
                           .arg(key)
                           .arg(u.tenge()));
        if (u.tenge() > 1000000)
            return one(tr("the MCI of %1 is %2 tenge, which cannot be right: write it in tenge, "
                          "such as 4325")
                           .arg(key)
                           .arg(u.tenge()));
        return {};
    case RuleUnit::Kind::Fee: {
        const double hundredths = u.mciShare() * 100.0;
        if (!(u.mciShare() > 0) || u.mciShare() > 100)
            return one(tr("the apostille fee must be above 0 and at most 100 MCI (it is %1)")
                           .arg(u.mciShare()));
        if (std::abs(hundredths - std::round(hundredths)) > 1e-9)
            return one(tr("the apostille fee %1 MCI has more than two decimals").arg(u.mciShare()));
        return {};
    }
    case RuleUnit::Kind::Term: {
        const bool minutes = key == QLatin1String("electronic");
        const int most = minutes ? 1440 : 250;
        if (u.termValue() < 1 || u.termValue() > most)
            return one(minutes ? tr("the term \"%1\" is out of range: minutes from 1 to %2, "
                                    "not %3")
                                     .arg(key)
                                     .arg(most)
                                     .arg(u.termValue())
                               : tr("the term \"%1\" is out of range: working days from 1 to "
                                    "%2, not %3")
                                     .arg(key)
                                     .arg(most)
                                     .arg(u.termValue()));
        return {};
    }
    case RuleUnit::Kind::Hague:
        if (!u.from().isValid())
            return one(tr("the Hague party %1 needs the date the Convention entered into force")
                           .arg(key));
        return {};
    case RuleUnit::Kind::LegalAssistance:
        if (u.legalAssistanceParty().conventions.isEmpty())
            return one(tr("%1: name the conventions, such as \"Minsk 1993; Chisinau 2002\"")
                           .arg(key));
        return {};
    }
    return {};
}

QList<RuleCheck::Issue> RuleCheck::calendar(const RuleUnit &u)
{
    QList<Issue> issues;
    const QString id = u.id();
    const int y = u.year();
    if (u.holidays().isEmpty()) {
        issues.append({id, QDate(),
                       tr("the %1 calendar lists no holiday: a year's calendar is replaced as a "
                          "whole, so list every holiday of %1")
                           .arg(y)});
        return issues;
    }
    QSet<QDate> seen;
    for (const Holiday &h : u.holidays()) {
        if (h.date.year() != y)
            issues.append({id, h.date, tr("%1 is not in %2").arg(iso(h.date)).arg(y)});
        else if (seen.contains(h.date))
            issues.append({id, h.date, tr("%1 is listed twice").arg(iso(h.date))});
        else if (h.nameKk.isEmpty() || h.nameRu.isEmpty() || h.nameEn.isEmpty())
            issues.append({id, h.date, tr("the holiday of %1 needs its name in Kazakh, Russian and "
                                      "English (\"kk\", \"ru\", \"en\")")
                                       .arg(iso(h.date))});
        seen.insert(h.date);
    }
    for (const DaySwap &s : u.swaps()) {
        const bool weekend = s.date.dayOfWeek() >= 6;
        if (s.date.year() != y)
            issues.append({id, s.date, tr("%1 is not in %2").arg(iso(s.date)).arg(y)});
        else if (seen.contains(s.date))
            issues.append({id, s.date, tr("%1 is a holiday, or listed twice: a decree day cannot be "
                                      "on it")
                                       .arg(iso(s.date))});
        else if (s.working && !weekend)
            issues.append({id, s.date, tr("%1 is a %2: a decree makes a working day only of a "
                                      "Saturday or Sunday")
                                       .arg(iso(s.date), QLocale().dayName(s.date.dayOfWeek()))});
        else if (!s.working && weekend)
            issues.append({id, s.date, tr("%1 is a %2, a day off already: a decree day off is a "
                                      "weekday")
                                       .arg(iso(s.date), QLocale().dayName(s.date.dayOfWeek()))});
        seen.insert(s.date);
    }
    if (!issues.isEmpty())
        return issues;

    // A year must keep its working days: a list that empties them would stop every deadline.
    const WorkCalendar cal(u.holidays(), u.swaps());
    int working = 0;
    int weekdays = 0;
    int run = 0;
    int longest = 0;
    QDate runStart;
    QDate longestStart;
    for (QDate d(y, 1, 1); d.year() == y; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            ++weekdays;
        if (cal.isWorkingDay(d)) {
            ++working;
            run = 0;
            continue;
        }
        if (run++ == 0)
            runStart = d;
        if (run > longest) {
            longest = run;
            longestStart = runStart;
        }
    }
    if (working == 0) {
        issues.append({id, QDate(), tr("the %1 calendar leaves no working day in the year: every "
                                   "deadline in %1 would be impossible")
                                    .arg(y)});
    } else if (working * 2 < weekdays) {
        issues.append({id, QDate(), tr("the %1 calendar leaves %n working day(s) in the year, fewer "
                                   "than half of its weekdays: check the list",
                                   nullptr, working)
                                    .arg(y)});
    } else if (longest > 16) {
        issues.append({id, longestStart,
                       tr("the %1 calendar leaves no working day from %2 to %3 (%n day(s)): "
                          "check the list",
                          nullptr, longest)
                           .arg(QString::number(y), iso(longestStart),
                                iso(longestStart.addDays(longest - 1)))});
    }
    return issues;
}

QList<RuleCheck::Issue> RuleCheck::whole(const RuleSet &rules)
{
    QList<Issue> issues;
    const RuleUnit home = rules.unit(QStringLiteral("hague/") + QLatin1String(ApostilleCountries::HomeCountry));
    if (!home.isValid() || home.isRemoved())
        issues.append({home.isValid() ? home.id() : QStringLiteral("hague/KZ"), QDate(),
                       tr("Kazakhstan (KZ) must stay a Hague party: without its date no "
                          "apostille could be in force with any country")});
    for (const RuleUnit::TermName &name : RuleUnit::termNames()) {
        const QString prefix = QStringLiteral("term/%1/").arg(QLatin1String(name.name));
        bool any = false;
        QString last;
        for (const RuleUnit &u : rules.units()) {
            if (u.id().startsWith(prefix)) {
                last = u.id();
                any = any || !u.isRemoved();
            }
        }
        if (!any)
            issues.append({last, QDate(),
                           tr("the term \"%1\" would have no value at all: keep at least one")
                               .arg(QLatin1String(name.name))});
    }
    bool fee = false;
    QString lastFee;
    for (const RuleUnit &u : rules.units()) {
        if (u.kind() == RuleUnit::Kind::Fee) {
            lastFee = u.id();
            fee = fee || !u.isRemoved();
        }
    }
    if (!fee)
        issues.append({lastFee, QDate(),
                       tr("the apostille fee would have no value at all: keep at least one")});
    return issues;
}

} // namespace certdesk
