#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "domain/RuleCheck.h"
#include "domain/RuleSet.h"

namespace certdesk {

/// The rules file (docs/rules.md): JSON lines, a header naming the format and the country,
/// then one rule per line — a holiday, a decree day, the MCI of a year, the apostille fee, a
/// service term, a Hague party, a Minsk/Chisinau party, or a removal. What a supervisor
/// imports, certdeskctl exports, and the central administrator publishes. A file with any
/// problem is refused whole, every problem named with its line.
class RulesFile
{
    Q_DECLARE_TR_FUNCTIONS(RulesFile)

public:
    static constexpr int FormatVersion = 1;

    struct Contents
    {
        QString country; ///< ISO code of the header
        QString source;  ///< the header's "source": the decree or reason, may be empty
        RuleSet rules;   ///< every unit the file sets
        QHash<QString, int> lines;       ///< unit id -> the first line that sets it
        QHash<QDate, int> calendarLines; ///< a holiday's or decree day's line

        /// The line a problem of the rules points at (0 when none of the file).
        int lineOf(const RuleCheck::Issue &issue) const;
        /// The issues as problems with their lines, in line order.
        QList<RuleProblem> problems(const QList<RuleCheck::Issue> &issues) const;
    };

    /// Reads a rules file and checks every unit it sets (RuleCheck::unit); false with every
    /// problem found, each with its line and the reason. The rules in force as a whole are the
    /// caller's to check (RuleCheck::whole), once the file is put over them.
    static bool parse(const QByteArray &bytes, Contents *out, QList<RuleProblem> *problems);
    /// The file of rules, in id order: holidays and decree days one per line.
    static QByteArray write(const RuleSet &rules, const QString &country,
                            const QString &source = QString());
};

} // namespace certdesk
