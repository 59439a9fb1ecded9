#include <QSet>
#include <QTest>

#include "domain/ReceiptNumber.h"
#include "services/CaseService.h"
#include "services/IntakeService.h"
#include "storage/CaseQueries.h"
#include "tst_intake_fixture.h"

using namespace certdesk;
using namespace certdesk::test;
using Kind = CaseService::Search::Kind;

/// The counter's search box and the case list's pages, over the indexed columns of cases.
class TestIntakeSearch : public QObject
{
    Q_OBJECT

private:
    /// Takes n applications, surnames cycling through a few, each with its own IIN.
    QStringList take(Counter &c, int n)
    {
        static const QStringList surnames{QStringLiteral("Ахметова"), QStringLiteral("Ахметжанова"),
                                          QStringLiteral("Бекова"), QStringLiteral("Ёлкина"),
                                          QStringLiteral("Smith")};
        QStringList receipts;
        IntakeService intake(c.clerk);
        for (int i = 0; i < n; ++i) {
            const QString iin = makeIin(QDate(1980, 1, 1).addDays(i), false);
            const auto r = intake.submit(selfApplication(surnames.at(i % surnames.size()), iin), {});
            if (!r.ok)
                qWarning("%s", qPrintable(r.error));
            receipts.append(r.receipt.receipt);
            c.clock().advanceSeconds(60 * (i % 7)); // some equal minutes, some not
        }
        return receipts;
    }

private Q_SLOTS:
    void searchBox()
    {
        Counter c;
        const QStringList receipts = take(c, 12);
        CaseService cases(c.clerk);

        auto s = cases.search(ReceiptNumber::format(receipts.at(4)));
        QCOMPARE(s.kind, Kind::Receipt);
        QCOMPARE(s.rows.size(), 1);
        QCOMPARE(s.rows.first().receipt, receipts.at(4));

        // A scanner types digits only; people add spaces.
        s = cases.search(receipts.at(4));
        QCOMPARE(s.rows.size(), 1);
        s = cases.search(QStringLiteral(" %1 %2 ").arg(receipts.at(4).left(8), receipts.at(4).mid(8)));
        QCOMPARE(s.rows.size(), 1);

        QString typo = receipts.at(4);
        std::swap(typo[13], typo[14]);
        if (typo != receipts.at(4)) {
            s = cases.search(typo);
            QCOMPARE(s.kind, Kind::Invalid);
            QVERIFY2(s.error.contains(QLatin1String("check digit")), qPrintable(s.error));
            QVERIFY(s.rows.isEmpty());
        }

        const QString iin = makeIin(QDate(1980, 1, 1).addDays(3), false);
        s = cases.search(iin.left(4) + u' ' + iin.mid(4));
        QCOMPARE(s.kind, Kind::Iin);
        QCOMPARE(s.rows.size(), 1);
        QCOMPARE(s.rows.first().iin, iin);

        s = cases.search(iin.left(11));
        QCOMPARE(s.kind, Kind::Invalid);
        QVERIFY2(s.error.contains(QLatin1String("11 digit(s)")), qPrintable(s.error));

        s = cases.search(QStringLiteral("871008401428"));
        QCOMPARE(s.kind, Kind::Invalid);
        QVERIFY(s.error.startsWith(QLatin1String("IIN:")));

        s = cases.search(QStringLiteral("ахмет"));
        QCOMPARE(s.kind, Kind::Surname);
        QCOMPARE(s.rows.size(), 6); // Ахметова x3, Ахметжанова x3 (12 cases over 5 surnames)
        s = cases.search(QStringLiteral("АХМЕТО"));
        QCOMPARE(s.rows.size(), 3);
        s = cases.search(QStringLiteral("Axмeтова")); // Latin A, x, e
        QCOMPARE(s.rows.size(), 3);
        s = cases.search(QStringLiteral("елкина"));
        QCOMPARE(s.rows.size(), 2);
        s = cases.search(QStringLiteral("smi"));
        QCOMPARE(s.rows.size(), 2);
        s = cases.search(QStringLiteral("Иван0в"));
        QCOMPARE(s.kind, Kind::Invalid);
        QVERIFY(s.error.contains(QLatin1String("digit")));
        s = cases.search(QStringLiteral("   "));
        QCOMPARE(s.kind, Kind::Empty);
    }

    void pagesCoverEveryCaseOnce_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("ascending");
        QTest::newRow("submitted desc") << int(CaseSort::Submitted) << false;
        QTest::newRow("submitted asc") << int(CaseSort::Submitted) << true;
        QTest::newRow("surname asc") << int(CaseSort::Surname) << true;
        QTest::newRow("surname desc") << int(CaseSort::Surname) << false;
        QTest::newRow("receipt asc") << int(CaseSort::Receipt) << true;
        QTest::newRow("due asc") << int(CaseSort::Due) << true;
        QTest::newRow("status desc") << int(CaseSort::Status) << false;
    }

    void pagesCoverEveryCaseOnce()
    {
        QFETCH(int, sort);
        QFETCH(bool, ascending);
        Counter c;
        take(c, 130);
        CaseService cases(c.clerk);
        const auto order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
        CaseCursor cursor;
        QSet<QString> seen;
        QString previous;
        int pages = 0;
        for (;;) {
            QList<CaseSummary> rows;
            QString error;
            QVERIFY2(cases.page(CaseFilter(), CaseSort(sort), order, cursor, 17, &rows, &error), qPrintable(error));
            if (rows.isEmpty())
                break;
            ++pages;
            for (const CaseSummary &row : std::as_const(rows)) {
                QVERIFY2(!seen.contains(row.caseId), "a row came twice");
                seen.insert(row.caseId);
                const QString value = CaseQueries::sortValue(row, CaseSort(sort));
                if (!previous.isNull())
                    QVERIFY(ascending ? previous <= value : previous >= value);
                previous = value;
            }
            cursor = CaseCursor::after(rows.last(), CaseSort(sort));
        }
        QCOMPARE(seen.size(), 130);
        QCOMPARE(pages, 8);
    }

    void filters()
    {
        Counter c;
        take(c, 10);
        c.clock().setLocal(QDate(2026, 3, 4), QTime(9, 0));
        take(c, 5);
        CaseService cases(c.clerk);
        QList<CaseSummary> rows;
        QString error;
        CaseFilter filter;
        filter.submittedFrom = QDate(2026, 3, 3);
        QVERIFY(cases.page(filter, CaseSort::Submitted, Qt::DescendingOrder, CaseCursor(), 100, &rows, &error));
        QCOMPARE(rows.size(), 5);
        filter.submittedFrom = QDate(2026, 3, 2);
        filter.submittedTo = QDate(2026, 3, 2);
        QVERIFY(cases.page(filter, CaseSort::Submitted, Qt::DescendingOrder, CaseCursor(), 100, &rows, &error));
        QCOMPARE(rows.size(), 10);
        filter = CaseFilter();
        filter.statuses = {CaseStatus::Submitted};
        QVERIFY(cases.page(filter, CaseSort::Surname, Qt::AscendingOrder, CaseCursor(), 100, &rows, &error));
        QCOMPARE(rows.size(), 15);
        filter.statuses = {CaseStatus::AtBranch, CaseStatus::Issued};
        QVERIFY(cases.page(filter, CaseSort::Surname, Qt::AscendingOrder, CaseCursor(), 100, &rows, &error));
        QCOMPARE(rows.size(), 0);
    }

    void queriesStayOnTheirIndexes()
    {
        Counter c;
        take(c, 3);
        const QStringList plans = CaseQueries(c.db()).queryPlans();
        // The searches by IIN and surname are pages of the list (CaseQueries::pagePlans,
        // tst_casequeries).
        QCOMPARE(plans.size(), 8);
        for (const QString &plan : plans) {
            QVERIFY2(plan.contains(QLatin1String("USING INDEX")) || plan.contains(QLatin1String("USING COVERING INDEX")),
                     qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
        }
    }
};

QTEST_GUILESS_MAIN(TestIntakeSearch)
#include "tst_intakesearch.moc"
