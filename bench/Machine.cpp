#include "Machine.h"

#include "domain/Clock.h"
#include "storage/CaseProjection.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QStringList>
#include <QSysInfo>
#include <QThread>

namespace certdesk::bench {

namespace {

QString readFirst(const QString &path, const QByteArray &key)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (key.isEmpty())
            return QString::fromUtf8(line).trimmed();
        if (line.startsWith(key))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return QString();
}

QString disk(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    QString device = QString::fromUtf8(storage.device());
    QString kind = QStringLiteral("unknown medium");
    // /dev/vda1 -> vda, /dev/nvme0n1p2 -> nvme0n1: the block device says if it rotates.
    QString name = device.section(u'/', -1);
    for (int i = 0; i < 3 && !name.isEmpty(); ++i) {
        const QString rotational
            = readFirst(QStringLiteral("/sys/block/%1/queue/rotational").arg(name), {});
        if (!rotational.isEmpty()) {
            kind = rotational == QLatin1String("1") ? QStringLiteral("reports rotational")
                                                    : QStringLiteral("reports non-rotational");
            break;
        }
        name.chop(1);
        if (name.endsWith(u'p'))
            name.chop(1);
    }
    return QStringLiteral("%1 (%2, %3), %4 GB free")
        .arg(device, QString::fromUtf8(storage.fileSystemType()), kind)
        .arg(storage.bytesAvailable() / (1024 * 1024 * 1024));
}

QString gitCommit()
{
    const QString given = qEnvironmentVariable("CERTDESK_BENCH_COMMIT");
    if (!given.isEmpty())
        return given;
    return QStringLiteral("unknown");
}

} // namespace

QString Machine::describe(const QString &databasePath, const QString &sqliteShellVersion)
{
    QStringList lines;
    const qint64 memKb
        = readFirst(QStringLiteral("/proc/meminfo"), "MemTotal").section(u' ', 0, 0).toLongLong();
    QString library;
    qint64 cases = -1;
    qint64 events = -1;
    {
        Database db;
        QString error;
        if (db.openCheckingLater(databasePath, &error) == Database::OpenResult::Ok) {
            QSqlQuery q(db.db());
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                library = q.value(0).toString();
            cases = CaseProjection::count(db);
            SystemClock clock(SettingsStore(db).utcOffsetSeconds());
            events = EventStore(db, clock).eventCount();
        }
    }
    lines.append(QStringLiteral("- date: %1; commit: %2")
                     .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), gitCommit()));
    lines.append(QStringLiteral("- CPU: %1; %2 logical cores")
                     .arg(readFirst(QStringLiteral("/proc/cpuinfo"), "model name"))
                     .arg(QThread::idealThreadCount()));
    lines.append(QStringLiteral("- RAM: %1 GB; kernel: %2 %3")
                     .arg(double(memKb) / 1024.0 / 1024.0, 0, 'f', 1)
                     .arg(QSysInfo::kernelType(), QSysInfo::kernelVersion()));
    lines.append(QStringLiteral("- disk: %1").arg(disk(databasePath)));
    lines.append(
        QStringLiteral("- Qt %1 (platform %2); SQLite library %3, sqlite3 shell %4")
            .arg(QString::fromLatin1(qVersion()), QGuiApplication::platformName(), library,
                sqliteShellVersion.isEmpty() ? QStringLiteral("missing") : sqliteShellVersion));
    // bench/run passes the load it saw before its first measurement (the GUI start).
    QString load = qEnvironmentVariable("CERTDESK_BENCH_LOADAVG");
    if (load.isEmpty())
        load = readFirst(QStringLiteral("/proc/loadavg"), {}).section(u' ', 0, 2);
    lines.append(QStringLiteral("- load average (1, 5, 15 min) before the run: %1").arg(load));
    lines.append(QStringLiteral("- database: %1 (%2 MB): %3 cases, %4 events")
                     .arg(QFileInfo(databasePath).fileName())
                     .arg(QFileInfo(databasePath).size() / (1024 * 1024))
                     .arg(cases)
                     .arg(events));
    return lines.join(u'\n');
}

} // namespace certdesk::bench
