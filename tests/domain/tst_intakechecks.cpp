#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "domain/ApostilleCountries.h"
#include "domain/IdNumber.h"
#include "domain/IntakeChecks.h"

using namespace certdesk;
using Outcome = CheckResult::Outcome;
using Kind = Application::PresenterKind;

namespace {

const QDate kToday(2026, 3, 2);

/// A valid IIN for a birth date and sex (the first serial that has a check digit).
QString makeIin(const QDate &birth, bool male, int serial = 1)
{
    const int c = birth.year() < 2000 ? (male ? 3 : 4) : (male ? 5 : 6);
    for (int s = serial; s < 10000; ++s) {
        const QString eleven = birth.toString(QStringLiteral("yyMMdd")) + QString::number(c)
                               + QStringLiteral("%1").arg(s, 4, 10, QLatin1Char('0'));
        const int d = IdNumber::checkDigit(eleven);
        if (d >= 0)
            return eleven + QString::number(d);
    }
    return QString();
}

const QString kAdult = QStringLiteral("871008401427");      // female, 1987-10-08
const QString kAgent = QStringLiteral("760212350620");      // male, 1976-02-12
const QString kBin = QStringLiteral("940140000385");

Application selfDomestic()
{
    Application a;
    a.subject.iin = kAdult;
    a.subject.name = {QStringLiteral("Ахметова"), QStringLiteral("Айгуль"), QStringLiteral("Серикқызы")};
    a.identity.type = Application::IdentityType::IdCard;
    a.identity.number = QStringLiteral("045123456");
    a.identity.issuer = QStringLiteral("МВД РК");
    a.identity.issuedOn = QDate(2020, 5, 14);
    a.identity.expiresOn = QDate(2030, 5, 13);
    a.purpose = Application::Purpose::Domestic;
    a.phone = QStringLiteral("8 (701) 234-56-78");
    return a;
}

Application representative()
{
    Application a = selfDomestic();
    a.presenter.kind = Kind::Representative;
    a.presenter.iin = kAgent;
    a.presenter.name = {QStringLiteral("Бекович"), QStringLiteral("Ержан"), QString()};
    a.presenter.poa.notary = QStringLiteral("Сейткали А. Б.");
    a.presenter.poa.registrationNumber = QStringLiteral("1234");
    a.presenter.poa.issuedOn = QDate(2025, 6, 1);
    a.presenter.poa.validUntil = QDate(2026, 6, 1);
    a.presenter.poa.principalIin = kAdult;
    a.presenter.poa.agentIin = kAgent;
    return a;
}

Application parentOfMinor(const QString &childIin)
{
    Application a = selfDomestic();
    a.subject.iin = childIin;
    a.subject.name = {QStringLiteral("Ахметов"), QStringLiteral("Тимур"), QStringLiteral("Ержанович")};
    a.presenter.kind = Kind::Parent;
    a.presenter.iin = kAgent;
    a.presenter.name = {QStringLiteral("Ахметов"), QStringLiteral("Ержан"), QString()};
    a.presenter.birthCertificate.number = QStringLiteral("I-АЛ 123456");
    a.presenter.birthCertificate.issuedOn = QDate(2012, 6, 1);
    a.presenter.birthCertificate.childIin = childIin;
    a.presenter.birthCertificate.parent = {QStringLiteral("АХМЕТОВ"), QStringLiteral("Ержан"), QString()};
    return a;
}

QList<CheckResult> check(const Application &a, const QDate &today = kToday)
{
    return IntakeChecks::run(IntakeChecks::normalized(a), IntakeChecks::Context{today, nullptr});
}

QString describe(const QList<CheckResult> &results)
{
    QStringList lines;
    for (const CheckResult &r : results) {
        if (r.outcome != Outcome::Passed)
            lines.append(QStringLiteral("%1 %2 %3: %4").arg(CheckResult::outcomeName(r.outcome), r.rule, r.field, r.message));
    }
    return lines.join(u'\n');
}

/// The single problem of a run, failing the test when there is none or more than one.
CheckResult onlyProblem(const QList<CheckResult> &results)
{
    const QList<CheckResult> problems = IntakeChecks::problems(results);
    if (problems.size() != 1)
        qWarning("expected exactly one problem, got:\n%s", qPrintable(describe(results)));
    return problems.value(0);
}

bool passed(const QList<CheckResult> &results, const QString &rule)
{
    for (const CheckResult &r : results) {
        if (r.rule == rule && r.outcome == Outcome::Passed)
            return true;
    }
    return false;
}

} // namespace

/// Every document check of the counter, each refusing with the field and the rule named.
class TestIntakeChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCompleteApplicationPasses()
    {
        const auto results = check(selfDomestic());
        QVERIFY2(IntakeChecks::problems(results).isEmpty(), qPrintable(describe(results)));
        QVERIFY(passed(results, QStringLiteral("iin_valid")));
        QVERIFY(passed(results, QStringLiteral("identity_document_valid")));
        QVERIFY(passed(results, QStringLiteral("phone_valid")));
        QVERIFY2(IntakeChecks::problems(check(representative())).isEmpty(), qPrintable(describe(check(representative()))));
    }

    void normalizesWhatWasTyped()
    {
        Application a = selfDomestic();
        a.subject.iin = QStringLiteral(" 8710 0840 1427 ");
        a.subject.name.surname = QStringLiteral(" Ахмeтова "); // Latin e
        a.country = QStringLiteral("DE"); // dropped: domestic
        QStringList notes;
        const Application n = IntakeChecks::normalized(a, &notes);
        QCOMPARE(n.subject.iin, kAdult);
        QCOMPARE(n.subject.name.surname, QStringLiteral("Ахметова"));
        QCOMPARE(n.subject.birthDate, QDate(1987, 10, 8));
        QCOMPARE(n.subject.sex, QStringLiteral("female"));
        QCOMPARE(n.presenter.iin, kAdult);
        QCOMPARE(n.presenter.name.surname, QStringLiteral("Ахметова"));
        QCOMPARE(n.phone, QStringLiteral("+77012345678"));
        QVERIFY(n.country.isEmpty());
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().startsWith(QLatin1String("Surname of the person")), qPrintable(notes.first()));
    }

    void invalidIins_data()
    {
        QTest::addColumn<QString>("iin");
        QTest::addColumn<QString>("reason");
        QTest::newRow("11 digits") << QStringLiteral("87100840142") << QStringLiteral("11 digit(s)");
        QTest::newRow("check digit") << QStringLiteral("871008401428") << QStringLiteral("check digit");
        QTest::newRow("31.02") << QStringLiteral("870231401427") << QStringLiteral("does not exist");
        QTest::newRow("letters") << QStringLiteral("87100840142O") << QStringLiteral("not a digit");
        QTest::newRow("a BIN") << kBin << QStringLiteral("BIN");
        QTest::newRow("empty") << QString() << QStringLiteral("is empty");
        QTest::newRow("born tomorrow") << makeIin(kToday.addDays(1), true) << QStringLiteral("after today");
    }

    void invalidIins()
    {
        QFETCH(QString, iin);
        QFETCH(QString, reason);
        Application a = selfDomestic();
        a.subject.iin = iin;
        const CheckResult r = onlyProblem(check(a));
        QCOMPARE(r.outcome, Outcome::Invalid);
        QCOMPARE(r.field, QStringLiteral("subject.iin"));
        QCOMPARE(r.section, IntakeSection::Subject);
        QVERIFY2(r.message.startsWith(QLatin1String("IIN of the person: ")), qPrintable(r.message));
        QVERIFY2(r.message.contains(reason), qPrintable(r.message));
        QVERIFY(!r.canOverride());
    }

    void legalEntityBin()
    {
        Application a = representative();
        a.applicant.kind = Application::ApplicantKind::LegalEntity;
        a.applicant.bin = kBin;
        a.applicant.name = QStringLiteral("ТОО «Ромашка»");
        a.presenter.kind = Kind::EntityRepresentative;
        QVERIFY2(IntakeChecks::problems(check(a)).isEmpty(), qPrintable(describe(check(a))));

        a.applicant.bin = QStringLiteral("940140000386");
        CheckResult r = onlyProblem(check(a));
        QCOMPARE(r.rule, QStringLiteral("bin_valid"));
        QVERIFY2(r.message.startsWith(QLatin1String("BIN of the legal entity: ")), qPrintable(r.message));

        a.applicant.bin = kAdult;
        r = onlyProblem(check(a));
        QCOMPARE(r.rule, QStringLiteral("bin_valid"));
        QVERIFY(r.message.contains(QLatin1String("IIN of an individual")));

        a.applicant.bin = kBin;
        a.presenter.kind = Kind::Representative;
        r = onlyProblem(check(a));
        QCOMPARE(r.rule, QStringLiteral("presenter_kind"));
    }

    void identityDocumentDates()
    {
        Application a = selfDomestic();
        a.identity.expiresOn = kToday; // valid through the day
        QVERIFY(IntakeChecks::problems(check(a)).isEmpty());

        a.identity.expiresOn = kToday.addDays(-1);
        CheckResult r = onlyProblem(check(a));
        QCOMPARE(r.rule, QStringLiteral("identity_document_valid"));
        QCOMPARE(r.outcome, Outcome::Refused);
        QVERIFY(r.canOverride());
        QVERIFY2(r.message.contains(QLatin1String("Identity document: valid until: the document expired on 01.03.2026.")), qPrintable(r.message));
        QVERIFY(r.message.contains(QLatin1String("Rule: the identity document must be valid on the day")));

        a = selfDomestic();
        a.identity.issuedOn = kToday.addDays(3);
        r = onlyProblem(check(a));
        QCOMPARE(r.rule, QStringLiteral("identity_document_issued"));
        QVERIFY(r.message.contains(QLatin1String("05.03.2026")));

        a = selfDomestic();
        a.identity.expiresOn = QDate(2019, 1, 1);
        r = onlyProblem(check(a));
        QCOMPARE(r.rule, QStringLiteral("date_order"));
        QCOMPARE(r.outcome, Outcome::Invalid);

        a = selfDomestic();
        a.identity.issuer.clear();
        a.identity.number = QStringLiteral("04 512 3456");
        r = onlyProblem(check(a));
        QCOMPARE(r.field, QStringLiteral("identity_document.issuer"));
        QVERIFY(r.message.contains(QLatin1String("is empty")));
    }

    void eDocument()
    {
        Application a = selfDomestic();
        a.identity.type = Application::IdentityType::EDocument;
        a.identity.expiresOn = QDate(2000, 1, 1); // ignored for an e-document
        a.identity.eCode = QStringLiteral("123 456");
        QVERIFY2(IntakeChecks::problems(check(a)).isEmpty(), qPrintable(describe(check(a))));
        a.identity.eCode = QStringLiteral("12ab");
        QCOMPARE(onlyProblem(check(a)).rule, QStringLiteral("e_code_valid"));
        a.identity.eCode.clear();
        QCOMPARE(onlyProblem(check(a)).field, QStringLiteral("identity_document.e_code"));
    }

    void powerOfAttorney_data()
    {
        QTest::addColumn<QDate>("issued");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("text");
        const QString ok;
        QTest::newRow("within term") << QDate(2025, 6, 1) << QDate(2026, 6, 1) << kAdult << kAgent << ok << ok;
        QTest::newRow("undated") << QDate() << QDate(2026, 6, 1) << kAdult << kAgent
                                 << QStringLiteral("poa_dated") << QStringLiteral("void");
        QTest::newRow("term ended") << QDate(2024, 1, 10) << QDate(2025, 1, 10) << kAdult << kAgent
                                    << QStringLiteral("poa_in_term") << QStringLiteral("its term ended on 10.01.2025");
        QTest::newRow("over 3 years") << QDate(2022, 1, 10) << QDate(2027, 1, 10) << kAdult << kAgent
                                      << QStringLiteral("poa_in_term") << QStringLiteral("longer than the 3 years the law allows, so it ended on 10.01.2025");
        QTest::newRow("3 years capped, still valid") << QDate(2023, 3, 2) << QDate(2030, 1, 1) << kAdult << kAgent << ok << ok;
        QTest::newRow("no term, 1 year ended") << QDate(2025, 3, 1) << QDate() << kAdult << kAgent
                                               << QStringLiteral("poa_in_term") << QStringLiteral("1 year from 01.03.2025 and ended on 01.03.2026");
        QTest::newRow("no term, last day") << QDate(2025, 3, 2) << QDate() << kAdult << kAgent << ok << ok;
        QTest::newRow("future") << QDate(2026, 3, 10) << QDate(2027, 1, 1) << kAdult << kAgent
                                << QStringLiteral("poa_in_term") << QStringLiteral("after today");
        QTest::newRow("principal") << QDate(2025, 6, 1) << QDate() << makeIin(QDate(1990, 1, 1), true) << kAgent
                                   << QStringLiteral("poa_principal") << QStringLiteral("not by the person the certificate is about");
        QTest::newRow("agent") << QDate(2025, 6, 1) << QDate() << kAdult << makeIin(QDate(1990, 1, 1), true)
                               << QStringLiteral("poa_agent") << QStringLiteral("the one at the counter has IIN 760212350620");
    }

    void powerOfAttorney()
    {
        QFETCH(QDate, issued);
        QFETCH(QDate, until);
        QFETCH(QString, principal);
        QFETCH(QString, agent);
        QFETCH(QString, rule);
        QFETCH(QString, text);
        Application a = representative();
        a.presenter.poa.issuedOn = issued;
        a.presenter.poa.validUntil = until;
        a.presenter.poa.principalIin = principal;
        a.presenter.poa.agentIin = agent;
        const auto results = check(a);
        if (rule.isEmpty()) {
            QVERIFY2(IntakeChecks::problems(results).isEmpty(), qPrintable(describe(results)));
            return;
        }
        const CheckResult r = onlyProblem(results);
        QCOMPARE(r.rule, rule);
        QCOMPARE(r.outcome, Outcome::Refused);
        QCOMPARE(r.section, IntakeSection::Presenter);
        QVERIFY2(r.message.startsWith(QLatin1String("Power of attorney")), qPrintable(r.message));
        QVERIFY2(r.message.contains(text), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("Rule: ")), qPrintable(r.message));
    }

    void adultPresentedByAnotherNeedsAPowerOfAttorney()
    {
        Application a = representative();
        a.presenter.poa = Application::PowerOfAttorney();
        CheckResult r = onlyProblem(check(a));
        QCOMPARE(r.rule, QStringLiteral("poa_required"));
        QVERIFY2(r.message.contains(QLatin1String("adult (38 year(s) old)")), qPrintable(r.message));

        // A parent of an adult child is a representative like any other.
        a.presenter.kind = Kind::Parent;
        r = onlyProblem(check(a));
        QCOMPARE(r.rule, QStringLiteral("poa_required"));
    }

    void presenterIsNotThePerson()
    {
        Application a = representative();
        a.presenter.iin = kAdult;
        a.presenter.poa.agentIin = kAdult;
        const auto problems = IntakeChecks::problems(check(a));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().rule, QStringLiteral("presenter_kind"));
    }

    void minorNeedsABirthCertificate()
    {
        const QString child = makeIin(QDate(2012, 5, 14), true);
        Application a = parentOfMinor(child);
        QVERIFY2(IntakeChecks::problems(check(a)).isEmpty(), qPrintable(describe(check(a))));
        QVERIFY(passed(check(a), QStringLiteral("minor_birth_certificate")));

        // The same child on the day they turn 18 is an adult: a parent needs a POA.
        a.identity.expiresOn = QDate(2035, 1, 1);
        QCOMPARE(onlyProblem(check(a, QDate(2030, 5, 14))).rule, QStringLiteral("poa_required"));
        QVERIFY(IntakeChecks::problems(check(a, QDate(2030, 5, 13))).isEmpty());

        Application noCertificate = a;
        noCertificate.presenter.birthCertificate = Application::BirthCertificate();
        CheckResult r = onlyProblem(check(noCertificate));
        QCOMPARE(r.rule, QStringLiteral("minor_birth_certificate"));
        QCOMPARE(r.field, QStringLiteral("presenter.birth_certificate"));
        QVERIFY2(r.message.contains(QLatin1String("a minor (13 year(s) old today)")), qPrintable(r.message));

        Application stranger = representative();
        stranger.subject = a.subject;
        stranger.presenter.poa.principalIin = child;
        r = onlyProblem(check(stranger));
        QCOMPARE(r.rule, QStringLiteral("minor_birth_certificate"));
        QCOMPARE(r.field, QStringLiteral("presenter.kind"));

        Application otherChild = a;
        otherChild.presenter.birthCertificate.childIin = makeIin(QDate(2013, 1, 1), false);
        r = onlyProblem(check(otherChild));
        QCOMPARE(r.field, QStringLiteral("presenter.birth_certificate.child_iin"));

        Application otherParent = a;
        otherParent.presenter.birthCertificate.parent = {QStringLiteral("Ахметова"), QStringLiteral("Сауле"), QString()};
        r = onlyProblem(check(otherParent));
        QCOMPARE(r.field, QStringLiteral("presenter.birth_certificate.parent"));
        QVERIFY2(r.message.contains(QStringLiteral("names Ахметова Сауле as the parent")), qPrintable(r.message));

        Application byIin = a;
        byIin.presenter.birthCertificate.parent = PersonName();
        byIin.presenter.birthCertificate.parentIin = kAgent;
        QVERIFY(IntakeChecks::problems(check(byIin)).isEmpty());
        byIin.presenter.birthCertificate.parentIin = kAdult;
        r = onlyProblem(check(byIin));
        QCOMPARE(r.field, QStringLiteral("presenter.birth_certificate.parent_iin"));

        // A minor applying in person is not presented by anyone.
        Application self = selfDomestic();
        self.subject = a.subject;
        QVERIFY(IntakeChecks::problems(check(self)).isEmpty());
    }

    void apostille()
    {
        Application a = selfDomestic();
        a.purpose = Application::Purpose::Apostille;
        a.country = QStringLiteral("de");
        a.fee.amount = 2163;
        a.fee.paymentRef = QStringLiteral("KASPI-778899");
        QVERIFY2(IntakeChecks::problems(check(a)).isEmpty(), qPrintable(describe(check(a))));

        Application vn = a;
        vn.country = QStringLiteral("VN");
        CheckResult r = onlyProblem(check(vn));
        QCOMPARE(r.rule, QStringLiteral("apostille_in_force"));
        QCOMPARE(r.outcome, Outcome::Refused);
        QVERIFY2(r.message.startsWith(QLatin1String("Country of destination: ")), qPrintable(r.message));
        QVERIFY(r.message.contains(QLatin1String("11.09.2026")));
        QVERIFY(IntakeChecks::problems(check(vn, QDate(2026, 9, 11))).isEmpty());

        // Not a party: an apostille there is useless, so no supervisor may pass it, and no
        // fee is asked for it.
        Application ae = a;
        ae.country = QStringLiteral("AE");
        ae.fee.paymentRef.clear();
        QCOMPARE(IntakeChecks::problems(check(ae)).size(), 1);
        r = onlyProblem(check(ae));
        QCOMPARE(r.rule, QStringLiteral("apostille_in_force"));
        QVERIFY(r.message.contains(QLatin1String("consular legalization")));
        QVERIFY(r.isProblem());
        QVERIFY(!r.canOverride());
        QCOMPARE(r.outcome, Outcome::Barred);
        QVERIFY2(r.message.contains(QLatin1String("no override")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("for travel abroad without an apostille")),
            qPrintable(r.message));
        // Not yet in force is still the supervisor's to pass (the paper may be used later).
        QVERIFY(onlyProblem(check(vn)).canOverride());

        Application home = a;
        home.country = QStringLiteral("KZ");
        QCOMPARE(onlyProblem(check(home)).rule, QStringLiteral("country_valid"));

        Application unpaid = a;
        unpaid.fee.paymentRef = QStringLiteral("   ");
        r = onlyProblem(check(unpaid));
        QCOMPARE(r.rule, QStringLiteral("apostille_payment"));
        QVERIFY(r.message.contains(QLatin1String("2163 tenge")));

        Application ru = a;
        ru.country = QStringLiteral("RU");
        ru.fee.paymentRef.clear(); // no fee is asked before the recipient was told
        r = onlyProblem(check(ru));
        QCOMPARE(r.rule, QStringLiteral("apostille_not_needed"));
        QCOMPARE(r.outcome, Outcome::Invalid);
        QVERIFY(r.message.contains(QLatin1String("needs no apostille")));
        ru.noApostilleNeededAcknowledged = true;
        QCOMPARE(onlyProblem(check(ru)).rule, QStringLiteral("apostille_payment"));
        ru.fee.paymentRef = QStringLiteral("KASPI-1");
        const auto results = check(ru);
        QVERIFY(IntakeChecks::problems(results).isEmpty());
        bool warned = false;
        for (const CheckResult &c : results)
            warned = warned || (c.rule == QLatin1String("apostille_not_needed") && c.outcome == Outcome::Warning);
        QVERIFY(warned);

        Application abroad = a;
        abroad.purpose = Application::Purpose::Abroad;
        abroad.country = QStringLiteral("AE");
        abroad.fee.paymentRef.clear();
        QVERIFY(IntakeChecks::problems(check(abroad)).isEmpty());
    }

    // Which document the one at the counter shows follows the person's age on the day:
    // the presenter page shows that group only.
    void presenterDocumentFollowsAge()
    {
        using Doc = IntakeChecks::PresenterDocument;
        Application adult = representative();
        QCOMPARE(IntakeChecks::presenterDocument(adult, kToday), Doc::PowerOfAttorney);
        adult.presenter.kind = Kind::Parent; // a parent presenting an adult child
        QCOMPARE(IntakeChecks::presenterDocument(adult, kToday), Doc::PowerOfAttorney);
        adult.presenter.kind = Kind::Self;
        QCOMPARE(IntakeChecks::presenterDocument(adult, kToday), Doc::None);

        const QString child = makeIin(QDate(2012, 5, 14), true);
        Application minor = parentOfMinor(child);
        QCOMPARE(IntakeChecks::presenterDocument(minor, kToday), Doc::BirthCertificate);
        // The day the child turns 18 the parent needs a power of attorney instead.
        QCOMPARE(IntakeChecks::presenterDocument(minor, QDate(2030, 5, 14)), Doc::PowerOfAttorney);
        QCOMPARE(IntakeChecks::presenterDocument(minor, QDate(2030, 5, 13)), Doc::BirthCertificate);
        // No document lets anyone else bring a minor.
        minor.presenter.kind = Kind::Representative;
        QCOMPARE(IntakeChecks::presenterDocument(minor, kToday), Doc::None);
        // No age yet: nothing to ask for.
        minor.subject.iin = QStringLiteral("12345");
        QCOMPARE(IntakeChecks::presenterDocument(minor, kToday), Doc::None);
    }

    void previousData()
    {
        Application a = selfDomestic();
        a.subject.previous.present = true;
        CheckResult r = IntakeChecks::problems(check(a)).value(0);
        QCOMPARE(r.field, QStringLiteral("subject.previous"));

        a.subject.previous.name.surname = QStringLiteral("Серикова");
        a.subject.previous.document = {QStringLiteral("свидетельство о браке"), QStringLiteral("123"),
                                       QDate(2015, 8, 1), QStringLiteral("ЗАГС")};
        QVERIFY2(IntakeChecks::problems(check(a)).isEmpty(), qPrintable(describe(check(a))));
        a.subject.previous.document.number.clear();
        QCOMPARE(onlyProblem(check(a)).field, QStringLiteral("subject.previous.document.number"));
    }

    void namesAndPhone()
    {
        Application a = selfDomestic();
        a.subject.name.givenName = QStringLiteral("Aйгуль3");
        CheckResult r = onlyProblem(check(a));
        QCOMPARE(r.rule, QStringLiteral("name_valid"));
        QVERIFY2(r.message.startsWith(QLatin1String("Name of the person: contains the digit")), qPrintable(r.message));

        a = selfDomestic();
        a.subject.name.surname = QStringLiteral("Жanna"); // Cyrillic-only Ж with Latin-only n
        QVERIFY(onlyProblem(check(a)).message.contains(QLatin1String("mixes Cyrillic")));

        QString error;
        QCOMPARE(IntakeChecks::normalizePhone(QStringLiteral("+7 701 234 5678"), &error), QStringLiteral("+77012345678"));
        QCOMPARE(IntakeChecks::normalizePhone(QStringLiteral("7012345678"), &error), QStringLiteral("+77012345678"));
        QCOMPARE(IntakeChecks::normalizePhone(QStringLiteral("+49 30 1234567"), &error), QStringLiteral("+49301234567"));
        QVERIFY(IntakeChecks::normalizePhone(QStringLiteral("12345"), &error).isEmpty());
        QVERIFY(IntakeChecks::normalizePhone(QStringLiteral("+7 701 234 567"), &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("11 digits")));
        QVERIFY(IntakeChecks::normalizePhone(QStringLiteral("8701abc"), &error).isEmpty());

        a = selfDomestic();
        a.phone = QStringLiteral("call me");
        QCOMPARE(onlyProblem(check(a)).rule, QStringLiteral("phone_valid"));
    }

    void sectionsAndRecord()
    {
        Application a = representative();
        a.presenter.poa.issuedOn = QDate();
        a.identity.expiresOn = QDate(2026, 1, 1);
        const auto presenter = IntakeChecks::run(IntakeChecks::normalized(a), {kToday, nullptr}, IntakeSection::Presenter);
        for (const CheckResult &r : presenter)
            QCOMPARE(r.section, IntakeSection::Presenter);
        QCOMPARE(IntakeChecks::problems(presenter).size(), 1);

        const QJsonArray json = IntakeChecks::toJson(check(a));
        QStringList overridden;
        for (const auto &v : json) {
            if (v.toObject().value(QLatin1String("result")).toString() == QLatin1String("overridden"))
                overridden.append(v.toObject().value(QLatin1String("rule")).toString());
        }
        QCOMPARE(overridden, (QStringList{QStringLiteral("poa_dated"), QStringLiteral("identity_document_valid")}));
    }

    void applicationRoundTrip()
    {
        Application a = IntakeChecks::normalized(representative());
        a.purpose = Application::Purpose::Apostille;
        a.country = QStringLiteral("DE");
        a.fee = {2163, 4325, QStringLiteral("REF-1")};
        a.subject.previous.present = true;
        a.subject.previous.birthDate = QDate(1987, 10, 9);
        a.subject.previous.document = {QStringLiteral("решение суда"), QStringLiteral("7"), QDate(2001, 1, 1), QString()};
        const QJsonObject json = a.toJson();
        QCOMPARE(json.value(QLatin1String("result_form")).toString(), QStringLiteral("paper"));
        QCOMPARE(json.value(QLatin1String("fee")).toObject().value(QLatin1String("currency")).toString(), QStringLiteral("KZT"));
        QCOMPARE(json.value(QLatin1String("presenter")).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("representative"));
        const Application b = Application::fromJson(json);
        QCOMPARE(b.toJson(), json);
    }
};

QTEST_GUILESS_MAIN(TestIntakeChecks)
#include "tst_intakechecks.moc"
