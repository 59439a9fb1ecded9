// Two counters that believe they are one (README, "Receipt numbers"), as the counter's
// services see it: the intake stops with the reason and who can fix it, a supervisor sets
// another number (never one another computer holds), a copied file waits for the number to be
// confirmed, and two cases with one receipt number stay two: the search lists both and says
// why, the board shows both names, and issuance asks the IIN of the person at the counter.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include "common/ForeignIntake.h"
#include "tst_intake_fixture.h"

#include "domain/ReceiptNumber.h"
#include "services/BackupService.h"
#include "services/BoardService.h"
#include "services/CaseService.h"
#include "services/CustodyService.h"
#include "services/DemoGenerator.h"
#include "services/IntakeService.h"
#include "services/IssuanceService.h"
#include "services/ResultService.h"
#include "services/WorkstationService.h"
#include "storage/DeviceLineage.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"
#include "storage/WorkstationAlerts.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

QString receipt(int workstation, int sequence)
{
    return ReceiptNumber::compose(
        QStringLiteral("0101"), workstation, QDate(2026, 3, 2), sequence, nullptr);
}

Event taken(const QString &device, const QString &number, const QString &surname,
    const QString &iin, const QDateTime &at, const QString &purpose = QStringLiteral("domestic"))
{
    return foreignIntake(device, number, surname, iin, at, QString(), purpose);
}

bool import(Counter &c, const QList<Event> &events)
{
    QString error;
    const bool ok = EventStore(c.db(), c.clock()).insertForeign(events, true, nullptr, &error);
    if (!ok)
        qWarning("import: %s", qPrintable(error));
    return ok;
}

Session supervisorOf(Counter &c)
{
    return Session(c.db(), c.clock(),
        User {QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан Ержанович"), QString(),
            Role::Supervisor});
}

} // namespace

class TestWorkstationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intakeStopsWhileAnotherComputerHoldsTheNumber()
    {
        Counter c;
        QVERIFY(c.isValid());
        IntakeService intake(c.clerk);
        QVERIFY(intake.submit(selfApplication(), {}).ok);
        QVERIFY(!WorkstationService(c.clerk).status().stopped);

        // Another computer's receipt with this branch's code and this number (3).
        QVERIFY(import(c,
            {taken(QStringLiteral("pc-x"), receipt(3, 1), QStringLiteral("Бекова"), kAgentIin,
                c.clock().nowUtc())}));
        const WorkstationStatus status = WorkstationService(c.clerk).status();
        QVERIFY(status.stopped);
        QCOMPARE(status.holders.size(), 1);
        const IntakeService::Result refused = intake.submit(selfApplication(), {});
        QVERIFY(!refused.ok);
        for (const QString &words : {QStringLiteral("Nothing was saved"),
                 QStringLiteral("workstation 3"), QStringLiteral("branch 0101"),
                 QStringLiteral("0101-03-260302-0001"), QStringLiteral("clerk2"),
                 QStringLiteral("supervisor"), QStringLiteral("branch set --workstation")})
            QVERIFY2(refused.error.contains(words), qPrintable(refused.error));

        // A clerk may not change it; a supervisor may not take a number another computer
        // holds; another one is accepted, recorded, and the counter works again.
        QString error;
        QVERIFY(!WorkstationService(c.clerk).setWorkstation(QString(), 4, &error));
        QVERIFY(!WorkstationService(c.clerk).setWorkstationConfirmed(
            QStringLiteral("boss"), QStringLiteral("wrong"), 4, &error));
        QVERIFY(!WorkstationService(c.clerk).setWorkstationConfirmed(
            QStringLiteral("boss"), kSupervisorPassword, 3, &error));
        QVERIFY2(
            error.contains(QStringLiteral("already used by another computer")), qPrintable(error));
        QVERIFY2(WorkstationService(c.clerk).setWorkstationConfirmed(
                     QStringLiteral("boss"), kSupervisorPassword, 4, &error),
            qPrintable(error));
        QVERIFY(!WorkstationService(c.clerk).status().stopped);
        const IntakeService::Result again = intake.submit(selfApplication(), {});
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(ReceiptNumber::parse(again.receipt.receipt).workstation(), 4);
        QSqlQuery q(c.db().db());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT by_user, data FROM events WHERE type = 'workstation_set'"))
            && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("boss"));
        const QJsonObject data = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        QCOMPARE(data.value(QLatin1String("workstation")).toInt(), 4);
        QCOMPARE(data.value(QLatin1String("previous_workstation")).toInt(), 3);
        QVERIFY(WorkstationAlerts(c.db()).open().isEmpty());
    }

    void aCopiedFileWaitsForTheNumberToBeConfirmed()
    {
        Counter c;
        QVERIFY(c.isValid());
        DeviceLineage lineage(c.db(), c.clock());
        DeviceLineage::MachineCheck check;
        QString error;
        QVERIFY(
            lineage.checkMachine(QStringLiteral("pc-1"), QStringLiteral("system"), &check, &error));
        QVERIFY(!WorkstationService(c.clerk).status().stopped);
        const QString before = c.db().deviceId();
        QVERIFY(
            lineage.checkMachine(QStringLiteral("pc-2"), QStringLiteral("system"), &check, &error));
        QVERIFY(c.db().deviceId() != before);
        const WorkstationStatus status = WorkstationService(c.clerk).status();
        QVERIFY(status.stopped);
        QVERIFY2(status.message().contains(QStringLiteral("another computer")),
            qPrintable(status.message()));
        QVERIFY(!IntakeService(c.clerk).submit(selfApplication(), {}).ok);
        // Nobody else uses number 3: the supervisor confirms it.
        QVERIFY2(WorkstationService(c.clerk).setWorkstationConfirmed(
                     QStringLiteral("boss"), kSupervisorPassword, 3, &error),
            qPrintable(error));
        QVERIFY(IntakeService(c.clerk).submit(selfApplication(), {}).ok);
        // A new id by hand waits for it, too.
        Session boss = supervisorOf(c);
        QString renewed;
        QVERIFY2(WorkstationService(boss).renewDevice(&renewed, &error), qPrintable(error));
        QCOMPARE(c.db().deviceId(), renewed);
        QVERIFY(WorkstationService(c.clerk).status().stopped);
        QVERIFY(!WorkstationService(c.clerk).renewDevice(nullptr, &error));
    }

    void twoCasesWithOneReceiptStayTwo()
    {
        Counter c;
        QVERIFY(c.isValid());
        // Two computers that were both number 7 each gave its first number of the day.
        const QString shared = receipt(7, 1);
        const QDateTime now = c.clock().nowUtc();
        const Event first = taken(QStringLiteral("pc-a"), shared, QStringLiteral("Ахметова"),
            kAdultIin, now, QStringLiteral("abroad"));
        const Event second = taken(QStringLiteral("pc-b"), shared, QStringLiteral("Жумабаев"),
            kAgentIin, now.addSecs(5), QStringLiteral("abroad"));
        QVERIFY(import(c, {first, second}));
        // This counter is number 3: it is not stopped by others' clash.
        QVERIFY(!WorkstationService(c.clerk).status().stopped);

        // The search lists both, and says why.
        const CaseService::Search s = CaseService(c.clerk).search(ReceiptNumber::format(shared));
        QCOMPARE(s.rows.size(), 2);
        for (const QString &words :
            {QStringLiteral("Ахметова"), QStringLiteral("Жумабаев"), QStringLiteral("IIN")})
            QVERIFY2(s.notice.contains(words), qPrintable(s.notice));
        CaseDetails details;
        QString error;
        QVERIFY(CaseService(c.clerk).open(first.caseId, &details, &error));
        QCOMPARE(details.sharingReceipt.size(), 1);
        QCOMPARE(details.sharingReceipt.first().caseId, second.caseId);

        // The board: both, each naming the other.
        Session boss = supervisorOf(c);
        Board board;
        QVERIFY(BoardService(boss).board(c.clock().today(), &board, &error));
        const QList<BoardEntry> anomalies = board.bucket(BoardBucket::Anomalies);
        QCOMPARE(anomalies.size(), 2);
        for (const BoardEntry &e : anomalies) {
            QVERIFY(e.codes.split(u',').contains(QStringLiteral("receipt_shared")));
            QCOMPARE(e.sharedWith.size(), 1);
            QVERIFY(e.sharedWith.first().caseId != e.caseId);
            QVERIFY(e.sharedWith.first().name != e.name);
        }
        const QJsonArray json = board.toJson().value(QLatin1String("anomalies")).toArray();
        QCOMPARE(json.size(), 2);
        QVERIFY(json.at(0).toObject().value(QLatin1String("shared_with")).isArray());

        // Both papers arrive; issuance asks which person is at the counter.
        for (const QString &id : {first.caseId, second.caseId}) {
            CertificateResult result;
            result.number = QStringLiteral("KZ-") + id.left(4);
            result.date = c.clock().today();
            result.outcome = QStringLiteral("no_record");
            QVERIFY2(ResultService(c.clerk).recordCertificate(id, result, nullptr, &error),
                qPrintable(error));
            QVERIFY2(CustodyService(c.clerk).recordArrival(id, QDate(), nullptr, &error),
                qPrintable(error));
        }
        IssuanceService issuance(c.clerk);
        QCOMPARE(issuance.sharingReceipt(first.caseId).size(), 1);
        Collector person;
        person.presenter.kind = Application::PresenterKind::Self;
        person.identity.type = Application::IdentityType::IdCard;
        person.identity.number = QStringLiteral("045123987");
        person.identity.issuer = QStringLiteral("МВД РК");
        person.identity.issuedOn = QDate(2019, 5, 14);
        person.identity.expiresOn = QDate(2029, 5, 13);
        QVERIFY(!issuance.issue(first.caseId, person, nullptr, &error));
        QVERIFY2(
            error.contains(QStringLiteral("IIN")) && error.contains(QStringLiteral("Жумабаев")),
            qPrintable(error));
        person.subjectIin = kAgentIin; // the other person's
        QVERIFY(!issuance.issue(first.caseId, person, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("Жумабаев"))
                && error.contains(QStringLiteral("open that case")),
            qPrintable(error));
        person.subjectIin = QStringLiteral("8710 0840 1427");
        CaseState after;
        QVERIFY2(issuance.issue(first.caseId, person, &after, &error), qPrintable(error));
        QCOMPARE(after.status, CaseStatus::Issued);
        // The other case is untouched.
        QVERIFY(CaseService(c.clerk).open(second.caseId, &details, &error));
        QCOMPARE(details.state.status, CaseStatus::AtBranch);
    }

    void aRestoreKeepsTheNumberAndTakesANewId()
    {
        Counter c;
        QVERIFY(c.isValid());
        QVERIFY(IntakeService(c.clerk).submit(selfApplication(), {}).ok);
        const QString backup
            = QDir(QFileInfo(c.db().path()).absolutePath()).filePath(QStringLiteral("b.db"));
        QString error;
        QVERIFY2(BackupService::write(c.db(), c.clock(), QStringLiteral("boss"), backup, &error),
            qPrintable(error));
        const QString before = c.db().deviceId();
        const QString path = c.db().path();
        c.db().close();
        QVERIFY2(BackupService::restore(
                     backup, path, c.clock(), QStringLiteral("boss"), nullptr, &error),
            qPrintable(error));
        Database restored;
        QCOMPARE(restored.open(path, &error), Database::OpenResult::Ok);
        QVERIFY(restored.deviceId() != before);
        QVERIFY(!WorkstationService::status(restored).stopped);
        QSqlQuery q(restored.db());
        QVERIFY(q.exec(QStringLiteral("SELECT device FROM events WHERE type = 'restored'"))
            && q.next());
        QCOMPARE(q.value(0).toString(), restored.deviceId());
    }

    void theDemoBranchIsNotAClone()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        DemoGenerator::Options options;
        options.cases = 60;
        options.years = 1;
        QString error;
        QVERIFY2(
            DemoGenerator(t.db(), t.clock()).generate(options, nullptr, &error), qPrintable(error));
        const WorkstationStatus status = WorkstationService::status(t.db());
        QVERIFY2(!status.stopped, qPrintable(status.message()));
        QSqlQuery q(t.db().db());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT group_concat(workstation) FROM (SELECT DISTINCT workstation "
                    "FROM workstation_sightings ORDER BY 1)"))
            && q.next());
        // The three counters whose history the demo holds; the database itself is the fourth.
        QCOMPARE(q.value(0).toString(), QStringLiteral("1,2,3"));
        QCOMPARE(SettingsStore(t.db()).workstationNumber(), 4);
    }
};

QTEST_GUILESS_MAIN(TestWorkstationService)
#include "tst_workstationservice.moc"
