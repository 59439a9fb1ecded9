#pragma once

#include <QDateTime>
#include <QString>

#include "domain/WorkCalendar.h"

namespace certdesk {

/// The delivery times of DOMAIN.md section 3. The day of submission is never counted.
/// Lengths that change by decree are settings (TermSettings), defaulting to the service page.
struct TermSettings
{
    int electronicMinutes = 10;
    int additionalCheckDays = 5;
    int interimNoticeDays = 4;
    int reapplyAfterDays = 20;
    int paperRegionalDays = 5;
    int paperDistrictDays = 10;
    int apostilleDays = 8;
};

class ServiceTerms
{
public:
    enum class Kind { Electronic, AdditionalCheck, Paper, Apostille };
    enum class BranchCategory { Regional, District };

    struct Due
    {
        Kind kind = Kind::Electronic;
        QDateTime dueAt;      ///< electronic only: submission time plus the minutes
        QDate dueDate;        ///< every other kind
        QDate interimDue;     ///< additional check: the interim response is due by this day
        QDate reapplyFrom;    ///< additional check: the first day the person may reapply
        bool isDateTime() const { return kind == Kind::Electronic; }
    };

    ServiceTerms(const WorkCalendar &calendar, TermSettings settings = {})
        : m_calendar(calendar)
        , m_settings(settings)
    {}

    /// submitted is the branch-local date and time of submission.
    Due due(Kind kind, const QDateTime &submitted,
            BranchCategory category = BranchCategory::Regional) const;

    static bool kindFromName(const QString &name, Kind *kind);
    static QString kindName(Kind kind);
    static bool categoryFromName(const QString &name, BranchCategory *category);
    static QString categoryName(BranchCategory category);

    const TermSettings &settings() const { return m_settings; }

private:
    const WorkCalendar &m_calendar;
    TermSettings m_settings;
};

} // namespace certdesk
