// Country names in Kazakh and Russian (issue 23): the shipped list is what CLDR and the
// official corrections of scripts/update-country-names.py give, every country the clerk can
// choose has a Kazakh and a Russian name in Cyrillic, and the name follows the language.

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "domain/ApostilleCountries.h"
#include "domain/CountryNames.h"

using namespace certdesk;
using namespace Qt::Literals::StringLiterals;

class TestCountryNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedListIsCurrent()
    {
        // The script reads Debian's unicode-cldr-core (scripts/dev.sh installs it).
        QProcess script;
        script.start(u"python3"_s,
            {qEnvironmentVariable("CERTDESK_SOURCE_DIR") + u"/scripts/update-country-names.py"_s,
                u"--check"_s});
        QVERIFY2(script.waitForFinished(60000), qPrintable(script.errorString()));
        QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
            script.readAllStandardError().constData());
    }

    void everyChoiceHasCyrillicNames()
    {
        const CountryNames &names = CountryNames::builtIn();
        static const QRegularExpression latin(u"[A-Za-z]"_s);
        const auto all = ApostilleCountries::allCountries();
        QVERIFY(all.size() > 240);
        for (const auto &[code, name] : all) {
            QVERIFY2(names.contains(code), qPrintable(code));
            const CountryNames::Names n = names.names(code);
            QVERIFY2(!n.kk.isEmpty() && !n.kk.contains(latin), qPrintable(code + u' ' + n.kk));
            QVERIFY2(!n.ru.isEmpty() && !n.ru.contains(latin), qPrintable(code + u' ' + n.ru));
        }
    }

    void nameFollowsTheLanguage()
    {
        const CountryNames &names = CountryNames::builtIn();
        QCOMPARE(names.name(u"kg"_s, QLocale::Kazakh), u"Қырғызстан"_s);
        QCOMPARE(names.name(u"KG"_s, QLocale::Russian), u"Кыргызстан"_s);
        QCOMPARE(names.name(u"KG"_s, QLocale::English), u"Kyrgyzstan"_s);
        QCOMPARE(names.name(u"US"_s, QLocale::Russian), u"Соединённые Штаты Америки"_s);
        QCOMPARE(names.name(u"QQ"_s, QLocale::Russian), u"QQ"_s); // unknown: the code itself

        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Kazakhstan));
        QCOMPARE(ApostilleCountries::builtIn().countryName(u"DE"_s), u"Германия"_s);
        QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
        QCOMPARE(
            ApostilleCountries::builtIn().countryName(u"AE"_s), u"Біріккен Араб Әмірліктері"_s);
        QLocale::setDefault(before);
        QCOMPARE(ApostilleCountries::builtIn().countryName(u"VN"_s), u"Viet Nam"_s);
    }

    void refusesABrokenFile()
    {
        CountryNames out;
        QString error;
        QVERIFY(
            !CountryNames::fromTsv("iso2\ten\tkk\tru\nDE\tGermany\t\tГермания\n", &out, &error));
        QVERIFY2(error.contains(u"line 2"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCountryNames)
#include "tst_countrynames.moc"
