// The idle lock: after the interval without input every window is hidden behind the lock
// screen; the same person unlocks with their password; another person may sign in without
// the first person's unfinished work being lost, and gets it back only for the first person.
#include <QtTest>

#include <QDialog>
#include <QLabel>
#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>

#include "common/TestDatabase.h"
#include "services/AuditTrail.h"
#include "services/UserService.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/LockScreenGuard.h"
#include "ui/shell/LockScreenWatch.h"

using namespace certdesk;

namespace {

constexpr int kFast = 1000;
const QString kPassword = QStringLiteral("Counter2026desk");

User person(const QString &login, Role role = Role::Clerk)
{
    return User{login, QStringLiteral("Person ") + login, QString(), role};
}

} // namespace

class TestLockScreen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    template<typename T>
    T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    void type(LockScreen &lock, const char *field, const QString &text)
    {
        child<QLineEdit>(&lock, field)->setText(text);
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
                                                  QStringLiteral("2"), QStringLiteral("t"),
                                                  &error));
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

        const QList<Event> events = EventStore(m_t->db(), m_t->clock())
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
                                                  QStringLiteral("3"), QStringLiteral("t"),
                                                  &error));
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
