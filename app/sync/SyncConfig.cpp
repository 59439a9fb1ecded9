#include "sync/SyncConfig.h"

#include "domain/EventText.h"
#include "storage/SettingsStore.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace certdesk {

namespace {

const QString kServer = QStringLiteral("sync.server");
const QString kDatabase = QStringLiteral("sync.database");
const QString kUser = QStringLiteral("sync.user");
const QString kCaFile = QStringLiteral("sync.ca_file");

} // namespace

QString SyncConfig::databaseNameForBranch(const QString &branchCode)
{
    return QStringLiteral("certdesk_branch_%1").arg(branchCode);
}

QString SyncConfig::roleForDatabase(const QString &database)
{
    const QString prefix = QStringLiteral("certdesk_branch_");
    if (database.startsWith(prefix) && database.size() > prefix.size())
        return QStringLiteral("branch_") + database.mid(prefix.size());
    return database;
}

bool SyncConfig::fromTyped(const QString &server, const QString &database, const QString &user,
    const QString &caFile, SyncConfig *out, QString *error)
{
    SyncConfig c;
    const QString serverText = server.trimmed();
    if (!serverText.isEmpty())
        c.server = QUrl(serverText, QUrl::StrictMode);
    c.database = database.trimmed();
    c.user = user.trimmed();
    c.caFile = caFile.trimmed();
    QString message;
    // CouchDB's own rule for database names.
    static const QRegularExpression dbName(QStringLiteral("^[a-z][a-z0-9_$()+/-]*$"));
    if (serverText.isEmpty()) {
        // no server: sync stays off, which is a valid choice
    } else if (!c.server.isValid()
        || (c.server.scheme() != QLatin1String("https")
            && c.server.scheme() != QLatin1String("http"))
        || c.server.host().isEmpty() || c.server.hasQuery() || c.server.hasFragment()
        || EventText::firstRefused(serverText) >= 0) {
        message = tr("Server address: \"%1\" is not a web address. Write it as "
                     "https://name:port, as the administrator gave it.")
                      .arg(serverText);
    } else if (!dbName.match(c.database).hasMatch()) {
        message = tr("Branch database: \"%1\" is not a database name. Use lower-case letters, "
                     "digits and _ as in certdesk_branch_0101.")
                      .arg(c.database);
    } else if (c.user.isEmpty()) {
        message = tr("Account: it is empty. Enter the workstation's account on the server.");
    } else if (const qsizetype at = EventText::firstRefused(c.user); at >= 0) {
        message = tr("Account: \"%1\" holds %2, which is not text. Type the account name again.")
                      .arg(c.user, EventText::describe(c.user, at));
    } else if (!c.caFile.isEmpty() && !QFileInfo(c.caFile).isReadable()) {
        message = tr("CA certificate: the file %1 cannot be read. Choose the file again, or "
                     "leave the field empty to trust the system's certificates.")
                      .arg(c.caFile);
    }
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    *out = c;
    return true;
}

SyncConfig SyncConfig::load(const SettingsStore &settings)
{
    SyncConfig c;
    const QString server = settings.value(kServer);
    if (!server.isEmpty())
        c.server = QUrl(server);
    c.database = settings.value(kDatabase);
    c.user = settings.value(kUser);
    c.caFile = settings.value(kCaFile);
    return c;
}

bool SyncConfig::save(SettingsStore &settings, const QString &by, QString *error) const
{
    // An empty value is stored as '' (a null QString would be bound as NULL).
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    return settings.setValue(kServer, text(server.toString()), by, error)
        && settings.setValue(kDatabase, text(database), by, error)
        && settings.setValue(kUser, text(user), by, error)
        && settings.setValue(kCaFile, text(caFile), by, error);
}

QString SyncConfig::credentialKey() const
{
    QString where = server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    while (where.endsWith(QLatin1Char('/')))
        where.chop(1);
    return QStringLiteral("%1@%2/%3").arg(user, where, database);
}

} // namespace certdesk
