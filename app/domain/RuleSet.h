#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

#include "domain/ApostilleCountries.h"
#include "domain/RuleUnit.h"
#include "domain/ServiceTerms.h"
#include "domain/WorkCalendar.h"

namespace certdesk {

/// A set of rule units by id: one layer of the rules (the ones shipped with the application,
/// the branch's own changes, the central rules database's), or what is in force after the
/// layers are put one over the other. Answers the questions the rest of CertDesk asks of the
/// rules: the working-day calendar, the terms on a day, the MCI of a year, the apostille fee,
/// the apostille countries. Pure data in, answers out.
class RuleSet
{
    Q_DECLARE_TR_FUNCTIONS(RuleSet)

public:
    /// The rules shipped with the application: resources/calendar, resources/data and
    /// resources/rules/kz-values.rules.
    static const RuleSet &builtIn();

    /// Adds the unit, or replaces the one with its id.
    void set(const RuleUnit &unit);
    /// Takes the unit out of this set (not a removal rule: below it shows through again).
    void drop(const QString &id) { m_units.remove(id); }
    bool contains(const QString &id) const { return m_units.contains(id); }
    /// The unit with that id; invalid when there is none.
    RuleUnit unit(const QString &id) const { return m_units.value(id); }
    /// Every unit in id order.
    QList<RuleUnit> units() const { return m_units.values(); }
    qsizetype size() const { return m_units.size(); }
    bool isEmpty() const { return m_units.isEmpty(); }
    /// This set with every unit of upper in place of its own, a removed one included.
    RuleSet overlaid(const RuleSet &upper) const;
    bool operator==(const RuleSet &other) const;

    // What is in force. A removed unit counts as none.
    WorkCalendar calendar() const;
    /// The years with calendar data, ascending.
    QList<int> calendarYears() const;
    /// The years from from's to to's (both included) that have no calendar data: deadlines in
    /// them are counted with weekends alone.
    QList<int> yearsWithoutCalendar(const QDate &from, const QDate &to) const;
    /// Each term's value in force on day: the one with the latest effective date on or before
    /// it (the earliest value also stands for the days before its date).
    TermSettings termsOn(const QDate &day) const;
    /// The MCI of a year in tenge, none when the rules do not have it.
    std::optional<int> mci(int year) const;
    /// The apostille fee in MCI in force on day; 0 when none is.
    double apostilleFeeShare(const QDate &day) const;

    struct Fee
    {
        int amount = 0; ///< tenge, rounded half up as it is paid
        int mci = 0;    ///< the MCI of the year it was computed with
        double share = 0; ///< the fee in MCI
    };
    /// The apostille state fee on day; false with the reason (the year's MCI is not in the
    /// rules, say) when it cannot be computed.
    bool apostilleFee(const QDate &day, Fee *fee, QString *error) const;
    /// The Hague parties and the Minsk/Chisinau parties in force.
    ApostilleCountries countries() const;

private:
    QMap<QString, RuleUnit> m_units;
};

} // namespace certdesk
