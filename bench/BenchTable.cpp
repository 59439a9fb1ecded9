#include "BenchTable.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace certdesk::bench {

namespace {

/// Nearest-rank percentile of sorted values.
double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

QString number(double value, const QString &unit)
{
    if (unit == QLatin1String("events/s"))
        return QString::number(qint64(std::llround(value)));
    if (value >= 100)
        return QString::number(value, 'f', 0);
    if (value >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

QString figure(const Summary &s, const QString &unit, bool p95)
{
    if (s.count == 0)
        return QStringLiteral("–");
    return number(p95 ? s.p95 : s.median, unit) + u' ' + unit;
}

} // namespace

Summary summarize(QList<double> values)
{
    std::sort(values.begin(), values.end());
    Summary s;
    s.count = int(values.size());
    if (values.isEmpty())
        return s;
    const qsizetype n = values.size();
    s.median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    s.p95 = percentile(values, 0.95);
    return s;
}

double BenchTable::ratio(const Row &row)
{
    const Summary &ours = row.oursCpu.count > 0 ? row.oursCpu : row.ours;
    if (ours.count == 0 || row.limit.count == 0 || ours.median <= 0 || row.limit.median <= 0)
        return 0;
    return row.higherIsBetter ? row.limit.median / ours.median : ours.median / row.limit.median;
}

QString BenchTable::verdict(const Row &row)
{
    if (row.skipped || row.ours.count == 0)
        return QStringLiteral("not measured");
    if (row.target.isEmpty())
        return QStringLiteral("no target");
    const bool meetsTarget = row.higherIsBetter ? row.ours.median >= row.targetValue
                                                : row.ours.median <= row.targetValue;
    const double r = ratio(row);
    QStringList parts;
    parts.append(meetsTarget ? QStringLiteral("target met") : QStringLiteral("**target missed**"));
    if (r > 0)
        parts.append(r <= 2.0 ? QStringLiteral("within 2× of limit")
                              : QStringLiteral("**over 2× of limit**"));
    return parts.join(QStringLiteral(", "));
}

QString BenchTable::markdown(const QString &machine) const
{
    QStringList out;
    out.append(machine);
    out.append(QString());
    out.append(QStringLiteral("| operation | target | median | p95 | n | our CPU median | limit "
                              "(what it is) | limit median | ratio | verdict |"));
    out.append(QStringLiteral("|---|---|---|---|---|---|---|---|---|---|"));
    QStringList notes;
    for (const Row &row : m_rows) {
        const double r = ratio(row);
        out.append(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |")
                       .arg(row.operation, row.target.isEmpty() ? QStringLiteral("–") : row.target,
                           figure(row.ours, row.unit, false), figure(row.ours, row.unit, true),
                           QString::number(row.ours.count), figure(row.oursCpu, row.unit, false),
                           row.limitWhat.isEmpty() ? QStringLiteral("–") : row.limitWhat,
                           figure(row.limit, row.unit, false),
                           r > 0 ? QString::number(r, 'f', 2) : QStringLiteral("–"), verdict(row)));
        if (!row.note.isEmpty())
            notes.append(QStringLiteral("- %1: %2").arg(row.operation, row.note));
    }
    if (!notes.isEmpty()) {
        out.append(QString());
        out.append(notes);
    }
    out.append(QString());
    out.append(QStringLiteral(
        "median and p95 are wall time (what the clerk waits). ratio = our median / "
        "limit median (throughput: limit / ours), CPU against CPU where the limit "
        "is the shell's CPU time; 1.00 = as fast as the floor, 2.00 = twice its cost."));
    return out.join(u'\n') + u'\n';
}

} // namespace certdesk::bench
