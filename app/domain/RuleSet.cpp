#include "domain/RuleSet.h"

#include "domain/RulesFile.h"

#include <QFile>
#include <QMap>

#include <algorithm>
#include <cmath>

// The data files live in a static library: their resource must be registered by hand.
static void initRuleResources()
{
    Q_INIT_RESOURCE(domain);
}

namespace certdesk {

namespace {

QString idPrefix(RuleUnit::Kind kind, const QString &key = QString())
{
    QString prefix = RuleUnit::kindName(kind) + u'/';
    if (!key.isEmpty())
        prefix += key + u'/';
    return prefix;
}

} // namespace

const RuleSet &RuleSet::builtIn()
{
    static const RuleSet rules = [] {
        initRuleResources();
        RuleSet set;
        const WorkCalendar calendar = WorkCalendar::builtIn();
        QMap<int, QList<Holiday>> holidays;
        QMap<int, QList<DaySwap>> swaps;
        for (const Holiday &h : calendar.holidays())
            holidays[h.date.year()].append(h);
        for (const DaySwap &s : calendar.swaps())
            swaps[s.date.year()].append(s);
        for (auto it = holidays.cbegin(); it != holidays.cend(); ++it)
            set.set(RuleUnit::calendar(it.key(), it.value(), swaps.value(it.key())));

        const ApostilleCountries &countries = ApostilleCountries::builtIn();
        for (const ApostilleParty &p : countries.parties())
            set.set(RuleUnit::hague(p));
        for (const LegalAssistanceParty &p : countries.legalAssistanceParties())
            set.set(RuleUnit::legalAssistance(p));

        QFile values(QStringLiteral(":/certdesk/rules/kz-values.rules"));
        RulesFile::Contents contents;
        QList<RuleProblem> problems;
        if (!values.open(QIODevice::ReadOnly)
            || !RulesFile::parse(values.readAll(), &contents, &problems))
            qFatal("the built-in rule values are missing or damaged: %s",
                   qPrintable(problems.isEmpty() ? values.errorString() : problems.first().text()));
        return set.overlaid(contents.rules);
    }();
    return rules;
}

void RuleSet::set(const RuleUnit &unit)
{
    m_units.insert(unit.id(), unit);
}

RuleSet RuleSet::overlaid(const RuleSet &upper) const
{
    RuleSet merged = *this;
    for (auto it = upper.m_units.cbegin(); it != upper.m_units.cend(); ++it)
        merged.m_units.insert(it.key(), it.value());
    return merged;
}

bool RuleSet::operator==(const RuleSet &other) const
{
    return m_units.keys() == other.m_units.keys() && m_units.values() == other.m_units.values();
}

WorkCalendar RuleSet::calendar() const
{
    QList<Holiday> holidays;
    QList<DaySwap> swaps;
    const QString prefix = idPrefix(RuleUnit::Kind::Calendar);
    for (auto it = m_units.lowerBound(prefix); it != m_units.cend() && it.key().startsWith(prefix);
         ++it) {
        if (it->isRemoved())
            continue;
        holidays.append(it->holidays());
        swaps.append(it->swaps());
    }
    return WorkCalendar(holidays, swaps);
}

QList<int> RuleSet::calendarYears() const
{
    QList<int> years;
    const QString prefix = idPrefix(RuleUnit::Kind::Calendar);
    for (auto it = m_units.lowerBound(prefix); it != m_units.cend() && it.key().startsWith(prefix);
         ++it) {
        if (!it->isRemoved() && !it->holidays().isEmpty())
            years.append(it->year());
    }
    std::sort(years.begin(), years.end());
    return years;
}

QList<int> RuleSet::yearsWithoutCalendar(const QDate &from, const QDate &to) const
{
    QList<int> missing;
    if (!from.isValid() || !to.isValid())
        return missing;
    const QList<int> known = calendarYears();
    for (int year = std::min(from.year(), to.year()); year <= std::max(from.year(), to.year());
         ++year) {
        if (!known.contains(year))
            missing.append(year);
    }
    return missing;
}

TermSettings RuleSet::termsOn(const QDate &day) const
{
    TermSettings terms;
    for (const RuleUnit::TermName &name : RuleUnit::termNames()) {
        const QString prefix = idPrefix(RuleUnit::Kind::Term, QLatin1String(name.name));
        const RuleUnit *chosen = nullptr;
        const RuleUnit *earliest = nullptr;
        // Ids of one term sort by their effective date (ISO dates sort as text).
        for (auto it = m_units.lowerBound(prefix);
             it != m_units.cend() && it.key().startsWith(prefix); ++it) {
            if (it->isRemoved())
                continue;
            if (!earliest)
                earliest = &it.value();
            if (it->from() <= day)
                chosen = &it.value();
        }
        if (!chosen)
            chosen = earliest;
        if (chosen)
            terms.*(name.field) = chosen->termValue();
    }
    return terms;
}

std::optional<int> RuleSet::mci(int year) const
{
    const RuleUnit u = unit(idPrefix(RuleUnit::Kind::Mci) + QString::number(year));
    if (!u.isValid() || u.isRemoved())
        return std::nullopt;
    return u.tenge();
}

double RuleSet::apostilleFeeShare(const QDate &day) const
{
    // As for the terms: the latest on or before day, the earliest for the days before it.
    const QString prefix = idPrefix(RuleUnit::Kind::Fee, QStringLiteral("apostille"));
    std::optional<double> share;
    std::optional<double> earliest;
    for (auto it = m_units.lowerBound(prefix); it != m_units.cend() && it.key().startsWith(prefix);
         ++it) {
        const double value = it->isRemoved() ? 0 : it->mciShare();
        if (!earliest && !it->isRemoved())
            earliest = value;
        if (it->from() <= day)
            share = value;
    }
    return share.value_or(earliest.value_or(0));
}

bool RuleSet::apostilleFee(const QDate &day, Fee *fee, QString *error) const
{
    const std::optional<int> yearMci = mci(day.year());
    const double share = apostilleFeeShare(day);
    if (!yearMci) {
        if (error)
            *error = tr("The MCI of %1 is not in the rules, so the apostille fee cannot be "
                        "computed. A supervisor enters it under Tools → Rules (or the central "
                        "rules database sends it).")
                         .arg(day.year());
        return false;
    }
    if (share <= 0) {
        if (error)
            *error = tr("No apostille fee is in force on %1 in the rules. A supervisor enters it "
                        "under Tools → Rules.")
                         .arg(day.toString(QStringLiteral("dd.MM.yyyy")));
        return false;
    }
    fee->mci = *yearMci;
    fee->share = share;
    // Whole tenge, rounded half up, as the fee is paid.
    fee->amount = int(std::lround(double(*yearMci) * share));
    return true;
}

ApostilleCountries RuleSet::countries() const
{
    QList<ApostilleParty> parties;
    QList<LegalAssistanceParty> legal;
    for (const RuleUnit &u : m_units) {
        if (u.isRemoved())
            continue;
        if (u.kind() == RuleUnit::Kind::Hague)
            parties.append(u.hagueParty());
        else if (u.kind() == RuleUnit::Kind::LegalAssistance)
            legal.append(u.legalAssistanceParty());
    }
    ApostilleCountries countries;
    // Refused before it can be stored (RuleCheck::whole); the shipped list answers otherwise.
    if (!ApostilleCountries::fromLists(parties, legal, &countries, nullptr))
        return ApostilleCountries::builtIn();
    return countries;
}

} // namespace certdesk
