#include "storage/SettingsStore.h"

#include "domain/Event.h"
#include "domain/RuleSet.h"
#include "storage/Database.h"
#include "storage/RulesStore.h"
#include "storage/SqlError.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>


namespace certdesk {

SettingsStore::SettingsStore(Database &database)
    : m_database(database)
{
}

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

int SettingsStore::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

bool SettingsStore::setValue(const QString &key, const QString &value, const QString &by,
                             QString *error)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value, updated_at, updated_by) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(Event::formatTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(by);
    return execOrFail(q, QStringLiteral("saving setting %1").arg(key), error);
}

QString SettingsStore::branchCode() const
{
    return value(QStringLiteral("branch.code"), QStringLiteral("0000"));
}

QString SettingsStore::branchName() const
{
    return value(QStringLiteral("branch.name"));
}

int SettingsStore::workstationNumber() const
{
    return intValue(QStringLiteral("branch.workstation"), 1);
}

ServiceTerms::BranchCategory SettingsStore::branchCategory() const
{
    ServiceTerms::BranchCategory category = ServiceTerms::BranchCategory::Regional;
    ServiceTerms::categoryFromName(value(QStringLiteral("branch.category")), &category);
    return category;
}

int SettingsStore::utcOffsetSeconds() const
{
    int minutes = 0;
    parseUtcOffsetMinutes(value(utcOffsetKey()), &minutes);
    return minutes * 60;
}

bool SettingsStore::parseUtcOffsetMinutes(const QString &text, int *minutes)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?[0-9]{1,3}$"));
    if (!pattern.match(text).hasMatch())
        return false;
    const int value = text.toInt();
    if (value < -720 || value > 840)
        return false;
    *minutes = value;
    return true;
}

bool SettingsStore::checkUtcOffset(QString *error) const
{
    int minutes = 0;
    const QString stored = value(utcOffsetKey());
    if (parseUtcOffsetMinutes(stored, &minutes))
        return true;
    if (error)
        *error = tr("The branch's time offset in %1 (setting %2) is \"%3\": not a whole number "
                    "of minutes from -720 to 840. It was changed outside CertDesk; dates and "
                    "deadlines cannot be read without it. Restore the latest backup "
                    "(certdeskctl --db %1 restore BACKUP).")
                     .arg(m_database.path(), utcOffsetKey(), stored);
    return false;
}

TermSettings SettingsStore::termSettings() const
{
    TermSettings t;
    t.electronicMinutes = intValue(QStringLiteral("term.electronic_minutes"), t.electronicMinutes);
    t.additionalCheckDays = intValue(QStringLiteral("term.additional_check_days"), t.additionalCheckDays);
    t.interimNoticeDays = intValue(QStringLiteral("term.interim_notice_days"), t.interimNoticeDays);
    t.reapplyAfterDays = intValue(QStringLiteral("term.reapply_after_days"), t.reapplyAfterDays);
    t.paperRegionalDays = intValue(QStringLiteral("term.paper_regional_days"), t.paperRegionalDays);
    t.paperDistrictDays = intValue(QStringLiteral("term.paper_district_days"), t.paperDistrictDays);
    t.apostilleDays = intValue(QStringLiteral("term.apostille_days"), t.apostilleDays);
    return t;
}

int SettingsStore::mci(int year) const
{
    // The rules in force decide (docs/rules.md); a year without an MCI has none, never
    // another year's.
    return RulesStore(m_database).inForce().mci(year).value_or(0);
}

int SettingsStore::apostilleFee(int year) const
{
    RuleSet::Fee fee;
    if (!RulesStore(m_database).inForce().apostilleFee(QDate(year, 1, 1), &fee, nullptr))
        return 0;
    return fee.amount;
}

} // namespace certdesk
