#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace certdesk {

class Clock;
class Database;
class Transaction;

/// Makes a realistic branch database for the demo and the benchmarks: Kazakh and Russian
/// names, valid IINs, every path of the lifecycle in realistic shares, years of dates over
/// the real calendar, several workstations and the provider writing events. The same seed
/// gives the same database. All or nothing: one transaction (BulkLoad).
class DemoGenerator
{
public:
    struct Options
    {
        int cases = 300;
        quint32 seed = 1;
        int years = 3;             ///< submissions spread over this many years up to today
        QString branchCode = QStringLiteral("7501");
        QString branchName = QStringLiteral("Астана, Алматы ауданы");
        int workstations = 3;
    };

    struct Stats
    {
        qint64 cases = 0;
        qint64 events = 0;
        qint64 anomalies = 0;
    };

    DemoGenerator(Database &database, const Clock &clock);

    /// Fills an empty database. progress(done, total) is called every few thousand cases.
    bool generate(const Options &options, Stats *stats, QString *error,
                  const std::function<void(qint64, qint64)> &progress = {});

private:
    bool createUsers(Transaction &tx, QString *error);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace certdesk
