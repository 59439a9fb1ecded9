// Permissions live in the core: each service, called as a clerk (or as a role without the
// right), refuses with a message that names the role and who to ask, and writes nothing.
#include <QtTest>

#include "common/TestDatabase.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/BackupService.h"
#include "services/BoardService.h"
#include "services/IntakeService.h"
#include "services/PurgeService.h"
#include "services/Session.h"
#include "services/TransferService.h"
#include "services/UserService.h"
#include "storage/EventStore.h"

using namespace certdesk;

namespace {

constexpr int kFast = 1000;
const QString kPassword = QStringLiteral("Counter2026desk");

User person(const QString &login, Role role)
{
    return User{login, QStringLiteral("Person ") + login, QString(), role};
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;
    qint64 m_eventsBefore = 0;

    Session as(Role role)
    {
        return Session(m_t->db(), m_t->clock(), person(QStringLiteral("someone"), role));
    }

    void expectRefusal(bool ok, const QString &error)
    {
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("clerk")), qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(m_t->isValid());
        QString error;
        QVERIFY(UserService::createAccount(m_t->db(), m_t->clock(),
                                           person(QStringLiteral("clerk"), Role::Clerk), kPassword,
                                           QStringLiteral("setup"), &error, kFast));
        QVERIFY(UserService::createAccount(m_t->db(), m_t->clock(),
                                           person(QStringLiteral("boss"), Role::Supervisor),
                                           kPassword, QStringLiteral("setup"), &error, kFast));
        m_eventsBefore = EventStore(m_t->db(), m_t->clock()).eventCount();
    }

    void cleanup()
    {
        // No refusal leaves a trace in the log.
        if (QTest::currentTestFunction() != QByteArray("rolesMatchTheIssue"))
            QCOMPARE(EventStore(m_t->db(), m_t->clock()).eventCount(), m_eventsBefore);
    }

    void rolesMatchTheIssue()
    {
        // Clerks take applications and issue.
        for (Permission p : {Permission::TakeApplication, Permission::RecordProgress,
                             Permission::Issue})
            QVERIFY(roleAllows(Role::Clerk, p));
        for (Permission p : {Permission::Override, Permission::Transfer, Permission::Archive,
                             Permission::EditCalendar, Permission::EditSettings,
                             Permission::ViewBoard, Permission::ViewAudit,
                             Permission::ManageUsers, Permission::Backup})
            QVERIFY2(!roleAllows(Role::Clerk, p), qPrintable(permissionText(p)));
        // Supervisors also override, transfer, archive, edit calendar and settings, see the
        // board and the audit; not manage users.
        for (Permission p : {Permission::TakeApplication, Permission::Issue, Permission::Override,
                             Permission::Transfer, Permission::Archive, Permission::EditCalendar,
                             Permission::EditSettings, Permission::ViewBoard,
                             Permission::ViewAudit})
            QVERIFY2(roleAllows(Role::Supervisor, p), qPrintable(permissionText(p)));
        QVERIFY(!roleAllows(Role::Supervisor, Permission::ManageUsers));
        // Administrators manage users.
        QVERIFY(roleAllows(Role::Administrator, Permission::ManageUsers));
        QVERIFY(!roleAllows(Role::Administrator, Permission::TakeApplication));
        QVERIFY(!roleAllows(Role::Administrator, Permission::Override));
    }

    void clerkCannotManageUsers()
    {
        Session clerk = as(Role::Clerk);
        QString error;
        expectRefusal(UserService(clerk).addUser(person(QStringLiteral("x"), Role::Clerk),
                                                 kPassword, &error, kFast),
                      error);
        expectRefusal(UserService(clerk).resetPassword(QStringLiteral("boss"), kPassword, &error,
                                                       kFast),
                      error);
        expectRefusal(UserService(clerk).setRole(QStringLiteral("clerk"), Role::Administrator,
                                                 &error),
                      error);
        QVERIFY(error.contains(QStringLiteral("administrator")));
    }

    void clerkCannotSeeTheAudit()
    {
        Session clerk = as(Role::Clerk);
        QString error;
        AuditReport report;
        expectRefusal(AuditService(clerk).verify(&report, &error), error);
        QList<AuditEntry> entries;
        expectRefusal(AuditService(clerk).log(AuditFilter(), &entries, &error), error);
        QVERIFY(entries.isEmpty());
        QStringList users;
        QStringList actions;
        expectRefusal(AuditService(clerk).filterChoices(&users, &actions, &error), error);
    }

    void clerkCannotBackUpOrPurge()
    {
        Session clerk = as(Role::Clerk);
        QString error;
        expectRefusal(BackupService(clerk).backupNow(m_t->dir() + QStringLiteral("/b.db"),
                                                     nullptr, &error),
                      error);
        QVERIFY(!QFile::exists(m_t->dir() + QStringLiteral("/b.db")));
        PurgeResult purge;
        expectRefusal(PurgeService(clerk).purge(QDate(2026, 3, 2), false, &purge, &error), error);
    }

    void clerkCannotSeeTheBoardOrTransfer()
    {
        Session clerk = as(Role::Clerk);
        QString error;
        Board board;
        expectRefusal(BoardService(clerk).board(QDate(2026, 3, 2), &board, &error), error);
        TransferResult transfer;
        expectRefusal(TransferService(clerk).transfer({QStringLiteral("any")}, &transfer, &error),
                      error);
    }

    void clerkCannotOverrideACheck()
    {
        // The override needs a supervisor's own password: a clerk's is not enough.
        Session clerk = as(Role::Clerk);
        IntakeService intake(clerk);
        CheckResult refusal;
        refusal.rule = QStringLiteral("test_rule");
        refusal.outcome = CheckResult::Outcome::Refused;
        refusal.message = QStringLiteral("refused");
        QString error;
        const QList<OverrideGrant> grants = intake.authorizeOverrides(
            {refusal}, QStringLiteral("clerk"), kPassword, QStringLiteral("a good reason"), &error);
        QVERIFY(grants.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("may not override")), qPrintable(error));
        m_eventsBefore = EventStore(m_t->db(), m_t->clock()).eventCount(); // the confirmation is logged
    }

    void supervisorIsLetThrough()
    {
        Session boss = as(Role::Supervisor);
        QString error;
        AuditReport report;
        QVERIFY2(AuditService(boss).verify(&report, &error), qPrintable(error));
        Board board;
        QVERIFY2(BoardService(boss).board(QDate(2026, 3, 2), &board, &error), qPrintable(error));
        // ... but not into account administration.
        QVERIFY(!UserService(boss).addUser(person(QStringLiteral("x"), Role::Clerk), kPassword,
                                           &error, kFast));
        QVERIFY(error.contains(QStringLiteral("administrator")));
    }

    void administratorCannotTakeApplications()
    {
        Session admin = as(Role::Administrator);
        QString error;
        QVERIFY(!admin.require(Permission::TakeApplication, &error));
        QVERIFY(error.contains(QStringLiteral("administrator")));
        Board board;
        QVERIFY(!BoardService(admin).board(QDate(2026, 3, 2), &board, &error));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
