#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QStringList>

#include <memory>

#include "common/TestDatabase.h"
#include "server_support.h"
#include "storage/EventStore.h"
#include "sync/CouchClient.h"
#include "sync/Replicator.h"

namespace certdesk::test {

/// What every side must agree on after sync: every event id, and every case as the fold
/// computes it from the stored events (the cases table is that fold, written with them).
struct Snapshot
{
    QSet<QString> eventIds;
    QMap<QString, QByteArray> cases; ///< case id -> folded state as compact JSON
    qint64 projectedCases = 0;
    bool operator==(const Snapshot &other) const
    {
        return eventIds == other.eventIds && cases == other.cases
            && projectedCases == other.projectedCases;
    }
};

/// One branch database on the server, made as "certdeskctl sync init" makes it, with a
/// password for every account the test creates.
class Branch
{
public:
    Branch(SyncServer &server, const QStringList &members);
    /// Deletes the database from the server: a real CouchDB keeps what tests leave behind.
    ~Branch();

    bool init(QString *error);
    /// A workstation account: the branch role and the workstation role.
    bool addWorkstation(const QString &name, QString *error);
    /// An account that may only send events written under its own name (the provider).
    bool addPerson(const QString &name, QString *error);
    /// Deletes the database and makes it again, empty: a server rebuilt from scratch.
    bool recreate(QString *error);
    /// Documents on the server that are not the design document.
    qint64 eventDocCount();
    QSet<QString> serverEventIds();

    SyncConfig configFor(const QString &account) const;
    QString password(const QString &account) const { return account + QStringLiteral("-pw"); }
    CouchClient &admin() { return m_admin; }
    QString database() const { return m_database; }
    QString role() const;

private:
    /// Until the server answers the account with this branch's role.
    bool awaitRole(const QString &name, QString *error);

    SyncServer &m_server;
    QStringList m_members;
    QString m_database;
    CouchClient m_admin;
};

/// A workstation: its own SQLite file, the clerks who write on it, and its replicator.
class Workstation
{
public:
    Workstation(const Branch &branch, const QString &account, const QString &device);

    Database &db() { return m_db.db(); }
    FixedClock &clock() { return m_db.clock(); }
    EventStore &store() { return m_store; }
    Replicator &replicator() { return *m_replicator; }
    QString path() const { return m_db.path(); }

    /// Writes n events as login, on cases taken round-robin from caseIds.
    bool write(const QString &login, const QStringList &caseIds, int n, QString *error);
    /// One exchange; waits for it to end (timeoutMs) and returns its summary.
    SyncSummary syncOnce(int timeoutMs = 60000);
    Snapshot snapshot();

    SyncOptions options;

private:
    TestDatabase m_db;
    EventStore m_store;
    std::unique_ptr<Replicator> m_replicator;
    QString m_device;
};

/// A database name no other test of this run uses.
QString uniqueDatabaseName(const QString &hint);
/// Fast retries and short timeouts, so faults and recoveries take seconds.
SyncOptions quickOptions();

} // namespace certdesk::test
