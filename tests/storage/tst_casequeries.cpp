// CaseQueries' case list pages: every sort the list offers, both ways, alone and under a
// status filter, is read from an index in its own order (no temporary sort, no whole-table
// scan), and walking the pages by keyset gives exactly the order one unpaged query gives,
// also for a filter of several statuses (one query per status, merged).
#include <QSqlQuery>
#include <QTest>

#include "common/TestDatabase.h"
#include "storage/CaseQueries.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

constexpr int kCases = 2400;

/// kCases rows with few distinct keys, so ties are broken by rowid on every page border.
bool fill(Database &db)
{
    QSqlQuery q(db.db());
    return q.exec(QStringLiteral(
        "WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < %1) "
        "INSERT INTO cases(case_id, receipt, iin, surname, surname_key, status, submitted_at, "
        "due_date, anomaly_list) SELECT 'case-' || n, printf('%02d', n % 37), '', "
        "'S' || (n % 23), 's' || (n % 23), "
        "CASE n % 5 WHEN 0 THEN 'submitted' WHEN 1 THEN 'at_branch' WHEN 2 THEN 'issued' "
        "WHEN 3 THEN 'completed' ELSE 'at_provider' END, "
        "printf('2026-03-%02dT05:00:00.000Z', 1 + n % 28), "
        "CASE WHEN n % 11 = 0 THEN '' ELSE printf('2026-04-%02d', 1 + n % 19) END, '{}' FROM i")
                      .arg(kCases));
}

const char *orderColumns(CaseSort sort, bool ascending)
{
    switch (sort) {
    case CaseSort::Submitted: return ascending ? "submitted_at, rowid" : "submitted_at DESC, rowid DESC";
    case CaseSort::Due: return ascending ? "due_date, rowid" : "due_date DESC, rowid DESC";
    case CaseSort::Surname: return ascending ? "surname_key, rowid" : "surname_key DESC, rowid DESC";
    case CaseSort::Receipt: return ascending ? "receipt, rowid" : "receipt DESC, rowid DESC";
    case CaseSort::Status:
        return ascending ? "status, due_date, rowid" : "status DESC, due_date DESC, rowid DESC";
    }
    return "";
}

QList<qint64> expected(Database &db, const QList<CaseStatus> &statuses, CaseSort sort,
                       bool ascending, bool period)
{
    QStringList where;
    QStringList names;
    for (const CaseStatus s : statuses)
        names.append(u'\'' + caseStatusName(s) + u'\'');
    if (!names.isEmpty())
        where.append(QStringLiteral("status IN (%1)").arg(names.join(u',')));
    if (period) // the branch is UTC+5: its 18 March starts at 19:00 UTC the day before
        where.append(QStringLiteral("submitted_at >= '2026-03-17T19:00:00.000Z' "
                                    "AND submitted_at < '2026-03-26T19:00:00.000Z'"));
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT rowid FROM cases %1 ORDER BY %2")
               .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                    QLatin1String(orderColumns(sort, ascending))));
    QList<qint64> rows;
    while (q.next())
        rows.append(q.value(0).toLongLong());
    return rows;
}

} // namespace

class TestCaseQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPageReadsAnIndexInItsOrder()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        QVERIFY(fill(t.db()));
        const QStringList plans = CaseQueries(t.db()).pagePlans();
        QCOMPARE(plans.size(), 5 * 2 * 4 * 2);
        for (const QString &plan : plans) {
            QVERIFY2(plan.contains(QLatin1String("USING INDEX")) || plan.contains(QLatin1String("USING COVERING INDEX")),
                     qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1String("SCAN cases USING INDEX cases_by_submitted"))
                         || plan.contains(QLatin1String("ORDER BY submitted_at")),
                     qPrintable(plan));
            // Only a short period is sorted: it is read from its range on the submitted index.
            const bool shortPeriod = plan.contains(QLatin1String("(status=? AND submitted_at>?)"))
                                     || plan.contains(QLatin1String("(submitted_at>?)"));
            QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")) || shortPeriod, qPrintable(plan));
        }
    }

    void pagesFollowOneUnpagedQuery_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<int>("statuses");
        QTest::addColumn<bool>("period");
        for (int sort = 0; sort <= int(CaseSort::Status); ++sort) {
            for (bool ascending : {true, false}) {
                for (int statuses : {0, 1, 3}) {
                    for (bool period : {false, true}) {
                        QTest::addRow("sort%d-%s-%dstatuses%s", sort, ascending ? "asc" : "desc",
                                      statuses, period ? "-period" : "")
                            << sort << ascending << statuses << period;
                    }
                }
            }
        }
    }

    void pagesFollowOneUnpagedQuery()
    {
        QFETCH(int, sort);
        QFETCH(bool, ascending);
        QFETCH(int, statuses);
        QFETCH(bool, period);
        TestDatabase t;
        QVERIFY(t.isValid());
        QVERIFY(fill(t.db()));
        CaseFilter filter;
        const QList<CaseStatus> some{CaseStatus::AtBranch, CaseStatus::Submitted, CaseStatus::AtProvider};
        filter.statuses = some.mid(0, statuses);
        if (period) {
            // 18..26 March, branch time: read whole and sorted (a short period).
            filter.submittedFrom = QDate(2026, 3, 18);
            filter.submittedTo = QDate(2026, 3, 26);
            filter.utcOffsetSeconds = t.clock().utcOffsetSeconds();
        }
        const CaseSort key = CaseSort(sort);
        const Qt::SortOrder order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;

        CaseQueries queries(t.db());
        QList<qint64> walked;
        CaseCursor cursor;
        for (int pages = 0; pages < kCases; ++pages) {
            QList<CaseSummary> rows;
            QString error;
            QVERIFY2(queries.page(filter, key, order, cursor, 70, &rows, &error), qPrintable(error));
            for (const CaseSummary &r : rows)
                walked.append(r.row);
            if (rows.size() < 70)
                break;
            cursor = CaseCursor::after(rows.constLast(), key);
        }
        const QList<qint64> all = expected(t.db(), filter.statuses, key, ascending, period);
        QVERIFY(all.size() > 100);
        QCOMPARE(walked, all);
    }

    void bothReadersGiveTheSameRows()
    {
        // The list and the searches read their rows through SQLite's own API where the build
        // allows it, else through Qt's driver: one mapping, the same rows, every column.
        TestDatabase t;
        QVERIFY(t.isValid());
        QVERIFY(fill(t.db()));
        QSqlQuery q(t.db().db());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE cases SET iin = printf('%012d', rowid % 7), given_name = 'Ёрмек', "
            "patronymic = CASE WHEN rowid % 3 = 0 THEN '' ELSE 'Саулеұлы' END, "
            "purpose = 'visa', paper = rowid % 2, channel = 'counter', anomalies = rowid % 4, "
            "overrides = rowid % 3")));
        Database &db = t.db();
        const auto describe = [](const QList<CaseSummary> &rows) {
            QStringList out;
            for (const CaseSummary &r : rows) {
                out.append(QStringList {QString::number(r.row), r.caseId, r.receipt, r.iin,
                    r.surname, r.givenName, r.patronymic, caseStatusName(r.status), r.purpose,
                    QString::number(int(r.paper)), r.channel,
                    r.submittedAt.toString(Qt::ISODateWithMs), r.dueDate.toString(Qt::ISODate),
                    QString::number(r.anomalies), QString::number(r.overrides)}
                               .join(u'|'));
            }
            return out;
        };
        const auto read = [&](bool direct) {
            db.setDirectAllowed(direct);
            const CaseQueries queries(db);
            QList<QStringList> results;
            QList<CaseSummary> rows;
            QString why;
            const auto take = [&](bool ok) { results.append(ok ? describe(rows) : QStringList {why}); };
            take(queries.bySurnamePrefix(QStringLiteral("S1"), 50, &rows, &why));
            take(queries.byReceipt(QStringLiteral("07"), &rows, &why));
            take(queries.byIin(QStringLiteral("000000000003"), 20, &rows, &why));
            take(queries.byCaseIds({QStringLiteral("case-5"), QStringLiteral("case-77")}, &rows, &why));
            CaseFilter filter;
            filter.utcOffsetSeconds = 5 * 3600;
            filter.statuses = {CaseStatus::AtBranch, CaseStatus::Submitted};
            filter.submittedFrom = QDate(2026, 3, 18);
            for (CaseSort sort : {CaseSort::Submitted, CaseSort::Due, CaseSort::Status}) {
                take(queries.page(filter, sort, Qt::DescendingOrder, {}, 40, &rows, &why));
                const CaseCursor after = rows.isEmpty() ? CaseCursor {} : CaseCursor::after(rows.last(), sort);
                take(queries.page(filter, sort, Qt::DescendingOrder, after, 40, &rows, &why));
            }
            take(queries.page({}, CaseSort::Surname, Qt::AscendingOrder, {}, 60, &rows, &why));
            db.setDirectAllowed(true);
            return results;
        };
        const QList<QStringList> driver = read(false);
        const QList<QStringList> direct = read(true);
        QCOMPARE(direct, driver);
        for (qsizetype i = 0; i < driver.size(); ++i) // rows compared, not empty lists
            QVERIFY2(!driver.at(i).isEmpty() && driver.at(i).first().count(u'|') == 14,
                qPrintable(QStringLiteral("query %1: %2").arg(i).arg(driver.at(i).join(u'\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCaseQueries)
#include "tst_casequeries.moc"
