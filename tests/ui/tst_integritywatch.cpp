// The start's quick check, run beside the open window: the window opens at once on a big
// file; a damaged file found by the background check is never silently used — the clerk is
// told which file, that nothing more is saved and the way out, every write is refused from
// then on, and the next start checks the file before opening it.
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "common/DamagedFile.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/IntegrityWatch.h"
#include "ui/shell/UpgradeWindow.h"

using namespace certdesk;
using certdesk::test::fileHash;

namespace {

QString statusText(QMainWindow &window)
{
    QStringList texts;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->isVisible())
            texts.append(label->text());
    }
    return texts.join(u'|');
}

} // namespace

class TestIntegrityWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    void aWholeFileIsCheckedBesideTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("branch.db"));
        QVERIFY(test::makeFilledFile(path));
        Database db;
        QString error;
        QCOMPARE(db.openCheckingLater(path, &error), Database::OpenResult::Ok);
        QVERIFY(!db.checkedAtOpen());
        QMainWindow window;
        window.statusBar(); // made before it is shown, as MainWindow does
        window.show();
        IntegrityWatch watch(window, db);
        QSignalSpy checked(&watch, &IntegrityWatch::checked);
        QSignalSpy damaged(&watch, &IntegrityWatch::damaged);
        watch.start();
        QVERIFY(watch.isChecking());
        QVERIFY2(statusText(window).contains(QLatin1String("Checking the database file")),
            qPrintable(statusText(window)));
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(damaged.count(), 0);
        QVERIFY(statusText(window).isEmpty());
        QVERIFY(!db.writesRefused());
        QVERIFY(SettingsStore(db).setValue(QStringLiteral("branch.name"), QStringLiteral("Yesil"),
            QStringLiteral("test"), &error));
        QVERIFY(!IntegrityWatch::foundDamaged(path));
    }

    void aDamagedFileFoundInTheBackgroundStopsEveryWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("branch.db"));
        QVERIFY(test::makeFilledFile(path));
        QVERIFY(test::tearNearEnd(path));
        Database db;
        QString error;
        // The header is whole: the GUI's start opens the file without reading all of it.
        QCOMPARE(db.openCheckingLater(path, &error), Database::OpenResult::Ok);
        const QByteArray before = fileHash(path);
        QMainWindow window;
        window.statusBar(); // made before it is shown, as MainWindow does
        window.show();
        IntegrityWatch watch(window, db);
        QSignalSpy damaged(&watch, &IntegrityWatch::damaged);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        watch.start();
        QTRY_COMPARE(damaged.count(), 1);

        // What the clerk reads: the file, the damage, that nothing is saved, the way out.
        const QString message = MessageBox::lastText();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("saves nothing more")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("restore")), qPrintable(message));
        QVERIFY2(statusText(window).contains(QLatin1String("nothing is saved")),
            qPrintable(statusText(window)));

        // Every write is refused: through a transaction and through a bare statement.
        QVERIFY(db.writesRefused());
        bool ran = false;
        QVERIFY(!Transaction::run(db, &error, [&](Transaction &) { return ran = true; }));
        QVERIFY(!ran);
        QVERIFY(!SettingsStore(db).setValue(QStringLiteral("branch.name"), QStringLiteral("Yesil"),
            QStringLiteral("test"), &error));
        QSqlQuery q(db.db());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('after', 'x')")));
        db.close();
        QCOMPARE(fileHash(path), before);

        // The next start checks before it opens, and so leads to the restore.
        QVERIFY(IntegrityWatch::foundDamaged(path));
        Database again;
        QCOMPARE(again.open(path, &error), Database::OpenResult::Damaged);
    }

    void anOlderFileIsUpgradedInAWindowThatSaysSo()
    {
        // A file of an older version is checked whole and migrated before the start goes on:
        // minutes on a large branch, in a window that says so and cannot be closed half-way.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("branch.db"));
        QString error;
        {
            Database old;
            QCOMPARE(old.openAtVersion(path, Database::latestVersion() - 1, &error),
                Database::OpenResult::Ok);
        }
        QVERIFY(Database::needsUpgrade(path));
        UpgradeWindow window(path);
        bool shownWhileRunning = false;
        bool stayedOpen = false;
        QString said;
        QTimer::singleShot(0, &window, [&]() {
            shownWhileRunning = window.isVisible();
            for (QLabel *label : window.findChildren<QLabel *>())
                said += label->text();
            QTest::keyClick(&window, Qt::Key_Escape);
            window.close();
            stayedOpen = window.isVisible();
        });
        QVERIFY2(window.run(&error), qPrintable(error));
        QVERIFY(shownWhileRunning);
        QVERIFY(stayedOpen);
        QVERIFY2(said.contains(QLatin1String("older version")) && said.contains(u"branch.db"),
            qPrintable(said));
        QVERIFY(!window.isVisible());
        QVERIFY(!Database::needsUpgrade(path));
        Database db;
        QCOMPARE(db.openCheckingLater(path, &error), Database::OpenResult::Ok);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
    }

    void onlyAnOlderDatabaseNeedsTheUpgrade()
    {
        QTemporaryDir dir;
        const QString current = dir.filePath(QStringLiteral("current.db"));
        QVERIFY(test::makeFilledFile(current));
        QVERIFY(!Database::needsUpgrade(current));
        QVERIFY(!Database::needsUpgrade(dir.filePath(QStringLiteral("absent.db"))));
        const QString text = dir.filePath(QStringLiteral("notes.db"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a database, but long enough to be read as one: ", 52);
        notes.close();
        QVERIFY(!Database::needsUpgrade(text));
    }

    void aDamagedOlderFileIsLeftToTheStartsOpen()
    {
        // The upgrade's check finds the damage: the window goes, and the start's own open
        // says so (and offers a backup there).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("branch.db"));
        QVERIFY(test::makeFilledFile(path));
        {
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() - 1)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY(test::tearNearEnd(path));
        QVERIFY(Database::needsUpgrade(path));
        UpgradeWindow window(path);
        QString error;
        QVERIFY(!window.run(&error));
        QVERIFY2(!error.isEmpty(), "no reason given");
        QVERIFY(!window.isVisible());
        Database db;
        QCOMPARE(db.openCheckingLater(path, &error), Database::OpenResult::Damaged);
    }
};

QTEST_MAIN(TestIntegrityWatch)
#include "tst_integritywatch.moc"
