#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace certdesk {

class RuleSet;
class RuleUnit;

/// Whether rules are sound before anything is changed with them (docs/rules.md, "Refused"):
/// each unit on its own (dates in their year, names given, a calendar that leaves working
/// days, an MCI above 0, a known country, a term in range), and the rules in force as a whole
/// (every term keeps a value, Kazakhstan stays a Hague party). The same checks serve the
/// supervisor's dialog, a rules file and the central rules database.
class RuleCheck
{
    Q_DECLARE_TR_FUNCTIONS(RuleCheck)

public:
    /// A problem; a calendar's names the day at fault (date), when one is.
    struct Issue
    {
        QString unit;
        QDate date;
        QString message;
    };

    static QList<Issue> unit(const RuleUnit &unit);
    /// The rules in force, after a change would be made.
    static QList<Issue> whole(const RuleSet &rules);

private:
    static QList<Issue> calendar(const RuleUnit &unit);
};

} // namespace certdesk
