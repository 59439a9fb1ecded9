#pragma once

#include <QString>
#include <QStringList>

#include "BenchTable.h"

namespace certdesk {
class Database;
}

namespace certdesk::bench {

/// Times the product's own calls on a database (searches as the counter makes them, opening
/// a case, the supervisor board, a certificate PDF; the writing ones through WritingBench)
/// and, in the same run on the same file, the limit each one is compared with.
class ProductBench
{
public:
    struct Options
    {
        QString database; ///< the generated database; only read
        QString scratch; ///< folder for the copies the writing operations change
        int repetitions = 200;
        int warmup = 10;
        quint32 seed = 1;
    };

    explicit ProductBench(Options options);

    /// Adds one row per operation; a failure puts its message in the row's note.
    void run(BenchTable *table);

    /// PRAGMA settings of the product's connection, as shell lines: the limit runs with them.
    static QStringList pragmas(Database &database);

private:
    void searches(BenchTable *table);
    void certificate(BenchTable *table);
    void log(const QString &line) const;

    Options m_options;
};

} // namespace certdesk::bench
