#include "cli/certdeskctl_support.h"

#include <QProcess>

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/EventStore.h"

namespace certdesk::testing {

Run run(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(qEnvironmentVariable("CERTDESK_BINARY_DIR") + QStringLiteral("/certdeskctl"), args);
    Run r;
    if (!p.waitForStarted(30000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    // Only a guard against a hung command: backups of demo branches take seconds under ASan.
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.code)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err).left(4000));
}

qint64 eventCount(const QString &path)
{
    Database db;
    QString error;
    if (db.open(path, &error) != Database::OpenResult::Ok)
        return -1;
    FixedClock clock(5 * 3600);
    return EventStore(db, clock).eventCount();
}

} // namespace certdesk::testing
