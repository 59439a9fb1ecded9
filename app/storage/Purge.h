#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace certdesk {

class Database;
class Transaction;

/// Removes the personal data of closed cases and appeals from the event log and their tables,
/// keeping what anonymous counts need (status, dates, purpose, channel, receipt and appeal
/// numbers). The stored
/// hash of a redacted event is kept, so the chain still links; the hash of the redacted form
/// goes into a personal_data_purged event, which the audit verification checks it against
/// (docs/privacy.md). The caller holds the transaction and writes that event.
class Purge
{
public:
    static QString eventType() { return QStringLiteral("personal_data_purged"); }
    static QString stream() { return QStringLiteral("system:purge"); }

    /// Which kind of stream an event belongs to: an appeal keeps a few more register keys.
    enum class Stream { Case, Appeal };

    explicit Purge(Database &database);

    /// Cases closed on or before closedOnOrBefore with personal data still in any of their
    /// events here — whatever purge records came in from elsewhere.
    QStringList dueCases(const QDate &closedOnOrBefore) const;
    /// Appeal streams decided or withdrawn on or before closedOnOrBefore, the same way.
    QStringList dueAppeals(const QDate &closedOnOrBefore) const;
    /// Blanks the personal data of one case's (or appeal's) events and refreshes its row. redacted
    /// gets {id, hash} of every event whose data changed (hash: of the redacted form).
    bool redactCase(Transaction &tx, const QString &caseId, QJsonArray *redacted, QString *error);

    /// Event data with every value outside the known non-personal keys removed, at any depth.
    static QJsonObject redactData(const QJsonObject &data, Stream stream = Stream::Case);

private:
    QStringList due(const QString &sql, const QDate &closedOnOrBefore, Stream stream) const;

    Database &m_database;
};

} // namespace certdesk
