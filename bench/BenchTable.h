#pragma once

#include <QList>
#include <QString>

namespace certdesk::bench {

/// Median and 95th percentile of a sample, every repetition kept (slow ones included).
struct Summary
{
    int count = 0;
    double median = 0;
    double p95 = 0;
};
Summary summarize(QList<double> values);

/// One line of the report: our figure beside the limit measured in the same run.
struct Row
{
    QString operation;
    QString target; ///< as the issue states it, e.g. "≤ 5 ms"
    double targetValue = 0; ///< in unit
    bool higherIsBetter = false; ///< throughput rows (events/s)
    QString unit; ///< "ms", "events/s", "MB"
    Summary ours;
    /// Our CPU time (this thread, user + sys) where the limit is CPU time too: the ratio is
    /// then CPU against CPU, so waiting for a core on a busy machine never counts against us.
    Summary oursCpu;
    QString limitWhat; ///< what the limit is
    Summary limit; ///< count 0: no limit measured
    QString note; ///< why a figure is missing, or a remark
    bool skipped = false; ///< not measured in this run (note says why)
};

/// The report: the machine above, the table, one line on how to read it.
class BenchTable
{
public:
    void add(const Row &row) { m_rows.append(row); }
    const QList<Row> &rows() const { return m_rows; }
    QString markdown(const QString &machine) const;

    /// "ours / limit" for times, "limit / ours" for throughput: 1.0 = at the floor, 2.0 =
    /// twice as slow as the floor.
    static double ratio(const Row &row);
    static QString verdict(const Row &row);

private:
    QList<Row> m_rows;
};

} // namespace certdesk::bench
