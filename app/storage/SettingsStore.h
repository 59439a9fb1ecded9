#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include "domain/ServiceTerms.h"

namespace certdesk {

class Database;

/// The branch's settings that change by decree or by branch (fees, terms, branch code...):
/// a key-value table with the defaults of DOMAIN.md when a key was never set.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

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
    /// "branch.utc_offset_minutes": the branch's offset from UTC. It has no default here:
    /// migration 12 writes the country's (+300) into every database, a technician may set
    /// another (certdeskctl branch set), and Database::open refuses a file without a valid one.
    int utcOffsetSeconds() const;
    static QString utcOffsetKey() { return QStringLiteral("branch.utc_offset_minutes"); }
    /// Minutes east of UTC, whole, from -720 to +840; false for anything else.
    static bool parseUtcOffsetMinutes(const QString &text, int *minutes);
    /// False, with the way out, when the stored offset is missing or not valid.
    bool checkUtcOffset(QString *error) const;
    TermSettings termSettings() const; ///< "term.*"
    /// The monthly calculation index of the year, in tenge (MCI 2025 = 3932, 2026 = 4325).
    int mci(int year) const;               ///< "fee.mci.<year>"
    /// The apostille state fee in tenge: 0.5 MCI ("fee.apostille_mci_tenths", default 5).
    int apostilleFee(int year) const;

private:
    Database &m_database;
};

} // namespace certdesk
