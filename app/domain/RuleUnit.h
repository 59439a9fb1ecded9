#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "domain/ApostilleCountries.h"
#include "domain/ServiceTerms.h"
#include "domain/WorkCalendar.h"

namespace certdesk {

/// What is wrong with a rule, for the person who wrote it: the line of the rules file (0 when
/// the rule did not come from a file), the unit it concerns, and the reason.
struct RuleProblem
{
    Q_DECLARE_TR_FUNCTIONS(RuleProblem)

public:
    int line = 0;
    QString unit;
    QString message;

    /// "Line 12: ..." or the message alone.
    QString text() const;
};

/// One unit of the rules that change by decree (docs/rules.md): what one change replaces as a
/// whole, and what the central rules database decides for every branch. A year's working-day
/// calendar (its holidays and decree days), the MCI of a year, the apostille fee from a date,
/// one service term from a date, one Hague party, one Minsk/Chisinau party. A unit may be
/// *removed*: the rule says there is none (a year withdrawn, a party gone), which hides what a
/// lower layer has under the same id.
class RuleUnit
{
    Q_DECLARE_TR_FUNCTIONS(RuleUnit)

public:
    enum class Kind { Calendar, Mci, Fee, Term, Hague, LegalAssistance };

    /// A service term as rules files and events name it, and where it sits in TermSettings.
    struct TermName
    {
        const char *name;
        int TermSettings::*field;
        bool minutes; ///< electronic: minutes of the clock; every other: working days
    };
    static const QList<TermName> &termNames();
    static bool isTermName(const QString &name);
    /// The term in the interface's language ("paper result, regional centre").
    static QString termTitle(const QString &name);

    RuleUnit() = default;
    static RuleUnit calendar(int year, const QList<Holiday> &holidays,
                             const QList<DaySwap> &swaps);
    static RuleUnit mci(int year, int tenge);
    static RuleUnit apostilleFee(const QDate &from, double mciShare);
    static RuleUnit term(const QString &name, const QDate &from, int value);
    static RuleUnit hague(const ApostilleParty &party);
    static RuleUnit legalAssistance(const LegalAssistanceParty &party);
    /// The same id, saying there is none.
    RuleUnit removed() const;

    /// Reads the record form (toJson()); false with the reason when a field is missing, of the
    /// wrong type, unknown, or a date that does not exist. Sound content is RuleCheck's.
    static bool fromJson(const QJsonObject &record, RuleUnit *out, QString *error);
    QJsonObject toJson() const;

    bool isValid() const { return !m_key.isEmpty(); }
    Kind kind() const { return m_kind; }
    /// "2027" (calendar, MCI), "apostille" (fee), the term's name, the country code.
    QString key() const { return m_key; }
    /// The day it applies from: a fee's or a term's effective date, 1 January of a calendar's
    /// or an MCI's year, a Hague party's entry into force, a Minsk/Chisinau party's start
    /// (invalid when it always applied).
    QDate from() const { return m_from; }
    bool isRemoved() const { return m_removed; }
    /// "calendar/2027", "mci/2027", "fee/apostille/2026-01-01",
    /// "term/paper_regional/2020-05-18", "hague/VN", "legal_assistance/AM".
    QString id() const;
    static QString kindName(Kind kind);
    /// The kind's title in the interface's language.
    static QString kindTitle(Kind kind);

    int year() const { return m_from.year(); }
    const QList<Holiday> &holidays() const { return m_holidays; }
    const QList<DaySwap> &swaps() const { return m_swaps; }
    int tenge() const { return m_number; }
    double mciShare() const { return m_share; }
    int termValue() const { return m_number; }
    ApostilleParty hagueParty() const;
    LegalAssistanceParty legalAssistanceParty() const;

    /// What it sets, in plain words of the interface's language ("MCI 2027: 4500 ₸").
    QString describe() const;

    bool operator==(const RuleUnit &other) const { return toJson() == other.toJson(); }
    bool operator!=(const RuleUnit &other) const { return !(*this == other); }

    /// "2027-02-30" is no day: the reason, naming field; empty for a sound YYYY-MM-DD.
    static QString dateProblem(const QString &field, const QString &text);
    /// A code of a country CertDesk knows (CountryNames or the Hague list).
    static bool isKnownCountry(const QString &code);

private:
    Kind m_kind = Kind::Calendar;
    QString m_key;
    QDate m_from;
    bool m_removed = false;
    QList<Holiday> m_holidays;
    QList<DaySwap> m_swaps;
    int m_number = 0;  ///< tenge, or a term's length
    double m_share = 0; ///< the fee in MCI
    QString m_text;     ///< a Hague party's name, a Minsk/Chisinau party's conventions
    QString m_note;     ///< a Hague party's note
};

} // namespace certdesk
