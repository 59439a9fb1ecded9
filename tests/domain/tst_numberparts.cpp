#include <QTest>

#include "domain/NumberParts.h"

using namespace certdesk;

/// The parts shared by receipt and appeal numbers: which problem each bad part gives, and how
/// digits are read back (the numbers' own tests cover their wording and layout).
class TestNumberParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheFirstBadPart_data()
    {
        QTest::addColumn<QString>("branch");
        QTest::addColumn<int>("workstation");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<int>("problem");
        const QDate day(2026, 11, 24);
        QTest::newRow("fine") << QStringLiteral("7501") << 1 << day << 1 << int(NumberParts::Problem::None);
        QTest::newRow("branch of 3") << QStringLiteral("750") << 1 << day << 1 << int(NumberParts::Problem::BranchCode);
        QTest::newRow("branch letter") << QStringLiteral("75O1") << 1 << day << 1 << int(NumberParts::Problem::BranchCode);
        QTest::newRow("workstation 0") << QStringLiteral("7501") << 0 << day << 1 << int(NumberParts::Problem::Workstation);
        QTest::newRow("workstation 100") << QStringLiteral("7501") << 100 << day << 1 << int(NumberParts::Problem::Workstation);
        QTest::newRow("no date") << QStringLiteral("7501") << 1 << QDate() << 1 << int(NumberParts::Problem::Date);
        QTest::newRow("1999") << QStringLiteral("7501") << 1 << QDate(1999, 12, 31) << 1 << int(NumberParts::Problem::Date);
        QTest::newRow("sequence 0") << QStringLiteral("7501") << 1 << day << 0 << int(NumberParts::Problem::Sequence);
        QTest::newRow("sequence over") << QStringLiteral("7501") << 1 << day << 1000 << int(NumberParts::Problem::Sequence);
        QTest::newRow("sequence max") << QStringLiteral("7501") << 99 << day << 999 << int(NumberParts::Problem::None);
    }

    void namesTheFirstBadPart()
    {
        QFETCH(QString, branch);
        QFETCH(int, workstation);
        QFETCH(QDate, day);
        QFETCH(int, sequence);
        QFETCH(int, problem);
        QCOMPARE(int(NumberParts::checkParts(branch, workstation, day, sequence, 999)), problem);
    }

    void composedDigitsReadBack()
    {
        for (const int width : {3, 4}) {
            const QString digits = NumberParts::compose(QStringLiteral("7501"), 12, QDate(2024, 2, 29), 7, width);
            QCOMPARE(digits.size(), 4 + 2 + 6 + width + 1);
            QCOMPARE(NumberParts::checkDigit(digits), 0);
            QDate day;
            QCOMPARE(NumberParts::read(digits, width, &day), NumberParts::Problem::None);
            QCOMPARE(day, QDate(2024, 2, 29));
        }
    }

    void readRefusesWhatNoWorkstationWrites()
    {
        QDate day;
        // A swapped pair of neighbours fails the check digit.
        QString digits = NumberParts::compose(QStringLiteral("7501"), 12, QDate(2026, 3, 2), 5, 3);
        std::swap(digits[0], digits[1]);
        QCOMPARE(NumberParts::read(digits, 3, &day), NumberParts::Problem::CheckDigit);

        // 30 February, with a valid check digit.
        QString bad = QStringLiteral("750112260230005");
        bad.append(QChar(u'0' + NumberParts::checkDigit(bad)));
        QCOMPARE(NumberParts::read(bad, 3, &day), NumberParts::Problem::NotADate);

        // Workstation 00 and sequence 000, each with a valid check digit.
        for (QString zero : {QStringLiteral("750100260302005"), QStringLiteral("750112260302000")}) {
            zero.append(QChar(u'0' + NumberParts::checkDigit(zero)));
            QCOMPARE(NumberParts::read(zero, 3, &day), NumberParts::Problem::Zero);
        }
    }

    void allDigitsWantsSomething()
    {
        QVERIFY(NumberParts::allDigits(u"0123456789"));
        QVERIFY(!NumberParts::allDigits(u""));
        QVERIFY(!NumberParts::allDigits(u"12 3"));
        QVERIFY(!NumberParts::allDigits(u"١٢٣")); // Arabic-Indic digits are not ASCII digits
    }
};

QTEST_APPLESS_MAIN(TestNumberParts)
#include "tst_numberparts.moc"
