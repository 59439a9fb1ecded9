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
};

} // namespace certdesk
