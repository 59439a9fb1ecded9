#include <QTest>

#include "domain/IdNumber.h"

using certdesk::IdNumber;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(IdNumber::Error)
Q_DECLARE_METATYPE(IdNumber::Kind)
Q_DECLARE_METATYPE(IdNumber::Sex)

/// IIN and BIN parsing against DOMAIN.md section 2. Every valid number below that is not a
/// DOMAIN.md sample was produced by a separate script implementing the two weighted passes
/// (weights 1..11, then 3..11,1,2) from the text of the decree, never by IdNumber itself,
/// so a wrong rule in the product cannot make its own expectations.
class TestIdNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validIndividual_data();
    void validIndividual();
    void validEntity_data();
    void validEntity();
    void rejected_data();
    void rejected();
    void pastedForms_data();
    void pastedForms();
    void checkDigitPasses_data();
    void checkDigitPasses();
    void ageOn_data();
    void ageOn();
    void ageOfNonIndividual();
    void masked();
};

void TestIdNumber::validIndividual_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<IdNumber::Sex>("sex");
    QTest::addColumn<int>("century");

    using S = IdNumber::Sex;
    // DOMAIN.md samples.
    QTest::newRow("sample female 1987")
        << u"871008401427"_s << QDate(1987, 10, 8) << S::Female << 1900;
    QTest::newRow("sample male 1976") << u"760212350620"_s << QDate(1976, 2, 12) << S::Male << 1900;
    // Each century-and-sex digit; the first serial whose check digit exists.
    QTest::newRow("1 male 1800s") << u"850315100006"_s << QDate(1885, 3, 15) << S::Male << 1800;
    QTest::newRow("2 female 1800s") << u"850315200002"_s << QDate(1885, 3, 15) << S::Female << 1800;
    QTest::newRow("3 male 1900s") << u"650701300005"_s << QDate(1965, 7, 1) << S::Male << 1900;
    QTest::newRow("4 female 1900s") << u"650701400001"_s << QDate(1965, 7, 1) << S::Female << 1900;
    QTest::newRow("5 male 2000s") << u"050120500004"_s << QDate(2005, 1, 20) << S::Male << 2000;
    QTest::newRow("6 female 2000s") << u"050120600000"_s << QDate(2005, 1, 20) << S::Female << 2000;
    QTest::newRow("99 with digit 1 is 1899")
        << u"990101100000"_s << QDate(1899, 1, 1) << S::Male << 1800;
    // Check digit from the second pass (first pass gives 10).
    QTest::newRow("2nd pass, 1") << u"850315100704"_s << QDate(1885, 3, 15) << S::Male << 1800;
    QTest::newRow("2nd pass, 2") << u"850315200309"_s << QDate(1885, 3, 15) << S::Female << 1800;
    QTest::newRow("2nd pass, 3") << u"650701300600"_s << QDate(1965, 7, 1) << S::Male << 1900;
    QTest::newRow("2nd pass, 4") << u"650701400205"_s << QDate(1965, 7, 1) << S::Female << 1900;
    QTest::newRow("2nd pass, 5") << u"050120500502"_s << QDate(2005, 1, 20) << S::Male << 2000;
    QTest::newRow("2nd pass, 6") << u"050120600107"_s << QDate(2005, 1, 20) << S::Female << 2000;
    QTest::newRow("2nd pass, check 1")
        << u"080315500011"_s << QDate(2008, 3, 15) << S::Male << 2000;
    // Leap-day births: 2000 is a leap year (divisible by 400), 1996 and 2004 are too.
    QTest::newRow("29 Feb 2000 male") << u"000229500008"_s << QDate(2000, 2, 29) << S::Male << 2000;
    QTest::newRow("29 Feb 2000 female")
        << u"000229600004"_s << QDate(2000, 2, 29) << S::Female << 2000;
    QTest::newRow("29 Feb 1996 male") << u"960229300004"_s << QDate(1996, 2, 29) << S::Male << 1900;
    QTest::newRow("29 Feb 1996 female")
        << u"960229400000"_s << QDate(1996, 2, 29) << S::Female << 1900;
    QTest::newRow("29 Feb 2004 male") << u"040229500005"_s << QDate(2004, 2, 29) << S::Male << 2000;
    QTest::newRow("29 Feb 2004 female")
        << u"040229600001"_s << QDate(2004, 2, 29) << S::Female << 2000;
}

void TestIdNumber::validIndividual()
{
    QFETCH(QString, number);
    QFETCH(QDate, birth);
    QFETCH(IdNumber::Sex, sex);
    QFETCH(int, century);

    const IdNumber id = IdNumber::parse(number);
    QVERIFY2(id.isValid(), qPrintable(id.errorText()));
    QCOMPARE(id.error(), IdNumber::Error::None);
    QCOMPARE(id.kind(), IdNumber::Kind::Individual);
    QCOMPARE(id.number(), number);
    QCOMPARE(id.birthDate(), birth);
    QCOMPARE(id.sex(), sex);
    QCOMPARE(id.century(), century);
    QVERIFY(id.errorText().isEmpty());
    QCOMPARE(id.entityType(), 0);
}

void TestIdNumber::validEntity_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("registered");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("attribute");

    QTest::newRow("sample") << u"940140000385"_s << QDate(1994, 1, 1) << 4 << 0;
    // Every type (4 resident, 5 non-resident, 6 joint business) with every attribute
    // (0 head office, 1 branch, 2 representative office, 3 peasant farm).
    QTest::newRow("4/0") << u"051040000000"_s << QDate(2005, 10, 1) << 4 << 0;
    QTest::newRow("4/1") << u"051041000006"_s << QDate(2005, 10, 1) << 4 << 1;
    QTest::newRow("4/2") << u"051042000001"_s << QDate(2005, 10, 1) << 4 << 2;
    QTest::newRow("4/3") << u"051043000007"_s << QDate(2005, 10, 1) << 4 << 3;
    QTest::newRow("5/0") << u"051050000005"_s << QDate(2005, 10, 1) << 5 << 0;
    QTest::newRow("5/1") << u"051051000000"_s << QDate(2005, 10, 1) << 5 << 1;
    QTest::newRow("5/2") << u"051052000006"_s << QDate(2005, 10, 1) << 5 << 2;
    QTest::newRow("5/3") << u"051053000001"_s << QDate(2005, 10, 1) << 5 << 3;
    QTest::newRow("6/0 2nd pass") << u"051060000001"_s << QDate(2005, 10, 1) << 6 << 0;
    QTest::newRow("6/1") << u"051061000005"_s << QDate(2005, 10, 1) << 6 << 1;
    QTest::newRow("6/2") << u"051062000000"_s << QDate(2005, 10, 1) << 6 << 2;
    QTest::newRow("6/3") << u"051063000006"_s << QDate(2005, 10, 1) << 6 << 3;
    // Second-pass check digits.
    QTest::newRow("4/0 2nd pass") << u"051040000111"_s << QDate(2005, 10, 1) << 4 << 0;
    QTest::newRow("5/3 2nd pass") << u"051053000209"_s << QDate(2005, 10, 1) << 5 << 3;
    QTest::newRow("6/3 2nd pass") << u"051063000711"_s << QDate(2005, 10, 1) << 6 << 3;
    // Registered December 1999: two-digit years above 50 are the 1900s.
    QTest::newRow("1999-12") << u"991241000009"_s << QDate(1999, 12, 1) << 4 << 1;
}

void TestIdNumber::validEntity()
{
    QFETCH(QString, number);
    QFETCH(QDate, registered);
    QFETCH(int, type);
    QFETCH(int, attribute);

    const IdNumber id = IdNumber::parse(number);
    QVERIFY2(id.isValid(), qPrintable(id.errorText()));
    QCOMPARE(id.kind(), IdNumber::Kind::LegalEntity);
    QCOMPARE(id.registrationMonth(), registered);
    QCOMPARE(id.entityType(), type);
    QCOMPARE(id.entityAttribute(), attribute);
    QVERIFY(!id.entityTypeText().isEmpty());
    QVERIFY(!id.entityAttributeText().isEmpty());
    QCOMPARE(id.sex(), IdNumber::Sex::Unknown);
}

void TestIdNumber::rejected_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<IdNumber::Error>("error");

    using E = IdNumber::Error;
    QTest::newRow("empty") << QString() << E::Empty;
    QTest::newRow("only spaces") << u"   "_s << E::Empty;
    QTest::newRow("11 digits") << u"87100840142"_s << E::Length;
    QTest::newRow("13 digits") << u"8710084014270"_s << E::Length;
    QTest::newRow("1 digit") << u"8"_s << E::Length;
    QTest::newRow("latin letter") << u"87100840142A"_s << E::NonDigit;
    QTest::newRow("letter O for zero") << u"871OO8401427"_s << E::NonDigit;
    QTest::newRow("cyrillic O for zero") << u"871\u041E\u041E8401427"_s << E::NonDigit;
    QTest::newRow("cyrillic Ze for 3") << u"87100840142\u0417"_s << E::NonDigit;
    QTest::newRow("arabic-indic digits")
        << u"\u0668\u0667\u0661\u0660\u0660\u0668\u0664\u0660\u0661\u0664\u0662\u0667"_s
        << E::NonDigit;
    QTest::newRow("one arabic-indic digit") << u"87100840142\u0667"_s << E::NonDigit;
    QTest::newRow("fullwidth digits")
        << u"\uFF18\uFF17\uFF11\uFF10\uFF10\uFF18\uFF14\uFF10\uFF11\uFF14\uFF12\uFF17"_s
        << E::NonDigit;
    QTest::newRow("superscript two") << u"87100840142\u00B2"_s << E::NonDigit;
    QTest::newRow("dot separator") << u"871008.401427"_s << E::NonDigit;
    // Check digits: the DOMAIN.md samples, and one more 11-digit start with no check digit.
    QTest::newRow("check digit off by one") << u"871008401428"_s << E::CheckDigit;
    QTest::newRow("both passes give 10") << u"000813159890"_s << E::CheckDigit;
    QTest::newRow("both passes give 10, 2") << u"050315500590"_s << E::CheckDigit;
    QTest::newRow("bin check digit") << u"940140000386"_s << E::CheckDigit;
    QTest::newRow("swapped digits") << u"780212350620"_s << E::CheckDigit;
    // Impossible birth dates (each with a correct check digit, so the date is the reason).
    QTest::newRow("29 Feb 2001") << u"010229500004"_s << E::ImpossibleDate;
    QTest::newRow("29 Feb 1999") << u"990229300001"_s << E::ImpossibleDate;
    QTest::newRow("month 13") << u"011301500003"_s << E::ImpossibleDate;
    QTest::newRow("month 13 (1987)") << u"871308400003"_s << E::ImpossibleDate;
    QTest::newRow("month 0 day 0") << u"010000500004"_s << E::ImpossibleDate;
    QTest::newRow("31 April") << u"010431500008"_s << E::ImpossibleDate;
    QTest::newRow("00.00.00") << u"000000500002"_s << E::ImpossibleDate;
    // Digit 5 of 7..9 is neither an IIN day (0..3) nor a BIN type (4..6).
    QTest::newRow("digit 5 is 7") << u"871078000009"_s << E::ImpossibleDate;
    QTest::newRow("digit 5 is 9") << u"871098000008"_s << E::ImpossibleDate;
    // Century-and-sex digit outside 1..6 (check digits correct).
    QTest::newRow("century 0") << u"871008000007"_s << E::CenturyDigit;
    QTest::newRow("century 7") << u"871008700001"_s << E::CenturyDigit;
    QTest::newRow("century 8") << u"871008800008"_s << E::CenturyDigit;
    QTest::newRow("century 9") << u"871008900004"_s << E::CenturyDigit;
    // BIN attribute 4+ and registration months that do not exist.
    QTest::newRow("bin attribute 4") << u"051044000002"_s << E::EntityAttribute;
    QTest::newRow("bin attribute 9") << u"051059000004"_s << E::EntityAttribute;
    QTest::newRow("bin month 13") << u"051340000001"_s << E::ImpossibleDate;
    QTest::newRow("bin month 0") << u"050040000008"_s << E::ImpossibleDate;
}

void TestIdNumber::rejected()
{
    QFETCH(QString, number);
    QFETCH(IdNumber::Error, error);

    const IdNumber id = IdNumber::parse(number);
    QVERIFY(!id.isValid());
    QCOMPARE(id.error(), error);
    QCOMPARE(id.kind(), IdNumber::Kind::Invalid);
    QVERIFY2(!id.errorText().isEmpty(), "a rejection must say why");
    QCOMPARE(id.ageOn(QDate(2026, 1, 1)), -1);
}

void TestIdNumber::pastedForms_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("number");

    QTest::newRow("groups of four") << u"8710 0840 1427"_s << u"871008401427"_s;
    QTest::newRow("leading and trailing spaces") << u"  871008401427 "_s << u"871008401427"_s;
    QTest::newRow("tab and newline") << u"871008\t401427\n"_s << u"871008401427"_s;
    QTest::newRow("hyphens") << u"871008-401427"_s << u"871008401427"_s;
    QTest::newRow("no-break spaces") << u"8710\u00A00840\u00A01427"_s << u"871008401427"_s;
    QTest::newRow("bin with spaces") << u"9401 4000 0385"_s << u"940140000385"_s;
}

void TestIdNumber::pastedForms()
{
    QFETCH(QString, typed);
    QFETCH(QString, number);

    QCOMPARE(IdNumber::normalize(typed), number);
    const IdNumber pasted = IdNumber::parse(typed);
    const IdNumber clean = IdNumber::parse(number);
    QVERIFY2(pasted.isValid(), qPrintable(pasted.errorText()));
    QCOMPARE(pasted.number(), number);
    QCOMPARE(pasted.kind(), clean.kind());
    QCOMPARE(pasted.birthDate(), clean.birthDate());
    QCOMPARE(pasted.sex(), clean.sex());
}

void TestIdNumber::checkDigitPasses_data()
{
    QTest::addColumn<QString>("first11");
    QTest::addColumn<int>("check");

    // Computed by hand from DOMAIN.md: 8*1+7*2+1*3+0*4+0*5+8*6+4*7+0*8+1*9+4*10+2*11 = 172,
    // 172 mod 11 = 7.
    QTest::newRow("sample first pass") << u"87100840142"_s << 7;
    QTest::newRow("sample bin") << u"94014000038"_s << 5;
    QTest::newRow("second pass") << u"85031510070"_s << 4;
    QTest::newRow("second pass gives 1") << u"08031550001"_s << 1;
    QTest::newRow("both passes 10") << u"00081315989"_s << -1;
    QTest::newRow("both passes 10, 2") << u"05031550059"_s << -1;
    QTest::newRow("too short") << u"8710084014"_s << -1;
}

void TestIdNumber::checkDigitPasses()
{
    QFETCH(QString, first11);
    QFETCH(int, check);
    QCOMPARE(IdNumber::checkDigit(first11), check);
}

void TestIdNumber::ageOn_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("age");

    const QString march = u"080315500011"_s; // male, born 15 March 2008
    QTest::newRow("birth day") << march << QDate(2008, 3, 15) << 0;
    QTest::newRow("day before 18th birthday") << march << QDate(2026, 3, 14) << 17;
    QTest::newRow("on 18th birthday") << march << QDate(2026, 3, 15) << 18;
    QTest::newRow("day after 18th birthday") << march << QDate(2026, 3, 16) << 18;
    QTest::newRow("a month before, later day") << march << QDate(2026, 2, 20) << 17;
    QTest::newRow("31 Dec before") << march << QDate(2025, 12, 31) << 17;

    // Born 29 Feb 2008. In a year without 29 February the birthday is 28 February: a period
    // of years ends on the month's last day where the month has no such day (as for months).
    const QString leap = u"080229500002"_s;
    QTest::newRow("29 Feb: 27 Feb of 18th year") << leap << QDate(2026, 2, 27) << 17;
    QTest::newRow("29 Feb: 28 Feb of 18th year") << leap << QDate(2026, 2, 28) << 18;
    QTest::newRow("29 Feb: 1 Mar of 18th year") << leap << QDate(2026, 3, 1) << 18;
    QTest::newRow("29 Feb: leap-year birthday") << leap << QDate(2024, 2, 29) << 16;
    QTest::newRow("29 Feb: day before leap birthday") << leap << QDate(2024, 2, 28) << 15;

    QTest::newRow("1800s") << u"850315100006"_s << QDate(2026, 3, 15) << 141;
    QTest::newRow("sample") << u"871008401427"_s << QDate(2026, 10, 7) << 38;
    QTest::newRow("sample on birthday") << u"871008401427"_s << QDate(2026, 10, 8) << 39;
}

void TestIdNumber::ageOn()
{
    QFETCH(QString, number);
    QFETCH(QDate, day);
    QFETCH(int, age);

    const IdNumber id = IdNumber::parse(number);
    QVERIFY2(id.isValid(), qPrintable(id.errorText()));
    QCOMPARE(id.ageOn(day), age);
}

void TestIdNumber::ageOfNonIndividual()
{
    QCOMPARE(IdNumber::parse(u"940140000385"_s).ageOn(QDate(2026, 1, 1)), -1);
    QCOMPARE(IdNumber::parse(u"871008401427"_s).ageOn(QDate()), -1);
}

void TestIdNumber::masked()
{
    const QString m = IdNumber::masked(u"871008401427"_s);
    QVERIFY(m.startsWith(u"8710"_s));
    QVERIFY(m.endsWith(u"1427"_s));
    QVERIFY(!m.contains(u"0840"_s));
    // Anything that is not 12 characters is shown as it is (it is not an IIN to hide).
    QCOMPARE(IdNumber::masked(u"123"_s), u"123"_s);
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
