// PasswordPolicy: each rule refuses with a sentence that names what to change.
#include <QtTest>

#include "domain/PasswordPolicy.h"

using namespace certdesk;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("latin") << QStringLiteral("Counter2026desk");
        QTest::newRow("cyrillic") << QStringLiteral("Қазақстан2026");
        QTest::newRow("exactly ten") << QStringLiteral("abcdefgh12");
        QTest::newRow("punctuation") << QStringLiteral("k9!m#q2&z@");
    }

    void accepts()
    {
        QFETCH(QString, password);
        QCOMPARE(PasswordPolicy::check(password, QStringLiteral("aliya")), QString());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("at least 10");
        QTest::newRow("nine") << QStringLiteral("abcdefg12") << QStringLiteral("has 9 character(s)");
        QTest::newRow("no digit") << QStringLiteral("abcdefghijk") << QStringLiteral("one digit");
        QTest::newRow("no letter") << QStringLiteral("1234567890123") << QStringLiteral("one letter");
        QTest::newRow("repeated") << QStringLiteral("aaaaa11111") << QStringLiteral("four different");
        QTest::newRow("login inside") << QStringLiteral("myAliya2026x") << QStringLiteral("login");
        QTest::newRow("common") << QStringLiteral("Password123") << QStringLiteral("common");
        QTest::newRow("control") << QStringLiteral("abcde12345\t") << QStringLiteral("control");
        QTest::newRow("too long") << QString(129, u'a') + QStringLiteral("1")
                                  << QStringLiteral("longer than 128");
    }

    void refuses()
    {
        QFETCH(QString, password);
        QFETCH(QString, mentions);
        const QString why = PasswordPolicy::check(password, QStringLiteral("Aliya"));
        QVERIFY2(why.contains(mentions), qPrintable(why));
    }

    void shortLoginIsNotSearched()
    {
        // A two-letter login would forbid half the dictionary.
        QCOMPARE(PasswordPolicy::check(QStringLiteral("Counter2026ab"), QStringLiteral("ab")),
                 QString());
    }

    void descriptionStatesTheMinimum()
    {
        QVERIFY(PasswordPolicy::description().contains(QStringLiteral("10")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
