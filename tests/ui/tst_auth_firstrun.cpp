// The first start: an empty database asks for the administrator; a damaged database offers
// to restore a backup, refusing one that is damaged too.
#include <QtTest>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "common/TestDatabase.h"
#include "services/AuthService.h"
#include "services/BackupService.h"
#include "storage/Backup.h"
#include "storage/UserStore.h"
#include "ui/shell/FirstRunDialog.h"
#include "ui/shell/FirstRunRestoreDialog.h"

using namespace certdesk;

class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    static void fill(FirstRunDialog &d, const QString &login, const QString &password,
                     const QString &repeat)
    {
        child<QLineEdit>(&d, "loginEdit")->setText(login);
        child<QLineEdit>(&d, "nameEdit")->setText(QStringLiteral("Ахметова Динара"));
        child<QLineEdit>(&d, "positionEdit")->setText(QStringLiteral("Администратор"));
        child<QLineEdit>(&d, "passwordEdit")->setText(password);
        child<QLineEdit>(&d, "repeatEdit")->setText(repeat);
    }

private Q_SLOTS:
    void createsTheAdministratorAndSignsIn()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        FirstRunDialog dialog(t.db(), t.clock());
        QVERIFY(child<QLabel>(&dialog, "policyLabel")->text().contains(QStringLiteral("10")));

        fill(dialog, QStringLiteral("Admin"), QStringLiteral("Branch2026desk"),
             QStringLiteral("Branch2026dask"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("differ")));

        fill(dialog, QStringLiteral("Admin"), QStringLiteral("short1"), QStringLiteral("short1"));
        dialog.accept();
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("at least 10")));
        QVERIFY(AuthService(t.db(), t.clock()).needsFirstAdministrator());

        fill(dialog, QStringLiteral("Admin"), QStringLiteral("Branch2026desk"),
             QStringLiteral("Branch2026desk"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().login, QStringLiteral("admin"));
        QCOMPARE(dialog.user().role, Role::Administrator);
        const auto stored = UserStore(t.db()).find(QStringLiteral("admin"));
        QVERIFY(stored);
        QVERIFY(stored->credentials.iterations >= 600000);
        QVERIFY(!AuthService(t.db(), t.clock()).needsFirstAdministrator());
    }

    void damagedDatabaseIsRestoredFromABackup()
    {
        test::TestDatabase t;
        QVERIFY(t.isValid());
        const QString good = t.dir() + QStringLiteral("/good.db");
        QString error;
        QVERIFY2(BackupService::write(t.db(), t.clock(), QStringLiteral("t"), good, &error),
                 qPrintable(error));
        const QString bad = t.dir() + QStringLiteral("/bad.db");
        QVERIFY(QFile::copy(good, bad));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096);
            f.write(QByteArray(3 * 4096, '\x33'));
        }
        const QString live = t.path();
        t.db().close();

        FirstRunRestoreDialog dialog(live, QStringLiteral("the database is damaged"), t.clock());
        QPushButton *restore = child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok);
        QVERIFY(!restore->isEnabled());
        dialog.setBackup(bad);
        QVERIFY(!restore->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, "inspectionLabel")->text().isEmpty());
        dialog.setBackup(good);
        QVERIFY(restore->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "inspectionLabel")->text().contains(QStringLiteral("intact")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(QFile::exists(dialog.keptAs()));
        Database db;
        QCOMPARE(db.open(live, &error), Database::OpenResult::Ok);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_auth_firstrun.moc"
