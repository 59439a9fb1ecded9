#include <QTest>

#include "domain/ApostilleCountries.h"

using namespace certdesk;
using Status = ApostilleCountries::Status;

/// The apostille country lists: entry into force with Kazakhstan, non-parties, and the
/// Minsk/Chisinau countries that need no apostille.
class TestApostille : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheShippedLists()
    {
        const ApostilleCountries &c = ApostilleCountries::builtIn();
        QVERIFY(c.parties().size() >= 130);
        QVERIFY(c.isParty(QStringLiteral("KZ")));
        QCOMPARE(c.party(QStringLiteral("VN")).entryIntoForce, QDate(2026, 9, 11));
        QCOMPARE(c.countryName(QStringLiteral("de")), QStringLiteral("Germany"));
    }

    void inForceFromTheLaterOfTheTwoDates()
    {
        const ApostilleCountries &c = ApostilleCountries::builtIn();
        // Germany joined in 1966; with Kazakhstan it applies from Kazakhstan's date.
        const auto de = c.check(QStringLiteral("de"), QDate(2026, 3, 2));
        QCOMPARE(de.status, Status::InForce);
        QCOMPARE(de.inForceFrom, QDate(2001, 1, 30));
        QCOMPARE(c.check(QStringLiteral("DE"), QDate(2001, 1, 29)).status, Status::NotYetInForce);
        QCOMPARE(c.check(QStringLiteral("HK"), QDate(2026, 3, 2)).status, Status::InForce);
    }

    void refusesBeforeEntryIntoForce()
    {
        const ApostilleCountries &c = ApostilleCountries::builtIn();
        const auto vn = c.check(QStringLiteral("VN"), QDate(2026, 3, 2));
        QCOMPARE(vn.status, Status::NotYetInForce);
        QCOMPARE(vn.inForceFrom, QDate(2026, 9, 11));
        QVERIFY2(vn.reason.contains(QLatin1String("11.09.2026")), qPrintable(vn.reason));
        QCOMPARE(c.check(QStringLiteral("VN"), QDate(2026, 9, 10)).status, Status::NotYetInForce);
        QCOMPARE(c.check(QStringLiteral("VN"), QDate(2026, 9, 11)).status, Status::InForce);
        QCOMPARE(c.check(QStringLiteral("TH"), QDate(2027, 2, 27)).status, Status::NotYetInForce);
        QCOMPARE(c.check(QStringLiteral("TH"), QDate(2027, 2, 28)).status, Status::InForce);
    }

    void nonPartiesHomeAndNonsense()
    {
        const ApostilleCountries &c = ApostilleCountries::builtIn();
        const auto ae = c.check(QStringLiteral("AE"), QDate(2026, 3, 2));
        QCOMPARE(ae.status, Status::NotParty);
        QVERIFY2(ae.reason.contains(QLatin1String("consular legalization")), qPrintable(ae.reason));
        QCOMPARE(c.check(QStringLiteral("TM"), QDate(2026, 3, 2)).status, Status::NotParty);
        QCOMPARE(c.check(QStringLiteral("KZ"), QDate(2026, 3, 2)).status, Status::Home);
        QCOMPARE(c.check(QStringLiteral("ZZ"), QDate(2026, 3, 2)).status, Status::Unknown);
    }

    void legalAssistanceCountriesNeedNoApostille()
    {
        const ApostilleCountries &c = ApostilleCountries::builtIn();
        const auto ru = c.check(QStringLiteral("RU"), QDate(2026, 3, 2));
        QCOMPARE(ru.status, Status::InForce);
        QVERIFY(ru.legalAssistance.contains(QLatin1String("Minsk")));
        QVERIFY(!c.legalAssistance(QStringLiteral("UA")).isEmpty());
        QVERIFY(c.legalAssistance(QStringLiteral("DE")).isEmpty());
    }

    void readsDataAndRefusesBadData()
    {
        ApostilleCountries c;
        QString error;
        QVERIFY(ApostilleCountries::fromCsv("iso2,name_en,entry_into_force,note\nKZ,Kazakhstan,2001-01-30,\n"
                                            "XA,Atlantis,2030-01-01,\n",
                                            "iso2,name_en,conventions\n", &c, &error));
        QCOMPARE(c.check(QStringLiteral("XA"), QDate(2029, 12, 31)).status, Status::NotYetInForce);
        QVERIFY(!ApostilleCountries::fromCsv("iso2,name_en,entry_into_force,note\nKZ,Kazakhstan,30.01.2001,\n",
                                             "iso2,name_en,conventions\n", &c, &error));
        QVERIFY(error.contains(QLatin1String("line 2")));
        QVERIFY(!ApostilleCountries::fromCsv("iso2,name_en,entry_into_force,note\nDE,Germany,1966-02-13,\n",
                                             "iso2,name_en,conventions\n", &c, &error));
        QVERIFY(error.contains(QLatin1String("KZ")));
    }

    void offersEveryCountryOnce()
    {
        const auto all = ApostilleCountries::allCountries();
        QSet<QString> codes;
        for (const auto &[code, name] : all) {
            QCOMPARE(code.size(), 2);
            QVERIFY(!name.isEmpty());
            codes.insert(code);
        }
        QCOMPARE(codes.size(), all.size());
        QVERIFY(codes.contains(QStringLiteral("AE")));
        QVERIFY(codes.contains(QStringLiteral("VN")));
        QVERIFY(codes.contains(QStringLiteral("XK")));
    }
};

QTEST_GUILESS_MAIN(TestApostille)
#include "tst_apostille.moc"
