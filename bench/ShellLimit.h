#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk::bench {

/// Runs SQL through the sqlite3 command-line shell on a database file: the floor any program
/// using SQLite on that file pays. Each operation is one input line (all its statements on
/// it), so the shell's `.timer on` reports one "Run Time" per operation; the shell starts
/// once for the whole batch, so process start never counts.
class ShellLimit
{
public:
    struct Result
    {
        bool ok = false;
        QString error;
        QList<double> realMs; ///< wall time, millisecond resolution (the shell's clock)
        QList<double> cpuMs; ///< user + sys, microsecond resolution
    };

    static QString program(); ///< "sqlite3", or $CERTDESK_BENCH_SQLITE3
    static bool isAvailable();
    static QString version();

    /// prelude runs untimed (pragmas); every line of operations is timed. The first warmup
    /// results are dropped (the same warm-up the product side gets).
    static Result run(const QString &databasePath, const QStringList &prelude,
        const QStringList &operations, int warmup, int timeoutSeconds);

    /// Statements as one shell line: newlines folded, each ending in ';'.
    static QString oneLine(const QStringList &statements);
};

} // namespace certdesk::bench
