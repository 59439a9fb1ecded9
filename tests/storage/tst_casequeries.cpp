// CaseQueries' case list pages: every sort the list offers, both ways, alone and under a
// status filter, is read from an index in its own order (no temporary sort, no whole-table
// scan), and walking the pages by keyset gives exactly the order one unpaged query gives,
// also for a filter of several statuses (one query per status, merged) and for each search
// (receipt, IIN, the start of a surname: read from its key's index). A search finding more
// than can be sorted is served in its index's order only.
#include <QSqlQuery>
#include <QTest>

#include "common/SurnameCases.h"
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
                       bool ascending, bool period, const QString &key)
{
    QStringList where;
    QStringList names;
    for (const CaseStatus s : statuses)
        names.append(u'\'' + caseStatusName(s) + u'\'');
    if (!names.isEmpty())
        where.append(QStringLiteral("status IN (%1)").arg(names.join(u',')));
    if (!key.isEmpty())
        where.append(key);
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
        QCOMPARE(plans.size(), 5 * 2 * 7 * 2);
        for (const QString &plan : plans) {
            QVERIFY2(plan.contains(QLatin1String("USING INDEX")) || plan.contains(QLatin1String("USING COVERING INDEX")),
                     qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1String("SCAN cases USING INDEX cases_by_submitted"))
                         || plan.contains(QLatin1String("ORDER BY submitted_at")),
                     qPrintable(plan));
            // Only a short period is sorted: it is read from its range on the submitted index.
            const bool shortPeriod = plan.contains(QLatin1String("(status=? AND submitted_at>?)"))
                                     || plan.contains(QLatin1String("(submitted_at>?)"));
            // A search is read from its key's index alone, sorted unless in that index's order.
            const bool search = plan.contains(QLatin1String("receipt = ?"))
                || plan.contains(QLatin1String("iin = ?"))
                || plan.contains(QLatin1String("surname_key >= ? AND surname_key < ?"));
            if (plan.contains(QLatin1String("receipt = ?")))
                QVERIFY2(plan.contains(QLatin1String("INDEX cases_by_receipt (receipt=?)")), qPrintable(plan));
            if (plan.contains(QLatin1String("iin = ?")))
                QVERIFY2(plan.contains(QLatin1String("INDEX cases_by_iin (iin=?)")), qPrintable(plan));
            if (plan.contains(QLatin1String("surname_key >= ? AND surname_key < ?"))) {
                QVERIFY2(plan.contains(QLatin1String("INDEX cases_by_surname (surname_key>? AND surname_key<?)")),
                    qPrintable(plan));
                QVERIFY2(plan.contains(QLatin1String("TEMP B-TREE"))
                        != plan.contains(QLatin1String("ORDER BY surname_key")),
                    qPrintable(plan));
            }
            QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")) || shortPeriod || search,
                qPrintable(plan));
        }
    }

    void pagesFollowOneUnpagedQuery_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<int>("statuses");
        QTest::addColumn<bool>("period");
        QTest::addColumn<QString>("key"); // a search: receipt, iin or surname
        for (int sort = 0; sort <= int(CaseSort::Status); ++sort) {
            for (bool ascending : {true, false}) {
                for (int statuses : {0, 1, 3}) {
                    for (bool period : {false, true}) {
                        QTest::addRow("sort%d-%s-%dstatuses%s", sort, ascending ? "asc" : "desc",
                                      statuses, period ? "-period" : "")
                            << sort << ascending << statuses << period << QString();
                    }
                }
                // The searches as the counter runs them: a key alone.
                for (const char *key : {"receipt", "iin", "surname"}) {
                    QTest::addRow("sort%d-%s-%s", sort, ascending ? "asc" : "desc", key)
                        << sort << ascending << 0 << false << QString::fromLatin1(key);
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
        QFETCH(QString, key);
        TestDatabase t;
        QVERIFY(t.isValid());
        QVERIFY(fill(t.db()));
        QSqlQuery people(t.db().db());
        // Few people, each with many cases: an IIN finds more than a page.
        QVERIFY(people.exec(QStringLiteral("UPDATE cases SET iin = printf('%012d', rowid % 13)")));
        CaseFilter filter;
        QString keyWhere;
        if (key == QLatin1String("receipt")) {
            filter.receipt = QStringLiteral("07"); // 65 of the 2,400 fill() wrote
            keyWhere = QStringLiteral("receipt = '07'");
        } else if (key == QLatin1String("iin")) {
            filter.iin = QStringLiteral("000000000005");
            keyWhere = QStringLiteral("iin = '000000000005'");
        } else if (key == QLatin1String("surname")) {
            // Upper case, as typed: compared by its key. S1, S10..S19: 11 of 23 surnames.
            filter.surnamePrefix = QStringLiteral("S1");
            keyWhere = QStringLiteral("surname_key LIKE 's1%'");
        }
        const QList<CaseStatus> some{CaseStatus::AtBranch, CaseStatus::Submitted, CaseStatus::AtProvider};
        filter.statuses = some.mid(0, statuses);
        if (period) {
            // 18..26 March, branch time: read whole and sorted (a short period).
            filter.submittedFrom = QDate(2026, 3, 18);
            filter.submittedTo = QDate(2026, 3, 26);
            filter.utcOffsetSeconds = t.clock().utcOffsetSeconds();
        }
        const CaseSort keySort = CaseSort(sort);
        const Qt::SortOrder order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;

        CaseQueries queries(t.db());
        QList<qint64> walked;
        CaseCursor cursor;
        for (int pages = 0; pages < kCases; ++pages) {
            QList<CaseSummary> rows;
            QString error;
            QVERIFY2(queries.page(filter, keySort, order, cursor, 30, &rows, &error), qPrintable(error));
            for (const CaseSummary &r : rows)
                walked.append(r.row);
            if (rows.size() < 30)
                break;
            cursor = CaseCursor::after(rows.constLast(), keySort);
        }
        const QList<qint64> all
            = expected(t.db(), filter.statuses, keySort, ascending, period, keyWhere);
        QVERIFY(all.size() > 60);
        QCOMPARE(walked, all);
    }

    void aLongSearchIsListedInItsKeysOrder()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        CaseFilter search;
        search.surnamePrefix = QStringLiteral("а");
        const int small = CaseQueries::smallSelection(search);
        QVERIFY(small < CaseQueries::smallSelection(CaseFilter())); // a period may hold more
        const int many = small + 50;
        QVERIFY(insertSurnameCases(t.db(), many));
        const CaseQueries queries(t.db());
        CaseFilter all;
        all.surnamePrefix = QStringLiteral("СЕЙТ"); // as typed: compared by its key
        CaseFilter few;
        few.surnamePrefix = QStringLiteral("Сейта"); // every 30th
        int count = -1;
        QString error;
        QVERIFY2(queries.countUpTo(all, small, &count, &error), qPrintable(error));
        QCOMPARE(count, small); // counted up to the cap, not beyond
        QVERIFY(queries.countUpTo(few, small, &count, &error));
        QCOMPARE(count, many / 30);
        QCOMPARE(CaseQueries::indexOrder(all), CaseSort::Surname);
        QVERIFY(queries.servesSort(all, CaseSort::Surname));
        QVERIFY(!queries.servesSort(all, CaseSort::Submitted));
        QVERIFY(!queries.servesSort(all, CaseSort::Receipt));
        QVERIFY(queries.servesSort(few, CaseSort::Submitted));
        QVERIFY(queries.servesSort(few, CaseSort::Due));
        QVERIFY(queries.servesSort(CaseFilter(), CaseSort::Due)); // the whole list: every index
        // A start with no letter of a surname finds no case, never every case.
        CaseFilter blank;
        blank.surnamePrefix = QStringLiteral("  ");
        QVERIFY(queries.countUpTo(blank, small, &count, &error));
        QCOMPARE(count, 0);
        QList<CaseSummary> rows;
        QVERIFY(queries.page(blank, CaseSort::Surname, Qt::AscendingOrder, {}, 10, &rows, &error));
        QVERIFY(rows.isEmpty());
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
            CaseFilter surname;
            surname.surnamePrefix = QStringLiteral("S1");
            take(queries.page(surname, CaseSort::Surname, Qt::AscendingOrder, {}, 50, &rows, &why));
            take(queries.byReceipt(QStringLiteral("07"), &rows, &why));
            CaseFilter iin;
            iin.iin = QStringLiteral("000000000003");
            take(queries.page(iin, CaseSort::Submitted, Qt::DescendingOrder, {}, 20, &rows, &why));
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
