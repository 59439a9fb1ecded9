#include <QTest>

#include "domain/AppealTerms.h"
#include "domain/WorkCalendar.h"

using certdesk::Appeal;
using certdesk::AppealTerms;
using certdesk::AppealTermsAtReceipt;
using certdesk::WorkCalendar;

Q_DECLARE_METATYPE(Appeal::Kind)

/// Every deadline of an appeal (DOMAIN.md section 7) over the built-in calendar of 2025-2027.
/// The expected days were worked out by hand from the rules and the list of non-working
/// weekdays of DOMAIN.md section 5 (2026: 1, 2, 7 Jan; 9 Mar; 23-25 Mar; 1, 7, 11 May; 27 May;
/// 6 Jul; 26 Oct; 16 Dec), then checked against a separate script, never read back from the
/// code under test. The day of receipt (or of the extension) is never counted.
class TestAppealTerms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void referralDue_data();
    void referralDue();
    void decisionDue_data();
    void decisionDue();
    void extensionLimit_data();
    void extensionLimit();
    void atReceiptIsEveryTerm();
    void extensionNoticeDue_data();
    void extensionNoticeDue();
    void filingUntil_data();
    void filingUntil();
    void filedLate_data();
    void filedLate();
    void complianceDue();
    void kindFollowsWhatItIsAbout();

private:
    WorkCalendar m_cal;
};

void TestAppealTerms::initTestCase()
{
    m_cal = WorkCalendar::builtIn();
    QVERIFY(m_cal.covers(QDate(2025, 1, 1)));
    QVERIFY(m_cal.covers(QDate(2027, 12, 31)));
}

void TestAppealTerms::referralDue_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("due");

    QTest::newRow("plain week: Mon -> Thu") << QDate(2026, 3, 2) << QDate(2026, 3, 5);
    QTest::newRow("over 9 Mar (8 Mar carried)") << QDate(2026, 3, 6) << QDate(2026, 3, 12);
    QTest::newRow("over Nauryz 23-25 Mar") << QDate(2026, 3, 20) << QDate(2026, 3, 30);
    QTest::newRow("received on a Saturday") << QDate(2026, 5, 2) << QDate(2026, 5, 6);
    QTest::newRow("over 7 May and 11 May") << QDate(2026, 5, 6) << QDate(2026, 5, 13);
    QTest::newRow("over new year 2027 (2 Jan carried to 4 Jan)")
        << QDate(2026, 12, 29) << QDate(2027, 1, 5);
}

void TestAppealTerms::referralDue()
{
    QFETCH(QDate, received);
    QFETCH(QDate, due);
    QCOMPARE(AppealTerms(m_cal).referralDue(received), due);
}

void TestAppealTerms::decisionDue_data()
{
    QTest::addColumn<Appeal::Kind>("kind");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("due");

    const auto appeal = Appeal::Kind::Appeal;
    const auto complaint = Appeal::Kind::Complaint;
    // 2 Mar: 3-6 (4), 10-13 (8), 16-20 (13), 26 (14), 27 (15) | 30, 31, 1, 2, 3 Apr (20)
    QTest::newRow("appeal, March holidays") << appeal << QDate(2026, 3, 2) << QDate(2026, 3, 27);
    QTest::newRow("complaint, March holidays")
        << complaint << QDate(2026, 3, 2) << QDate(2026, 4, 3);
    // 30 Apr: 4-6, 8, 12-15, 18-22, 25, 26 (15) | 28, 29, 1, 2, 3 Jun (20): 27 May is Kurban Ait
    QTest::newRow("appeal, May holidays") << appeal << QDate(2026, 4, 30) << QDate(2026, 5, 26);
    QTest::newRow("complaint over Kurban Ait")
        << complaint << QDate(2026, 4, 30) << QDate(2026, 6, 3);
    QTest::newRow("appeal over 6 Jul") << appeal << QDate(2026, 7, 1) << QDate(2026, 7, 23);
    QTest::newRow("complaint over 6 Jul") << complaint << QDate(2026, 7, 1) << QDate(2026, 7, 30);
    QTest::newRow("appeal over 16 Dec") << appeal << QDate(2026, 12, 8) << QDate(2026, 12, 30);
    // 31 Dec (16), 5 Jan (17), 6 (18), 8 (19), 11 (20): 1, 4 (2 Jan carried) and 7 Jan off
    QTest::newRow("complaint over the new year")
        << complaint << QDate(2026, 12, 8) << QDate(2027, 1, 11);
    QTest::newRow("received on a Saturday") << appeal << QDate(2026, 5, 2) << QDate(2026, 5, 26);
}

void TestAppealTerms::decisionDue()
{
    QFETCH(Appeal::Kind, kind);
    QFETCH(QDate, received);
    QFETCH(QDate, due);
    QCOMPARE(AppealTerms(m_cal).decisionDue(kind, received), due);
}

void TestAppealTerms::extensionLimit_data()
{
    // Two months from the day of receipt (APPC art. 76: "to no more than two months").
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("limit");

    QTest::newRow("received before Nauryz") << QDate(2026, 3, 20) << QDate(2026, 5, 20);
    QTest::newRow("same day-number, a working day") << QDate(2026, 4, 3) << QDate(2026, 6, 3);
    QTest::newRow("lands on Kurban Ait: next working day")
        << QDate(2026, 3, 27) << QDate(2026, 5, 28);
    QTest::newRow("31 Jul -> 30 Sep (no 31st)") << QDate(2026, 7, 31) << QDate(2026, 9, 30);
    QTest::newRow("29 Dec 2025 -> 28 Feb 2026 (Sat) -> 2 Mar")
        << QDate(2025, 12, 29) << QDate(2026, 3, 2);
    QTest::newRow("30 Dec 2026 -> 28 Feb 2027 (Sun) -> 1 Mar")
        << QDate(2026, 12, 30) << QDate(2027, 3, 1);
    QTest::newRow("31 Aug -> 31 Oct (Sat) -> 2 Nov") << QDate(2026, 8, 31) << QDate(2026, 11, 2);
    QTest::newRow("leap year: 31 Dec 2027 -> 29 Feb 2028")
        << QDate(2027, 12, 31) << QDate(2028, 2, 29);
}

void TestAppealTerms::extensionLimit()
{
    QFETCH(QDate, received);
    QFETCH(QDate, limit);
    QCOMPARE(AppealTerms(m_cal).extensionLimit(received), limit);
    QCOMPARE(AppealTerms(m_cal).atReceipt(Appeal::Kind::Appeal, received).extensionLimit, limit);
    // A complaint is not extended.
    QVERIFY(
        !AppealTerms(m_cal).atReceipt(Appeal::Kind::Complaint, received).extensionLimit.isValid());
}

void TestAppealTerms::atReceiptIsEveryTerm()
{
    const AppealTerms terms(m_cal);
    const AppealTermsAtReceipt a = terms.atReceipt(
        Appeal::Kind::Appeal, QDate(2026, 3, 20), QDate(2026, 1, 15)); // ignored for an appeal
    QCOMPARE(a.referralDue, QDate(2026, 3, 30));
    QCOMPARE(a.decisionDue, QDate(2026, 4, 15));
    QCOMPARE(a.complianceDue, QDate(2026, 4, 1));
    QVERIFY(!a.filingUntil.isValid());
    QVERIFY(!a.filedLate);
    const AppealTermsAtReceipt late
        = terms.atReceipt(Appeal::Kind::Complaint, QDate(2026, 3, 20), QDate(2025, 11, 30));
    QCOMPARE(late.decisionDue, QDate(2026, 4, 22));
    QCOMPARE(late.filingUntil, QDate(2026, 3, 2));
    QVERIFY(late.filedLate);
    // A day of learning after the receipt counts no term.
    const AppealTermsAtReceipt after
        = terms.atReceipt(Appeal::Kind::Complaint, QDate(2026, 3, 20), QDate(2026, 3, 21));
    QVERIFY(!after.filingUntil.isValid());
    QVERIFY(!after.filedLate);
}

void TestAppealTerms::extensionNoticeDue_data()
{
    QTest::addColumn<QDate>("extendedOn");
    QTest::addColumn<QDate>("due");

    QTest::newRow("plain week") << QDate(2026, 4, 13) << QDate(2026, 4, 16);
    QTest::newRow("over Nauryz") << QDate(2026, 3, 20) << QDate(2026, 3, 30);
    QTest::newRow("over 7 and 11 May") << QDate(2026, 5, 6) << QDate(2026, 5, 13);
    QTest::newRow("Friday -> Wednesday") << QDate(2026, 10, 23) << QDate(2026, 10, 29);
}

void TestAppealTerms::extensionNoticeDue()
{
    QFETCH(QDate, extendedOn);
    QFETCH(QDate, due);
    QCOMPARE(AppealTerms(m_cal).extensionNoticeDue(extendedOn), due);
}

void TestAppealTerms::filingUntil_data()
{
    QTest::addColumn<QDate>("learnedOn");
    QTest::addColumn<QDate>("until");

    QTest::newRow("same day-number") << QDate(2026, 1, 15) << QDate(2026, 4, 15);
    QTest::newRow("30 Nov 2025 -> 28 Feb 2026 (Sat) -> 2 Mar")
        << QDate(2025, 11, 30) << QDate(2026, 3, 2);
    QTest::newRow("30 Nov 2026 -> 28 Feb 2027 (Sun) -> 1 Mar")
        << QDate(2026, 11, 30) << QDate(2027, 3, 1);
    QTest::newRow("leap year: 30 Nov 2027 -> 29 Feb 2028")
        << QDate(2027, 11, 30) << QDate(2028, 2, 29);
    QTest::newRow("21 Dec -> 21 Mar (Nauryz, Sat) -> 26 Mar")
        << QDate(2025, 12, 21) << QDate(2026, 3, 26);
    QTest::newRow("26 Jul -> 26 Oct (Republic Day carried) -> 27 Oct")
        << QDate(2026, 7, 26) << QDate(2026, 10, 27);
    QTest::newRow("learned on a Sunday") << QDate(2026, 6, 7) << QDate(2026, 9, 7);
}

void TestAppealTerms::filingUntil()
{
    QFETCH(QDate, learnedOn);
    QFETCH(QDate, until);
    QCOMPARE(AppealTerms(m_cal).filingUntil(learnedOn), until);
}

void TestAppealTerms::filedLate_data()
{
    QTest::addColumn<Appeal::Kind>("kind");
    QTest::addColumn<QDate>("learnedOn");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<bool>("late");

    const auto complaint = Appeal::Kind::Complaint;
    QTest::newRow("on the last day") << complaint << QDate(2026, 1, 15) << QDate(2026, 4, 15)
                                     << false;
    QTest::newRow("the day after") << complaint << QDate(2026, 1, 15) << QDate(2026, 4, 16)
                                   << true;
    QTest::newRow("on the moved last day")
        << complaint << QDate(2025, 11, 30) << QDate(2026, 3, 2) << false;
    QTest::newRow("after the moved last day")
        << complaint << QDate(2025, 11, 30) << QDate(2026, 3, 3) << true;
    QTest::newRow("same day") << complaint << QDate(2026, 3, 2) << QDate(2026, 3, 2) << false;
    QTest::newRow("unknown day of learning")
        << complaint << QDate() << QDate(2026, 3, 2) << false;
    QTest::newRow("an appeal has no filing term")
        << Appeal::Kind::Appeal << QDate(2025, 1, 15) << QDate(2026, 4, 16) << false;
}

void TestAppealTerms::filedLate()
{
    QFETCH(Appeal::Kind, kind);
    QFETCH(QDate, learnedOn);
    QFETCH(QDate, received);
    QFETCH(bool, late);
    QCOMPARE(AppealTerms(m_cal).filedLate(kind, learnedOn, received), late);
}

void TestAppealTerms::complianceDue()
{
    const AppealTerms terms(m_cal);
    // 3, 4, 5, 6, 10 March: 9 March is a day off
    QCOMPARE(terms.complianceDue(QDate(2026, 3, 2)), QDate(2026, 3, 10));
    QCOMPARE(terms.complianceDue(QDate(2026, 3, 20)), QDate(2026, 4, 1));
    certdesk::AppealTermLengths longer;
    longer.complianceWorkingDays = 10;
    QCOMPARE(AppealTerms(m_cal, longer).complianceDue(QDate(2026, 3, 2)), QDate(2026, 3, 17));
}

void TestAppealTerms::kindFollowsWhatItIsAbout()
{
    QCOMPARE(Appeal::kindOf(Appeal::About::Service), Appeal::Kind::Appeal);
    QCOMPARE(Appeal::kindOf(Appeal::About::Decision), Appeal::Kind::Complaint);
    QCOMPARE(Appeal::kindOf(Appeal::About::Action), Appeal::Kind::Complaint);
    QCOMPARE(Appeal::kindOf(Appeal::About::Inaction), Appeal::Kind::Complaint);
}

QTEST_GUILESS_MAIN(TestAppealTerms)
#include "tst_appealterms.moc"
