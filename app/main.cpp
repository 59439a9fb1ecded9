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
#include "storage/SettingsStore.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

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

    certdesk::Database database;
    QString error;
    switch (database.open(path, &error)) {
    case certdesk::Database::OpenResult::Ok: break;
    default:
        return fail(QCoreApplication::translate("main", "The database %1 cannot be opened: %2").arg(path, error));
    }
    if (!certdesk::CalendarStore(database).ensureSeeded(&error))
        return fail(error);

    certdesk::SystemClock clock;
    clock.setUtcOffsetSeconds(certdesk::SettingsStore(database).utcOffsetSeconds());

    if (certdesk::AuthService(database, clock).needsFirstAdministrator())
        return fail(QCoreApplication::translate("main",
                                                "The database %1 has no accounts yet. Create the first one with "
                                                "certdeskctl (for a demonstration: certdeskctl --db FILE demo).")
                        .arg(path));

    certdesk::SignInDialog signIn(database, clock);
    if (signIn.exec() != QDialog::Accepted)
        return 0;
    certdesk::Session session(database, clock, signIn.user());
    certdesk::MainWindow window(session);
    window.show();
    // Take the keyboard at once, also where no window manager hands it over (kiosk setups).
    window.activateWindow();
    return app.exec();
}
