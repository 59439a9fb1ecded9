#pragma once

#include <QString>

namespace certdesk::bench {

/// What the figures were measured on, printed above the table: CPU, cores, memory, disk,
/// kernel, Qt and SQLite versions, load average before the run, the database measured.
class Machine
{
public:
    static QString describe(const QString &databasePath, const QString &sqliteShellVersion);
};

} // namespace certdesk::bench
