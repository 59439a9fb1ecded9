#include "domain/ServiceTerms.h"

namespace certdesk {

ServiceTerms::Due ServiceTerms::due(Kind kind, const QDateTime &submitted,
                                    BranchCategory category) const
{
    Due d;
    d.kind = kind;
    const QDate day = submitted.date();
    switch (kind) {
    case Kind::Electronic:
        d.dueAt = submitted.addSecs(qint64(m_settings.electronicMinutes) * 60);
        break;
    case Kind::AdditionalCheck:
        d.dueDate = m_calendar.addWorkingDays(day, m_settings.additionalCheckDays);
        d.interimDue = m_calendar.addWorkingDays(day, m_settings.interimNoticeDays);
        // "Reapply after 20 working days": the period runs out at the end of the 20th
        // working day, so the right to reapply starts on the next working day.
        d.reapplyFrom = m_calendar.addWorkingDays(day, m_settings.reapplyAfterDays + 1);
        break;
    case Kind::Paper:
        d.dueDate = m_calendar.addWorkingDays(day, category == BranchCategory::Regional
                                                       ? m_settings.paperRegionalDays
                                                       : m_settings.paperDistrictDays);
        break;
    case Kind::Apostille:
        d.dueDate = m_calendar.addWorkingDays(day, m_settings.apostilleDays);
        break;
    }
    return d;
}

bool ServiceTerms::kindFromName(const QString &name, Kind *kind)
{
    if (name == QLatin1String("electronic"))
        *kind = Kind::Electronic;
    else if (name == QLatin1String("additional-check"))
        *kind = Kind::AdditionalCheck;
    else if (name == QLatin1String("paper"))
        *kind = Kind::Paper;
    else if (name == QLatin1String("apostille"))
        *kind = Kind::Apostille;
    else
        return false;
    return true;
}

QString ServiceTerms::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Electronic: return QStringLiteral("electronic");
    case Kind::AdditionalCheck: return QStringLiteral("additional-check");
    case Kind::Paper: return QStringLiteral("paper");
    case Kind::Apostille: return QStringLiteral("apostille");
    }
    return QString();
}

bool ServiceTerms::categoryFromName(const QString &name, BranchCategory *category)
{
    if (name == QLatin1String("regional"))
        *category = BranchCategory::Regional;
    else if (name == QLatin1String("district"))
        *category = BranchCategory::District;
    else
        return false;
    return true;
}

QString ServiceTerms::categoryName(BranchCategory category)
{
    return category == BranchCategory::Regional ? QStringLiteral("regional")
                                                : QStringLiteral("district");
}

} // namespace certdesk
