// The custody services' refusals, each with the message a clerk reads: results with a field
// missing or wrong, a refusal outside the composite service, dates in the future or before
// the previous step, printing without a certificate, and the pickup lookup by scanned QR,
// typed receipt number and IIN; the collector checked as the counter checks an applicant.

#include <QTest>

#include "tst_lifecycle_fixture.h"

#include "services/CustodyService.h"
#include "services/IssuanceService.h"
#include "services/ResultService.h"

using namespace certdesk;
using namespace certdesk::test;

class TestCustodyService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultsAreChecked();
    void refusalOnlyOnTheCompositeService();
    void datesAreChecked();
    void printingNeedsACertificate();
    void pickupLookup();
    void collectorIsCheckedAsAtIntake();
};

void TestCustodyService::resultsAreChecked()
{
    Workstation w;
    QVERIFY(w.isValid());
    w.setDay(QDate(2026, 3, 2));
    const QString id = w.receive();
    w.setDay(QDate(2026, 3, 5));
    ResultService results(w.clerk);
    QString error;
    CertificateResult r;
    r.date = QDate(2026, 3, 4);
    r.outcome = QStringLiteral("no_record");
    QVERIFY(!results.recordCertificate(id, r, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("Certificate number is empty")), qPrintable(error));
    r.number = QStringLiteral("1");
    r.outcome = QStringLiteral("maybe");
    QVERIFY(!results.recordCertificate(id, r, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("Result is not chosen")), qPrintable(error));
    r.outcome = QStringLiteral("record_found");
    r.date = QDate(2026, 3, 6);
    QVERIFY(!results.recordCertificate(id, r, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("in the future")), qPrintable(error));
    r.date = QDate(2026, 3, 1);
    QVERIFY(!results.recordCertificate(id, r, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("before the application")), qPrintable(error));
    QCOMPARE(w.state(id).status, CaseStatus::Submitted);
    QCOMPARE(w.state(id).eventCount, 1);
    r.date = QDate(2026, 3, 4);
    r.details = QStringLiteral("ст. 190 ч. 1 УК РК");
    CaseState s;
    QVERIFY2(results.recordCertificate(id, r, &s, &error), qPrintable(error));
    QCOMPARE(s.status, CaseStatus::ResultReady);
    QCOMPARE(s.outcome, QStringLiteral("record_found"));
    QCOMPARE(IssuanceService(w.clerk).resultData(id).value(QStringLiteral("details")).toString(),
        QStringLiteral("ст. 190 ч. 1 УК РК"));
    // A second result is not possible now.
    QVERIFY(!results.recordCertificate(id, r, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be recorded now")), qPrintable(error));

    // An electronic case completes with its result: nothing to keep, nothing on the board.
    const QString electronic = w.receive(QStringLiteral("domestic"));
    r.date = QDate(2026, 3, 5);
    QVERIFY2(results.recordCertificate(electronic, r, &s, &error), qPrintable(error));
    QCOMPARE(s.status, CaseStatus::Completed);
    QCOMPARE(w.bucketOf(electronic, QDate(2026, 3, 5)), QString());
    // An unknown case.
    QVERIFY(!results.recordCertificate(QStringLiteral("nope"), r, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("There is no case nope")), qPrintable(error));
}

void TestCustodyService::refusalOnlyOnTheCompositeService()
{
    Workstation w;
    QVERIFY(w.isValid());
    const QString abroad = w.receive(QStringLiteral("abroad"));
    const QString apostille = w.receive(QStringLiteral("apostille"));
    ResultService results(w.clerk);
    QString error;
    const QString reason
        = QStringLiteral("Государство назначения не признаёт апостиль на этом документе");
    QVERIFY(!results.recordRefusal(abroad, reason, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("no grounds to refuse")), qPrintable(error));
    QVERIFY(!results.recordRefusal(apostille, QStringLiteral("no"), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("too short")), qPrintable(error));
    CaseState s;
    QVERIFY2(results.recordRefusal(apostille, reason, &s, &error), qPrintable(error));
    QCOMPARE(s.status, CaseStatus::Refused);
    QCOMPARE(s.refusalReason, reason);
    QVERIFY(s.isClosed());
}

void TestCustodyService::datesAreChecked()
{
    Workstation w;
    QVERIFY(w.isValid());
    w.setDay(QDate(2026, 3, 2));
    const QString id = w.receive();
    CertificateResult r;
    r.number = QStringLiteral("N-1");
    r.date = QDate(2026, 3, 4);
    r.outcome = QStringLiteral("no_record");
    w.setDay(QDate(2026, 3, 6));
    QString error;
    QVERIFY(ResultService(w.clerk).recordCertificate(id, r, nullptr, &error));
    CustodyService custody(w.clerk);
    QVERIFY(!custody.recordArrival(id, QDate(2026, 3, 7), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("Arrival date 07.03.2026 is in the future")),
        qPrintable(error));
    QVERIFY(!custody.recordArrival(id, QDate(2026, 3, 3), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("before 04.03.2026")), qPrintable(error));
    // Back-dated to yesterday: custody runs from then.
    CaseState s;
    QVERIFY2(custody.recordArrival(id, QDate(2026, 3, 5), &s, &error), qPrintable(error));
    QCOMPARE(s.arrivedOn, QDate(2026, 3, 5));
    QCOMPARE(s.branchCustodyUntil, QDate(2026, 4, 5));
    // Not twice.
    QVERIFY(!custody.recordArrival(id, QDate(), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("at the branch")), qPrintable(error));
    // A return is asked only of a paper with the provider.
    QVERIFY(!custody.requestReturn(id, nullptr, &error));
}

void TestCustodyService::printingNeedsACertificate()
{
    Workstation w;
    QVERIFY(w.isValid());
    const QString id = w.receive();
    QString error;
    QVERIFY(!IssuanceService(w.clerk).recordPrint(id, nullptr, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be recorded now")), qPrintable(error));
    QCOMPARE(w.state(id).prints, 0);
}

void TestCustodyService::pickupLookup()
{
    Workstation w;
    QVERIFY(w.isValid());
    w.setDay(QDate(2026, 3, 2));
    const QString first = w.receive(
        QStringLiteral("abroad"), QStringLiteral("Жумабаев"), QStringLiteral("760212350620"));
    const QString other = w.receive(
        QStringLiteral("abroad"), QStringLiteral("Касымова"), QStringLiteral("871008401427"));
    const QString second = w.receive(
        QStringLiteral("domestic"), QStringLiteral("Жумабаев"), QStringLiteral("760212350620"));
    const QString receipt = w.receiptOf(first);
    QCOMPARE(receipt.size(), 17);
    IssuanceService issuance(w.clerk);
    QList<CaseState> found;
    QString error;
    // Scanned from the receipt's QR: the 17 digits.
    QVERIFY2(issuance.findForPickup(receipt, &found, &error), qPrintable(error));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().caseId, first);
    // Typed with the groups as printed.
    QVERIFY2(issuance.findForPickup(
                 u' ' + ReceiptNumber::format(w.receiptOf(other)) + u' ', &found, &error),
        qPrintable(error));
    QCOMPARE(found.first().caseId, other);
    // A verification link with the number in it.
    QVERIFY(issuance.findForPickup(
        QStringLiteral("https://certdesk.example/r?receipt=") + receipt, &found, &error));
    QCOMPARE(found.first().caseId, first);
    // The IIN: both of the person's cases.
    QVERIFY(issuance.findForPickup(QStringLiteral("760212 350620"), &found, &error));
    QCOMPARE(found.size(), 2);
    QVERIFY(found.first().caseId == first || found.first().caseId == second);
    // A mistyped digit is caught by the check digit, not sent to another case.
    QString wrong = receipt;
    wrong[10] = wrong.at(10) == u'9' ? u'8' : QChar(wrong.at(10).unicode() + 1);
    QVERIFY(!issuance.findForPickup(wrong, &found, &error));
    QVERIFY2(error.contains(QStringLiteral("not valid")), qPrintable(error));
    QVERIFY(!issuance.findForPickup(QStringLiteral("hello"), &found, &error));
    QVERIFY2(error.contains(QStringLiteral("No case matches")), qPrintable(error));
}

void TestCustodyService::collectorIsCheckedAsAtIntake()
{
    Workstation w;
    QVERIFY(w.isValid());
    w.setDay(QDate(2026, 3, 2));
    const QString id = w.receive();
    CertificateResult r;
    r.number = QStringLiteral("N-2");
    r.date = QDate(2026, 3, 2);
    r.outcome = QStringLiteral("no_record");
    QString error;
    QVERIFY(ResultService(w.clerk).recordCertificate(id, r, nullptr, &error));
    QVERIFY(CustodyService(w.clerk).recordArrival(id, QDate(), nullptr, &error));
    w.setDay(QDate(2026, 3, 10));
    IssuanceService issuance(w.clerk);

    Collector expired = Workstation::self();
    expired.identity.expiresOn = QDate(2026, 3, 9);
    QVERIFY(!issuance.issue(id, expired, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be handed over")), qPrintable(error));

    Collector noPoa = Workstation::representative(QDate(2026, 1, 10));
    noPoa.presenter.poa = Application::PowerOfAttorney();
    QVERIFY(!issuance.issue(id, noPoa, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("power of attorney")), qPrintable(error));

    Collector oldPoa = Workstation::representative(QDate(2025, 3, 1)); // no term: 1 year
    QVERIFY(!issuance.issue(id, oldPoa, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("expired")), qPrintable(error));

    Collector otherPrincipal = Workstation::representative(QDate(2026, 1, 10));
    otherPrincipal.presenter.poa.principalIin = QStringLiteral("871008401427");
    QVERIFY(!issuance.issue(id, otherPrincipal, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("760212350620")), qPrintable(error));

    QCOMPARE(w.state(id).status, CaseStatus::AtBranch);
    // A clerk may issue; the checks are kept on the event.
    CaseState s;
    QVERIFY2(issuance.issue(id, Workstation::representative(QDate(2026, 1, 10)), &s, &error),
        qPrintable(error));
    QCOMPARE(s.status, CaseStatus::Issued);
    QCOMPARE(s.issuedOn, QDate(2026, 3, 10));
}

QTEST_GUILESS_MAIN(TestCustodyService)
#include "tst_custodyservice.moc"
