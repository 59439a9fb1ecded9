#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace certdesk {

class SettingsStore;

/// Where this workstation syncs: the central server, the branch database and the account.
/// No server URL means the embedded default: SQLite only, no sync. The password is never
/// part of it: it lives in the OS credential store or is asked for (CredentialStore).
struct SyncConfig
{
    QUrl server;
    QString database; ///< certdesk_branch_<code>
    QString user; ///< the CouchDB account this workstation pushes as
    QString caFile; ///< optional extra CA certificate (PEM) for HTTPS

    bool isEnabled() const { return server.isValid() && !server.isEmpty() && !database.isEmpty(); }
    static QString databaseNameForBranch(const QString &branchCode);
    /// The CouchDB role whose members may use a branch database: branch_<code> for
    /// certdesk_branch_<code>, the database name itself otherwise.
    static QString roleForDatabase(const QString &database);

    /// Reads the settings as a supervisor typed them (the sync settings page, `certdeskctl sync
    /// configure`), each trimmed. An empty server is valid: sync stays off. False with a
    /// message naming the field and what to write; *out is set only when the settings hold.
    static bool fromTyped(const QString &server, const QString &database, const QString &user,
        const QString &caFile, SyncConfig *out, QString *error);

    /// Reads the "sync.*" settings of the branch database.
    static SyncConfig load(const SettingsStore &settings);
    bool save(SettingsStore &settings, const QString &by, QString *error) const;
    /// The key under which the credential store keeps this account's password.
    QString credentialKey() const;

    Q_DECLARE_TR_FUNCTIONS(SyncConfig)
};

/// Tuning of the replicator. The defaults suit a branch on a real network; tests shorten
/// the waits so faults and recoveries happen within seconds.
struct SyncOptions
{
    int pushBatch = 1000; ///< events per _bulk_docs (halved on HTTP 413)
    int pushInFlight = 2; ///< _bulk_docs requests at once: the server never waits for this side
    int pullBatch = 1000; ///< changes per _changes page
    /// pages the reader may have read ahead of the storing (sync/ChangesReader)
    int pullAhead = 8;
    /// a catch-up stores its pages in transactions of at least this many changes (the last
    /// page of a pull at once): one transaction a page rewrote most of the events' id index
    /// every page, its ids being random (docs/sync.md, "Pull")
    int pullGroup = 5000;
    /// a pull of at least this many changes into a database holding less than a quarter of
    /// that goes without the secondary indexes until its end (storage/PullIndexes)
    int suspendIndexesFrom = 10000;
    int requestTimeoutMs = 60000; ///< no byte for this long: the connection is dead
    int heartbeatMs = 10000; ///< longpoll heartbeat, well below any proxy timeout
    int backoffBaseMs = 1000; ///< first retry after a failure
    int backoffMaxMs = 5 * 60000; ///< retries never wait longer than this
    int outboxCheckMs = 2000; ///< live mode: how often new local events are looked for
    /// the country's central rules database on the same server, read after every pull
    /// (docs/rules.md); empty: none is read
    QString rulesDatabase = QStringLiteral("certdesk_rules_kz");
};

} // namespace certdesk
