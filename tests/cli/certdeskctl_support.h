#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace certdesk::testing {

/// What one run of the real certdeskctl binary gave; code -1 when it did not start or finish.
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs build/certdeskctl (from CERTDESK_BINARY_DIR) with args, input on its stdin.
Run run(const QStringList &args, const QByteArray &input = QByteArray());
/// Exit code, stdout and stderr, for a failed check's message.
QString describe(const Run &r);
/// The events stored in the database file at path (-1 when it cannot be opened).
qint64 eventCount(const QString &path);

} // namespace certdesk::testing
