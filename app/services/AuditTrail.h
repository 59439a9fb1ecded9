#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "storage/Purge.h"

namespace certdesk {

class Clock;
class Transaction;

/// What happens to accounts and to the database itself (sign-ins, lockouts, role changes,
/// backups, purges) becomes an event like every case action, so it enters the same
/// per-workstation hash chain and reaches the central server. Such events belong to streams
/// that are not cases: "user:<login>" and "system:<topic>" (docs/events.md).
class AuditTrail
{
public:
    static QString accountStream(const QString &login);
    static QString systemStream(const QString &topic);

    // Event types of the account and system streams (a contract like every event type).
    static QString accountCreated() { return QStringLiteral("account_created"); }
    static QString accountChanged() { return QStringLiteral("account_changed"); }
    static QString passwordChanged() { return QStringLiteral("password_changed"); }
    static QString passwordReset() { return QStringLiteral("password_reset"); }
    static QString signedIn() { return QStringLiteral("signed_in"); }
    static QString signInFailed() { return QStringLiteral("sign_in_failed"); }
    static QString accountLocked() { return QStringLiteral("account_locked"); }
    static QString screenLocked() { return QStringLiteral("screen_locked"); }
    static QString screenUnlocked() { return QStringLiteral("screen_unlocked"); }
    static QString supervisorConfirmed() { return QStringLiteral("supervisor_confirmed"); }
    static QString backupMade() { return QStringLiteral("backup_made"); }
    static QString restored() { return QStringLiteral("restored"); }
    static QString personalDataPurged() { return Purge::eventType(); }
    /// Every type above: what the account and system streams may hold.
    static QStringList types();

    /// Appends one event written by login at this workstation, inside the caller's
    /// transaction (so the change it records and the record are one write).
    static bool record(Transaction &tx, const Clock &clock, const QString &login,
        const QString &stream, const QString &type, const QJsonObject &data, QString *error);
};

} // namespace certdesk
