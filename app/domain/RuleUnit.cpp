#include "domain/RuleUnit.h"

#include "domain/CountryNames.h"
#include "domain/Event.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace certdesk {

namespace {

const char *const kKindKeys[] = {"calendar", "mci", "fee", "term", "hague", "legal_assistance"};

/// The fields each kind's record may have besides its own key and "removed".
QSet<QString> fieldsOf(RuleUnit::Kind kind)
{
    switch (kind) {
    case RuleUnit::Kind::Calendar:
        return {QStringLiteral("holidays"), QStringLiteral("swaps")};
    case RuleUnit::Kind::Mci:
        return {QStringLiteral("tenge")};
    case RuleUnit::Kind::Fee:
        return {QStringLiteral("from"), QStringLiteral("mci")};
    case RuleUnit::Kind::Term:
        return {QStringLiteral("from"), QStringLiteral("working_days"), QStringLiteral("minutes")};
    case RuleUnit::Kind::Hague:
        return {QStringLiteral("in_force"), QStringLiteral("name"), QStringLiteral("note")};
    case RuleUnit::Kind::LegalAssistance:
        return {QStringLiteral("conventions"), QStringLiteral("from")};
    }
    return {};
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

bool wholeNumber(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != std::floor(d) || std::abs(d) > 1e12)
        return false;
    *out = qint64(d);
    return true;
}

/// A required date field; false with the reason.
bool readDate(const QJsonObject &o, const QString &field, bool required, QDate *out,
              QString *error)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || (v.isString() && v.toString().isEmpty() && !required)) {
        if (required) {
            *error = RuleUnit::tr("\"%1\" is missing: write the date as YYYY-MM-DD").arg(field);
            return false;
        }
        *out = QDate();
        return true;
    }
    if (!v.isString()) {
        *error = RuleUnit::tr("\"%1\" must be a date in quotes, YYYY-MM-DD").arg(field);
        return false;
    }
    const QString problem = RuleUnit::dateProblem(field, v.toString());
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *out = Event::parseDate(v.toString());
    return true;
}

bool readText(const QJsonObject &o, const QString &field, QString *out, QString *error)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined()) {
        *out = QString();
        return true;
    }
    if (!v.isString()) {
        *error = RuleUnit::tr("\"%1\" must be text in quotes").arg(field);
        return false;
    }
    *out = v.toString().trimmed();
    return true;
}

bool readCalendar(const QJsonObject &o, QList<Holiday> *holidays, QList<DaySwap> *swaps,
                  QString *error)
{
    const QJsonValue hs = o.value(QLatin1String("holidays"));
    const QJsonValue ss = o.value(QLatin1String("swaps"));
    if ((!hs.isUndefined() && !hs.isArray()) || (!ss.isUndefined() && !ss.isArray())) {
        *error = RuleUnit::tr("\"holidays\" and \"swaps\" must be lists");
        return false;
    }
    for (const QJsonValue &v : hs.toArray()) {
        const QJsonObject h = v.toObject();
        Holiday holiday;
        if (!readDate(h, QStringLiteral("date"), true, &holiday.date, error)
            || !readText(h, QStringLiteral("kk"), &holiday.nameKk, error)
            || !readText(h, QStringLiteral("ru"), &holiday.nameRu, error)
            || !readText(h, QStringLiteral("en"), &holiday.nameEn, error))
            return false;
        holiday.carriesOver = h.value(QLatin1String("carries_over")).toBool(true);
        holidays->append(holiday);
    }
    for (const QJsonValue &v : ss.toArray()) {
        const QJsonObject s = v.toObject();
        DaySwap swap;
        if (!readDate(s, QStringLiteral("date"), true, &swap.date, error)
            || !readText(s, QStringLiteral("reason"), &swap.reason, error))
            return false;
        if (!s.value(QLatin1String("working")).isBool()) {
            *error = RuleUnit::tr("a decree day needs \"working\": true (a weekend day worked) "
                                  "or false (a weekday off)");
            return false;
        }
        swap.working = s.value(QLatin1String("working")).toBool();
        swaps->append(swap);
    }
    return true;
}

} // namespace

QString RuleProblem::text() const
{
    return line > 0 ? tr("Line %1: %2").arg(line).arg(message) : message;
}

const QList<RuleUnit::TermName> &RuleUnit::termNames()
{
    static const QList<TermName> names = {
        {"electronic", &TermSettings::electronicMinutes, true},
        {"additional_check", &TermSettings::additionalCheckDays, false},
        {"interim_notice", &TermSettings::interimNoticeDays, false},
        {"reapply_after", &TermSettings::reapplyAfterDays, false},
        {"paper_regional", &TermSettings::paperRegionalDays, false},
        {"paper_district", &TermSettings::paperDistrictDays, false},
        {"apostille", &TermSettings::apostilleDays, false},
    };
    return names;
}

bool RuleUnit::isTermName(const QString &name)
{
    for (const TermName &t : termNames())
        if (name == QLatin1String(t.name))
            return true;
    return false;
}

QString RuleUnit::termTitle(const QString &name)
{
    if (name == QLatin1String("electronic"))
        return tr("electronic result");
    if (name == QLatin1String("additional_check"))
        return tr("additional identification check");
    if (name == QLatin1String("interim_notice"))
        return tr("interim response during the additional check");
    if (name == QLatin1String("reapply_after"))
        return tr("reapplication after the additional check");
    if (name == QLatin1String("paper_regional"))
        return tr("paper result, branch in a regional centre");
    if (name == QLatin1String("paper_district"))
        return tr("paper result, other branch");
    if (name == QLatin1String("apostille"))
        return tr("paper result with an apostille");
    return name;
}

RuleUnit RuleUnit::calendar(int year, const QList<Holiday> &holidays, const QList<DaySwap> &swaps)
{
    RuleUnit u;
    u.m_kind = Kind::Calendar;
    u.m_key = QString::number(year);
    u.m_from = QDate(year, 1, 1);
    u.m_holidays = holidays;
    u.m_swaps = swaps;
    std::sort(u.m_holidays.begin(), u.m_holidays.end(),
              [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    std::sort(u.m_swaps.begin(), u.m_swaps.end(),
              [](const DaySwap &a, const DaySwap &b) { return a.date < b.date; });
    return u;
}

RuleUnit RuleUnit::mci(int year, int tenge)
{
    RuleUnit u;
    u.m_kind = Kind::Mci;
    u.m_key = QString::number(year);
    u.m_from = QDate(year, 1, 1);
    u.m_number = tenge;
    return u;
}

RuleUnit RuleUnit::apostilleFee(const QDate &from, double mciShare)
{
    RuleUnit u;
    u.m_kind = Kind::Fee;
    u.m_key = QStringLiteral("apostille");
    u.m_from = from;
    u.m_share = mciShare;
    return u;
}

RuleUnit RuleUnit::term(const QString &name, const QDate &from, int value)
{
    RuleUnit u;
    u.m_kind = Kind::Term;
    u.m_key = name;
    u.m_from = from;
    u.m_number = value;
    return u;
}

RuleUnit RuleUnit::hague(const ApostilleParty &party)
{
    RuleUnit u;
    u.m_kind = Kind::Hague;
    u.m_key = party.code.trimmed().toUpper();
    u.m_from = party.entryIntoForce;
    u.m_text = party.nameEn.trimmed();
    u.m_note = party.note.trimmed();
    return u;
}

RuleUnit RuleUnit::legalAssistance(const LegalAssistanceParty &party)
{
    RuleUnit u;
    u.m_kind = Kind::LegalAssistance;
    u.m_key = party.code.trimmed().toUpper();
    u.m_from = party.from;
    u.m_text = party.conventions.trimmed();
    return u;
}

RuleUnit RuleUnit::removed() const
{
    RuleUnit u;
    u.m_kind = m_kind;
    u.m_key = m_key;
    // The effective date is part of a fee's or a term's id; the rest keep the year only.
    if (m_kind == Kind::Fee || m_kind == Kind::Term || m_kind == Kind::Calendar
        || m_kind == Kind::Mci)
        u.m_from = m_from;
    u.m_removed = true;
    return u;
}

QString RuleUnit::kindName(Kind kind)
{
    return QString::fromLatin1(kKindKeys[int(kind)]);
}

QString RuleUnit::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Calendar: return tr("Working-day calendar");
    case Kind::Mci: return tr("MCI");
    case Kind::Fee: return tr("Apostille fee");
    case Kind::Term: return tr("Service term");
    case Kind::Hague: return tr("Hague Apostille Convention");
    case Kind::LegalAssistance: return tr("Minsk/Chisinau conventions");
    }
    return QString();
}

QString RuleUnit::id() const
{
    const QString base = kindName(m_kind) + u'/' + m_key;
    if (m_kind == Kind::Fee || m_kind == Kind::Term)
        return base + u'/' + iso(m_from);
    return base;
}

ApostilleParty RuleUnit::hagueParty() const
{
    QString name = m_text;
    if (name.isEmpty())
        name = CountryNames::builtIn().names(m_key).en;
    return ApostilleParty{m_key, name, m_from, m_note};
}

LegalAssistanceParty RuleUnit::legalAssistanceParty() const
{
    return LegalAssistanceParty{m_key, m_text, m_from};
}

QString RuleUnit::dateProblem(const QString &field, const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return tr("\"%1\": \"%2\" is not a date; write YYYY-MM-DD").arg(field, text);
    if (Event::parseDate(text).isValid())
        return QString();
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return tr("\"%1\": %2 does not exist: there is no month %3").arg(field, text).arg(month);
    return tr("\"%1\": %2 does not exist: %3 %4 has %n day(s)", nullptr,
              QDate(year, month, 1).daysInMonth())
        .arg(field, text, QLocale().standaloneMonthName(month), QString::number(year));
}

bool RuleUnit::isKnownCountry(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}$"));
    return shape.match(code).hasMatch()
           && (CountryNames::builtIn().contains(code) || ApostilleCountries::builtIn().isParty(code));
}

bool RuleUnit::fromJson(const QJsonObject &o, RuleUnit *out, QString *error)
{
    QString why;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    int found = -1;
    // A fee's record gives its share as "mci" ({"fee":"apostille","mci":0.5}): there "mci" is a
    // field, not the MCI of a year.
    const bool fee = o.contains(QLatin1String("fee"));
    for (int i = 0; i < int(std::size(kKindKeys)); ++i) {
        if (fee && Kind(i) == Kind::Mci)
            continue;
        if (o.contains(QLatin1String(kKindKeys[i]))) {
            if (found >= 0)
                return fail(tr("a record sets one rule: it has both \"%1\" and \"%2\"")
                                .arg(QLatin1String(kKindKeys[found]), QLatin1String(kKindKeys[i])));
            found = i;
        }
    }
    if (found < 0)
        return fail(tr("not a rule: a record starts with \"holiday\", \"swap\", \"calendar\", "
                       "\"mci\", \"fee\", \"term\", \"hague\" or \"legal_assistance\""));
    RuleUnit u;
    u.m_kind = Kind(found);
    const QString kindKey = QLatin1String(kKindKeys[found]);
    const QSet<QString> allowed = fieldsOf(u.m_kind);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() != kindKey && it.key() != QLatin1String("removed") && !allowed.contains(it.key()))
            return fail(tr("\"%1\" is not a field of a \"%2\" rule").arg(it.key(), kindKey));
    }
    const QJsonValue removedValue = o.value(QLatin1String("removed"));
    if (!removedValue.isUndefined() && !removedValue.isBool())
        return fail(tr("\"removed\" must be true or false"));
    u.m_removed = removedValue.toBool(false);

    const QJsonValue keyValue = o.value(kindKey);
    qint64 number = 0;
    switch (u.m_kind) {
    case Kind::Calendar:
    case Kind::Mci:
        if (!wholeNumber(keyValue, &number) || number < 1900 || number > 2200)
            return fail(tr("\"%1\" must be a year, such as 2027").arg(kindKey));
        u.m_key = QString::number(number);
        u.m_from = QDate(int(number), 1, 1);
        break;
    case Kind::Fee:
        if (keyValue.toString() != QLatin1String("apostille"))
            return fail(tr("\"fee\": the only fee in the rules is \"apostille\""));
        u.m_key = keyValue.toString();
        if (!readDate(o, QStringLiteral("from"), true, &u.m_from, &why))
            return fail(why);
        break;
    case Kind::Term:
        if (!isTermName(keyValue.toString()))
            return fail(tr("\"term\": \"%1\" is not a service term; the terms are electronic, "
                           "additional_check, interim_notice, reapply_after, paper_regional, "
                           "paper_district and apostille")
                            .arg(keyValue.toVariant().toString()));
        u.m_key = keyValue.toString();
        if (!readDate(o, QStringLiteral("from"), true, &u.m_from, &why))
            return fail(why);
        break;
    case Kind::Hague:
    case Kind::LegalAssistance:
        if (!keyValue.isString())
            return fail(tr("\"%1\" must be a country code in quotes, such as \"VN\"").arg(kindKey));
        u.m_key = keyValue.toString().trimmed().toUpper();
        if (!isKnownCountry(u.m_key))
            return fail(tr("\"%1\" is not a known country code (ISO 3166-1, two letters)")
                            .arg(keyValue.toString()));
        break;
    }
    if (u.m_removed) {
        *out = u;
        return true;
    }

    switch (u.m_kind) {
    case Kind::Calendar:
        if (!readCalendar(o, &u.m_holidays, &u.m_swaps, &why))
            return fail(why);
        u = calendar(u.year(), u.m_holidays, u.m_swaps);
        break;
    case Kind::Mci:
        if (!wholeNumber(o.value(QLatin1String("tenge")), &number))
            return fail(tr("\"tenge\" must be a whole number of tenge, such as 4325"));
        u.m_number = int(std::clamp<qint64>(number, -1, 100000000));
        break;
    case Kind::Fee: {
        const QJsonValue share = o.value(QLatin1String("mci"));
        if (!share.isDouble())
            return fail(tr("\"mci\" must be the fee in MCI as a number, such as 0.5"));
        u.m_share = share.toDouble();
        break;
    }
    case Kind::Term: {
        const bool minutes = u.m_key == QLatin1String("electronic");
        const QString field = minutes ? QStringLiteral("minutes") : QStringLiteral("working_days");
        const QString other = minutes ? QStringLiteral("working_days") : QStringLiteral("minutes");
        if (o.contains(other))
            return fail(tr("the term \"%1\" is counted in %2, not in %3").arg(u.m_key, field, other));
        if (!wholeNumber(o.value(field), &number))
            return fail(tr("\"%1\" must be a whole number").arg(field));
        u.m_number = int(std::clamp<qint64>(number, -1, 100000));
        break;
    }
    case Kind::Hague:
        if (!readDate(o, QStringLiteral("in_force"), true, &u.m_from, &why)
            || !readText(o, QStringLiteral("name"), &u.m_text, &why)
            || !readText(o, QStringLiteral("note"), &u.m_note, &why))
            return fail(why);
        break;
    case Kind::LegalAssistance:
        if (!readText(o, QStringLiteral("conventions"), &u.m_text, &why)
            || !readDate(o, QStringLiteral("from"), false, &u.m_from, &why))
            return fail(why);
        break;
    }
    *out = u;
    return true;
}

QJsonObject RuleUnit::toJson() const
{
    QJsonObject o;
    const QString kindKey = kindName(m_kind);
    if (m_kind == Kind::Calendar || m_kind == Kind::Mci)
        o.insert(kindKey, m_from.year());
    else
        o.insert(kindKey, m_key);
    if (m_kind == Kind::Fee || m_kind == Kind::Term)
        o.insert(QStringLiteral("from"), iso(m_from));
    if (m_removed) {
        o.insert(QStringLiteral("removed"), true);
        return o;
    }
    switch (m_kind) {
    case Kind::Calendar: {
        const QJsonObject cal = WorkCalendar(m_holidays, m_swaps).toJson();
        o.insert(QStringLiteral("holidays"), cal.value(QLatin1String("holidays")));
        o.insert(QStringLiteral("swaps"), cal.value(QLatin1String("swaps")));
        break;
    }
    case Kind::Mci:
        o.insert(QStringLiteral("tenge"), m_number);
        break;
    case Kind::Fee:
        o.insert(QStringLiteral("mci"), m_share);
        break;
    case Kind::Term:
        o.insert(m_key == QLatin1String("electronic") ? QStringLiteral("minutes")
                                                      : QStringLiteral("working_days"),
                 m_number);
        break;
    case Kind::Hague:
        o.insert(QStringLiteral("in_force"), iso(m_from));
        o.insert(QStringLiteral("name"), m_text);
        if (!m_note.isEmpty())
            o.insert(QStringLiteral("note"), m_note);
        break;
    case Kind::LegalAssistance:
        o.insert(QStringLiteral("conventions"), m_text);
        if (m_from.isValid())
            o.insert(QStringLiteral("from"), iso(m_from));
        break;
    }
    return o;
}

QString RuleUnit::describe() const
{
    if (m_removed) {
        switch (m_kind) {
        case Kind::Calendar: return tr("no working-day calendar for %1").arg(m_key);
        case Kind::Mci: return tr("no MCI for %1").arg(m_key);
        case Kind::Fee: return tr("no apostille fee from %1").arg(dmy(m_from));
        case Kind::Term: return tr("no value of the term \"%1\" from %2").arg(termTitle(m_key), dmy(m_from));
        case Kind::Hague:
            return tr("%1 is not a party to the Hague Apostille Convention")
                .arg(CountryNames::builtIn().name(m_key));
        case Kind::LegalAssistance:
            return tr("%1 is not a party to the Minsk/Chisinau conventions")
                .arg(CountryNames::builtIn().name(m_key));
        }
    }
    switch (m_kind) {
    case Kind::Calendar:
        return tr("working-day calendar %1: %n holiday(s)", nullptr, int(m_holidays.size())).arg(m_key)
               + (m_swaps.isEmpty()
                      ? QString()
                      : tr(", %n decree day(s)", nullptr, int(m_swaps.size())));
    case Kind::Mci:
        return tr("MCI %1: %2 ₸").arg(m_key).arg(m_number);
    case Kind::Fee:
        return tr("apostille fee from %1: %2 MCI").arg(dmy(m_from), QLocale().toString(m_share));
    case Kind::Term:
        return (m_key == QLatin1String("electronic")
                    ? tr("%1 from %2: %n minute(s)", nullptr, m_number)
                    : tr("%1 from %2: %n working day(s)", nullptr, m_number))
            .arg(termTitle(m_key), dmy(m_from));
    case Kind::Hague:
        return tr("Hague Apostille Convention in force for %1 from %2")
            .arg(CountryNames::builtIn().name(m_key), dmy(m_from));
    case Kind::LegalAssistance:
        return m_from.isValid()
                   ? tr("%1 needs no apostille from %2 (%3)")
                         .arg(CountryNames::builtIn().name(m_key), dmy(m_from), m_text)
                   : tr("%1 needs no apostille (%2)").arg(CountryNames::builtIn().name(m_key), m_text);
    }
    return QString();
}

} // namespace certdesk
