#include <QTest>

#include "domain/Custody.h"
#include "domain/WorkCalendar.h"

using certdesk::Custody;
using certdesk::WorkCalendar;

/// The custody clocks of a paper result (DOMAIN.md section 4): month arithmetic that ends on
/// the same day-number or the last day of a shorter month, the branch month and the
/// provider's two more, and the working-day deadlines for transfer and return.
class TestCustody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addMonths_data();
    void addMonths();
    void custodyEnds_data();
    void custodyEnds();
    void transferDue_data();
    void transferDue();
    void returnDue_data();
    void returnDue();

private:
    WorkCalendar m_cal;
};

void TestCustody::initTestCase()
{
    m_cal = WorkCalendar::builtIn();
}

void TestCustody::addMonths_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("end");

    QTest::newRow("zero months") << QDate(2026, 1, 31) << 0 << QDate(2026, 1, 31);
    QTest::newRow("same day-number") << QDate(2026, 3, 15) << 1 << QDate(2026, 4, 15);
    QTest::newRow("31 Jan 2026 -> 28 Feb") << QDate(2026, 1, 31) << 1 << QDate(2026, 2, 28);
    QTest::newRow("30 Jan 2026 -> 28 Feb") << QDate(2026, 1, 30) << 1 << QDate(2026, 2, 28);
    QTest::newRow("29 Jan 2026 -> 28 Feb") << QDate(2026, 1, 29) << 1 << QDate(2026, 2, 28);
    QTest::newRow("28 Jan 2026 -> 28 Feb") << QDate(2026, 1, 28) << 1 << QDate(2026, 2, 28);
    QTest::newRow("31 Jan 2024 -> 29 Feb (leap)") << QDate(2024, 1, 31) << 1 << QDate(2024, 2, 29);
    QTest::newRow("30 Jan 2024 -> 29 Feb (leap)") << QDate(2024, 1, 30) << 1 << QDate(2024, 2, 29);
    QTest::newRow("31 Mar -> 30 Apr") << QDate(2026, 3, 31) << 1 << QDate(2026, 4, 30);
    QTest::newRow("30 Apr -> 30 May") << QDate(2026, 4, 30) << 1 << QDate(2026, 5, 30);
    QTest::newRow("31 May -> 30 Jun") << QDate(2026, 5, 31) << 1 << QDate(2026, 6, 30);
    QTest::newRow("30 Jun -> 30 Jul") << QDate(2026, 6, 30) << 1 << QDate(2026, 7, 30);
    QTest::newRow("31 Jul -> 31 Aug") << QDate(2026, 7, 31) << 1 << QDate(2026, 8, 31);
    QTest::newRow("31 Aug -> 30 Sep") << QDate(2026, 8, 31) << 1 << QDate(2026, 9, 30);
    QTest::newRow("29 Feb 2024 + 1") << QDate(2024, 2, 29) << 1 << QDate(2024, 3, 29);
    QTest::newRow("29 Feb 2024 + 12") << QDate(2024, 2, 29) << 12 << QDate(2025, 2, 28);
    QTest::newRow("28 Feb 2026 + 1 stays 28") << QDate(2026, 2, 28) << 1 << QDate(2026, 3, 28);
    QTest::newRow("15 Dec -> 15 Jan next year") << QDate(2025, 12, 15) << 1 << QDate(2026, 1, 15);
    QTest::newRow("31 Dec -> 31 Jan next year") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 31);
    QTest::newRow("30 Nov + 3 -> 28 Feb") << QDate(2025, 11, 30) << 3 << QDate(2026, 2, 28);
    QTest::newRow("30 Nov 2023 + 3 -> 29 Feb 2024")
        << QDate(2023, 11, 30) << 3 << QDate(2024, 2, 29);
    QTest::newRow("31 Dec + 3 -> 31 Mar") << QDate(2025, 12, 31) << 3 << QDate(2026, 3, 31);
    // Three months counted from the start, not month by month: 31 Jan + 3 is 30 Apr, where
    // chaining through 28 Feb would give 28 Apr.
    QTest::newRow("31 Jan + 3 -> 30 Apr") << QDate(2026, 1, 31) << 3 << QDate(2026, 4, 30);
}

void TestCustody::addMonths()
{
    QFETCH(QDate, start);
    QFETCH(int, months);
    QFETCH(QDate, end);
    QCOMPARE(Custody::addMonths(start, months), end);
}

void TestCustody::custodyEnds_data()
{
    QTest::addColumn<QDate>("arrived");
    QTest::addColumn<QDate>("branchUntil");
    QTest::addColumn<QDate>("providerUntil");

    QTest::newRow("15 Mar 2026") << QDate(2026, 3, 15) << QDate(2026, 4, 15) << QDate(2026, 6, 15);
    QTest::newRow("31 Jan 2026") << QDate(2026, 1, 31) << QDate(2026, 2, 28) << QDate(2026, 4, 30);
    QTest::newRow("31 Jan 2024") << QDate(2024, 1, 31) << QDate(2024, 2, 29) << QDate(2024, 4, 30);
    QTest::newRow("30 Nov 2025") << QDate(2025, 11, 30) << QDate(2025, 12, 30)
                                 << QDate(2026, 2, 28);
    QTest::newRow("29 Feb 2024") << QDate(2024, 2, 29) << QDate(2024, 3, 29) << QDate(2024, 5, 29);
    QTest::newRow("31 Oct 2026") << QDate(2026, 10, 31) << QDate(2026, 11, 30)
                                 << QDate(2027, 1, 31);
    QTest::newRow("31 Dec 2025") << QDate(2025, 12, 31) << QDate(2026, 1, 31) << QDate(2026, 3, 31);
    QTest::newRow("31 Mar 2026") << QDate(2026, 3, 31) << QDate(2026, 4, 30) << QDate(2026, 6, 30);
}

void TestCustody::custodyEnds()
{
    QFETCH(QDate, arrived);
    QFETCH(QDate, branchUntil);
    QFETCH(QDate, providerUntil);
    QCOMPARE(Custody::branchCustodyUntil(arrived), branchUntil);
    QCOMPARE(Custody::providerCustodyUntil(arrived), providerUntil);
}

void TestCustody::transferDue_data()
{
    QTest::addColumn<QDate>("arrived");
    QTest::addColumn<QDate>("due");

    QTest::newRow("custody ends Wednesday") << QDate(2026, 2, 11) << QDate(2026, 3, 12);
    QTest::newRow("custody ends Friday, Monday carried") << QDate(2026, 2, 6) << QDate(2026, 3, 10);
    QTest::newRow("custody ends Friday before Nauryz") << QDate(2026, 2, 20) << QDate(2026, 3, 26);
    QTest::newRow("custody ends Saturday 28 Feb") << QDate(2026, 1, 31) << QDate(2026, 3, 2);
    QTest::newRow("custody ends on 8 Mar (Sunday)") << QDate(2026, 2, 8) << QDate(2026, 3, 10);
    QTest::newRow("custody ends on 7 May (holiday)") << QDate(2026, 4, 7) << QDate(2026, 5, 8);
    QTest::newRow("custody ends 30 Dec 2026") << QDate(2026, 11, 30) << QDate(2026, 12, 31);
    QTest::newRow("custody ends 1 Jan 2027") << QDate(2026, 12, 1) << QDate(2027, 1, 5);
    QTest::newRow("custody ends 2 Jan 2026") << QDate(2025, 12, 2) << QDate(2026, 1, 5);
}

void TestCustody::transferDue()
{
    QFETCH(QDate, arrived);
    QFETCH(QDate, due);
    const QDate got = Custody::transferDue(arrived, m_cal);
    QCOMPARE(got, due);
    QVERIFY(got > Custody::branchCustodyUntil(arrived));
    QVERIFY(m_cal.isWorkingDay(got));
}

void TestCustody::returnDue_data()
{
    QTest::addColumn<QDate>("requested");
    QTest::addColumn<QDate>("due");

    QTest::newRow("Tuesday") << QDate(2026, 3, 10) << QDate(2026, 3, 11);
    QTest::newRow("Friday -> Monday") << QDate(2026, 2, 6) << QDate(2026, 2, 9);
    QTest::newRow("Friday before Nauryz") << QDate(2026, 3, 20) << QDate(2026, 3, 26);
    QTest::newRow("on Nauryz (Monday)") << QDate(2026, 3, 23) << QDate(2026, 3, 26);
    QTest::newRow("on 7 May (holiday)") << QDate(2026, 5, 7) << QDate(2026, 5, 8);
    QTest::newRow("Friday before carried 11 May") << QDate(2026, 5, 8) << QDate(2026, 5, 12);
    QTest::newRow("Saturday") << QDate(2026, 2, 28) << QDate(2026, 3, 2);
    QTest::newRow("31 Dec 2025") << QDate(2025, 12, 31) << QDate(2026, 1, 5);
    QTest::newRow("2 Jan 2025 -> decreed Sunday") << QDate(2025, 1, 2) << QDate(2025, 1, 5);
}

void TestCustody::returnDue()
{
    QFETCH(QDate, requested);
    QFETCH(QDate, due);
    QCOMPARE(Custody::returnDue(requested, m_cal), due);
}

QTEST_GUILESS_MAIN(TestCustody)
#include "tst_custody.moc"
