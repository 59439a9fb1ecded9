#pragma once

#include <QString>
#include <QUrl>

namespace certdesk {

/// Where this workstation syncs: the central server, the branch database and the user.
/// No server URL means the embedded default: SQLite only, no sync.
struct SyncConfig
{
    QUrl server;
    QString database; ///< certdesk_branch_<code>
    QString user;
    QString caFile;   ///< optional extra CA certificate (PEM) for HTTPS

    bool isEnabled() const { return server.isValid() && !server.isEmpty() && !database.isEmpty(); }
    static QString databaseNameForBranch(const QString &branchCode);
};

} // namespace certdesk
