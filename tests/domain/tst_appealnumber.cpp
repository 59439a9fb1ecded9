#include <QTest>

#include "domain/AppealNumber.h"
#include "domain/ReceiptNumber.h"

using certdesk::AppealNumber;
using certdesk::ReceiptNumber;
using namespace Qt::Literals::StringLiterals;

/// Appeal numbers: composed like case receipts (branch, workstation, date, sequence, Damm
/// check digit) but with a letter and 16 digits, so that neither kind of number is ever taken
/// for the other.
class TestAppealNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composeAndParse();
    void checkDigitIsReceiptNumbers();
    void formatting();
    void typedForms_data();
    void typedForms();
    void refusals_data();
    void refusals();
    void composeRefusals();
    void everySingleDigitErrorCaught();
    void neverAReceipt();
};

void TestAppealNumber::composeAndParse()
{
    QString error;
    const QString n = AppealNumber::compose(u"7501"_s, 1, QDate(2026, 3, 2), 1, &error);
    QVERIFY2(!n.isEmpty(), qPrintable(error));
    QCOMPARE(n.size(), 17);
    QVERIFY(n.startsWith(u"A750101260302001"_s));
    const AppealNumber p = AppealNumber::parse(n);
    QVERIFY2(p.isValid(), qPrintable(p.errorText()));
    QCOMPARE(p.branchCode(), u"7501"_s);
    QCOMPARE(p.workstation(), 1);
    QCOMPARE(p.date(), QDate(2026, 3, 2));
    QCOMPARE(p.sequence(), 1);
    QCOMPARE(p.stored(), n);

    const QString last = AppealNumber::compose(u"0101"_s, 99, QDate(2099, 12, 31), 999, &error);
    QVERIFY(AppealNumber::parse(last).isValid());
    QCOMPARE(AppealNumber::parse(last).sequence(), 999);
}

void TestAppealNumber::checkDigitIsReceiptNumbers()
{
    const QString n = AppealNumber::compose(u"7501"_s, 3, QDate(2026, 11, 24), 42, nullptr);
    const QString digits = n.mid(1, 15);
    QCOMPARE(n.right(1).toInt(), ReceiptNumber::checkDigit(digits));
    QCOMPARE(ReceiptNumber::checkDigit(n.mid(1)), 0);
}

void TestAppealNumber::formatting()
{
    const QString n = AppealNumber::compose(u"7501"_s, 1, QDate(2026, 3, 2), 7, nullptr);
    const QString f = AppealNumber::format(n);
    QVERIFY(f.startsWith(u"A-7501-01-260302-007-"_s));
    QCOMPARE(f.size(), 22);
    QCOMPARE(AppealNumber::format(u"not a number"_s), u"not a number"_s);
    QCOMPARE(AppealNumber::parse(f).stored(), n);
}

void TestAppealNumber::typedForms_data()
{
    QTest::addColumn<QString>("typed");
    const QString n = AppealNumber::compose(u"7501"_s, 1, QDate(2026, 3, 2), 7, nullptr);
    QTest::newRow("stored") << n;
    QTest::newRow("grouped") << AppealNumber::format(n);
    QTest::newRow("lower case") << u"a"_s + n.mid(1);
    QTest::newRow("Cyrillic capital A") << u"\u0410"_s + n.mid(1);
    QTest::newRow("Cyrillic small a, spaces") << u" \u0430 "_s + n.mid(1, 4) + u" "_s + n.mid(5);
}

void TestAppealNumber::typedForms()
{
    QFETCH(QString, typed);
    const AppealNumber p = AppealNumber::parse(typed);
    QVERIFY2(p.isValid(), qPrintable(p.errorText()));
    QCOMPARE(p.sequence(), 7);
}

void TestAppealNumber::refusals_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("contains");
    const QString n = AppealNumber::compose(u"7501"_s, 1, QDate(2026, 3, 2), 7, nullptr);
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("no letter") << n.mid(1) << u"letter A"_s;
    QTest::newRow("short") << n.left(16) << u"15 digit(s)"_s;
    QTest::newRow("letter inside") << n.left(5) + u"X"_s + n.mid(6) << u"not a digit"_s;
    QString swapped = n;
    std::swap(swapped[3], swapped[4]);
    if (swapped != n)
        QTest::newRow("neighbours swapped") << swapped << u"check digit"_s;
    QString month13 = u"750101261302001"_s;
    month13.append(QChar(u'0' + ReceiptNumber::checkDigit(month13)));
    QTest::newRow("no such date") << u"A"_s + month13 << u"not a date"_s;
    QString zero = u"750100260302001"_s;
    zero.append(QChar(u'0' + ReceiptNumber::checkDigit(zero)));
    QTest::newRow("workstation 0") << u"A"_s + zero << u"zero"_s;
}

void TestAppealNumber::refusals()
{
    QFETCH(QString, typed);
    QFETCH(QString, contains);
    const AppealNumber p = AppealNumber::parse(typed);
    QVERIFY(!p.isValid());
    QVERIFY2(p.errorText().contains(contains), qPrintable(p.errorText()));
}

void TestAppealNumber::composeRefusals()
{
    QString error;
    QVERIFY(AppealNumber::compose(u"75"_s, 1, QDate(2026, 3, 2), 1, &error).isEmpty());
    QVERIFY(error.contains(u"branch.code"_s));
    QVERIFY(AppealNumber::compose(u"7501"_s, 0, QDate(2026, 3, 2), 1, &error).isEmpty());
    QVERIFY(error.contains(u"branch.workstation"_s));
    QVERIFY(AppealNumber::compose(u"7501"_s, 1, QDate(1999, 3, 2), 1, &error).isEmpty());
    QVERIFY(AppealNumber::compose(u"7501"_s, 1, QDate(2026, 3, 2), 1000, &error).isEmpty());
    QVERIFY(error.contains(u"999"_s));
}

void TestAppealNumber::everySingleDigitErrorCaught()
{
    const QString n = AppealNumber::compose(u"7501"_s, 2, QDate(2026, 6, 30), 123, nullptr);
    for (qsizetype i = 1; i < n.size(); ++i) {
        for (char16_t d = u'0'; d <= u'9'; ++d) {
            if (n.at(i) == QChar(d))
                continue;
            QString typo = n;
            typo[i] = QChar(d);
            QVERIFY2(!AppealNumber::parse(typo).isValid(), qPrintable(typo));
        }
    }
}

void TestAppealNumber::neverAReceipt()
{
    // A case receipt typed where an appeal number is asked is named for what it is...
    const QString receipt = ReceiptNumber::compose(u"7501"_s, 1, QDate(2026, 3, 2), 1, nullptr);
    const AppealNumber p = AppealNumber::parse(receipt);
    QVERIFY(!p.isValid());
    QVERIFY2(p.errorText().contains(u"case receipt"_s), qPrintable(p.errorText()));
    // ...and an appeal number, with or without its letter, is never a receipt.
    const QString appeal = AppealNumber::compose(u"7501"_s, 1, QDate(2026, 3, 2), 1, nullptr);
    QVERIFY(!ReceiptNumber::parse(appeal).isValid());
    QVERIFY(!ReceiptNumber::parse(appeal.mid(1)).isValid());
    QVERIFY(!ReceiptNumber::looksLikeReceipt(appeal));
    QVERIFY(!ReceiptNumber::looksLikeReceipt(appeal.mid(1)));
}

QTEST_GUILESS_MAIN(TestAppealNumber)
#include "tst_appealnumber.moc"
