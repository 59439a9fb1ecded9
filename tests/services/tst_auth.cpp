// AuthService and PasswordHasher: hashing, sign-in, lockout on the injectable clock, the first
// administrator, changing one's own password, and the audit events each of them leaves.
#include <QtTest>

#include "common/TestDatabase.h"
#include "services/AuditTrail.h"
#include "services/AuthService.h"
#include "services/PasswordHasher.h"
#include "services/UserService.h"
#include "storage/CaseProjection.h"
#include "storage/EventStore.h"
#include "storage/UserStore.h"

using namespace certdesk;

namespace {

constexpr int kFast = 1000; // test-only work factor; the product path is asserted separately
const QString kPassword = QStringLiteral("Counter2026desk");

QStringList accountEventTypes(Database &db, const Clock &clock, const QString &login)
{
    QStringList types;
    for (const Event &e : EventStore(db, clock).caseEvents(AuditTrail::accountStream(login)))
        types.append(e.typeName);
    return types;
}

} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private:
    void addUser(test::TestDatabase &t, const QString &login, Role role)
    {
        QString error;
        QVERIFY2(UserService::createAccount(
                     t.db(), t.clock(),
                     User{login, QStringLiteral("Test Person"), QStringLiteral("clerk"), role},
                     kPassword, QStringLiteral("setup"), &error, kFast),
                 qPrintable(error));
    }

private Q_SLOTS:
    void pbkdf2MatchesPublishedVectors()
    {
        // RFC 6070-style vectors for HMAC-SHA256 (the same as Python's hashlib.pbkdf2_hmac).
        QCOMPARE(
            PasswordHasher::key(QStringLiteral("password"), QByteArrayLiteral("salt"), 1).toHex(),
            QByteArrayLiteral("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));
        QCOMPARE(
            PasswordHasher::key(QStringLiteral("password"), QByteArrayLiteral("salt"), 4096)
                .toHex(),
            QByteArrayLiteral("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"));
    }

    void saltIsRandomPerDerivation()
    {
        const PasswordCredentials a = PasswordHasher::derive(kPassword, kFast);
        const PasswordCredentials b = PasswordHasher::derive(kPassword, kFast);
        QCOMPARE(a.salt.size(), PasswordHasher::SaltBytes);
        QCOMPARE(a.hash.size(), PasswordHasher::HashBytes);
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.hash != b.hash);
        QVERIFY(PasswordHasher::verify(kPassword, a));
        QVERIFY(PasswordHasher::verify(kPassword, b));
        QVERIFY(!PasswordHasher::verify(kPassword + u'x', a));
        QVERIFY(!PasswordHasher::verify(QString(), a));
        QVERIFY(!PasswordHasher::verify(kPassword, PasswordCredentials()));
    }

    void constantTimeComparison()
    {
        QVERIFY(
            PasswordHasher::constantTimeEquals(QByteArrayLiteral("abc"), QByteArrayLiteral("abc")));
        QVERIFY(!PasswordHasher::constantTimeEquals(QByteArrayLiteral("abc"),
                                                    QByteArrayLiteral("abd")));
        QVERIFY(!PasswordHasher::constantTimeEquals(QByteArrayLiteral("xbc"),
                                                    QByteArrayLiteral("abc")));
        QVERIFY(!PasswordHasher::constantTimeEquals(QByteArrayLiteral("abc"),
                                                    QByteArrayLiteral("abcd")));
    }

    void composedAndDecomposedPasswordsMatch()
    {
        // "й" typed as one code point or as и + combining breve.
        const QString composed = QStringLiteral("Пароль2026й");
        const QString decomposed = QStringLiteral("Пароль2026и\u0306");
        QVERIFY(composed != decomposed);
        QVERIFY(PasswordHasher::verify(decomposed, PasswordHasher::derive(composed, kFast)));
    }

    void productPathUsesAtLeast600000Iterations()
    {
        QVERIFY(PasswordHasher::ProductIterations >= 600000);
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        AuthService auth(t.db(), t.clock());
        QString error;
        // No work factor given: what the GUI and certdeskctl do.
        QVERIFY2(auth.createFirstAdministrator(User{QStringLiteral("admin"),
                                                    QStringLiteral("Admin Person"), QString(),
                                                    Role::Administrator},
                                               kPassword, &error),
                 qPrintable(error));
        const auto stored = UserStore(t.db()).find(QStringLiteral("admin"));
        QVERIFY(stored);
        QVERIFY(stored->credentials.iterations >= 600000);
        QCOMPARE(stored->credentials.salt.size(), PasswordHasher::SaltBytes);
        QVERIFY(!stored->credentials.hash.contains(kPassword.toUtf8()));
        QVERIFY(auth.signIn(QStringLiteral("admin"), kPassword).ok());
    }

    void signInReturnsTheUser()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        addUser(t, QStringLiteral("aliya"), Role::Supervisor);
        AuthService auth(t.db(), t.clock());
        const SignInResult r = auth.signIn(QStringLiteral("  Aliya "), kPassword);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.user.login, QStringLiteral("aliya"));
        QCOMPARE(r.user.role, Role::Supervisor);
        QCOMPARE(r.user.fullName, QStringLiteral("Test Person"));
        Session session(t.db(), t.clock(), r.user);
        QVERIFY(session.can(Permission::Override));
        QCOMPARE(accountEventTypes(t.db(), t.clock(), QStringLiteral("aliya")),
                 (QStringList{QStringLiteral("account_created"), QStringLiteral("signed_in")}));
        // Account streams share the event log, never the cases table.
        QCOMPARE(CaseProjection::count(t.db()), 0);
    }

    void wrongPasswordAndUnknownLoginLookAlike()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        addUser(t, QStringLiteral("aliya"), Role::Clerk);
        AuthService auth(t.db(), t.clock());
        const SignInResult wrong = auth.signIn(QStringLiteral("aliya"), QStringLiteral("nope"));
        const SignInResult unknown = auth.signIn(QStringLiteral("nobody"), kPassword);
        QCOMPARE(wrong.status, SignInResult::Status::WrongCredentials);
        QCOMPARE(unknown.status, SignInResult::Status::WrongCredentials);
        QCOMPARE(wrong.error, unknown.error);
        QVERIFY(wrong.error.contains(QStringLiteral("Caps Lock")));
        // Unknown logins leave no trace (a login field may hold a mistyped password).
        QVERIFY(accountEventTypes(t.db(), t.clock(), QStringLiteral("nobody")).isEmpty());
        QCOMPARE(UserStore(t.db()).find(QStringLiteral("aliya"))->failedAttempts, 1);
    }

    void fiveFailuresLockForFifteenMinutes()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        addUser(t, QStringLiteral("aliya"), Role::Clerk);
        AuthService auth(t.db(), t.clock());
        const QDateTime start = t.clock().nowUtc();
        for (int i = 1; i < AuthService::MaxFailures; ++i) {
            QCOMPARE(auth.signIn(QStringLiteral("aliya"), QStringLiteral("wrong")).status,
                     SignInResult::Status::WrongCredentials);
            t.clock().advanceSeconds(10);
        }
        const SignInResult fifth = auth.signIn(QStringLiteral("aliya"), QStringLiteral("wrong"));
        QCOMPARE(fifth.status, SignInResult::Status::Locked);
        const QDateTime lockedAt = t.clock().nowUtc();
        QCOMPARE(fifth.lockedUntil, lockedAt.addSecs(15 * 60));
        QVERIFY(fifth.error.contains(QStringLiteral("locked until")));
        QVERIFY(start.secsTo(lockedAt) == 40);

        // The right password does not open a locked account ...
        QCOMPARE(auth.signIn(QStringLiteral("aliya"), kPassword).status,
                 SignInResult::Status::Locked);
        t.clock().set(lockedAt.addSecs(15 * 60 - 1));
        const SignInResult stillLocked = auth.signIn(QStringLiteral("aliya"), kPassword);
        QCOMPARE(stillLocked.status, SignInResult::Status::Locked);
        QCOMPARE(stillLocked.lockedUntil, lockedAt.addSecs(15 * 60));
        // ... until fifteen minutes have passed on the clock.
        t.clock().set(lockedAt.addSecs(15 * 60));
        const SignInResult after = auth.signIn(QStringLiteral("aliya"), kPassword);
        QVERIFY2(after.ok(), qPrintable(after.error));
        const auto stored = UserStore(t.db()).find(QStringLiteral("aliya"));
        QCOMPARE(stored->failedAttempts, 0);
        QVERIFY(!stored->lockedUntil.isValid());

        const QStringList types = accountEventTypes(t.db(), t.clock(), QStringLiteral("aliya"));
        QCOMPARE(types.count(QStringLiteral("sign_in_failed")), 4);
        QCOMPARE(types.count(QStringLiteral("account_locked")), 1);
        QCOMPARE(types.last(), QStringLiteral("signed_in"));
    }

    void lockExpiryGivesFiveFreshAttempts()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        addUser(t, QStringLiteral("aliya"), Role::Clerk);
        AuthService auth(t.db(), t.clock());
        for (int i = 0; i < AuthService::MaxFailures; ++i)
            auth.signIn(QStringLiteral("aliya"), QStringLiteral("wrong"));
        t.clock().advanceSeconds(15 * 60);
        for (int i = 1; i < AuthService::MaxFailures; ++i) {
            QCOMPARE(auth.signIn(QStringLiteral("aliya"), QStringLiteral("wrong")).status,
                     SignInResult::Status::WrongCredentials);
        }
        QCOMPARE(auth.signIn(QStringLiteral("aliya"), QStringLiteral("wrong")).status,
                 SignInResult::Status::Locked);
    }

    void successResetsTheFailureCount()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        addUser(t, QStringLiteral("aliya"), Role::Clerk);
        AuthService auth(t.db(), t.clock());
        for (int i = 1; i < AuthService::MaxFailures; ++i)
            auth.signIn(QStringLiteral("aliya"), QStringLiteral("wrong"));
        QVERIFY(auth.signIn(QStringLiteral("aliya"), kPassword).ok());
        for (int i = 1; i < AuthService::MaxFailures; ++i) {
            QCOMPARE(auth.signIn(QStringLiteral("aliya"), QStringLiteral("wrong")).status,
                     SignInResult::Status::WrongCredentials);
        }
        QVERIFY(auth.signIn(QStringLiteral("aliya"), kPassword).ok());
    }

    void disabledAccountIsRefused()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        addUser(t, QStringLiteral("aliya"), Role::Clerk);
        QString error;
        QVERIFY(UserStore(t.db()).setActive(QStringLiteral("aliya"), false, &error));
        AuthService auth(t.db(), t.clock());
        const SignInResult r = auth.signIn(QStringLiteral("aliya"), kPassword);
        QCOMPARE(r.status, SignInResult::Status::Disabled);
        QVERIFY(r.error.contains(QStringLiteral("disabled")));
        // A wrong password on a disabled account says nothing about the account.
        QCOMPARE(auth.signIn(QStringLiteral("aliya"), QStringLiteral("wrong")).status,
                 SignInResult::Status::WrongCredentials);
    }

    void unlockRecordsScreenUnlocked()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        addUser(t, QStringLiteral("aliya"), Role::Clerk);
        AuthService auth(t.db(), t.clock());
        QVERIFY(auth.unlock(QStringLiteral("aliya"), kPassword).ok());
        QCOMPARE(accountEventTypes(t.db(), t.clock(), QStringLiteral("aliya")).last(),
                 QStringLiteral("screen_unlocked"));
        QCOMPARE(auth.unlock(QStringLiteral("aliya"), QStringLiteral("wrong")).status,
                 SignInResult::Status::WrongCredentials);
    }

    void firstAdministratorOnlyOnAnEmptyDatabase()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        AuthService auth(t.db(), t.clock());
        QVERIFY(auth.needsFirstAdministrator());
        QString error;
        const User admin{QStringLiteral("Admin"), QStringLiteral("Admin Person"), QString(),
                         Role::Clerk};
        QVERIFY(!auth.createFirstAdministrator(admin, QStringLiteral("short1"), &error, kFast));
        QVERIFY(error.contains(QStringLiteral("at least 10")));
        QVERIFY2(auth.createFirstAdministrator(admin, kPassword, &error, kFast), qPrintable(error));
        QVERIFY(!auth.needsFirstAdministrator());
        const auto stored = UserStore(t.db()).find(QStringLiteral("admin"));
        QVERIFY(stored);
        QCOMPARE(stored->role, Role::Administrator); // whatever the draft said
        const User second{QStringLiteral("other"), QStringLiteral("Other"), QString(),
                          Role::Administrator};
        QVERIFY(!auth.createFirstAdministrator(second, kPassword, &error, kFast));
        QVERIFY(error.contains(QStringLiteral("already has accounts")));
        QVERIFY(!UserStore(t.db()).find(QStringLiteral("other")));
    }

    void changeOwnPassword()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        addUser(t, QStringLiteral("aliya"), Role::Clerk);
        AuthService auth(t.db(), t.clock());
        const SignInResult r = auth.signIn(QStringLiteral("aliya"), kPassword);
        QVERIFY(r.ok());
        Session session(t.db(), t.clock(), r.user);
        const QString next = QStringLiteral("Another2027pass");
        QString error;
        QVERIFY(!auth.changePassword(session, QStringLiteral("wrong"), next, &error, kFast));
        QVERIFY(error.contains(QStringLiteral("current password")));
        QVERIFY(
            !auth.changePassword(session, kPassword, QStringLiteral("aliya12345x"), &error, kFast));
        QVERIFY(error.contains(QStringLiteral("login")));
        QVERIFY(!auth.changePassword(session, kPassword, kPassword, &error, kFast));
        QVERIFY2(auth.changePassword(session, kPassword, next, &error, kFast), qPrintable(error));
        QCOMPARE(auth.signIn(QStringLiteral("aliya"), kPassword).status,
                 SignInResult::Status::WrongCredentials);
        QVERIFY(auth.signIn(QStringLiteral("aliya"), next).ok());
        QVERIFY(accountEventTypes(t.db(), t.clock(), QStringLiteral("aliya"))
                    .contains(QStringLiteral("password_changed")));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
