#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

#include "SoakCheck.h"
#include "sync/CouchClient.h"

namespace certdesk::soak {

/// The kill soak (bench/soak/README.md): runs the branch's writing operations one at a time
/// on a database and kills each with SIGKILL at a random moment (QProcess::kill), then
/// checks the files it was writing (SoakCheck). The operations: intake, result recording and
/// the rebuild of the indexes (this program's workers), and certdeskctl's rebuild, backup,
/// sync (against a real pouchdb-server, with the provider's events arriving to be pulled) and
/// demo (on a fresh file each time). Each kill lands between 0 and 1.2 times the operation's
/// own duration, measured once unkilled at the start; the workers, which never end, are
/// killed after 0.05 to 1.5 s.
class KillSoak
{
public:
    struct Options
    {
        QString work; ///< an empty folder for the databases
        QString certdeskctl; ///< the binary
        QString self; ///< this program (for the workers)
        QString serverState; ///< the pouchdb fixture's state file (tests/sync/pouchdb_fixture.js)
        int kills = 1000;
        quint32 seed = 1;
    };
    /// What happened to one operation over the soak.
    struct Tally
    {
        int runs = 0;
        int killed = 0; ///< still running when the kill came
        int duringWrite = 0; ///< ... holding SQLite's write lock at that moment
        int finished = 0; ///< done before the kill (exit 0)
        int repairedSchema = 0; ///< the file lacked an index or trigger until it was opened
        int failures = 0; ///< runs after which a check failed
    };

    explicit KillSoak(const Options &options);
    /// Runs the soak; false when set-up failed (why on stderr). failures() says the rest.
    bool run();
    const QMap<QString, Tally> &tallies() const { return m_tallies; }
    QStringList failures() const { return m_failures; }
    /// The table of tallies in Markdown.
    QString table() const;

private:
    bool setUp();
    bool command(const QStringList &args, QString *output = nullptr);
    bool postProviderEvents(int count);
    void runOnce(int round, const QString &operation);
    QStringList argumentsFor(const QString &operation, int round, QString *file) const;
    int killDelayMs(const QString &operation);

    Options m_options;
    QString m_main; ///< the branch database every operation but demo writes
    QString m_database; ///< the branch database on the server
    QMap<QString, int> m_durationMs; ///< each certdeskctl operation, unkilled
    QMap<QString, Tally> m_tallies;
    QStringList m_failures;
    SoakCheck::Acknowledged m_acknowledged;
    QStringList m_cases; ///< the demo's cases, for the provider's events
    QString m_providerHead; ///< hash of the last provider event posted
    int m_providerCount = 0;
    int m_backupsRefused = 0;
    int m_backupsComplete = 0;
    qint64 m_seconds = 0;
    std::unique_ptr<CouchClient> m_server; ///< the server's administrator
    std::unique_ptr<SoakCheck> m_check;
    quint32 m_random;
};

} // namespace certdesk::soak
