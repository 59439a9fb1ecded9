#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/IntakeChecks.h"

namespace certdesk {

class ApostilleCountries;

/// Collects the verdicts of one run of IntakeChecks, each with the section it belongs to, and
/// words every message the same way: "Field: what is wrong. Rule: ... What to do."
class IntakeVerdicts
{
public:
    using Outcome = CheckResult::Outcome;

    IntakeVerdicts(const IntakeChecks::Context &context, IntakeSection section)
        : m_context(context)
        , m_section(section)
    {}

    void setSection(IntakeSection section) { m_section = section; }
    const QDate &today() const { return m_context.today; }
    const ApostilleCountries &countries() const;

    void pass(const char *rule, const char *field) { add(rule, field, Outcome::Passed, QString()); }
    /// An input error: "Label: problem. What to do."
    void invalid(const char *rule, const char *field, const QString &problem, const QString &action);
    /// A rule says no: "Label: problem. Rule: ... What to do."
    void refuse(const char *rule, const char *field, const QString &problem,
                const QString &ruleText, const QString &action);
    /// The law says no and nobody may waive it: "Label: problem. Rule: ... What to do."
    void bar(const char *rule, const char *field, const QString &problem, const QString &ruleText,
        const QString &action);
    void warn(const char *rule, const char *field, const QString &problem, const QString &action);

    /// Required text: false (and recorded) when empty.
    bool required(const char *field, const QString &value, const QString &action = QString());
    bool requiredDate(const char *field, const QDate &value);
    /// A valid IIN of an individual born by today; records and returns false otherwise.
    bool iin(const char *rule, const char *field, const QString &value);
    /// A name part through NameNormalizer.
    void name(const char *field, const QString &value, bool isRequired);
    /// Surname and name required, patronymic optional.
    void names(const char *surname, const char *given, const char *patronymic, const PersonName &n);

    QList<CheckResult> take() { return std::move(m_results); }

private:
    static QString compose(const char *field, const QString &problem, const QString &ruleText,
                           const QString &action);
    void add(const char *rule, const char *field, Outcome outcome, const QString &message);

    const IntakeChecks::Context &m_context;
    IntakeSection m_section;
    QList<CheckResult> m_results;
};

} // namespace certdesk
