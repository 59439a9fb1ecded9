#pragma once

#include <QCoreApplication>
#include <QString>

#include "domain/ServiceTerms.h"

namespace certdesk {

/// What a supervisor types to name the branch and this workstation (`certdeskctl branch
/// set`): the branch code and workstation number that every receipt and appeal number is
/// made of, the branch's name as printed, and its category (which sets the paper term).
/// Checked here, once, before anything is saved: what passes can be written into a number
/// and read back as it was typed.
struct BranchSettings
{
    QString code = QStringLiteral("0000"); ///< 4 digits
    int workstation = 1; ///< 1 to 99
    QString name; ///< as printed, runs of spaces made one
    ServiceTerms::BranchCategory category = ServiceTerms::BranchCategory::Regional;

    /// current with what was typed applied; an empty text leaves that setting as it is.
    /// False with a message naming the setting and what to type; *out is set only when
    /// every value holds.
    static bool fromTyped(const BranchSettings &current, const QString &code,
        const QString &workstation, const QString &name, const QString &category,
        BranchSettings *out, QString *error);

    bool operator==(const BranchSettings &other) const = default;

    Q_DECLARE_TR_FUNCTIONS(BranchSettings)
};

} // namespace certdesk
