// UserService: account administration is for administrators only, keeps one active
// administrator, and leaves an event in the account's stream for every change.
#include <QtTest>

#include "common/TestDatabase.h"
#include "services/AuditTrail.h"
#include "services/AuthService.h"
#include "services/UserService.h"
#include "storage/EventStore.h"
#include "storage/UserStore.h"

using namespace certdesk;

namespace {

constexpr int kFast = 1000;
const QString kPassword = QStringLiteral("Counter2026desk");
const QString kOther = QStringLiteral("Different2027pw");

User person(const QString &login, Role role)
{
    return User {login, QStringLiteral("Person ") + login, QStringLiteral("specialist"), role};
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    Session as(const QString &login, Role role)
    {
        return Session(m_t->db(), m_t->clock(), person(login, role));
    }

    QStringList eventsOf(const QString &login)
    {
        QStringList out;
        for (const Event &e :
            EventStore(m_t->db(), m_t->clock()).caseEvents(AuditTrail::accountStream(login)))
            out.append(e.typeName + u'/' + e.by);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(m_t->isValid());
        QString error;
        QVERIFY2(AuthService(m_t->db(), m_t->clock())
                     .createFirstAdministrator(person(QStringLiteral("admin"), Role::Administrator),
                         kPassword, &error, kFast),
            qPrintable(error));
    }

    void clerksAndSupervisorsCannotManageUsers_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("clerk") << int(Role::Clerk);
        QTest::newRow("supervisor") << int(Role::Supervisor);
    }

    void clerksAndSupervisorsCannotManageUsers()
    {
        QFETCH(int, role);
        Session session = as(QStringLiteral("someone"), Role(role));
        UserService users(session);
        QString error;
        QVERIFY(!users.addUser(
            person(QStringLiteral("newbie"), Role::Clerk), kPassword, &error, kFast));
        QVERIFY2(error.contains(QStringLiteral("manage users")), qPrintable(error));
        QVERIFY(!UserStore(m_t->db()).find(QStringLiteral("newbie")));
        error.clear();
        QVERIFY(!users.resetPassword(QStringLiteral("admin"), kOther, &error, kFast));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!users.setRole(QStringLiteral("admin"), Role::Clerk, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!users.setActive(QStringLiteral("admin"), false, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!users.setDetails(QStringLiteral("admin"), QStringLiteral("X"), QString(), &error));
        QVERIFY(!error.isEmpty());
        // Nothing changed and nothing but the creation was recorded.
        QVERIFY(
            AuthService(m_t->db(), m_t->clock()).signIn(QStringLiteral("admin"), kPassword).ok());
        QCOMPARE(UserStore(m_t->db()).find(QStringLiteral("admin"))->role, Role::Administrator);
    }

    void clerkMayNotListAccountsButSupervisorMay()
    {
        QList<UserRecord> list;
        QString error;
        Session clerk = as(QStringLiteral("c"), Role::Clerk);
        QVERIFY(!UserService(clerk).list(&list, &error));
        Session supervisor = as(QStringLiteral("s"), Role::Supervisor);
        QVERIFY(UserService(supervisor).list(&list, &error));
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().credentials.hash.isEmpty());
    }

    void administratorAddsAndManages()
    {
        Session admin = as(QStringLiteral("admin"), Role::Administrator);
        UserService users(admin);
        QString error;
        QVERIFY2(
            users.addUser(person(QStringLiteral("Clerk1"), Role::Clerk), kPassword, &error, kFast),
            qPrintable(error));
        QVERIFY(!users.addUser(
            person(QStringLiteral("clerk1"), Role::Clerk), kPassword, &error, kFast));
        QVERIFY(error.contains(QStringLiteral("taken")));
        QVERIFY(!users.addUser(
            person(QStringLiteral("bad login"), Role::Clerk), kPassword, &error, kFast));
        QVERIFY(error.contains(QStringLiteral("Latin letters")));
        QVERIFY(!users.addUser(person(QStringLiteral("clerk2"), Role::Clerk),
            QStringLiteral("onlyletters"), &error, kFast));
        QVERIFY(error.contains(QStringLiteral("digit")));

        QVERIFY2(
            users.setRole(QStringLiteral("clerk1"), Role::Supervisor, &error), qPrintable(error));
        QVERIFY(users.setDetails(QStringLiteral("clerk1"), QStringLiteral("  Aliya   Nurlanovna "),
            QStringLiteral("senior"), &error));
        const auto stored = UserStore(m_t->db()).find(QStringLiteral("clerk1"));
        QCOMPARE(stored->role, Role::Supervisor);
        QCOMPARE(stored->fullName, QStringLiteral("Aliya Nurlanovna"));
        QCOMPARE(stored->position, QStringLiteral("senior"));

        QVERIFY(users.setActive(QStringLiteral("clerk1"), false, &error));
        QCOMPARE(
            AuthService(m_t->db(), m_t->clock()).signIn(QStringLiteral("clerk1"), kPassword).status,
            SignInResult::Status::Disabled);
        QVERIFY(users.setActive(QStringLiteral("clerk1"), true, &error));
        QVERIFY(!users.setRole(QStringLiteral("ghost"), Role::Clerk, &error));
        QVERIFY(error.contains(QStringLiteral("no account")));

        QCOMPARE(eventsOf(QStringLiteral("clerk1")),
            (QStringList {QStringLiteral("account_created/admin"),
                QStringLiteral("account_changed/admin"), QStringLiteral("account_changed/admin"),
                QStringLiteral("account_changed/admin"), QStringLiteral("account_changed/admin")}));
    }

    // "system" marks what the workstation records on its own (a scheduled backup): a person
    // by that login would be indistinguishable from it, on this workstation and on the server.
    void systemIsNotALogin()
    {
        Session admin = as(QStringLiteral("admin"), Role::Administrator);
        QString error;
        QVERIFY(!UserService(admin).addUser(
            person(QStringLiteral("System"), Role::Clerk), kPassword, &error, kFast));
        QVERIFY2(error.contains(QStringLiteral("reserved")), qPrintable(error));
        QVERIFY(!UserStore(m_t->db()).find(QStringLiteral("system")));
        QVERIFY(!UserService(admin).addUser(
            person(QStringLiteral("certdeskctl"), Role::Clerk), kPassword, &error, kFast));
        QVERIFY2(error.contains(QStringLiteral("reserved")), qPrintable(error));
    }

    void resetLiftsTheLockout()
    {
        Session admin = as(QStringLiteral("admin"), Role::Administrator);
        UserService users(admin);
        QString error;
        QVERIFY(
            users.addUser(person(QStringLiteral("clerk1"), Role::Clerk), kPassword, &error, kFast));
        AuthService auth(m_t->db(), m_t->clock());
        for (int i = 0; i < AuthService::MaxFailures; ++i)
            auth.signIn(QStringLiteral("clerk1"), QStringLiteral("guess"));
        QCOMPARE(
            auth.signIn(QStringLiteral("clerk1"), kPassword).status, SignInResult::Status::Locked);
        QVERIFY(
            !users.resetPassword(QStringLiteral("clerk1"), QStringLiteral("short"), &error, kFast));
        QVERIFY2(users.resetPassword(QStringLiteral("clerk1"), kOther, &error, kFast),
            qPrintable(error));
        QVERIFY(auth.signIn(QStringLiteral("clerk1"), kOther).ok());
        QVERIFY(
            eventsOf(QStringLiteral("clerk1")).contains(QStringLiteral("password_reset/admin")));
    }

    void lastAdministratorStays()
    {
        Session admin = as(QStringLiteral("admin"), Role::Administrator);
        UserService users(admin);
        QString error;
        QVERIFY(!users.setRole(QStringLiteral("admin"), Role::Supervisor, &error));
        QVERIFY(error.contains(QStringLiteral("last active administrator")));
        QVERIFY(!users.setActive(QStringLiteral("admin"), false, &error));
        QVERIFY(error.contains(QStringLiteral("own account")));
        QVERIFY(users.addUser(
            person(QStringLiteral("admin2"), Role::Administrator), kPassword, &error, kFast));
        // With a second administrator the first may step down.
        QVERIFY2(
            users.setRole(QStringLiteral("admin"), Role::Supervisor, &error), qPrintable(error));
        Session second = as(QStringLiteral("admin2"), Role::Administrator);
        QVERIFY(!UserService(second).setRole(QStringLiteral("admin2"), Role::Clerk, &error));
        QVERIFY(error.contains(QStringLiteral("last active administrator")));
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
