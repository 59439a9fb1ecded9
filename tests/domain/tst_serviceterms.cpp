#include <QTest>

#include "domain/ServiceTerms.h"
#include "domain/WorkCalendar.h"

using certdesk::ServiceTerms;
using certdesk::TermSettings;
using certdesk::WorkCalendar;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ServiceTerms::Kind)
Q_DECLARE_METATYPE(ServiceTerms::BranchCategory)

/// The delivery times of DOMAIN.md section 3 on the built-in calendar: the day of
/// submission is not counted, deadlines fall on working days only. The expected dates were
/// counted by a separate script over the hand-derived list of non-working weekdays.
class TestServiceTerms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void electronic_data();
    void electronic();
    void dated_data();
    void dated();
    void additionalCheck_data();
    void additionalCheck();
    void customSettings();
    void defaultsFollowTheServicePage();
    void names();

private:
    WorkCalendar m_cal;
};

void TestServiceTerms::initTestCase()
{
    m_cal = WorkCalendar::builtIn();
}

void TestServiceTerms::electronic_data()
{
    QTest::addColumn<QDateTime>("submitted");
    QTest::addColumn<QDateTime>("due");

    QTest::newRow("working morning")
        << QDateTime({2026, 3, 2}, {10, 0}) << QDateTime({2026, 3, 2}, {10, 10});
    QTest::newRow("seconds kept") << QDateTime({2026, 3, 2}, {10, 0, 30})
                                  << QDateTime({2026, 3, 2}, {10, 10, 30});
    // Minutes are wall-clock minutes: no working-day rule, even across midnight into a
    // holiday or a new year.
    QTest::newRow("across midnight into Nauryz")
        << QDateTime({2026, 3, 20}, {23, 55}) << QDateTime({2026, 3, 21}, {0, 5});
    QTest::newRow("across the year")
        << QDateTime({2025, 12, 31}, {23, 58}) << QDateTime({2026, 1, 1}, {0, 8});
    QTest::newRow("on a Saturday")
        << QDateTime({2026, 2, 7}, {11, 0}) << QDateTime({2026, 2, 7}, {11, 10});
}

void TestServiceTerms::electronic()
{
    QFETCH(QDateTime, submitted);
    QFETCH(QDateTime, due);

    const ServiceTerms terms(m_cal);
    const ServiceTerms::Due d = terms.due(ServiceTerms::Kind::Electronic, submitted);
    QVERIFY(d.isDateTime());
    QCOMPARE(d.kind, ServiceTerms::Kind::Electronic);
    QCOMPARE(d.dueAt, due);
    QVERIFY(!d.dueDate.isValid());
    QVERIFY(!d.interimDue.isValid());
    QVERIFY(!d.reapplyFrom.isValid());
}

void TestServiceTerms::dated_data()
{
    QTest::addColumn<ServiceTerms::Kind>("kind");
    QTest::addColumn<ServiceTerms::BranchCategory>("category");
    QTest::addColumn<QDateTime>("submitted");
    QTest::addColumn<QDate>("due");

    using K = ServiceTerms::Kind;
    const auto regional = ServiceTerms::BranchCategory::Regional;
    const auto district = ServiceTerms::BranchCategory::District;
    auto rows = [&](const char *when, QDateTime submitted, QDate paperRegional, QDate paperDistrict,
                    QDate apostille) {
        const QByteArray w(when);
        QTest::newRow(w + " paper regional 5")
            << K::Paper << regional << submitted << paperRegional;
        QTest::newRow(w + " paper district 10")
            << K::Paper << district << submitted << paperDistrict;
        QTest::newRow(w + " apostille 8") << K::Apostille << regional << submitted << apostille;
        // The apostille term does not depend on the branch category.
        QTest::newRow(w + " apostille 8 district")
            << K::Apostille << district << submitted << apostille;
    };
    rows("plain Monday", QDateTime({2026, 3, 2}, {10, 0}), {2026, 3, 10}, {2026, 3, 17},
        {2026, 3, 13});
    rows("Friday", QDateTime({2026, 2, 6}, {17, 30}), {2026, 2, 13}, {2026, 2, 20}, {2026, 2, 18});
    // A Saturday submission counts from Monday, exactly as the Friday before it.
    rows("Saturday", QDateTime({2026, 2, 7}, {11, 0}), {2026, 2, 13}, {2026, 2, 20}, {2026, 2, 18});
    rows("Friday before Nauryz", QDateTime({2026, 3, 20}, {9, 0}), {2026, 4, 1}, {2026, 4, 8},
        {2026, 4, 6});
    rows("Saturday in Nauryz", QDateTime({2026, 3, 21}, {9, 0}), {2026, 4, 1}, {2026, 4, 8},
        {2026, 4, 6});
    rows("before Victory Day", QDateTime({2026, 5, 6}, {9, 0}), {2026, 5, 15}, {2026, 5, 22},
        {2026, 5, 20});
    rows("before New Year 2027", QDateTime({2026, 12, 30}, {15, 0}), {2027, 1, 11}, {2027, 1, 18},
        {2027, 1, 14});
    rows("31 Dec 2026", QDateTime({2026, 12, 31}, {15, 0}), {2027, 1, 12}, {2027, 1, 19},
        {2027, 1, 15});
    rows("across 2025/2026", QDateTime({2025, 12, 26}, {12, 0}), {2026, 1, 6}, {2026, 1, 14},
        {2026, 1, 12});
    rows("31 Dec 2025", QDateTime({2025, 12, 31}, {12, 0}), {2026, 1, 12}, {2026, 1, 19},
        {2026, 1, 15});
    // The 2025 decree made Sunday 5 January a working day: it counts.
    rows("across 2024/2025", QDateTime({2024, 12, 31}, {12, 0}), {2025, 1, 10}, {2025, 1, 17},
        {2025, 1, 15});
}

void TestServiceTerms::dated()
{
    QFETCH(ServiceTerms::Kind, kind);
    QFETCH(ServiceTerms::BranchCategory, category);
    QFETCH(QDateTime, submitted);
    QFETCH(QDate, due);

    const ServiceTerms terms(m_cal);
    const ServiceTerms::Due d = terms.due(kind, submitted, category);
    QVERIFY(!d.isDateTime());
    QCOMPARE(d.kind, kind);
    QCOMPARE(d.dueDate, due);
    QVERIFY(m_cal.isWorkingDay(d.dueDate));
    QVERIFY(!d.dueAt.isValid());
    QVERIFY(!d.interimDue.isValid());
}

void TestServiceTerms::additionalCheck_data()
{
    QTest::addColumn<QDateTime>("submitted");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("interim");
    QTest::addColumn<QDate>("reapplyFrom");

    // reapplyFrom: the product reads "reapply after 20 working days" as "from the working
    // day after the 20th working day", i.e. the 21st working day after submission.
    QTest::newRow("Monday, 9 Mar carried") << QDateTime({2026, 3, 2}, {10, 0}) << QDate(2026, 3, 10)
                                           << QDate(2026, 3, 6) << QDate(2026, 4, 6);
    QTest::newRow("Friday before Nauryz") << QDateTime({2026, 3, 20}, {10, 0}) << QDate(2026, 4, 1)
                                          << QDate(2026, 3, 31) << QDate(2026, 4, 23);
    QTest::newRow("before Victory Day") << QDateTime({2026, 5, 6}, {10, 0}) << QDate(2026, 5, 15)
                                        << QDate(2026, 5, 14) << QDate(2026, 6, 9);
    QTest::newRow("before New Year 2027")
        << QDateTime({2026, 12, 30}, {10, 0}) << QDate(2027, 1, 11) << QDate(2027, 1, 8)
        << QDate(2027, 2, 2);
    QTest::newRow("across 2025/2026") << QDateTime({2025, 12, 26}, {10, 0}) << QDate(2026, 1, 6)
                                      << QDate(2026, 1, 5) << QDate(2026, 1, 29);
}

void TestServiceTerms::additionalCheck()
{
    QFETCH(QDateTime, submitted);
    QFETCH(QDate, due);
    QFETCH(QDate, interim);
    QFETCH(QDate, reapplyFrom);

    const ServiceTerms terms(m_cal);
    const ServiceTerms::Due d = terms.due(ServiceTerms::Kind::AdditionalCheck, submitted);
    QCOMPARE(d.dueDate, due);
    QCOMPARE(d.interimDue, interim);
    QCOMPARE(d.reapplyFrom, reapplyFrom);
    const QDate day = submitted.date();
    QCOMPARE(m_cal.workingDaysBetween(day, d.dueDate), 5);
    QCOMPARE(m_cal.workingDaysBetween(day, d.interimDue), 4);
    // Exactly 20 working days lie between submission and the day before reapplyFrom.
    QCOMPARE(m_cal.workingDaysBetween(day, d.reapplyFrom.addDays(-1)), 20);
    QVERIFY(m_cal.isWorkingDay(d.reapplyFrom));
}

void TestServiceTerms::customSettings()
{
    TermSettings s;
    s.electronicMinutes = 15;
    s.additionalCheckDays = 6;
    s.interimNoticeDays = 3;
    s.reapplyAfterDays = 10;
    s.paperRegionalDays = 4;
    s.paperDistrictDays = 8;
    s.apostilleDays = 10; // the other gov.kz page
    const ServiceTerms terms(m_cal, s);
    QCOMPARE(terms.settings().apostilleDays, 10);

    const QDateTime friday({2026, 3, 20}, {9, 0});
    QCOMPARE(
        terms.due(ServiceTerms::Kind::Electronic, friday).dueAt, QDateTime({2026, 3, 20}, {9, 15}));
    QCOMPARE(terms.due(ServiceTerms::Kind::Apostille, friday).dueDate, QDate(2026, 4, 8));
    QCOMPARE(terms.due(ServiceTerms::Kind::Paper, friday).dueDate, QDate(2026, 3, 31));
    QCOMPARE(terms.due(ServiceTerms::Kind::Paper, friday, ServiceTerms::BranchCategory::District)
                 .dueDate,
        QDate(2026, 4, 6));
    const ServiceTerms::Due check = terms.due(ServiceTerms::Kind::AdditionalCheck, friday);
    QCOMPARE(check.dueDate, QDate(2026, 4, 2));
    QCOMPARE(check.interimDue, QDate(2026, 3, 30));
    QCOMPARE(check.reapplyFrom, QDate(2026, 4, 9));
}

void TestServiceTerms::defaultsFollowTheServicePage()
{
    const TermSettings s;
    QCOMPARE(s.electronicMinutes, 10);
    QCOMPARE(s.additionalCheckDays, 5);
    QCOMPARE(s.interimNoticeDays, 4);
    QCOMPARE(s.reapplyAfterDays, 20);
    QCOMPARE(s.paperRegionalDays, 5);
    QCOMPARE(s.paperDistrictDays, 10);
    QCOMPARE(s.apostilleDays, 8);
}

void TestServiceTerms::names()
{
    using K = ServiceTerms::Kind;
    for (const K k : {K::Electronic, K::AdditionalCheck, K::Paper, K::Apostille}) {
        K back = k == K::Paper ? K::Electronic : K::Paper;
        QVERIFY(ServiceTerms::kindFromName(ServiceTerms::kindName(k), &back));
        QCOMPARE(back, k);
    }
    K unchanged = K::Paper;
    QVERIFY(!ServiceTerms::kindFromName(u"express"_s, &unchanged));
    QCOMPARE(unchanged, K::Paper);

    using C = ServiceTerms::BranchCategory;
    for (const C c : {C::Regional, C::District}) {
        C back = c == C::Regional ? C::District : C::Regional;
        QVERIFY(ServiceTerms::categoryFromName(ServiceTerms::categoryName(c), &back));
        QCOMPARE(back, c);
    }
    C cat = C::District;
    QVERIFY(!ServiceTerms::categoryFromName(u"capital"_s, &cat));
}

QTEST_GUILESS_MAIN(TestServiceTerms)
#include "tst_serviceterms.moc"
