#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "storage/AuditChain.h"
#include "storage/AuditLog.h"

namespace certdesk {

class Clock;
class Database;
class Session;

/// The supervisor's view of the audit: the log of who did what, filtered, and the
/// verification that nobody changed it behind CertDesk's back (hash chains, the cases
/// projection, and the accounts against their own events).
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(Session &session);

    /// Needs ViewAudit.
    bool verify(AuditReport *report, QString *error) const;
    /// Needs ViewAudit. The filter's time zone is the session clock's.
    bool log(AuditFilter filter, QList<AuditEntry> *entries, QString *error) const;
    bool filterChoices(QStringList *users, QStringList *actions, QString *error) const;

    /// The whole verification without a session: certdeskctl's audit verify, run by the
    /// owner of the database file (who can read every byte of it anyway).
    static bool verifyDatabase(Database &database, AuditReport *report, QString *error);
    /// The users table against the account events this database wrote (those of other
    /// databases describe their own tables): a role, state or password set with plain SQL
    /// shows up here.
    static void checkAccounts(Database &database, AuditReport *report);
    /// An event's data without anything personal, for lists (Purge's notion of personal).
    static QString summary(const Event &event);

private:
    Session &m_session;
};

} // namespace certdesk
