#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace certdesk::testing {

/// What one certdeskctl command gave when run in this process (Cli::run), as a script sees it.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    /// stdout as the one JSON object a command prints.
    QJsonObject json() const;
};

/// Runs certdeskctl with args in this process, input on its stdin.
CliRun runCli(const QStringList &args, const QString &input = QString());

} // namespace certdesk::testing
