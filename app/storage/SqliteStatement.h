#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

class QSqlDatabase;

namespace certdesk {

/// A statement prepared through SQLite's own API on the very connection Qt's driver holds
/// (QSqlDriver::handle()), for the bulk paths: prepared once, values bound and read as UTF-8
/// bytes and integers, without a QVariant or a UTF-16 copy per column. Only where the driver
/// and this program use one SQLite library (handleOf() decides; otherwise callers keep
/// QSqlQuery). Reset after every use (Use), so no unfinished statement outlives a loop.
class SqliteStatement
{
public:
    /// The connection's sqlite3 handle when this program may use it directly: the driver is
    /// Qt's SQLite driver, this build is one where it loads the same SQLite library as the
    /// program (CERTDESK_SQLITE_SHARED, see app/CMakeLists.txt) and the library the connection
    /// reports (sqlite_source_id()) is this program's. nullptr otherwise.
    static sqlite3 *handleOf(QSqlDatabase &db);

    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    /// Binds 0-based like QSqlQuery. The bytes are copied by SQLite; a null view binds the
    /// empty text (use bindNull for NULL, as QSqlQuery binds a null QString).
    void bindText(int index, QByteArrayView utf8);
    void bindInt(int index, qint64 value);
    void bindNull(int index);

    enum class Step { Row, Done, Error };
    Step step();
    /// A column of the current row, 0-based: its text (valid until the next step) or integer.
    QByteArrayView text(int column) const;
    qint64 integer(int column) const;
    /// A column's text as Qt's driver reads it: NULL as a null QString.
    QString string(int column) const;
    /// Rows changed by the last INSERT/UPDATE/DELETE this connection ran.
    int changes() const;
    qint64 lastInsertRowId() const;
    /// Back to before the first step, bindings cleared.
    void reset();
    QString errorMessage() const;

    /// Resets the statement when the scope ends, whatever way it ends.
    class Use
    {
    public:
        explicit Use(SqliteStatement &statement)
            : m_statement(statement)
        {
        }
        ~Use() { m_statement.reset(); }
        Use(const Use &) = delete;
        Use &operator=(const Use &) = delete;

    private:
        SqliteStatement &m_statement;
    };

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace certdesk
