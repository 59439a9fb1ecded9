// The whole life of a paper certificate, driven by the injectable clock across month ends,
// holidays and a leap year: collected in the first month; returned from the provider and
// collected; never collected and archived; issued twice from two workstations. At each step
// the case's state and the supervisor board at chosen dates are asserted.

#include <QTest>
#include <QTimeZone>

#include "tst_lifecycle_fixture.h"

#include "services/CustodyService.h"
#include "services/IssuanceService.h"
#include "services/ResultService.h"
#include "services/TransferService.h"
#include "storage/EventStore.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kAtBranch = QStringLiteral("at_branch");
const QString kDueForTransfer = QStringLiteral("due_for_transfer");
const QString kAtProvider = QStringLiteral("at_provider");
const QString kReturnRequested = QStringLiteral("return_requested");
const QString kToArchive = QStringLiteral("to_archive");

CertificateResult certificate(const QString &number, const QDate &date)
{
    CertificateResult r;
    r.number = number;
    r.date = date;
    r.outcome = QStringLiteral("no_record");
    return r;
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private:
    /// count cases received on `received`, their results on `resulted`, their papers
    /// arrived on `arrived` (the clock only moves forward, as a workstation's does).
    QStringList papersAtBranch(Workstation &w, const QDate &received, const QDate &resulted,
        const QDate &arrived, int count)
    {
        w.setDay(received);
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids.append(w.receive());
        w.setDay(resulted);
        QString error;
        const CertificateResult result = certificate(
            QStringLiteral("KZ-%1").arg(resulted.toString(QStringLiteral("yyMMdd"))), resulted);
        for (const QString &id : std::as_const(ids)) {
            if (!ResultService(w.clerk).recordCertificate(id, result, nullptr, &error))
                qWarning("result: %s", qPrintable(error));
        }
        w.setDay(arrived);
        for (const QString &id : std::as_const(ids)) {
            if (!CustodyService(w.clerk).recordArrival(id, QDate(), nullptr, &error))
                qWarning("arrival: %s", qPrintable(error));
        }
        return ids;
    }

    QString paperAtBranch(
        Workstation &w, const QDate &received, const QDate &resulted, const QDate &arrived)
    {
        return papersAtBranch(w, received, resulted, arrived, 1).first();
    }

private Q_SLOTS:
    void collectedInTheFirstMonth();
    void returnedFromTheProviderAndCollected();
    void neverCollectedAndArchivedInALeapYear();
    void twoWorkstationsIssueTheSameCertificate();
    void onlineOrderBecomesACaseAtTheBranch();
    void printedAtTheBranchStartsCustody();
};

void TestLifecycle::collectedInTheFirstMonth()
{
    Workstation w;
    QVERIFY(w.isValid());
    // Arrives on the last Friday of February: custody runs to 27 March (a Friday).
    const QString id = paperAtBranch(w, QDate(2026, 2, 20), QDate(2026, 2, 26), QDate(2026, 2, 27));
    CaseState s = w.state(id);
    QCOMPARE(s.status, CaseStatus::AtBranch);
    QCOMPARE(s.arrivedOn, QDate(2026, 2, 27));
    QCOMPARE(s.branchCustodyUntil, QDate(2026, 3, 27));
    QCOMPARE(s.providerCustodyUntil, QDate(2026, 5, 27));

    QCOMPARE(w.bucketOf(id, QDate(2026, 3, 2)), kAtBranch);
    BoardEntry e = w.entry(id, QDate(2026, 3, 2));
    QCOMPARE(e.due, QDate(2026, 3, 27));
    QCOMPARE(e.daysLeft, 25);
    QCOMPARE(w.entry(id, QDate(2026, 3, 27)).daysLeft, 0);
    QCOMPARE(w.bucketOf(id, QDate(2026, 3, 27)), kAtBranch);
    // Saturday after custody: due for transfer, on Monday 30 March.
    QCOMPARE(w.bucketOf(id, QDate(2026, 3, 28)), kDueForTransfer);
    e = w.entry(id, QDate(2026, 3, 28));
    QCOMPARE(e.due, QDate(2026, 3, 30));
    QVERIFY(!e.today);
    QVERIFY(!e.overdue);

    // The representative comes on 20 March with a notarized power of attorney.
    w.setDay(QDate(2026, 3, 20), QTime(15, 30));
    QString error;
    CaseState after;
    QVERIFY2(IssuanceService(w.clerk).issue(
                 id, Workstation::representative(QDate(2025, 12, 1)), &after, &error),
        qPrintable(error));
    QCOMPARE(after.status, CaseStatus::Issued);
    QCOMPARE(after.issuedOn, QDate(2026, 3, 20));
    QCOMPARE(after.issuedTo, QStringLiteral("representative"));
    QVERIFY(after.anomalies.isEmpty());
    QCOMPARE(w.bucketOf(id, QDate(2026, 3, 20)), QString());
    QCOMPARE(w.bucketOf(id, QDate(2026, 4, 20)), QString());

    QList<JournalLine> lines;
    QVERIFY2(
        IssuanceService(w.clerk).journal(QDate(2026, 3, 20), QDate(2026, 3, 20), &lines, &error),
        qPrintable(error));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().number, 1);
    QCOMPARE(lines.first().collectorKind, QStringLiteral("representative"));
    QCOMPARE(lines.first().collectorName, QStringLiteral("Касымова Айгуль Маратовна"));
    QCOMPARE(lines.first().poa.registrationNumber, QStringLiteral("1-2345"));
    QCOMPARE(lines.first().poa.issuedOn, QDate(2025, 12, 1));
    QCOMPARE(lines.first().document.number, QStringLiteral("N12345678"));
    QCOMPARE(lines.first().clerk, QStringLiteral("clerk"));
    QCOMPARE(lines.first().certificateNumber, QStringLiteral("KZ-260226"));

    // A second handing over of the same paper is refused before anything is written.
    QVERIFY(!IssuanceService(w.clerk).issue(id, Workstation::self(), nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("already issued")));
    QCOMPARE(w.state(id).anomalies.size(), 0);
}

void TestLifecycle::returnedFromTheProviderAndCollected()
{
    Workstation w;
    QVERIFY(w.isValid());
    // Arrives on 23 February: branch custody ends on Monday 23 March, Nauryz, and the
    // next working day is Thursday 26 March (23-25 March are days off).
    const QStringList ids
        = papersAtBranch(w, QDate(2026, 2, 13), QDate(2026, 2, 20), QDate(2026, 2, 23), 2);
    const QString id = ids.at(0);
    const QString other = ids.at(1);
    QCOMPARE(w.state(id).branchCustodyUntil, QDate(2026, 3, 23));
    QCOMPARE(w.bucketOf(id, QDate(2026, 3, 23)), kAtBranch);
    QCOMPARE(w.bucketOf(id, QDate(2026, 3, 24)), kDueForTransfer);
    BoardEntry e = w.entry(id, QDate(2026, 3, 24));
    QCOMPARE(e.due, QDate(2026, 3, 26));
    QVERIFY(!e.today && !e.overdue);
    QVERIFY(w.board(QDate(2026, 3, 24)).sweep().bucket(BoardBucket::DueForTransfer).isEmpty());
    e = w.entry(id, QDate(2026, 3, 26));
    QVERIFY(e.today && !e.overdue);
    QCOMPARE(w.board(QDate(2026, 3, 26)).sweep().bucket(BoardBucket::DueForTransfer).size(), 2);
    e = w.entry(id, QDate(2026, 3, 27));
    QVERIFY(!e.today && e.overdue);
    QCOMPARE(e.daysLeft, -1);

    QString error;
    // Only a supervisor transfers, and only once branch custody is over.
    w.setDay(QDate(2026, 3, 20));
    QVERIFY(!TransferService(w.clerk).transfer({id}, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("supervisor")), qPrintable(error));
    QVERIFY(!TransferService(w.supervisor).transfer({id}, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("24.03.2026")), qPrintable(error));
    QCOMPARE(w.state(id).status, CaseStatus::AtBranch);

    w.setDay(QDate(2026, 3, 26), QTime(11, 0));
    TransferResult act;
    QVERIFY2(TransferService(w.supervisor).transfer({id}, &act, &error), qPrintable(error));
    QVERIFY2(act.act.endsWith(QStringLiteral("-260326-1")), qPrintable(act.act));
    QCOMPARE(act.cases.size(), 1);
    QCOMPARE(act.cases.first().status, CaseStatus::AtProvider);
    TransferResult second;
    QVERIFY2(TransferService(w.supervisor).transfer({other}, &second, &error), qPrintable(error));
    QVERIFY2(second.act.endsWith(QStringLiteral("-260326-2")), qPrintable(second.act));

    CaseState s = w.state(id);
    QCOMPARE(s.status, CaseStatus::AtProvider);
    QCOMPARE(s.transferredOn, QDate(2026, 3, 26));
    QCOMPARE(s.transferAct, act.act);
    QCOMPARE(s.providerCustodyUntil, QDate(2026, 5, 23));
    QCOMPARE(w.bucketOf(id, QDate(2026, 4, 1)), kAtProvider);
    QCOMPARE(w.entry(id, QDate(2026, 4, 1)).daysLeft, 52);

    // Issuing while the paper is with the provider is refused.
    w.setDay(QDate(2026, 4, 3));
    QVERIFY(!IssuanceService(w.clerk).issue(id, Workstation::self(), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("only while it is at the branch")), qPrintable(error));

    // The person comes on Friday 3 April: the provider owes it back on Monday 6 April.
    QVERIFY2(CustodyService(w.clerk).requestReturn(id, &s, &error), qPrintable(error));
    QCOMPARE(s.status, CaseStatus::ReturnRequested);
    QCOMPARE(s.returnDue, QDate(2026, 4, 6));
    QCOMPARE(w.bucketOf(id, QDate(2026, 4, 3)), kReturnRequested);
    e = w.entry(id, QDate(2026, 4, 6));
    QVERIFY(e.today && !e.overdue);
    QCOMPARE(w.board(QDate(2026, 4, 6)).sweep().bucket(BoardBucket::ReturnRequested).size(), 1);
    QVERIFY(w.board(QDate(2026, 4, 3)).sweep().bucket(BoardBucket::ReturnRequested).isEmpty());
    e = w.entry(id, QDate(2026, 4, 7));
    QVERIFY(e.overdue);

    // Back on 7 April (a day late); it waits for the person at the branch.
    w.setDay(QDate(2026, 4, 7));
    QVERIFY2(CustodyService(w.clerk).recordReturned(id, QDate(), &s, &error), qPrintable(error));
    QCOMPARE(s.status, CaseStatus::AtBranch);
    QCOMPARE(s.returnedOn, QDate(2026, 4, 7));
    QCOMPARE(w.bucketOf(id, QDate(2026, 4, 8)), kAtBranch);
    e = w.entry(id, QDate(2026, 4, 8));
    QVERIFY(e.returned);
    QCOMPARE(e.due, QDate(2026, 5, 23));
    // Not collected by the end of the three months: back to the provider, from Monday 25 May.
    QCOMPARE(w.bucketOf(id, QDate(2026, 5, 24)), kDueForTransfer);
    QCOMPARE(w.entry(id, QDate(2026, 5, 24)).due, QDate(2026, 5, 25));

    w.setDay(QDate(2026, 4, 8), QTime(9, 15));
    QVERIFY2(
        IssuanceService(w.clerk).issue(id, Workstation::self(), &s, &error), qPrintable(error));
    QCOMPARE(s.status, CaseStatus::Issued);
    QCOMPARE(s.issuedTo, QStringLiteral("self"));
    QVERIFY(s.anomalies.isEmpty());
    QCOMPARE(w.bucketOf(id, QDate(2026, 4, 8)), QString());
}

void TestLifecycle::neverCollectedAndArchivedInALeapYear()
{
    Workstation w;
    QVERIFY(w.isValid());
    // 31 January 2024 + 1 month = 29 February (a leap day); + 3 months = 30 April.
    const QString id = paperAtBranch(w, QDate(2024, 1, 22), QDate(2024, 1, 29), QDate(2024, 1, 31));
    CaseState s = w.state(id);
    QCOMPARE(s.branchCustodyUntil, QDate(2024, 2, 29));
    QCOMPARE(s.providerCustodyUntil, QDate(2024, 4, 30));
    QCOMPARE(w.entry(id, QDate(2024, 2, 29)).daysLeft, 0);
    QCOMPARE(w.bucketOf(id, QDate(2024, 3, 1)), kDueForTransfer);
    QVERIFY(w.entry(id, QDate(2024, 3, 1)).today);

    QString error;
    w.setDay(QDate(2024, 3, 1));
    TransferResult act;
    QVERIFY2(TransferService(w.supervisor).transfer({id}, &act, &error), qPrintable(error));
    QCOMPARE(w.bucketOf(id, QDate(2024, 4, 30)), kAtProvider);
    QCOMPARE(w.entry(id, QDate(2024, 4, 30)).daysLeft, 0);
    // 1 May is a holiday: archiving is due on Thursday 2 May.
    QCOMPARE(w.bucketOf(id, QDate(2024, 5, 1)), kToArchive);
    BoardEntry e = w.entry(id, QDate(2024, 5, 1));
    QCOMPARE(e.due, QDate(2024, 5, 2));
    QVERIFY(!e.today && !e.overdue);
    QVERIFY(w.board(QDate(2024, 5, 1)).sweep().bucket(BoardBucket::ToArchive).isEmpty());
    QVERIFY(w.entry(id, QDate(2024, 5, 2)).today);
    QCOMPARE(w.board(QDate(2024, 5, 2)).sweep().bucket(BoardBucket::ToArchive).size(), 1);
    QVERIFY(w.entry(id, QDate(2024, 5, 3)).overdue);

    // Not before the provider's custody ends; not by a clerk.
    w.setDay(QDate(2024, 4, 30));
    QVERIFY(!CustodyService(w.supervisor).archive({id}, QDate(), QString(), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("01.05.2024")), qPrintable(error));
    w.setDay(QDate(2024, 5, 2));
    QVERIFY(!CustodyService(w.clerk).archive({id}, QDate(), QString(), nullptr, &error));
    QList<CaseState> archived;
    QVERIFY2(CustodyService(w.supervisor)
                 .archive({id}, QDate(), QStringLiteral("ОП-2024/117"), &archived, &error),
        qPrintable(error));
    QCOMPARE(archived.size(), 1);
    QCOMPARE(archived.first().status, CaseStatus::Archived);
    QCOMPARE(archived.first().archivedOn, QDate(2024, 5, 2));
    QCOMPARE(archived.first().closedOn, QDate(2024, 5, 2));
    QCOMPARE(w.bucketOf(id, QDate(2024, 5, 3)), QString());
}

void TestLifecycle::twoWorkstationsIssueTheSameCertificate()
{
    Workstation a;
    Workstation b;
    QVERIFY(a.isValid() && b.isValid());
    QVERIFY(a.db().deviceId() != b.db().deviceId());
    const QString id
        = paperAtBranch(a, QDate(2025, 12, 22), QDate(2025, 12, 26), QDate(2025, 12, 29));

    // Workstation b holds the same case (as after a sync).
    EventStore storeA(a.db(), a.clock());
    EventStore storeB(b.db(), b.clock());
    QString error;
    int inserted = 0;
    QVERIFY2(
        storeB.insertForeign(storeA.caseEvents(id), false, &inserted, &error), qPrintable(error));
    QCOMPARE(inserted, 3);
    QCOMPARE(b.state(id).status, CaseStatus::AtBranch);

    // Offline from each other, both hand it over on 5 January 2026.
    a.setDay(QDate(2026, 1, 5), QTime(10, 0));
    b.setDay(QDate(2026, 1, 5), QTime(10, 5));
    QVERIFY2(IssuanceService(a.clerk).issue(id, Workstation::self(), nullptr, &error),
        qPrintable(error));
    QVERIFY2(IssuanceService(b.clerk).issue(
                 id, Workstation::representative(QDate(2025, 6, 1)), nullptr, &error),
        qPrintable(error));

    // Sync both ways: both issued events survive, the fold flags the later one.
    QVERIFY(storeA.insertForeign(storeB.caseEvents(id), false, &inserted, &error));
    QCOMPARE(inserted, 1);
    QVERIFY(storeB.insertForeign(storeA.caseEvents(id), false, &inserted, &error));
    QCOMPARE(inserted, 1);
    for (Workstation *w : {&a, &b}) {
        const CaseState s = w->state(id);
        QCOMPARE(s.status, CaseStatus::Issued);
        QCOMPARE(s.issuedTo, QStringLiteral("self"));
        QCOMPARE(s.anomalies.size(), 1);
        QCOMPARE(s.anomalies.first().code, QStringLiteral("issued_twice"));
        QCOMPARE(s.anomalies.first().device, b.db().deviceId());
        const Board board = w->board(QDate(2026, 1, 6));
        QCOMPARE(board.bucket(BoardBucket::Anomalies).size(), 1);
        const BoardEntry e = board.bucket(BoardBucket::Anomalies).first();
        QCOMPARE(e.caseId, id);
        QCOMPARE(e.codes, QStringLiteral("issued_twice"));
        QCOMPARE(e.due, QDate(2026, 1, 5));
    }
    // The journal lists the handing over the fold accepted, once.
    QList<JournalLine> lines;
    QVERIFY(IssuanceService(b.clerk).journal(QDate(2026, 1, 5), QDate(2026, 1, 5), &lines, &error));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().collectorKind, QStringLiteral("self"));
}

void TestLifecycle::onlineOrderBecomesACaseAtTheBranch()
{
    Workstation w;
    QVERIFY(w.isValid());
    // The provider's event, as `certdeskctl events import` brings it in.
    Event order = Event::make(EventType::OnlineOrder, Event::newId(),
        QJsonObject {{QStringLiteral("receipt"), QStringLiteral("EGOV-2026-778812")},
            {QStringLiteral("purpose"), QStringLiteral("abroad")},
            {QStringLiteral("result_form"), QStringLiteral("paper")},
            {QStringLiteral("subject"),
                QJsonObject {{QStringLiteral("iin"), QStringLiteral("871008401427")},
                    {QStringLiteral("surname"), QStringLiteral("Касымова")},
                    {QStringLiteral("given_name"), QStringLiteral("Айгуль")}}},
            {QStringLiteral("certificate_number"), QStringLiteral("E-55102")},
            {QStringLiteral("certificate_date"), QStringLiteral("2026-06-29")},
            {QStringLiteral("outcome"), QStringLiteral("no_record")}});
    order.branch = QStringLiteral("7501");
    order.by = QStringLiteral("provider");
    order.device = QStringLiteral("provider");
    order.at = QDateTime(QDate(2026, 6, 29), QTime(6, 0), QTimeZone::utc());
    QString error;
    int inserted = 0;
    QVERIFY2(EventStore(w.db(), w.clock()).insertForeign({order}, false, &inserted, &error),
        qPrintable(error));
    QCOMPARE(w.state(order.caseId).status, CaseStatus::ResultReady);
    QCOMPARE(w.state(order.caseId).channel, QStringLiteral("online"));

    // The paper came on 30 June, recorded a day later: custody runs by months, to 30 July.
    w.setDay(QDate(2026, 7, 1));
    CaseState s;
    QVERIFY2(CustodyService(w.clerk).recordArrival(order.caseId, QDate(2026, 6, 30), &s, &error),
        qPrintable(error));
    QCOMPARE(s.arrivedOn, QDate(2026, 6, 30));
    QCOMPARE(s.branchCustodyUntil, QDate(2026, 7, 30));
    QCOMPARE(w.bucketOf(order.caseId, QDate(2026, 7, 1)), kAtBranch);
    QCOMPARE(w.entry(order.caseId, QDate(2026, 7, 1)).receipt, QStringLiteral("EGOV-2026-778812"));

    // Picked up by scanning: the online receipt is looked up as written.
    QList<CaseState> found;
    QVERIFY2(
        IssuanceService(w.clerk).findForPickup(QStringLiteral("EGOV-2026-778812"), &found, &error),
        qPrintable(error));
    QCOMPARE(found.size(), 1);
    Collector c = Workstation::self();
    QVERIFY2(IssuanceService(w.clerk).issue(order.caseId, c, &s, &error), qPrintable(error));
    QCOMPARE(s.status, CaseStatus::Issued);
}

void TestLifecycle::printedAtTheBranchStartsCustody()
{
    Workstation w;
    QVERIFY(w.isValid());
    w.setDay(QDate(2027, 1, 25));
    const QString id = w.receive(QStringLiteral("apostille"));
    QString error;
    w.setDay(QDate(2027, 1, 29));
    QVERIFY2(ResultService(w.clerk).recordCertificate(
                 id, certificate(QStringLiteral("A-1"), QDate(2027, 1, 29)), nullptr, &error),
        qPrintable(error));
    int copy = 0;
    CaseState s;
    QVERIFY2(IssuanceService(w.clerk).recordPrint(id, &copy, &s, &error), qPrintable(error));
    QCOMPARE(copy, 1);
    QCOMPARE(s.status, CaseStatus::AtBranch);
    QCOMPARE(s.arrivedOn, QDate(2027, 1, 29));
    // 29 January + 1 month: 28 February 2027 (no leap day), a Sunday; due Monday 1 March.
    QCOMPARE(s.branchCustodyUntil, QDate(2027, 2, 28));
    QCOMPARE(w.entry(id, QDate(2027, 3, 1)).due, QDate(2027, 3, 1));
    QVERIFY(w.entry(id, QDate(2027, 3, 1)).today);
    QVERIFY2(IssuanceService(w.clerk).recordPrint(id, &copy, &s, &error), qPrintable(error));
    QCOMPARE(copy, 2);
    QCOMPARE(s.prints, 2);
    QCOMPARE(s.duplicates, 1);
    QCOMPARE(s.status, CaseStatus::AtBranch);
    QCOMPARE(s.arrivedOn, QDate(2027, 1, 29));
    QVERIFY(s.anomalies.isEmpty());
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
