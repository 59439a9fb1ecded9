#include <QSet>
#include <QTest>

#include "domain/AppealChecks.h"

using certdesk::Appeal;
using certdesk::AppealChecks;
using certdesk::CompliancePoint;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kReceived(2026, 3, 2);

/// An appeal that states everything DOMAIN.md section 7 asks for.
Appeal complete()
{
    Appeal a;
    a.about = Appeal::About::Action;
    a.applicant.name = {u"Жумабаев"_s, u"Ерлан"_s, u"Серикович"_s};
    a.applicant.iin = u"760212350620"_s;
    a.applicant.address = u"г. Алматы, ул. Абая, 10, кв. 5"_s;
    a.addressee = u"Директор филиала"_s;
    a.essence = u"Отказали в приёме без объяснения причин"_s;
    a.date = kReceived;
    a.isSigned = true;
    a.learnedOn = QDate(2026, 2, 27);
    return a;
}

QStringList fields(const QList<CompliancePoint> &points)
{
    QStringList out;
    for (const CompliancePoint &p : points)
        out.append(p.field + u'/' + p.problem);
    return out;
}

} // namespace

/// The points an applicant must bring into compliance: every gap in what an appeal must state
/// becomes one, none blocks acceptance, and each has words of its own (English through tr()
/// for the clerk; the receipt prints their Kazakh and Russian from the translation files).
class TestAppealChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeHasNoPoints();
    void emptyAppealListsEverything();
    void individual();
    void legalEntity();
    void representative();
    void datesLaterThanReceipt();
    void appealNeedsNoDayOfLearning();
    void normalizedTrims();
    void everyPointHasItsText();
    void jsonRoundTrip();
};

void TestAppealChecks::completeHasNoPoints()
{
    QCOMPARE(fields(AppealChecks::points(complete(), kReceived)), QStringList());
}

void TestAppealChecks::emptyAppealListsEverything()
{
    Appeal empty;
    empty.about = Appeal::About::Decision;
    QCOMPARE(fields(AppealChecks::points(empty, kReceived)),
        (QStringList {u"applicant.name/missing"_s, u"applicant.iin/missing"_s,
            u"applicant.address/missing"_s, u"addressee/missing"_s, u"essence/missing"_s,
            u"date/missing"_s, u"signature/missing"_s, u"learned_on/missing"_s}));
}

void TestAppealChecks::individual()
{
    Appeal a = complete();
    a.applicant.name.givenName.clear();
    a.applicant.iin = u"871008401428"_s; // check digit wrong
    QCOMPARE(fields(AppealChecks::points(a, kReceived)),
        (QStringList {u"applicant.name/missing"_s, u"applicant.iin/invalid"_s}));

    a = complete();
    a.applicant.iin = u"940140000385"_s; // a BIN where an IIN belongs
    QCOMPARE(fields(AppealChecks::points(a, kReceived)), QStringList {u"applicant.iin/invalid"_s});

    a = complete();
    a.applicant.name.patronymic.clear(); // the patronymic is "if any"
    a.applicant.iin = u"7602 1235 0620"_s;
    QCOMPARE(fields(AppealChecks::points(a, kReceived)), QStringList());
}

void TestAppealChecks::legalEntity()
{
    Appeal a = complete();
    a.applicant.kind = Appeal::ApplicantKind::LegalEntity;
    a.applicant.name = {};
    a.applicant.iin.clear();
    QCOMPARE(fields(AppealChecks::points(a, kReceived)),
        (QStringList {u"applicant.entity_name/missing"_s, u"applicant.bin/missing"_s,
            u"representative/missing"_s}));

    a.applicant.entityName = u"ТОО «Пример»"_s;
    a.applicant.bin = u"871008401427"_s; // an IIN where a BIN belongs
    a.representative.present = true;
    a.representative.name = {u"Ахметов"_s, u"Болат"_s, QString()};
    a.representative.basis = Appeal::Basis::Head; // the head needs no power of attorney
    QCOMPARE(fields(AppealChecks::points(a, kReceived)), QStringList {u"applicant.bin/invalid"_s});

    a.applicant.bin = u"940140000385"_s;
    QCOMPARE(fields(AppealChecks::points(a, kReceived)), QStringList());
    a.representative.basis = Appeal::Basis::PowerOfAttorney;
    QCOMPARE(fields(AppealChecks::points(a, kReceived)),
        QStringList {u"representative.poa/missing"_s});
}

void TestAppealChecks::representative()
{
    Appeal a = complete();
    a.representative.present = true;
    // An individual's representative always acts by a power of attorney, whatever was ticked.
    a.representative.basis = Appeal::Basis::Head;
    QCOMPARE(fields(AppealChecks::points(a, kReceived)),
        (QStringList {u"representative.name/missing"_s, u"representative.poa/missing"_s}));
    a.representative.name = {u"Ахметов"_s, u"Болат"_s, QString()};
    a.representative.poaNumber = u"123"_s;
    QCOMPARE(fields(AppealChecks::points(a, kReceived)),
        QStringList {u"representative.poa/missing"_s});
    a.representative.poaIssuedOn = kReceived.addDays(1);
    QCOMPARE(fields(AppealChecks::points(a, kReceived)),
        QStringList {u"representative.poa/invalid"_s});
    a.representative.poaIssuedOn = kReceived;
    QCOMPARE(fields(AppealChecks::points(a, kReceived)), QStringList());
}

void TestAppealChecks::datesLaterThanReceipt()
{
    Appeal a = complete();
    a.date = kReceived.addDays(1);
    a.learnedOn = kReceived.addDays(3);
    QCOMPARE(fields(AppealChecks::points(a, kReceived)),
        (QStringList {u"date/invalid"_s, u"learned_on/invalid"_s}));
    a.date = kReceived.addDays(-30);
    a.learnedOn = kReceived;
    QCOMPARE(fields(AppealChecks::points(a, kReceived)), QStringList());
}

void TestAppealChecks::appealNeedsNoDayOfLearning()
{
    Appeal a = complete();
    a.about = Appeal::About::Service;
    a.learnedOn = QDate();
    QCOMPARE(fields(AppealChecks::points(a, kReceived)), QStringList());
    a.about = Appeal::About::Inaction;
    QCOMPARE(fields(AppealChecks::points(a, kReceived)), QStringList {u"learned_on/missing"_s});
}

void TestAppealChecks::normalizedTrims()
{
    Appeal a = complete();
    a.applicant.name.surname = u"  Жумабаев  "_s;
    a.applicant.iin = u"760212-350620"_s;
    a.addressee = u"  Директор \n филиала "_s;
    a.essence = u"   "_s;
    const Appeal n = AppealChecks::normalized(a);
    QCOMPARE(n.applicant.name.surname, u"Жумабаев"_s);
    QCOMPARE(n.applicant.iin, u"760212350620"_s);
    QCOMPARE(n.addressee, u"Директор филиала"_s);
    QVERIFY(n.essence.isEmpty());
    QCOMPARE(fields(AppealChecks::points(a, kReceived)), QStringList {u"essence/missing"_s});
}

void TestAppealChecks::everyPointHasItsText()
{
    // Every point some appeal can produce has its own words in each language: none falls
    // back to the bare field name.
    Appeal a;
    a.about = Appeal::About::Decision;
    a.applicant.iin = u"1"_s;
    a.date = kReceived.addDays(1);
    a.learnedOn = kReceived.addDays(1);
    a.representative.present = true;
    Appeal entity;
    entity.applicant.kind = Appeal::ApplicantKind::LegalEntity;
    entity.applicant.bin = u"1"_s;
    entity.about = Appeal::About::Inaction; // and no day of learning
    Appeal entityEmpty;
    entityEmpty.applicant.kind = Appeal::ApplicantKind::LegalEntity;
    Appeal poaLate = complete();
    poaLate.representative.present = true;
    poaLate.representative.poaNumber = u"1"_s;
    poaLate.representative.poaIssuedOn = kReceived.addDays(2);

    QSet<QString> seen;
    QSet<QString> sources;
    for (const Appeal &x : {a, complete(), entity, entityEmpty, poaLate, Appeal()}) {
        for (const CompliancePoint &p : AppealChecks::points(x, kReceived)) {
            seen.insert(p.field + u'/' + p.problem);
            const QString en = AppealChecks::text(p);
            QVERIFY2(en.contains(u':') && en.endsWith(u'.'), qPrintable(en));
            // The receipt prints the Kazakh and Russian of this source (tst_appealreceipt).
            const char *source = AppealChecks::source(p);
            QVERIFY(source);
            QCOMPARE(QString::fromUtf8(source), en); // no translator installed here
            sources.insert(en);
        }
    }
    QCOMPARE(seen.size(), 18); // every entry of the table was reached
    QCOMPARE(sources.size(), 18); // each with words of its own
    QVERIFY(!AppealChecks::source({u"future.field"_s, u"missing"_s}));
}

void TestAppealChecks::jsonRoundTrip()
{
    Appeal empty;
    const QList<CompliancePoint> points = AppealChecks::points(empty, kReceived);
    QVERIFY(!points.isEmpty());
    QCOMPARE(AppealChecks::fromJson(AppealChecks::toJson(points)), points);
}

QTEST_GUILESS_MAIN(TestAppealChecks)
#include "tst_appealchecks.moc"
