// The idle lock: after the interval without input every window is hidden behind the lock
// screen; the same person unlocks with their password; another person may sign in without
// the first person's unfinished work being lost, and gets it back only for the first person.
#include <QtTest>

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>

#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>

#include "common/TestDatabase.h"
#include "services/AuditTrail.h"
#include "services/UserService.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"
#include "storage/UserStore.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/LockScreenGuard.h"
#include "ui/shell/LockScreenWatch.h"
#include "ui/shell/SignInDialog.h"

using namespace certdesk;

namespace {

constexpr int kFast = 1000;
const QString kPassword = QStringLiteral("Counter2026desk");

User person(const QString &login, Role role = Role::Clerk)
{
    return User {login, QStringLiteral("Person ") + login, QString(), role};
}

} // namespace

class TestLockScreen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    template<typename T> T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    void type(LockScreen &lock, const char *field, const QString &text)
    {
        child<QLineEdit>(&lock, field)->setText(text);
    }

    int failures(const QString &login)
    {
        const std::optional<UserRecord> u = UserStore(m_t->db()).find(login);
        return u ? u->failedAttempts : -1;
    }

    bool locked(const QString &login)
    {
        const std::optional<UserRecord> u = UserStore(m_t->db()).find(login);
        return u && u->lockedUntil.isValid() && m_t->clock().nowUtc() < u->lockedUntil;
    }

    /// The audit events of a type in an account's stream.
    int recorded(const QString &login, const QString &type)
    {
        int n = 0;
        for (const Event &e :
            EventStore(m_t->db(), m_t->clock()).caseEvents(AuditTrail::accountStream(login)))
            n += e.typeName == type ? 1 : 0;
        return n;
    }

    /// Types a password as keys and presses Enter, as at the counter.
    static void typeAndEnter(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(m_t->isValid());
        QString error;
        for (const QString &login : {QStringLiteral("aliya"), QStringLiteral("bolat")})
            QVERIFY2(UserService::createAccount(m_t->db(), m_t->clock(), person(login), kPassword,
                         QStringLiteral("setup"), &error, kFast),
                qPrintable(error));
    }

    void idleIntervalIsASetting()
    {
        QCOMPARE(LockScreenWatch::idleMinutes(m_t->db()), 5);
        QString error;
        QVERIFY(SettingsStore(m_t->db()).setValue(QStringLiteral("security.idle_lock_minutes"),
            QStringLiteral("2"), QStringLiteral("t"), &error));
        QCOMPARE(LockScreenWatch::idleMinutes(m_t->db()), 2);
    }

    void watchReportsIdleAndInputPostponesIt()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LockScreenWatch watch;
        QSignalSpy idle(&watch, &LockScreenWatch::idle);
        watch.start(400);
        // Keep typing for longer than the interval: no lock.
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(150);
            QTest::keyClick(&window, Qt::Key_A);
        }
        QCOMPARE(idle.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 3000);
        watch.stop();
        watch.start(0); // 0 = switched off
        QVERIFY(!watch.isActive());
    }

    void lockHidesEveryWindowAndTheSamePersonUnlocks()
    {
        QMainWindow main;
        main.show();
        QDialog wizard(&main); // a half-filled application, say
        wizard.show();
        LockScreen lock(m_t->db(), m_t->clock());
        QSignalSpy unlocked(&lock, &LockScreen::unlocked);
        lock.lock(person(QStringLiteral("aliya")));
        QVERIFY(lock.isLocked());
        QVERIFY(lock.isVisible());
        QVERIFY(!main.isVisible());
        QVERIFY(!wizard.isVisible());
        lock.lock(person(QStringLiteral("aliya"))); // idle again while locked: nothing changes
        QCOMPARE(lock.parkedCount(QStringLiteral("aliya")), 2);

        // Esc and closing do not open it.
        QTest::keyClick(&lock, Qt::Key_Escape);
        lock.close();
        QVERIFY(lock.isVisible());

        type(lock, "passwordEdit", QStringLiteral("wrong"));
        child<QPushButton>(&lock, "unlockButton")->click();
        QVERIFY(lock.isLocked());
        QVERIFY(child<QLabel>(&lock, "errorLabel")->text().contains(QStringLiteral("wrong")));
        QVERIFY(!main.isVisible());

        type(lock, "passwordEdit", kPassword);
        child<QPushButton>(&lock, "unlockButton")->click();
        QVERIFY(!lock.isLocked());
        QVERIFY(!lock.isVisible());
        QVERIFY(main.isVisible());
        QVERIFY(wizard.isVisible());
        QCOMPARE(unlocked.count(), 1);
        QCOMPARE(unlocked.first().at(0).value<User>().login, QStringLiteral("aliya"));

        const QList<Event> events
            = EventStore(m_t->db(), m_t->clock())
                  .caseEvents(AuditTrail::accountStream(QStringLiteral("aliya")));
        QCOMPARE(events.last().typeName, QStringLiteral("screen_unlocked"));
    }

    void anotherPersonSignsInWithoutLosingTheFirstOnesWork()
    {
        QMainWindow main;
        main.show();
        QDialog wizard(&main);
        QLineEdit *field = new QLineEdit(&wizard);
        field->setText(QStringLiteral("half filled"));
        wizard.show();
        LockScreen lock(m_t->db(), m_t->clock());
        QSignalSpy unlocked(&lock, &LockScreen::unlocked);

        lock.lock(person(QStringLiteral("aliya")));
        type(lock, "otherLoginEdit", QStringLiteral("bolat"));
        type(lock, "otherPasswordEdit", kPassword);
        child<QPushButton>(&lock, "switchButton")->click();
        QVERIFY(!lock.isLocked());
        QCOMPARE(lock.user().login, QStringLiteral("bolat"));
        QCOMPARE(unlocked.count(), 1);
        QCOMPARE(unlocked.first().at(1).value<User>().login, QStringLiteral("aliya"));
        // Bolat gets the window; Aliya's application stays hidden, intact.
        QVERIFY(main.isVisible());
        QVERIFY(!wizard.isVisible());
        QCOMPARE(lock.parkedCount(QStringLiteral("aliya")), 1);

        // Bolat steps away; Aliya comes back and finds her work.
        lock.lock(lock.user());
        QVERIFY(!main.isVisible());
        type(lock, "otherLoginEdit", QStringLiteral("aliya"));
        type(lock, "otherPasswordEdit", kPassword);
        child<QPushButton>(&lock, "switchButton")->click();
        QCOMPARE(lock.user().login, QStringLiteral("aliya"));
        QVERIFY(main.isVisible());
        QVERIFY(wizard.isVisible());
        QCOMPARE(field->text(), QStringLiteral("half filled"));
        QCOMPARE(lock.parkedCount(QStringLiteral("aliya")), 0);
    }

    void guardWiresItAllToAWindow()
    {
        QString error;
        QVERIFY(SettingsStore(m_t->db()).setValue(QStringLiteral("security.idle_lock_minutes"),
            QStringLiteral("3"), QStringLiteral("t"), &error));
        QMainWindow main;
        main.show();
        LockScreenGuard guard(m_t->db(), m_t->clock(), &main);
        QCOMPARE(guard.watch()->interval(), 3 * 60 * 1000);
        QVERIFY(guard.watch()->isActive());
        QCOMPARE(guard.lockAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        guard.lockAction()->trigger(); // nobody signed in yet: nothing to lock
        QVERIFY(!guard.lockScreen()->isLocked());

        guard.setUser(person(QStringLiteral("aliya")));
        QSignalSpy changed(&guard, &LockScreenGuard::userChanged);
        Q_EMIT guard.watch()->idle();
        QVERIFY(guard.lockScreen()->isLocked());
        QVERIFY(!main.isVisible());
        LockScreen &lock = *guard.lockScreen();
        type(lock, "otherLoginEdit", QStringLiteral("bolat"));
        type(lock, "otherPasswordEdit", kPassword);
        child<QPushButton>(&lock, "switchButton")->click();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(guard.user().login, QStringLiteral("bolat"));
        QVERIFY(main.isVisible());
    }

    // One wrong password typed and Enter is one failure, on every surface: the lock screen's
    // Enter used to run the field's handler and the default button's, so the account locked
    // after 3 typos while the message said 5, and the audit recorded failures never typed.
    void enterCountsOneWrongPasswordOnce()
    {
        LockScreen lock(m_t->db(), m_t->clock());
        lock.lock(person(QStringLiteral("aliya")));
        auto *password = child<QLineEdit>(&lock, "passwordEdit");
        auto *error = child<QLabel>(&lock, "errorLabel");
        for (int typo = 1; typo < 5; ++typo) {
            typeAndEnter(password, QStringLiteral("guess"));
            QCOMPARE(failures(QStringLiteral("aliya")), typo);
            QVERIFY2(error->text().contains(QStringLiteral("after 5 wrong password(s)")),
                qPrintable(error->text()));
            QVERIFY(lock.isLocked());
        }
        // Enter on an empty field, or in the other person's login, is no attempt at all.
        QTest::keyClick(password, Qt::Key_Return);
        auto *otherLogin = child<QLineEdit>(&lock, "otherLoginEdit");
        typeAndEnter(otherLogin, QStringLiteral("bolat"));
        QCOMPARE(failures(QStringLiteral("aliya")), 4);
        QCOMPARE(failures(QStringLiteral("bolat")), 0);
        QVERIFY(!locked(QStringLiteral("aliya")));
        // The fifth, as the message said.
        typeAndEnter(password, QStringLiteral("guess"));
        QVERIFY(locked(QStringLiteral("aliya")));
        QVERIFY2(error->text().contains(QStringLiteral("5 wrong password(s) in a row")),
            qPrintable(error->text()));
        QCOMPARE(recorded(QStringLiteral("aliya"), QStringLiteral("sign_in_failed")), 4);
        QCOMPARE(recorded(QStringLiteral("aliya"), QStringLiteral("account_locked")), 1);

        // Another person's wrong password by Enter in their field: one failure, theirs.
        auto *otherPassword = child<QLineEdit>(&lock, "otherPasswordEdit");
        typeAndEnter(otherPassword, QStringLiteral("guess"));
        QCOMPARE(failures(QStringLiteral("bolat")), 1);
        QCOMPARE(recorded(QStringLiteral("bolat"), QStringLiteral("sign_in_failed")), 1);
        QVERIFY(lock.isLocked());
    }

    void signInAndCertdeskctlCountAlike()
    {
        QString error;
        QVERIFY(UserService::createAccount(m_t->db(), m_t->clock(), person(QStringLiteral("cora")),
            kPassword, QStringLiteral("setup"), &error, kFast));
        // The sign-in dialog, by keyboard.
        SignInDialog dialog(m_t->db(), m_t->clock());
        dialog.show();
        auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(login, QStringLiteral("bolat"));
        QTest::keyClick(password, Qt::Key_Return); // empty: asked for, not counted
        QCOMPARE(failures(QStringLiteral("bolat")), 0);
        for (int typo = 1; typo < 5; ++typo) {
            typeAndEnter(password, QStringLiteral("guess"));
            QCOMPARE(failures(QStringLiteral("bolat")), typo);
        }
        QVERIFY(!locked(QStringLiteral("bolat")));
        typeAndEnter(password, QStringLiteral("guess"));
        QVERIFY(locked(QStringLiteral("bolat")));
        QCOMPARE(recorded(QStringLiteral("bolat"), QStringLiteral("sign_in_failed")), 4);

        // certdeskctl --as: one run, one attempt; an empty line is none.
        const QString binary
            = qEnvironmentVariable("CERTDESK_BINARY_DIR") + QStringLiteral("/certdeskctl");
        QVERIFY2(QFileInfo::exists(binary), qPrintable(binary));
        auto run = [&](const QByteArray &input) {
            QProcess p;
            p.start(binary,
                {QStringLiteral("--db"), m_t->db().path(), QStringLiteral("user"),
                    QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("cora")});
            p.write(input);
            p.closeWriteChannel();
            if (!p.waitForFinished(60000))
                qWarning("certdeskctl did not finish");
            return QString::fromUtf8(p.readAllStandardError());
        };
        run("\n");
        QCOMPARE(failures(QStringLiteral("cora")), 0);
        QString said;
        for (int typo = 1; typo < 5; ++typo) {
            said = run("guess\n");
            QCOMPARE(failures(QStringLiteral("cora")), typo);
        }
        QVERIFY2(said.contains(QStringLiteral("after 5 wrong password(s)")), qPrintable(said));
        said = run("guess\n");
        QVERIFY2(said.contains(QStringLiteral("5 wrong password(s) in a row")), qPrintable(said));
        QCOMPARE(recorded(QStringLiteral("cora"), QStringLiteral("sign_in_failed")), 4);
        QCOMPARE(recorded(QStringLiteral("cora"), QStringLiteral("account_locked")), 1);
    }

    void lockingIsInTheAuditLog()
    {
        QMainWindow main;
        main.show();
        LockScreenGuard guard(m_t->db(), m_t->clock(), &main);
        guard.setUser(person(QStringLiteral("aliya")));
        guard.lockAction()->trigger();
        QVERIFY(guard.lockScreen()->isLocked());
        QList<Event> events = EventStore(m_t->db(), m_t->clock())
                                  .caseEvents(AuditTrail::accountStream(QStringLiteral("aliya")));
        QCOMPARE(events.last().typeName, QStringLiteral("screen_locked"));
        QCOMPARE(events.last().data.value(QLatin1String("reason")).toString(),
            QStringLiteral("by_hand"));
        QCOMPARE(events.last().by, QStringLiteral("aliya"));

        type(*guard.lockScreen(), "passwordEdit", kPassword);
        child<QPushButton>(guard.lockScreen(), "unlockButton")->click();
        QVERIFY(!guard.lockScreen()->isLocked());
        Q_EMIT guard.watch()->idle();
        events = EventStore(m_t->db(), m_t->clock())
                     .caseEvents(AuditTrail::accountStream(QStringLiteral("aliya")));
        QCOMPARE(events.last().typeName, QStringLiteral("screen_locked"));
        QCOMPARE(
            events.last().data.value(QLatin1String("reason")).toString(), QStringLiteral("idle"));
    }

    void lockedAccountCannotUnlock()
    {
        LockScreen lock(m_t->db(), m_t->clock());
        lock.lock(person(QStringLiteral("aliya")));
        for (int i = 0; i < 5; ++i) {
            type(lock, "passwordEdit", QStringLiteral("guess"));
            child<QPushButton>(&lock, "unlockButton")->click();
        }
        type(lock, "passwordEdit", kPassword);
        child<QPushButton>(&lock, "unlockButton")->click();
        QVERIFY(lock.isLocked());
        QVERIFY(child<QLabel>(&lock, "errorLabel")->text().contains(QStringLiteral("locked")));
        // Fifteen minutes later on the clock, the password opens it again.
        m_t->clock().advanceSeconds(15 * 60);
        type(lock, "passwordEdit", kPassword);
        child<QPushButton>(&lock, "unlockButton")->click();
        QVERIFY(!lock.isLocked());
    }
};

QTEST_MAIN(TestLockScreen)
#include "tst_auth_lockscreen.moc"
