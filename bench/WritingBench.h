#pragma once

#include <QString>
#include <QStringList>

#include "BenchTable.h"

namespace certdesk::bench {

/// The operations that write — an intake commit, the projection rebuild, a sign-in — each
/// beside its limit. They work on two copies of the database made from the same file: the
/// product writes into one, the limit into the other, and the cached file stays as it was.
class WritingBench
{
public:
    struct Options
    {
        QString database;
        QString scratch;
        int repetitions = 200;
        int warmup = 10;
        quint32 seed = 1;
    };

    explicit WritingBench(Options options);
    ~WritingBench(); ///< removes the copies

    /// Adds the intake, rebuild and sign-in rows.
    void run(BenchTable *table);

private:
    void intake(BenchTable *table);
    void rebuild(BenchTable *table);
    void passwordCheck(BenchTable *table);
    bool copyDatabase(const QString &to, QString *error) const;
    void log(const QString &line) const;

    Options m_options;
    QString m_copyA; ///< the product writes here
    QString m_copyB; ///< the limit writes here
};

} // namespace certdesk::bench
