#include "KillSoak.h"

#include "SoakWorker.h"

#include "domain/Event.h"
#include "storage/Backup.h"
#include "storage/ReadOnlyConnection.h"
#include "sync/CouchClient.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace certdesk::soak {

namespace {

const QStringList kWorkers {
    QStringLiteral("intake"), QStringLiteral("results"), QStringLiteral("indexes")};
const QString kPassword = QStringLiteral("Soak-Account-2026!");
const QString kWorkstation = QStringLiteral("ws-soak");

void say(const QString &line)
{
    std::fprintf(stderr, "certdesk-soak: %s\n", qPrintable(line));
    std::fflush(stderr);
}

quint64 inode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat s;
    if (::stat(QFile::encodeName(path).constData(), &s) == 0)
        return quint64(s.st_ino);
#else
    Q_UNUSED(path)
#endif
    return 0;
}

/// Whether process pid holds SQLite's write lock on the database at this moment: in WAL
/// mode byte 120 of the -shm file (WAL_WRITE_LOCK), with a rollback journal (the demo's
/// bulk load) the RESERVED or PENDING byte of the file itself (Linux's /proc/locks).
bool holdsWriteLock(qint64 pid, const QString &database)
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return false;
    const quint64 shm = inode(database + QStringLiteral("-shm"));
    const quint64 file = inode(database);
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.simplified().split(' ');
        // "1: POSIX ADVISORY WRITE 1234 fd:01:5678 120 120"
        if (f.size() < 8 || f.at(3) != "WRITE" || f.at(4).toLongLong() != pid)
            continue;
        const quint64 ino = f.at(5).split(':').value(2).toULongLong();
        const qint64 start = f.at(6).toLongLong();
        if ((shm != 0 && ino == shm && start == 120)
            || (file != 0 && ino == file && (start == 0x40000000 || start == 0x40000001)))
            return true;
    }
    return false;
}

} // namespace

KillSoak::KillSoak(const Options &options)
    : m_options(options)
    , m_random(options.seed)
{
}

int KillSoak::killDelayMs(const QString &operation)
{
    // A small, seeded generator: the same seed kills at the same moments of the schedule.
    m_random = m_random * 1664525u + 1013904223u;
    const double unit = double(m_random >> 8) / double(1u << 24);
    // Workers never end: their duration is the time to their third acknowledgement.
    return int(
        unit * (kWorkers.contains(operation) ? 1.5 : 1.2) * m_durationMs.value(operation, 1000));
}

bool KillSoak::command(const QStringList &args, QString *output)
{
    QProcess p;
    p.start(m_options.certdeskctl, args);
    if (!p.waitForStarted(30000) || !p.waitForFinished(600000)
        || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        say(QStringLiteral("certdeskctl %1 failed: %2")
                .arg(args.join(u' '), QString::fromUtf8(p.readAllStandardError())));
        return false;
    }
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

bool KillSoak::setUp()
{
    QFile stateFile(m_options.serverState);
    if (!stateFile.open(QIODevice::ReadOnly)) {
        say(QStringLiteral("no server state file %1").arg(m_options.serverState));
        return false;
    }
    const QJsonObject state = QJsonDocument::fromJson(stateFile.readAll()).object();
    if (state.contains(QLatin1String("skip"))) {
        say(QStringLiteral("no test server: %1")
                .arg(state.value(QLatin1String("skip")).toString()));
        return false;
    }
    const QString server
        = QStringLiteral("http://127.0.0.1:%1").arg(state.value(QLatin1String("port")).toInt());
    const QString admin = state.value(QLatin1String("admin")).toString();
    const QString adminPassword = state.value(QLatin1String("password")).toString();
    qputenv("CERTDESK_ADMIN_USER", admin.toUtf8());
    qputenv("CERTDESK_ADMIN_PASSWORD", adminPassword.toUtf8());
    qputenv("CERTDESK_ACCOUNT_PASSWORD", kPassword.toUtf8());
    qputenv("CERTDESK_SYNC_PASSWORD", kPassword.toUtf8());
    qputenv("QT_QPA_PLATFORM", "offscreen");

    QDir().mkpath(m_options.work + QStringLiteral("/backups"));
    QDir().mkpath(m_options.work + QStringLiteral("/reference"));
    m_main = m_options.work + QStringLiteral("/branch.db");
    m_database = QStringLiteral("certdesk_branch_soak_%1_%2")
                     .arg(m_options.seed)
                     .arg(QDateTime::currentMSecsSinceEpoch());
    say(QStringLiteral("setting up %1 and %2 on %3").arg(m_main, m_database, server));
    if (!command({QStringLiteral("--db"), m_main, QStringLiteral("demo"), QStringLiteral("--cases"),
            QStringLiteral("40"), QStringLiteral("--seed"), QString::number(m_options.seed)})
        || !command({QStringLiteral("sync"), QStringLiteral("init"), QStringLiteral("--server"),
            server, QStringLiteral("--db"), m_database, QStringLiteral("--members"),
            QStringLiteral("clerk,clerk2,supervisor,admin,demo")})
        || !command({QStringLiteral("sync"), QStringLiteral("account"), QStringLiteral("--server"),
            server, QStringLiteral("--db"), m_database, QStringLiteral("--name"), kWorkstation,
            QStringLiteral("--workstation")})
        || !command({QStringLiteral("--db"), m_main, QStringLiteral("sync"),
            QStringLiteral("configure"), QStringLiteral("--server"), server,
            QStringLiteral("--remote-db"), m_database, QStringLiteral("--user"), kWorkstation}))
        return false;
    m_server = std::make_unique<CouchClient>();
    m_server->setServer(QUrl(server));
    m_server->setDatabase(m_database);
    m_server->setCredentials(admin, adminPassword);
    {
        const ReadOnlyConnection db(m_main);
        QSqlQuery q(db.db());
        q.exec(QStringLiteral("SELECT case_id FROM cases ORDER BY case_id"));
        while (q.next())
            m_cases.append(q.value(0).toString());
    }
    // How long each certdeskctl operation takes when nothing stops it.
    for (const QString &operation : {QStringLiteral("sync"), QStringLiteral("rebuild"),
             QStringLiteral("backup"), QStringLiteral("demo")}) {
        if (operation == QLatin1String("sync") && !postProviderEvents(5))
            return false;
        QString file;
        const QStringList args = argumentsFor(operation, 0, &file);
        QElapsedTimer timer;
        timer.start();
        if (!command(args))
            return false;
        m_durationMs.insert(operation, int(std::max<qint64>(50, timer.elapsed())));
        if (file != m_main)
            QFile::remove(file);
        say(QStringLiteral("%1 takes %2 ms unkilled")
                .arg(operation)
                .arg(m_durationMs.value(operation)));
    }
    for (const QString &worker : kWorkers) {
        QString file;
        QProcess p;
        p.start(m_options.self, argumentsFor(worker, 0, &file));
        QElapsedTimer timer;
        timer.start();
        int acknowledged = 0;
        while (acknowledged < 3 && p.waitForReadyRead(120000)) {
            while (p.canReadLine()) {
                const QByteArray line = p.readLine();
                if (line.startsWith("ACK ")) {
                    ++acknowledged;
                    const QList<QByteArray> f = line.trimmed().split(' ');
                    if (f.value(1) == "receipt")
                        m_acknowledged.receipts.insert(QString::fromLatin1(f.value(2)));
                    else if (f.value(1) == "result")
                        m_acknowledged.results.insert(QString::fromLatin1(f.value(2)));
                }
            }
        }
        m_durationMs.insert(worker, int(std::max<qint64>(50, timer.elapsed())));
        p.kill();
        p.waitForFinished(60000);
        if (acknowledged < 3) {
            say(QStringLiteral("the %1 worker did not get going: %2")
                    .arg(worker, QString::fromUtf8(p.readAllStandardError())));
            return false;
        }
        say(QStringLiteral("%1 acknowledges 3 commits in %2 ms")
                .arg(worker)
                .arg(m_durationMs.value(worker)));
    }
    m_check = std::make_unique<SoakCheck>(
        m_options.work + QStringLiteral("/reference"), m_server.get());
    const QStringList before = m_check->check(m_main, m_acknowledged);
    for (const QString &problem : before)
        m_failures.append(QStringLiteral("before any kill: %1").arg(problem));
    return true;
}

bool KillSoak::postProviderEvents(int count)
{
    // The provider's notes on the branch's cases, chained as its workstation would chain
    // them: what the next sync pulls.
    QJsonArray docs;
    for (int i = 0; i < count && !m_cases.isEmpty(); ++i) {
        Event e = Event::make(EventType::Note,
            m_cases.at(int(m_random++ % quint32(m_cases.size()))),
            {{QStringLiteral("text"), QStringLiteral("provider note %1").arg(m_providerCount++)}});
        e.branch = QStringLiteral("0101");
        e.at = QDateTime::currentDateTimeUtc();
        e.by = m_server->user();
        e.device = QStringLiteral("provider-soak");
        e.prev = m_providerHead;
        m_providerHead = QString::fromLatin1(e.hash());
        docs.append(e.toJson());
    }
    const CouchResponse r
        = m_server->call(QByteArrayLiteral("POST"), m_server->dbUrl(QStringLiteral("/_bulk_docs")),
            QJsonDocument(QJsonObject {{QStringLiteral("docs"), docs}}));
    if (r.status != 201) {
        say(QStringLiteral("posting the provider's events failed: %1").arg(r.describe()));
        return false;
    }
    return true;
}

QStringList KillSoak::argumentsFor(const QString &operation, int round, QString *file) const
{
    *file = m_main;
    if (kWorkers.contains(operation))
        return {QStringLiteral("worker"), operation, m_main};
    if (operation == QLatin1String("rebuild"))
        return {QStringLiteral("--db"), m_main, QStringLiteral("rebuild")};
    if (operation == QLatin1String("backup")) {
        *file = m_options.work + QStringLiteral("/backups/backup-%1.db").arg(round);
        return {QStringLiteral("--db"), m_main, QStringLiteral("backup"), *file};
    }
    if (operation == QLatin1String("sync"))
        return {QStringLiteral("--db"), m_main, QStringLiteral("sync"), QStringLiteral("--once")};
    *file = m_options.work + QStringLiteral("/demo-%1.db").arg(round);
    return {QStringLiteral("--db"), *file, QStringLiteral("demo"), QStringLiteral("--cases"),
        QStringLiteral("200"), QStringLiteral("--seed"), QString::number(round)};
}

void KillSoak::runOnce(int round, const QString &operation)
{
    Tally &tally = m_tallies[operation];
    ++tally.runs;
    auto failed = [&](const QString &problem) {
        m_failures.append(QStringLiteral("round %1 (%2): %3").arg(round).arg(operation, problem));
    };
    if (operation == QLatin1String("sync") && !postProviderEvents(1 + int(m_random++ % 3)))
        failed(QStringLiteral("the provider's events could not be posted"));
    QString file;
    const QStringList args = argumentsFor(operation, round, &file);
    QProcess p;
    p.start(kWorkers.contains(operation) ? m_options.self : m_options.certdeskctl, args);
    if (!p.waitForStarted(30000)) {
        failed(QStringLiteral("did not start"));
        ++tally.failures;
        return;
    }
    const int delay = killDelayMs(operation);
    const qint64 pid = p.processId();
    bool finished = p.waitForFinished(delay);
    if (!finished) {
        if (holdsWriteLock(
                pid, file == m_main || operation == QLatin1String("demo") ? file : m_main))
            ++tally.duringWrite;
        p.kill();
        p.waitForFinished(60000);
        ++tally.killed;
    } else {
        ++tally.finished;
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            failed(QStringLiteral("ended with exit %1 before the kill: %2")
                       .arg(p.exitCode())
                       .arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 3 && f.at(0) == "ACK" && f.at(1) == "receipt")
            m_acknowledged.receipts.insert(QString::fromLatin1(f.at(2)));
        else if (f.size() == 3 && f.at(0) == "ACK" && f.at(1) == "result")
            m_acknowledged.results.insert(QString::fromLatin1(f.at(2)));
    }

    const int before = int(m_failures.size());
    const bool demo = operation == QLatin1String("demo");
    const QStringList problems
        = demo ? m_check->check(file, {}) : m_check->check(m_main, m_acknowledged);
    for (const QString &problem : problems)
        failed(problem);
    if (m_check->schemaIncompleteOnDisk())
        ++tally.repairedSchema;
    if (operation == QLatin1String("backup") && QFileInfo::exists(file)) {
        // Cut short, a backup must be refused by restore; complete, it must hold.
        const Backup::Inspection inspection = Backup::inspect(file);
        if (inspection.ok) {
            for (const QString &problem : m_check->check(file, {}))
                failed(QStringLiteral("the backup %1: %2").arg(file, problem));
            ++m_backupsComplete;
        } else {
            ++m_backupsRefused;
        }
    }
    if (file != m_main) {
        for (const QString &suffix :
            {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(file + suffix);
    }
    if (m_failures.size() > before)
        ++tally.failures;
}

bool KillSoak::run()
{
    if (!setUp())
        return false;
    const QStringList operations {QStringLiteral("intake"), QStringLiteral("results"),
        QStringLiteral("rebuild"), QStringLiteral("backup"), QStringLiteral("sync"),
        QStringLiteral("demo"), QStringLiteral("indexes")};
    QElapsedTimer timer;
    timer.start();
    for (int round = 1; round <= m_options.kills; ++round) {
        m_random = m_random * 1664525u + 1013904223u;
        const QString operation = operations.at(int((m_random >> 8) % quint32(operations.size())));
        runOnce(round, operation);
        if (round % 25 == 0 || round == m_options.kills)
            say(QStringLiteral("%1 of %2 runs, %3 failed checks, %4 s")
                    .arg(round)
                    .arg(m_options.kills)
                    .arg(m_failures.size())
                    .arg(timer.elapsed() / 1000));
    }
    m_seconds = timer.elapsed() / 1000;
    return true;
}

QString KillSoak::table() const
{
    QString out;
    QTextStream s(&out);
    s << "| operation | runs | killed | killed holding the write lock | finished before the kill "
         "| schema repaired at the next open | runs with a failed check |\n"
         "|---|---|---|---|---|---|---|\n";
    Tally total;
    for (auto it = m_tallies.cbegin(); it != m_tallies.cend(); ++it) {
        const Tally &t = it.value();
        s << "| " << it.key() << " | " << t.runs << " | " << t.killed << " | " << t.duringWrite
          << " | " << t.finished << " | " << t.repairedSchema << " | " << t.failures << " |\n";
        total.runs += t.runs;
        total.killed += t.killed;
        total.duringWrite += t.duringWrite;
        total.finished += t.finished;
        total.repairedSchema += t.repairedSchema;
        total.failures += t.failures;
    }
    s << "| **all** | " << total.runs << " | " << total.killed << " | " << total.duringWrite
      << " | " << total.finished << " | " << total.repairedSchema << " | " << total.failures
      << " |\n\n";
    s << "Acknowledged: " << m_acknowledged.receipts.size() << " receipts and "
      << m_acknowledged.results.size() << " results, each checked after every later kill. "
      << "Backups cut short: " << m_backupsRefused << " refused by restore; " << m_backupsComplete
      << " complete and checked. " << m_seconds << " s in all.\n";
    return out;
}

} // namespace certdesk::soak
