#include "SqlTrace.h"

#include "storage/Database.h"

#include <QLibrary>
#include <QSqlDriver>

namespace certdesk::bench {

namespace {

// The three entry points used, as sqlite3.h declares them.
using TraceCallback = int (*)(unsigned, void *, void *, void *);
using TraceV2 = int (*)(void *, unsigned, TraceCallback, void *);
using ExpandedSql = char *(*)(void *);
using Free = void (*)(void *);

constexpr unsigned kTraceStmt = 0x01; // SQLITE_TRACE_STMT

struct Api
{
    TraceV2 trace = nullptr;
    ExpandedSql expanded = nullptr;
    Free free = nullptr;
};

const Api &api()
{
    static const Api resolved = [] {
        Api a;
        QLibrary library(QStringLiteral("sqlite3"), 0);
        a.trace = reinterpret_cast<TraceV2>(library.resolve("sqlite3_trace_v2"));
        a.expanded = reinterpret_cast<ExpandedSql>(library.resolve("sqlite3_expanded_sql"));
        a.free = reinterpret_cast<Free>(library.resolve("sqlite3_free"));
        return a;
    }();
    return resolved;
}

int onTrace(unsigned type, void *context, void *statement, void *text)
{
    if (type != kTraceStmt)
        return 0;
    // Statements inside triggers come as "-- comment": the outer statement already counts.
    const char *sql = static_cast<const char *>(text);
    if (sql && sql[0] == '-' && sql[1] == '-')
        return 0;
    char *expanded = api().expanded(statement);
    static_cast<SqlTrace *>(context)->record(expanded ? expanded : sql);
    if (expanded)
        api().free(expanded);
    return 0;
}

} // namespace

SqlTrace::SqlTrace(Database &database)
{
    const QVariant handle = database.db().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    if (!api().trace || !api().expanded || !api().free)
        return;
    m_handle = *static_cast<void *const *>(handle.data());
    api().trace(m_handle, kTraceStmt, &onTrace, this);
}

SqlTrace::~SqlTrace()
{
    if (m_handle)
        api().trace(m_handle, 0, nullptr, nullptr);
}

QStringList SqlTrace::take()
{
    QStringList taken;
    taken.swap(m_statements);
    return taken;
}

void SqlTrace::record(const char *sql)
{
    m_statements.append(QString::fromUtf8(sql).trimmed());
}

} // namespace certdesk::bench
