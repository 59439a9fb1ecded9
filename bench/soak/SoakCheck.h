#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace certdesk {
class CouchClient;
class Database;
} // namespace certdesk

namespace certdesk::soak {

/// What the kill soak holds a database to after every kill, read as the next user of the
/// file would (a normal open: recovery of the journal, whatever repair the open does, the
/// quick check): the open succeeds and the quick check is ok; `audit verify` finds nothing;
/// the schema is whole, every index and trigger the file's user_version promises there with
/// its exact definition; every acknowledged receipt is in the cases table exactly once and
/// no receipt number is used twice; every acknowledged result is stored once; the outbox
/// holds only stored events, and every event it no longer holds is on the server.
class SoakCheck
{
public:
    struct Acknowledged
    {
        QSet<QString> receipts;
        QSet<QString> results; ///< case ids whose result was acknowledged
    };

    /// server: the branch database on the server the file syncs with (nullptr: not checked).
    SoakCheck(const QString &referenceFolder, CouchClient *server);

    /// The problems found in the file (empty: all held). A file that does not exist (a demo
    /// killed before it made one) holds trivially.
    QStringList check(const QString &path, const Acknowledged &acknowledged);
    /// Whether the last file checked was missing an index or trigger before it was opened
    /// (the open must then have repaired it).
    bool schemaIncompleteOnDisk() const { return m_incompleteOnDisk; }

private:
    /// type|name|sql of every index and trigger a fresh file of that schema version holds.
    QStringList promised(int version);
    static QStringList schemaOf(const QSqlDatabase &db);
    static QStringList missing(const QStringList &promised, const QStringList &present);
    QStringList checkOutbox(Database &db);

    QString m_referenceFolder;
    CouchClient *m_server;
    QHash<int, QStringList> m_promised;
    bool m_incompleteOnDisk = false;
};

} // namespace certdesk::soak
