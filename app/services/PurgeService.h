#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace certdesk {

class Database;
class Session;

/// What a purge did (or, dry, would do).
struct PurgeResult
{
    QDate asOf;
    int retentionMonths = 0;
    QDate closedOnOrBefore; ///< cases closed on or before this day lose their personal data
    int cases = 0;
    int appeals = 0; ///< appeals decided or withdrawn on or before closedOnOrBefore
    int eventsRedacted = 0;
};

/// Retention: removes the personal data of cases and appeals closed longer ago than the
/// retention setting ("privacy.retention_months", default 36), keeping their anonymous counts.
/// One transaction; each purged case or appeal gets a personal_data_purged event
/// (docs/privacy.md).
class PurgeService
{
    Q_DECLARE_TR_FUNCTIONS(PurgeService)

public:
    static constexpr int DefaultRetentionMonths = 36;

    explicit PurgeService(Session &session);

    /// Needs the Backup permission (supervisors and administrators: the data's lifecycle).
    bool purge(const QDate &asOf, bool dryRun, PurgeResult *result, QString *error);

    static int retentionMonths(Database &database);

private:
    Session &m_session;
};

} // namespace certdesk
