#include <QTest>

#include "domain/NameNormalizer.h"

using namespace certdesk;

/// Names as typed or pasted: cleaned, look-alike letters put right, or refused with a reason.
class TestNameNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleans_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("alphabetChanged");
        QTest::newRow("plain") << QStringLiteral("Иванов") << QStringLiteral("Иванов") << false;
        QTest::newRow("kazakh") << QStringLiteral("Әсел-Қызы") << QStringLiteral("Әсел-Қызы") << false;
        QTest::newRow("spaces") << QStringLiteral("  Жанна \t Мария  ") << QStringLiteral("Жанна Мария") << false;
        QTest::newRow("nbsp and zero width") << QStringLiteral("\u00a0Ива\u200bнов\u00a0") << QStringLiteral("Иванов") << false;
        QTest::newRow("dash") << QStringLiteral("Иванова – Петрова") << QStringLiteral("Иванова-Петрова") << false;
        QTest::newRow("apostrophe") << QStringLiteral("O\u2019Brien") << QStringLiteral("O'Brien") << false;
        QTest::newRow("latin a in cyrillic") << QStringLiteral("Ивaнов") << QStringLiteral("Иванов") << true;
        QTest::newRow("latin caps") << QStringLiteral("CAПAРОВ") << QStringLiteral("САПАРОВ") << true;
        QTest::newRow("kazakh with latin o") << QStringLiteral("Қасымoв") << QStringLiteral("Қасымов") << true;
        QTest::newRow("latin name") << QStringLiteral("Smith") << QStringLiteral("Smith") << false;
        QTest::newRow("cyrillic i in latin") << QStringLiteral("Sm\u0456th") << QStringLiteral("Smith") << true;
        QTest::newRow("look-alikes only") << QStringLiteral("TOM") << QStringLiteral("TOM") << false;
        QTest::newRow("mixed look-alikes only") << QStringLiteral("Т\u004fМ") << QStringLiteral("ТОМ") << true;
        QTest::newRow("decomposed short i") << QStringLiteral("Андреи\u0306") << QStringLiteral("Андрей") << false;
        QTest::newRow("empty") << QString() << QString() << false;
    }

    void cleans()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, alphabetChanged);
        const NameNormalizer::Result r = NameNormalizer::normalize(input);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.value, expected);
        QCOMPARE(r.changedAlphabet, alphabetChanged);
        if (alphabetChanged)
            QVERIFY(r.note.contains(QLatin1String("were made")));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("digit") << QStringLiteral("Иванов3") << QStringLiteral("digit \"3\"");
        QTest::newRow("symbol") << QStringLiteral("Иван@") << QStringLiteral("\"@\"");
        QTest::newRow("mixed alphabets") << QStringLiteral("Бoris") << QStringLiteral("mixes Cyrillic (\"Б\") and Latin (\"r\")");
        QTest::newRow("greek") << QStringLiteral("Ιβανοβ") << QStringLiteral("neither the Cyrillic nor the Latin");
        QTest::newRow("too long") << QString(101, u'а') << QStringLiteral("at most 100");
    }

    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const NameNormalizer::Result r = NameNormalizer::normalize(input);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    }

    void comparesNamesAsPeopleRead_them()
    {
        const QString key = NameNormalizer::comparisonKey(QStringLiteral("Иванов"));
        QCOMPARE(NameNormalizer::comparisonKey(QStringLiteral("ИВАНОВ")), key);
        QCOMPARE(NameNormalizer::comparisonKey(QStringLiteral(" Ивaнов ")), key);
        QCOMPARE(NameNormalizer::comparisonKey(QStringLiteral("Фёдоров")),
                 NameNormalizer::comparisonKey(QStringLiteral("Федоров")));
        QVERIFY(NameNormalizer::comparisonKey(QStringLiteral("Петров")) != key);
    }
};

QTEST_GUILESS_MAIN(TestNameNormalizer)
#include "tst_namenormalizer.moc"
