#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/RuleChanges.h"
#include "domain/RuleSet.h"
#include "domain/RulesFile.h"

namespace certdesk {

class Session;

/// A supervisor's changes to the rules that change by decree (docs/rules.md): from the rules
/// dialog or a rules file, checked as a whole, written as one `rules_changed` event. What is
/// refused is refused whole, every problem named (with its line for a file), nothing changed.
class RulesService
{
    Q_DECLARE_TR_FUNCTIONS(RulesService)

public:
    explicit RulesService(Session &session);

    struct Result
    {
        bool ok = false;
        QString error;                        ///< one paragraph, when not ok
        QList<RuleProblem> problems;          ///< every problem, with its line for a file
        QList<RuleChanges::Change> changes;   ///< what changed (empty: nothing differed)
    };

    /// The rules in force now.
    RuleSet inForce() const;
    /// The branch's own changes and the central rules, for the dialog.
    RuleSet branchLayer() const;
    RuleSet centralLayer() const;

    /// Makes every unit of set the branch's own, withdraws the branch's own of every id in
    /// withdraw. Needs the calendar permission (supervisor).
    Result change(const RuleSet &set, const QStringList &withdraw, const QString &source);
    /// Reads a rules file and takes every rule in it as the branch's own (change()); a file
    /// with any problem changes nothing. The header's source is recorded unless source is given.
    Result importFile(const QByteArray &bytes, const QString &source = QString());
    /// The rules file of the rules in force (or of the branch's own changes only).
    QByteArray exportFile(bool branchOnly = false) const;

    /// The warning a screen shows for a deadline counted from from to to when a year between
    /// them has no working-day calendar; empty when every year has one.
    static QString calendarWarning(const WorkCalendar &calendar, const QDate &from,
                                   const QDate &to);
    /// The same warning for these years (the board's: Board::yearsWithoutCalendar()).
    static QString calendarWarning(const QList<int> &years);

private:
    Session &m_session;
};

} // namespace certdesk
