#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certdesk {

class Database;
class Transaction;

/// Compares a database's schema with what its user_version promises: every table, index and
/// trigger that the migrations up to that version create (run once on an in-memory database,
/// so no list is kept by hand). Indexes hold no facts of their own: a missing or altered one
/// is put back (repair()). Anything else that differs — a trigger removed, altered or added,
/// a table missing or with other columns — was changed outside CertDesk; it is never repaired,
/// so that the open refuses the file and the audit can name it (docs/events.md).
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    struct Difference
    {
        enum class Kind {
            MissingIndex,
            AlteredIndex,
            MissingTrigger,
            AlteredTrigger,
            AddedTrigger,
            MissingTable,
            AlteredTable,
        };
        Kind kind = Kind::MissingIndex;
        QString name;
        QString table;
        QString sql; ///< the statement the migrations create it with (indexes)

        bool repairable() const { return kind == Kind::MissingIndex || kind == Kind::AlteredIndex; }
        bool isTrigger() const;
        /// Plain words naming the object, never any data.
        QString describe() const;
    };

    /// The differences between the open database and schema version; false (with error)
    /// when the schema cannot be read.
    static bool compare(
        Database &database, int version, QList<Difference> *differences, QString *error);
    /// Puts back the repairable differences.
    static bool repair(Transaction &tx, const QList<Difference> &differences, QString *error);
};

} // namespace certdesk
