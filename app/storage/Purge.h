#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace certdesk {

class Database;

/// Removes the personal data of closed cases from the event log and the cases table, keeping
/// what anonymous counts need (status, dates, purpose, channel, receipt number). The stored
/// hash of a redacted event is kept, so the chain still links; the hash of the redacted form
/// goes into a personal_data_purged event, which the audit verification checks it against
/// (docs/privacy.md). The caller holds the transaction and writes that event.
class Purge
{
public:
    static QString eventType() { return QStringLiteral("personal_data_purged"); }
    static QString stream() { return QStringLiteral("system:purge"); }

    explicit Purge(Database &database);

    /// Cases closed on or before closedOnOrBefore whose personal data is still there.
    QStringList dueCases(const QDate &closedOnOrBefore) const;
    /// Cases a purge event already covers.
    QSet<QString> purgedCases() const;
    /// Blanks the personal data of one case's events and refreshes its row. redacted gets
    /// {id, hash} of every event whose data changed (hash: of the redacted form).
    bool redactCase(const QString &caseId, QJsonArray *redacted, QString *error);

    /// Event data with every value outside the known non-personal keys removed, at any depth.
    static QJsonObject redactData(const QJsonObject &data);

private:
    Database &m_database;
};

} // namespace certdesk
