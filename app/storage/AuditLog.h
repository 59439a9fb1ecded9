#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Event.h"

namespace certdesk {

class Database;

/// What the audit view asks for; empty fields do not filter.
struct AuditFilter
{
    QString user;          ///< login in "by"
    QDate from;            ///< branch-local dates, inclusive
    QDate to;
    QString caseOrReceipt; ///< a case id, a receipt number, or an account ("user:<login>")
    QString action; ///< event type name
    /// The branch's offset, which says when a branch-local day starts: set by the service
    /// from the session's clock; dates without it are refused, never read at an assumed one.
    std::optional<int> utcOffsetSeconds;
    int limit = 500;
};

/// One line of the audit log.
struct AuditEntry
{
    qint64 n = 0;
    Event event;
    QString receipt; ///< of the case, when the event belongs to one
    bool local = false;
};

/// Reads the event log as a record of who did what, newest first, for supervisors.
class AuditLog
{
public:
    explicit AuditLog(Database &database);

    bool find(const AuditFilter &filter, QList<AuditEntry> *entries, QString *error) const;
    /// Every login and every action that occurs in the log, for the filter lists.
    QStringList users() const;
    QStringList actions() const;

    /// The events this database wrote itself (not pulled or imported) in every stream whose
    /// case_id starts with prefix ("user:"), in the order it wrote them.
    bool writtenHereWithPrefix(const QString &prefix, QList<Event> *events, QString *error) const;
    /// The time of the newest event of this type in this stream written by device (invalid
    /// when there is none).
    QDateTime lastEventAt(const QString &stream, const QString &type,
                          const QString &device) const;

private:
    QStringList distinct(const QString &column) const;

    Database &m_database;
};

} // namespace certdesk
