#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

#include "domain/Clock.h"
#include "services/AuthService.h"
#include "services/Session.h"
#include "storage/CalendarStore.h"
#include "storage/Database.h"
#include "storage/DeviceLineage.h"
#include "storage/SettingsStore.h"
#include "ui/shell/CounterTools.h"
#include "ui/shell/FirstRunDialog.h"
#include "ui/shell/FirstRunRestoreDialog.h"
#include "ui/shell/IntegrityWatch.h"
#include "ui/shell/Language.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/SingleInstance.h"
#include "ui/shell/UpgradeWindow.h"

namespace {

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("certdesk.db"));
}

int fail(const QString &text)
{
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CertDesk"), text);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CertDesk"));
    QApplication::setOrganizationName(QStringLiteral("CertDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));
    // The language of last time, before any text is shown; switched at sign-in or later.
    certdesk::Language language;
    language.apply(certdesk::Language::remembered());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "The counter for the certificate of no criminal record."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "The branch database (default: %1).").arg(defaultDatabasePath()),
        QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();

    // One window per database: a second start brings the first forward instead of opening
    // the file a second time (two windows writing one counter's receipts and sessions).
    certdesk::SingleInstance instance(path);
    if (!instance.claim()) {
        const QString refusal = instance.refusal();
        fprintf(stderr, "%s\n", qPrintable(refusal));
        return instance.otherAnswered() ? 0 : fail(refusal);
    }
    QObject::connect(&instance, &certdesk::SingleInstance::activationRequested, &app,
        &certdesk::SingleInstance::bringForward);

    certdesk::Database database;
    // Until the database is open only UTC is read (a restore records when it happened); the
    // branch's offset is set from the database before anything reads branch time.
    certdesk::SystemClock clock(0);
    QString error;
    // A file of an older version is checked and upgraded before anything else, in a window
    // that says so (minutes on a large branch); how it went, the open below says.
    if (!certdesk::IntegrityWatch::foundDamaged(path) && certdesk::Database::needsUpgrade(path)) {
        certdesk::UpgradeWindow upgrade(path);
        upgrade.run(&error);
    }
    for (;;) {
        // The quick check reads the whole file (seconds at a million cases): it runs beside the
        // open window (IntegrityWatch), unless that check found this file damaged last time —
        // then it runs first, and a damaged file leads to the restore below.
        const bool checkFirst = certdesk::IntegrityWatch::foundDamaged(path);
        const certdesk::Database::OpenResult result =
            checkFirst ? database.open(path, &error) : database.openCheckingLater(path, &error);
        if (result == certdesk::Database::OpenResult::Ok) {
            if (checkFirst)
                certdesk::IntegrityWatch::clearFound(path);
            break;
        }
        if (result != certdesk::Database::OpenResult::Damaged)
            return fail(QCoreApplication::translate("main", "The database %1 cannot be opened: %2").arg(path, error));
        // A damaged file is never used: the way out is a backup, chosen and checked here.
        certdesk::FirstRunRestoreDialog restore(path, error, clock);
        if (restore.exec() != QDialog::Accepted)
            return 1;
    }
    if (!certdesk::CalendarStore(database).ensureSeeded(&error))
        return fail(error);
    clock.setUtcOffsetSeconds(certdesk::SettingsStore(database).utcOffsetSeconds());
    {
        // A file copied from another computer takes a device id of its own before it writes
        // anything; the main window then says why receipt numbers wait for a supervisor. A
        // file that cannot be written now is checked at its next start.
        certdesk::DeviceLineage::MachineCheck check
            = certdesk::DeviceLineage::MachineCheck::Unknown;
        certdesk::DeviceLineage(database, clock)
            .checkMachine(certdesk::DeviceLineage::currentMachine(),
                certdesk::DeviceLineage::systemAuthor(), &check, &error);
    }

    certdesk::User user;
    if (certdesk::AuthService(database, clock).needsFirstAdministrator()) {
        // A new, empty database: its first account is the administrator's.
        certdesk::FirstRunDialog firstRun(database, clock);
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
        user = firstRun.user();
    } else {
        certdesk::SignInDialog signIn(database, clock);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        user = signIn.user();
    }
    certdesk::Session session(database, clock, user);
    certdesk::MainWindow window(session);
    certdesk::CounterTools tools(window, session);
    window.show();
    // Take the keyboard at once, also where no window manager hands it over (kiosk setups).
    window.activateWindow();
    return app.exec();
}
