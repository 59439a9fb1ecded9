#pragma once

#include <QString>
#include <QVariant>

#include "domain/ServiceTerms.h"

namespace certdesk {

class Database;

/// The branch's settings that change by decree or by branch (fees, terms, branch code...):
/// a key-value table with the defaults of DOMAIN.md when a key was never set.
class SettingsStore
{
public:
    explicit SettingsStore(Database &database);

    QString value(const QString &key, const QString &fallback = QString()) const;
    int intValue(const QString &key, int fallback) const;
    bool setValue(const QString &key, const QString &value, const QString &by, QString *error);

    // Well-known keys, with their defaults.
    QString branchCode() const;            ///< "branch.code", digits
    QString branchName() const;            ///< "branch.name"
    int workstationNumber() const;         ///< "branch.workstation", 1..99
    ServiceTerms::BranchCategory branchCategory() const; ///< "branch.category"
    int utcOffsetSeconds() const;          ///< "branch.utc_offset_minutes", default 300
    TermSettings termSettings() const;     ///< "term.*"
    /// The monthly calculation index of the year, in tenge (MCI 2025 = 3932, 2026 = 4325).
    int mci(int year) const;               ///< "fee.mci.<year>"
    /// The apostille state fee in tenge: 0.5 MCI ("fee.apostille_mci_tenths", default 5).
    int apostilleFee(int year) const;

private:
    Database &m_database;
};

} // namespace certdesk
