#pragma once

#include <QCoreApplication>
#include <QString>

namespace certdesk {

/// What the clerk reads for the rules of the intake checks: the review page lists them
/// before saving, the case view after.
class CheckTexts
{
    Q_DECLARE_TR_FUNCTIONS(CheckTexts)

public:
    /// What a check of the intake verified ("power of attorney within its term").
    static QString rule(const QString &rule);
    /// The same, naming whose number or document a check was about where a rule is checked
    /// on several fields ("IIN of the agent in the power of attorney is valid").
    static QString rule(const QString &rule, const QString &field);
};

} // namespace certdesk
