#pragma once

#include <QCoreApplication>
#include <QString>

#include "storage/Database.h"

namespace certdesk {

/// Looks at a database file before CertDesk opens it for writing, through read-only
/// connections that cannot change it. Opening for writing would change some damaged files
/// for good: SQLite moves the journal (-wal) into the file when the last connection closes,
/// also a journal copied in from another database, and a file truncated to nothing would
/// be taken for a new one and get an empty schema. Such files are refused here, untouched,
/// with a message naming the file and the way out.
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFile)

public:
    struct Look
    {
        Database::OpenResult result = Database::OpenResult::Ok;
        QString error;
        bool checked = false; ///< the quick check ran (with the journal) and found it whole
    };

    /// Ok for a file that may be opened for writing (or does not exist yet). A journal
    /// beside the file is read with it, and compared with the file alone where it cannot
    /// differ (the database's identity, events stored by row number). quickCheck: the whole
    /// file is quick-checked too, with the journal read (the open would check it anyway: a
    /// crash leaves a journal, and it is the moment damage is most likely).
    static Look look(const QString &path, bool quickCheck);
    /// The message for a file the quick check found damaged (found: what it reported).
    static QString damagedMessage(const QString &path, const QString &found);
};

} // namespace certdesk
