#include <QTest>

#include "domain/ReceiptNumber.h"

using namespace certdesk;

/// The receipt number: its layout, the Damm check digit and what a mistyped number gives.
class TestReceiptNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composesTheDocumentedLayout()
    {
        QString error;
        const QString n = ReceiptNumber::compose(QStringLiteral("0101"), 3, QDate(2026, 11, 24), 42, &error);
        QVERIFY2(!n.isEmpty(), qPrintable(error));
        QCOMPARE(n.size(), 17);
        QVERIFY(n.startsWith(QLatin1String("0101032611240042")));
        QCOMPARE(ReceiptNumber::checkDigit(n), 0);
        QCOMPARE(ReceiptNumber::format(n), QStringLiteral("0101-03-261124-0042-") + n.right(1));

        const ReceiptNumber r = ReceiptNumber::parse(ReceiptNumber::format(n));
        QVERIFY2(r.isValid(), qPrintable(r.errorText()));
        QCOMPARE(r.digits(), n);
        QCOMPARE(r.branchCode(), QStringLiteral("0101"));
        QCOMPARE(r.workstation(), 3);
        QCOMPARE(r.date(), QDate(2026, 11, 24));
        QCOMPARE(r.sequence(), 42);
    }

    void dammMatchesThePublishedExample()
    {
        // The algorithm's textbook example: 572 gets check digit 4.
        QCOMPARE(ReceiptNumber::checkDigit(u"572"), 4);
        QCOMPARE(ReceiptNumber::checkDigit(u"5724"), 0);
        QCOMPARE(ReceiptNumber::checkDigit(u"57a"), -1);
    }

    void detectsEverySingleDigitError()
    {
        QString error;
        for (int seq : {1, 42, 917, 9999}) {
            const QString n = ReceiptNumber::compose(QStringLiteral("5712"), 17, QDate(2026, 3, 2), seq, &error);
            QVERIFY(!n.isEmpty());
            for (int i = 0; i < n.size(); ++i) {
                for (char16_t d = u'0'; d <= u'9'; ++d) {
                    if (n.at(i) == QChar(d))
                        continue;
                    QString typo = n;
                    typo[i] = QChar(d);
                    QVERIFY2(!ReceiptNumber::parse(typo).isValid(), qPrintable(typo));
                }
            }
        }
    }

    void detectsEveryAdjacentTransposition()
    {
        QString error;
        for (int seq : {1, 42, 917, 9999}) {
            const QString n = ReceiptNumber::compose(QStringLiteral("0190"), 45, QDate(2027, 12, 31), seq, &error);
            for (int i = 0; i + 1 < n.size(); ++i) {
                if (n.at(i) == n.at(i + 1))
                    continue;
                QString swapped = n;
                std::swap(swapped[i], swapped[i + 1]);
                QVERIFY2(!ReceiptNumber::parse(swapped).isValid(), qPrintable(swapped));
            }
        }
    }

    void acceptsWhatScannersAndPeopleType()
    {
        QString error;
        const QString n = ReceiptNumber::compose(QStringLiteral("0101"), 3, QDate(2026, 3, 2), 7, &error);
        const QString spaced = QStringLiteral(" %1 %2 %3 ").arg(n.left(6), n.mid(6, 6), n.mid(12));
        QVERIFY(ReceiptNumber::looksLikeReceipt(spaced));
        QVERIFY(ReceiptNumber::parse(spaced).isValid());
        QVERIFY(ReceiptNumber::parse(ReceiptNumber::format(n)).isValid());
        QCOMPARE(ReceiptNumber::parse(ReceiptNumber::format(n)).digits(), n);
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("16 digits") << QStringLiteral("0101032611240042") << QStringLiteral("16 digit(s)");
        QTest::newRow("letter") << QStringLiteral("0101-03-2611X4-0042-7") << QStringLiteral("not a digit");
        QTest::newRow("check") << QStringLiteral("01010326112400420") << QStringLiteral("check digit");
    }

    void refusesWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString digits = ReceiptNumber::normalize(text);
        // Make the "check" row fail on its check digit only, whatever the right digit is.
        if (QTest::currentDataTag() == QByteArray("check")) {
            const int right = ReceiptNumber::checkDigit(digits.left(16));
            digits[16] = QChar(u'0' + (right + 1) % 10);
            text = digits;
        }
        const ReceiptNumber r = ReceiptNumber::parse(text);
        QVERIFY(!r.isValid());
        QVERIFY2(r.errorText().contains(expected), qPrintable(r.errorText()));
    }

    void composeRefusesImpossibleParts()
    {
        QString error;
        QVERIFY(ReceiptNumber::compose(QStringLiteral("101"), 3, QDate(2026, 3, 2), 1, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("branch.code")));
        QVERIFY(ReceiptNumber::compose(QStringLiteral("0101"), 0, QDate(2026, 3, 2), 1, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("branch.workstation")));
        QVERIFY(ReceiptNumber::compose(QStringLiteral("0101"), 100, QDate(2026, 3, 2), 1, &error).isEmpty());
        QVERIFY(ReceiptNumber::compose(QStringLiteral("0101"), 1, QDate(2026, 3, 2), 10000, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("9999")));
        QVERIFY(ReceiptNumber::compose(QStringLiteral("0101"), 1, QDate(), 1, &error).isEmpty());
    }

    void differentWorkstationsNeverCollide()
    {
        // The same day and sequence on two workstations or two branches give two numbers.
        QString error;
        const QDate day(2026, 3, 2);
        QSet<QString> seen;
        for (const QString &branch : {QStringLiteral("0101"), QStringLiteral("0102")}) {
            for (int ws = 1; ws <= 3; ++ws) {
                for (int seq = 1; seq <= 50; ++seq)
                    seen.insert(ReceiptNumber::compose(branch, ws, day, seq, &error));
            }
        }
        QCOMPARE(seen.size(), 2 * 3 * 50);
    }
};

QTEST_GUILESS_MAIN(TestReceiptNumber)
#include "tst_receiptnumber.moc"
