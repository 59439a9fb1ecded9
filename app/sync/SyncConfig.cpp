#include "sync/SyncConfig.h"

#include "storage/SettingsStore.h"

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
