// Cloned workstations on a real pouchdb-server: two counters set up with the same workstation
// number, and a database file copied to a second computer (README, "Receipt numbers"). Each
// side must notice at its sync, stop issuing receipt numbers, keep both colliding cases, and
// keep every audit chain verifiable.
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "branch_support.h"
#include "services/tst_intake_fixture.h"
#include "common/TestDatabase.h"
#include "domain/ReceiptNumber.h"
#include "services/BoardService.h"
#include "services/CaseService.h"
#include "services/IntakeService.h"
#include "services/IssuanceService.h"
#include "services/Session.h"
#include "services/WorkstationService.h"
#include "storage/AuditChain.h"
#include "storage/CalendarStore.h"
#include "storage/SettingsStore.h"
#include "sync/Replicator.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kClerk = QStringLiteral("clerk");
const QString kBranchCode = QStringLiteral("0101");

/// One counter: its database file (which a test may copy), its clock, the clerk signed in
/// and the replicator that syncs it with the branch database.
class Desk
{
public:
    Desk(Branch &branch, const QString &account, const QString &path)
        : m_branch(branch)
        , m_account(account)
        , m_path(path)
    {
        clock.setLocal(QDate(2026, 3, 2), QTime(10, 0));
    }

    bool open(int workstation, QString *error)
    {
        if (m_db.open(m_path, error) != Database::OpenResult::Ok
            || !CalendarStore(m_db).ensureSeeded(error))
            return false;
        SettingsStore settings(m_db);
        if (workstation > 0
            && (!settings.setValue(QStringLiteral("branch.code"), kBranchCode, kClerk, error)
                || !settings.setValue(QStringLiteral("branch.workstation"),
                    QString::number(workstation), kClerk, error)))
            return false;
        if (!m_branch.configFor(m_account).save(settings, kClerk, error))
            return false;
        m_session = std::make_unique<Session>(
            m_db, clock, User {kClerk, QStringLiteral("Иванова Анна"), QString(), Role::Clerk});
        m_supervisor = std::make_unique<Session>(m_db, clock,
            User {QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан"), QString(),
                Role::Supervisor});
        m_replicator = std::make_unique<Replicator>(m_db, clock);
        m_replicator->setOptions(quickOptions());
        return m_replicator->configure(
            m_branch.configFor(m_account), m_branch.password(m_account), error);
    }

    void close()
    {
        m_replicator.reset();
        m_session.reset();
        m_supervisor.reset();
        m_db.close();
    }

    /// A copy of this counter's file as a technician makes it: the program closed, the file
    /// (and its journal, if any) copied to the other computer.
    bool copyTo(const QString &target, QString *error)
    {
        close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            if (QFile::exists(m_path + suffix) && !QFile::copy(m_path + suffix, target + suffix)) {
                *error = QStringLiteral("cannot copy %1").arg(m_path + suffix);
                return false;
            }
        }
        return open(0, error);
    }

    IntakeService::Result intake(const QString &surname, const QString &iin)
    {
        clock.advanceSeconds(60);
        return IntakeService(*m_session).submit(selfApplication(surname, iin), {});
    }

    SyncSummary sync()
    {
        QSignalSpy done(m_replicator.get(), &Replicator::finished);
        m_replicator->syncOnce();
        if (done.isEmpty() && !done.wait(60000))
            return SyncSummary();
        return done.takeFirst().at(0).value<SyncSummary>();
    }

    Board board()
    {
        Board b;
        QString error;
        if (!BoardService(*m_supervisor).board(clock.today(), &b, &error))
            qWarning("board: %s", qPrintable(error));
        return b;
    }

    AuditReport audit()
    {
        AuditReport report;
        QString error;
        if (!AuditChain(m_db).verify(&report, &error))
            qWarning("audit: %s", qPrintable(error));
        return report;
    }

    Database &db() { return m_db; }
    Session &clerk() { return *m_session; }
    Session &supervisor() { return *m_supervisor; }
    QString path() const { return m_path; }

    FixedClock clock {5 * 3600}; // the branch of the test, UTC+5

private:
    Branch &m_branch;
    QString m_account;
    QString m_path;
    Database m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Session> m_supervisor;
    std::unique_ptr<Replicator> m_replicator;
};

QStringList caseIds(const QList<BoardEntry> &entries)
{
    QStringList ids;
    for (const BoardEntry &e : entries)
        ids.append(e.caseId);
    ids.sort();
    return ids;
}

QString problems(const AuditReport &report)
{
    QStringList lines;
    for (const AuditFinding &f : report.problems)
        lines.append(f.kind + QStringLiteral(": ") + f.message);
    return lines.join(u'\n');
}

} // namespace

class TstClones : public QObject
{
    Q_OBJECT

private:
    SyncServer m_server;
    QTemporaryDir m_dir;

    std::unique_ptr<Branch> newBranch()
    {
        // "system" writes the workstation's own records (device renewals, scheduled backups).
        auto branch
            = std::make_unique<Branch>(m_server, QStringList {kClerk, QStringLiteral("boss")});
        QString error;
        if (!branch->init(&error) || !branch->addWorkstation(QStringLiteral("ws-a"), &error)
            || !branch->addWorkstation(QStringLiteral("ws-b"), &error)
            || !branch->addWorkstation(QStringLiteral("ws-c"), &error)) {
            qWarning("branch set-up failed: %s", qPrintable(error));
            return nullptr;
        }
        return branch;
    }

    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        if (!m_server.attachFixture(&error))
            QFAIL(qPrintable(error));
    }

    void sameNumberOnTwoComputersIsCaughtAtSync()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        Desk a(*branch, QStringLiteral("ws-a"), file(QStringLiteral("same-a.db")));
        Desk b(*branch, QStringLiteral("ws-b"), file(QStringLiteral("same-b.db")));
        QString error;
        QVERIFY2(a.open(3, &error), qPrintable(error));
        QVERIFY2(b.open(3, &error), qPrintable(error));
        QVERIFY(a.db().deviceId() != b.db().deviceId());

        // Both counters take their first application of the day: the same receipt number.
        const IntakeService::Result ra
            = a.intake(QStringLiteral("Ахметова"), QStringLiteral("871008401427"));
        const IntakeService::Result rb
            = b.intake(QStringLiteral("Жумабаев"), QStringLiteral("760212350620"));
        QVERIFY2(ra.ok && rb.ok, qPrintable(ra.error + rb.error));
        QCOMPARE(ra.receipt.receipt, rb.receipt.receipt);

        QVERIFY(a.sync().complete);
        const SyncSummary sb = b.sync();
        QVERIFY2(sb.complete && sb.refused == 0, qPrintable(sb.errors.join(u'\n')));

        // B saw A's events carrying its own branch and workstation number: no more numbers.
        const IntakeService::Result again
            = b.intake(QStringLiteral("Смагулов"), QStringLiteral("871008401427"));
        QVERIFY(!again.ok);
        QVERIFY2(again.error.contains(QStringLiteral("workstation 3")), qPrintable(again.error));
        QVERIFY(WorkstationService(b.clerk()).status().stopped);

        // A learns it at its next sync.
        QVERIFY(a.sync().complete);
        QVERIFY(!a.intake(QStringLiteral("Смагулов"), QStringLiteral("871008401427")).ok);

        // Two cases, one number: both stay, both on the board with both names.
        for (Desk *desk : {&a, &b}) {
            const QList<BoardEntry> anomalies = desk->board().bucket(BoardBucket::Anomalies);
            QStringList both {ra.receipt.caseId, rb.receipt.caseId};
            both.sort();
            QCOMPARE(caseIds(anomalies), both);
            for (const BoardEntry &e : anomalies) {
                QVERIFY2(e.codes.contains(QStringLiteral("receipt_shared")), qPrintable(e.codes));
                QCOMPARE(e.sharedWith.size(), 1);
            }
            const CaseService::Search s = CaseService(desk->clerk()).search(ra.receipt.receipt);
            QCOMPARE(s.rows.size(), 2);
            QVERIFY2(!s.notice.isEmpty(), "the search says why one number has two cases");
            const AuditReport report = desk->audit();
            QVERIFY2(report.ok(), qPrintable(problems(report)));
        }

        // A supervisor gives B another number: B works again, and A, which learns of it at
        // its next sync, too.
        QVERIFY(!WorkstationService(b.supervisor()).setWorkstation(kBranchCode, 3, &error));
        QVERIFY2(WorkstationService(b.supervisor()).setWorkstation(kBranchCode, 4, &error),
            qPrintable(error));
        const IntakeService::Result fixedB
            = b.intake(QStringLiteral("Смагулов"), QStringLiteral("871008401427"));
        QVERIFY2(fixedB.ok, qPrintable(fixedB.error));
        QCOMPARE(ReceiptNumber::parse(fixedB.receipt.receipt).workstation(), 4);
        QVERIFY(b.sync().complete);
        QVERIFY(a.sync().complete);
        const IntakeService::Result fixedA
            = a.intake(QStringLiteral("Смагулов"), QStringLiteral("871008401427"));
        QVERIFY2(fixedA.ok, qPrintable(fixedA.error));
    }

    void copiedFileMidDayGetsItsOwnDeviceId()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        Desk a(*branch, QStringLiteral("ws-a"), file(QStringLiteral("copy-a.db")));
        QString error;
        QVERIFY2(a.open(3, &error), qPrintable(error));
        QVERIFY(a.intake(QStringLiteral("Ахметова"), QStringLiteral("871008401427")).ok);
        QVERIFY(a.intake(QStringLiteral("Бекова"), QStringLiteral("760212350620")).ok);
        QVERIFY(a.sync().complete);
        const QString device = a.db().deviceId();

        // At noon the technician copies the working file to a second computer, which keeps
        // the device id and the workstation number.
        Desk b(*branch, QStringLiteral("ws-b"), file(QStringLiteral("copy-b.db")));
        QVERIFY2(a.copyTo(b.path(), &error), qPrintable(error));
        QVERIFY2(b.open(0, &error), qPrintable(error));
        b.clock.set(a.clock.nowUtc());
        QCOMPARE(b.db().deviceId(), device);

        // Both take the next application: the same receipt number again.
        const IntakeService::Result ra
            = a.intake(QStringLiteral("Ахметова"), QStringLiteral("871008401427"));
        const IntakeService::Result rb
            = b.intake(QStringLiteral("Жумабаев"), QStringLiteral("760212350620"));
        QVERIFY(ra.ok && rb.ok);
        QCOMPARE(ra.receipt.receipt, rb.receipt.receipt);

        QVERIFY(a.sync().complete);
        const SyncSummary sb = b.sync();
        QVERIFY2(sb.complete && sb.refused == 0, qPrintable(sb.errors.join(u'\n')));
        // The copy found its own device id in a chain it did not write: it takes a new one and
        // stops issuing numbers.
        QVERIFY(b.db().deviceId() != device);
        QVERIFY(!b.intake(QStringLiteral("Смагулов"), QStringLiteral("871008401427")).ok);

        // A sees a chain of its own id it did not write, too.
        QVERIFY(a.sync().complete);
        QVERIFY(!a.intake(QStringLiteral("Смагулов"), QStringLiteral("871008401427")).ok);
        QVERIFY(b.sync().complete);

        // A third counter that receives both copies' events tells the story, not tampering.
        Desk c(*branch, QStringLiteral("ws-c"), file(QStringLiteral("copy-c.db")));
        QVERIFY2(c.open(5, &error), qPrintable(error));
        QVERIFY(c.sync().complete);
        for (Desk *desk : {&a, &b, &c}) {
            const AuditReport report = desk->audit();
            QVERIFY2(report.ok(), qPrintable(problems(report)));
            QVERIFY(!report.stories.isEmpty());
            QCOMPARE(caseIds(desk->board().bucket(BoardBucket::Anomalies)).size(), 2);
        }
        // C has its own number: nothing stops it.
        QVERIFY(c.intake(QStringLiteral("Смагулов"), QStringLiteral("871008401427")).ok);
    }

    void sameDeviceIdWithAnotherNumber()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        Desk a(*branch, QStringLiteral("ws-a"), file(QStringLiteral("renum-a.db")));
        QString error;
        QVERIFY2(a.open(3, &error), qPrintable(error));
        QVERIFY(a.intake(QStringLiteral("Ахметова"), QStringLiteral("871008401427")).ok);
        const QString device = a.db().deviceId();
        Desk b(*branch, QStringLiteral("ws-b"), file(QStringLiteral("renum-b.db")));
        QVERIFY2(a.copyTo(b.path(), &error), qPrintable(error));
        // The technician changed the number of the copy, but not its device id.
        QVERIFY2(b.open(4, &error), qPrintable(error));
        b.clock.set(a.clock.nowUtc());
        QVERIFY(a.intake(QStringLiteral("Бекова"), QStringLiteral("760212350620")).ok);
        QVERIFY(b.intake(QStringLiteral("Жумабаев"), QStringLiteral("760212350620")).ok);

        QVERIFY(a.sync().complete);
        QVERIFY(b.sync().complete);
        QVERIFY(b.db().deviceId() != device);
        // Its chain was shared: it stops until a supervisor confirms its number.
        QVERIFY(!b.intake(QStringLiteral("Смагулов"), QStringLiteral("871008401427")).ok);
        QVERIFY2(WorkstationService(b.supervisor()).setWorkstation(kBranchCode, 4, &error),
            qPrintable(error));
        QVERIFY(b.intake(QStringLiteral("Смагулов"), QStringLiteral("871008401427")).ok);
        // No receipt number was shared.
        QVERIFY(b.board().bucket(BoardBucket::Anomalies).isEmpty());
        QVERIFY2(b.audit().ok(), qPrintable(problems(b.audit())));
    }
};

QTEST_GUILESS_MAIN(TstClones)
#include "tst_clones.moc"
