// BranchSettings: what a supervisor types for the branch and this workstation, checked once:
// what can be written into a receipt number and read back as typed, nothing else.
#include <QTest>

#include "domain/BranchSettings.h"

using namespace certdesk;

class TstBranchSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typed_data()
    {
        QTest::addColumn<QStringList>("typed"); // code, workstation, name, category
        QTest::addColumn<QString>("refusal"); // empty: accepted
        QTest::newRow("nothing typed")
            << QStringList {QString(), QString(), QString(), QString()} << QString();
        QTest::newRow("all of it") << QStringList {QStringLiteral("7501"), QStringLiteral(" 03 "),
            QStringLiteral(" Алматы   №1 "), QStringLiteral("district")}
                                   << QString();
        QTest::newRow("code of 3 digits") << QStringList {QStringLiteral("750"), QString(),
            QString(), QString()} << QStringLiteral("branch code");
        QTest::newRow("code with an Arabic-Indic digit") << QStringList {
            QStringLiteral("75") + QChar(0x0661) + QStringLiteral("1"), QString(), QString(),
            QString()} << QStringLiteral("branch code");
        QTest::newRow("workstation 0") << QStringList {QString(), QStringLiteral("0"), QString(),
            QString()} << QStringLiteral("workstation number 0");
        QTest::newRow("workstation +5")
            << QStringList {QString(), QStringLiteral("+5"), QString(), QString()} << QString();
        QTest::newRow("workstation 1e1") << QStringList {QString(), QStringLiteral("1e1"),
            QString(), QString()} << QStringLiteral("workstation: \"1e1\" is not a number");
        QTest::newRow("name of spaces")
            << QStringList {QString(), QString(), QStringLiteral("  \t "), QString()}
            << QStringLiteral("branch name: it is only spaces");
        QTest::newRow("name with U+FFFE")
            << QStringList {QString(), QString(), QStringLiteral("Ф") + QChar(0xFFFE), QString()}
            << QStringLiteral("U+FFFE");
        QTest::newRow("category") << QStringList {QString(), QString(), QString(),
            QStringLiteral("Regional ")}
                                  << QStringLiteral("category");
    }

    void typed()
    {
        QFETCH(QStringList, typed);
        QFETCH(QString, refusal);
        BranchSettings current;
        current.code = QStringLiteral("0101");
        current.workstation = 2;
        current.name = QStringLiteral("Before");
        BranchSettings next = current;
        next.name = QStringLiteral("untouched");
        QString error;
        const bool ok = BranchSettings::fromTyped(
            current, typed.at(0), typed.at(1), typed.at(2), typed.at(3), &next, &error);
        if (!refusal.isEmpty()) {
            QVERIFY(!ok);
            QVERIFY2(error.contains(refusal), qPrintable(error));
            QCOMPARE(next.name, QStringLiteral("untouched"));
            return;
        }
        QVERIFY2(ok, qPrintable(error));
        if (typed.at(0).isEmpty() && typed.at(1).isEmpty() && typed.at(2).isEmpty())
            QVERIFY(next == current);
        if (typed.at(2) == QStringLiteral(" Алматы   №1 ")) {
            QCOMPARE(next.code, QStringLiteral("7501"));
            QCOMPARE(next.workstation, 3);
            QCOMPARE(next.name, QStringLiteral("Алматы №1"));
            QCOMPARE(next.category, ServiceTerms::BranchCategory::District);
        }
    }
};

QTEST_GUILESS_MAIN(TstBranchSettings)
#include "tst_branchsettings.moc"
