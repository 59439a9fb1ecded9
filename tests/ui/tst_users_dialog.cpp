// The accounts dialog: an administrator adds, resets, changes roles and disables through the
// core; the core's refusals are shown; a clerk or supervisor gets the refusal, not the list.
#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "common/TestDatabase.h"
#include "services/AuthService.h"
#include "services/UserService.h"
#include "storage/UserStore.h"
#include "ui/admin/UsersDialog.h"

using namespace certdesk;

namespace {

constexpr int kFast = 1000;
const QString kPassword = QStringLiteral("Counter2026desk");

} // namespace

class TestUsersDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    Session as(const QString &login, Role role)
    {
        return Session(m_t->db(), m_t->clock(), User{login, login, QString(), role});
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(m_t->isValid());
        QString error;
        QVERIFY(AuthService(m_t->db(), m_t->clock())
                    .createFirstAdministrator(User{QStringLiteral("admin"), QStringLiteral("Admin"),
                                                   QString(), Role::Administrator},
                                              kPassword, &error, kFast));
        QVERIFY(UserService::createAccount(m_t->db(), m_t->clock(),
                                           User{QStringLiteral("aliya"), QStringLiteral("Aliya"),
                                                QStringLiteral("clerk"), Role::Clerk},
                                           kPassword, QStringLiteral("admin"), &error, kFast));
    }

    void listsTheAccounts()
    {
        Session admin = as(QStringLiteral("admin"), Role::Administrator);
        UsersDialog dialog(admin);
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(dialog.model()->index(1, UsersDialog::LoginColumn).data().toString(),
                 QStringLiteral("aliya"));
        QCOMPARE(dialog.model()->index(1, UsersDialog::StateColumn).data().toString(),
                 QStringLiteral("enabled"));
    }

    void clerkSeesTheRefusal()
    {
        Session clerk = as(QStringLiteral("aliya"), Role::Clerk);
        UsersDialog dialog(clerk);
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(dialog.message().contains(QStringLiteral("manage users")));
        QVERIFY(!child<QPushButton>(&dialog, "addButton")->isEnabled());
    }

    void addResetRoleAndDisable()
    {
        Session admin = as(QStringLiteral("admin"), Role::Administrator);
        UsersDialog dialog(admin);

        child<QLineEdit>(&dialog, "loginEdit")->setText(QStringLiteral("Bolat"));
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Bolat B"));
        child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("weak"));
        child<QLineEdit>(&dialog, "repeatEdit")->setText(QStringLiteral("weak"));
        dialog.addAccount();
        QVERIFY2(dialog.message().contains(QStringLiteral("at least 10")), qPrintable(dialog.message()));
        QCOMPARE(dialog.model()->rowCount(), 2);

        child<QLineEdit>(&dialog, "passwordEdit")->setText(kPassword);
        child<QLineEdit>(&dialog, "repeatEdit")->setText(kPassword);
        child<QComboBox>(&dialog, "newRoleCombo")->setCurrentIndex(1); // supervisor
        dialog.addAccount();
        QVERIFY2(dialog.message().contains(QStringLiteral("was added")), qPrintable(dialog.message()));
        QCOMPARE(dialog.model()->rowCount(), 3);
        QCOMPARE(UserStore(m_t->db()).find(QStringLiteral("bolat"))->role, Role::Supervisor);
        QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());

        dialog.select(QStringLiteral("aliya"));
        child<QComboBox>(&dialog, "roleCombo")->setCurrentIndex(1);
        dialog.changeRole();
        QCOMPARE(UserStore(m_t->db()).find(QStringLiteral("aliya"))->role, Role::Supervisor);

        dialog.select(QStringLiteral("aliya"));
        child<QLineEdit>(&dialog, "resetEdit")->setText(QStringLiteral("Another2027pw"));
        child<QLineEdit>(&dialog, "resetRepeatEdit")->setText(QStringLiteral("Another2027pw"));
        dialog.resetPassword();
        QVERIFY2(dialog.message().contains(QStringLiteral("was reset")), qPrintable(dialog.message()));
        QVERIFY(AuthService(m_t->db(), m_t->clock())
                    .signIn(QStringLiteral("aliya"), QStringLiteral("Another2027pw"))
                    .ok());

        dialog.select(QStringLiteral("aliya"));
        dialog.toggleActive();
        QVERIFY(!UserStore(m_t->db()).find(QStringLiteral("aliya"))->active);
        QCOMPARE(dialog.model()->index(1, UsersDialog::StateColumn).data().toString(),
                 QStringLiteral("disabled"));

        // The core's own rule, shown as is: the last administrator stays.
        dialog.select(QStringLiteral("admin"));
        child<QComboBox>(&dialog, "roleCombo")->setCurrentIndex(0);
        dialog.changeRole();
        QVERIFY2(dialog.message().contains(QStringLiteral("last active administrator")),
                 qPrintable(dialog.message()));
    }
};

QTEST_MAIN(TestUsersDialog)
#include "tst_users_dialog.moc"
