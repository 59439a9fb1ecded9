// Crashes in the middle of a sync: the server killed during a push and restarted, and a
// workstation killed with SIGKILL while sending, while receiving, and during a first pull
// made without its secondary indexes. Nothing is lost and nothing is doubled, on either side,
// and the next open has every index back.
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include "branch_support.h"
#include "storage/CaseProjection.h"
#include "storage/SchemaCheck.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

/// The child workstation: syncs a database once, printing its progress, until killed.
int runChild()
{
    const QJsonObject c = QJsonDocument::fromJson(qgetenv("CERTDESK_SYNC_CHILD")).object();
    Database db;
    QString error;
    if (db.open(c.value(QLatin1String("db")).toString(), &error) != Database::OpenResult::Ok) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 2;
    }
    SystemClock clock {5 * 3600};
    Replicator replicator(db, clock);
    SyncConfig config;
    config.server = QUrl(c.value(QLatin1String("server")).toString());
    config.database = c.value(QLatin1String("database")).toString();
    config.user = c.value(QLatin1String("user")).toString();
    if (!replicator.configure(config, c.value(QLatin1String("password")).toString(), &error))
        return 2;
    SyncOptions options = quickOptions();
    options.pushBatch = 50;
    options.pullBatch = 50;
    options.suspendIndexesFrom
        = c.value(QLatin1String("suspendIndexesFrom")).toInt(options.suspendIndexesFrom);
    replicator.setOptions(options);
    QObject::connect(&replicator, &Replicator::progress, [](qint64 pushed, qint64 pulled, qint64) {
        std::printf(
            "progress %lld %lld\n", static_cast<long long>(pushed), static_cast<long long>(pulled));
        std::fflush(stdout);
    });
    QObject::connect(&replicator, &Replicator::finished, qApp, [] { QCoreApplication::exit(0); });
    replicator.syncOnce();
    return QCoreApplication::exec();
}

} // namespace

class TstCrash : public QObject
{
    Q_OBJECT

private:
    SyncServer m_shared;
    const QStringList m_clerks {QStringLiteral("aigerim"), QStringLiteral("dana")};

    /// Runs the child on ws's database and SIGKILLs it once its progress passes the mark.
    bool killChildWhen(const Branch &branch, const QString &dbPath, bool pushing, qint64 mark,
        const QJsonObject &options = {})
    {
        QProcess child;
        QJsonObject c {{QStringLiteral("db"), dbPath},
            {QStringLiteral("server"), m_shared.url().toString()},
            {QStringLiteral("database"), branch.database()},
            {QStringLiteral("user"), QStringLiteral("ws1")},
            {QStringLiteral("password"), branch.password(QStringLiteral("ws1"))}};
        for (auto it = options.begin(); it != options.end(); ++it)
            c.insert(it.key(), it.value());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CERTDESK_SYNC_CHILD"),
            QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact)));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        bool killed = false;
        QByteArray buffer;
        connect(&child, &QProcess::readyReadStandardOutput, this, [&] {
            buffer.append(child.readAllStandardOutput());
            qsizetype nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                const QList<QByteArray> words = buffer.left(nl).split(' ');
                buffer.remove(0, nl + 1);
                if (killed || words.size() != 3)
                    continue;
                const qint64 value = (pushing ? words.at(1) : words.at(2)).toLongLong();
                if (value >= mark) {
                    child.kill(); // SIGKILL: no cleanup, no rollback handler, nothing
                    killed = true;
                }
            }
        });
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForStarted(10000))
            return false;
        QDeadlineTimer deadline(60000);
        while (child.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20); // what QTRY_VERIFY does, in a function that returns a value
        return killed && child.exitStatus() == QProcess::CrashExit;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_shared.attachFixture(&error))
            QFAIL(qPrintable(error));
    }

    void serverKilledDuringPushLosesNothing()
    {
        QTemporaryDir dir;
        SyncServer server;
        QString error;
        QVERIFY2(server.startPrivate(dir.path(), &error), qPrintable(error));
        Branch branch(server, m_clerks);
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error)
                && branch.addWorkstation(QStringLiteral("ws2"), &error),
            qPrintable(error));
        Workstation ws1(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        ws1.options.pushBatch = 100;
        QVERIFY(ws1.write(QStringLiteral("aigerim"),
            {QStringLiteral("case-a"), QStringLiteral("case-b"), QStringLiteral("case-c")}, 2000,
            &error));
        bool killed = false;
        connect(&ws1.replicator(), &Replicator::progress, this, [&](qint64 pushed, qint64, qint64) {
            if (!killed && pushed >= 300) {
                killed = true;
                server.kill();
            }
        });
        const SyncSummary interrupted = ws1.syncOnce();
        QVERIFY(killed);
        QVERIFY(!interrupted.complete);
        QCOMPARE(ws1.replicator().status().state, SyncStatus::State::Offline);
        QVERIFY(ws1.store().unpushedCount() > 0);

        QVERIFY2(server.restart(&error), qPrintable(error));
        const SyncSummary resumed = ws1.syncOnce();
        QVERIFY2(
            resumed.complete && resumed.errors.isEmpty(), qPrintable(resumed.errors.join(u'\n')));
        QCOMPARE(ws1.store().unpushedCount(), 0);
        QCOMPARE(branch.eventDocCount(), 2000);
        QCOMPARE(branch.serverEventIds(), ws1.snapshot().eventIds);
        Workstation ws2(branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        QCOMPARE(ws2.syncOnce().pulled, 2000);
        QVERIFY(ws1.snapshot() == ws2.snapshot());
    }

    void workstationKilledDuringSyncLosesNothing()
    {
        Branch branch(m_shared, m_clerks);
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error)
                && branch.addWorkstation(QStringLiteral("ws2"), &error),
            qPrintable(error));
        Workstation ws2(branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        const QStringList cases {QStringLiteral("case-a"), QStringLiteral("case-b"),
            QStringLiteral("case-c"), QStringLiteral("case-d")};
        QVERIFY(ws2.write(QStringLiteral("dana"), cases, 1500, &error));
        QCOMPARE(ws2.syncOnce().pushed, 1500);

        QTemporaryDir dir;
        const QString ws1Path = dir.filePath(QStringLiteral("ws1.db"));
        FixedClock clock(5 * 3600, QDateTime(QDate(2026, 3, 2), QTime(5, 0), Qt::UTC));
        {
            Database db;
            QVERIFY2(db.open(ws1Path, &error) == Database::OpenResult::Ok, qPrintable(error));
            EventStore store(db, clock);
            QList<Event> events;
            for (int i = 0; i < 1200; ++i)
                events.append(Event::make(
                    EventType::Note, cases.at(i % cases.size()), {{QStringLiteral("n"), i}}));
            QVERIFY2(store.append(events,
                         Actor {QStringLiteral("aigerim"), QStringLiteral("dev-1"),
                             QStringLiteral("0101")},
                         &error),
                qPrintable(error));
        }
        QVERIFY2(
            killChildWhen(branch, ws1Path, true, 200), "the child was not killed while sending");
        QVERIFY2(
            killChildWhen(branch, ws1Path, false, 200), "the child was not killed while receiving");

        Database db;
        QVERIFY2(db.open(ws1Path, &error) == Database::OpenResult::Ok, qPrintable(error));
        Replicator replicator(db, clock);
        SyncConfig config = branch.configFor(QStringLiteral("ws1"));
        QVERIFY(replicator.configure(config, branch.password(QStringLiteral("ws1")), &error));
        replicator.setOptions(quickOptions());
        QSignalSpy done(&replicator, &Replicator::finished);
        replicator.syncOnce();
        QVERIFY(done.wait(60000));
        const SyncSummary s = done.at(0).at(0).value<SyncSummary>();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));

        EventStore store(db, clock);
        QCOMPARE(store.unpushedCount(), 0);
        QCOMPARE(store.eventCount(), 2700);
        QCOMPARE(branch.eventDocCount(), 2700);
        // The projection written piece by piece across the crashes equals one rebuilt now.
        const qint64 projected = CaseProjection::count(db);
        QVERIFY2(CaseProjection::rebuild(db, &error), qPrintable(error));
        QCOMPARE(CaseProjection::count(db), projected);
        QCOMPARE(ws2.syncOnce().pulled, 1200);
        QCOMPARE(ws2.snapshot().eventIds.size(), 2700);
    }

    void workstationKilledDuringFirstPullGetsItsIndexesBack()
    {
        Branch branch(m_shared, m_clerks);
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error)
                && branch.addWorkstation(QStringLiteral("ws2"), &error),
            qPrintable(error));
        Workstation ws2(branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        QStringList cases;
        for (int i = 0; i < 30; ++i)
            cases.append(QStringLiteral("case-%1").arg(i));
        QVERIFY(ws2.write(QStringLiteral("dana"), cases, 2000, &error));
        QCOMPARE(ws2.syncOnce().pushed, 2000);

        QTemporaryDir dir;
        const QString ws1Path = dir.filePath(QStringLiteral("ws1.db"));
        const QString indexes = QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                               "'index' AND sql IS NOT NULL ORDER BY name");
        QStringList all;
        {
            Database db; // the new workstation's empty file
            QVERIFY2(db.open(ws1Path, &error) == Database::OpenResult::Ok, qPrintable(error));
            all = rowsOf(db, indexes);
        }
        QVERIFY2(
            killChildWhen(branch, ws1Path, false, 300, {{QStringLiteral("suspendIndexesFrom"), 1}}),
            "the child was not killed while receiving");

        // The file as the killed pull left it, read around Database::open (which repairs):
        // pages stored, the indexes the pull goes without missing.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(
                QStringLiteral("QSQLITE"), QStringLiteral("killed-pull"));
            raw.setDatabaseName(ws1Path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QStringList left;
            QVERIFY(q.exec(indexes));
            while (q.next())
                left.append(q.value(0).toString());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next());
            const qint64 stored = q.value(0).toLongLong();
            QVERIFY2(stored >= 300 && stored < 2000, qPrintable(QString::number(stored)));
            q.finish();
            raw.close();
            QVERIFY(left.contains(QStringLiteral("cases_by_receipt")));
            QVERIFY(left.contains(QStringLiteral("events_by_case")));
            QVERIFY(!left.contains(QStringLiteral("cases_by_status")));
            QVERIFY(!left.contains(QStringLiteral("cases_by_surname")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("killed-pull"));

        Database db;
        QVERIFY2(db.open(ws1Path, &error) == Database::OpenResult::Ok, qPrintable(error));
        QCOMPARE(rowsOf(db, indexes), all);
        QList<SchemaCheck::Difference> differences;
        QVERIFY2(
            SchemaCheck::compare(db, db.schemaVersion(), &differences, &error), qPrintable(error));
        QVERIFY(differences.isEmpty());

        FixedClock clock(5 * 3600, QDateTime(QDate(2026, 3, 2), QTime(5, 0), Qt::UTC));
        Replicator replicator(db, clock);
        QVERIFY(replicator.configure(branch.configFor(QStringLiteral("ws1")),
            branch.password(QStringLiteral("ws1")), &error));
        replicator.setOptions(quickOptions());
        QSignalSpy done(&replicator, &Replicator::finished);
        replicator.syncOnce();
        QVERIFY(done.wait(60000));
        const SyncSummary s = done.at(0).at(0).value<SyncSummary>();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        EventStore store(db, clock);
        QCOMPARE(store.eventCount(), 2000);
        QCOMPARE(rowsOf(db, indexes), all);
        // What was stored across the kill is the projection rebuilt from the events.
        const QStringList projected = casesTable(db);
        QCOMPARE(projected.size(), 30);
        QVERIFY2(CaseProjection::rebuild(db, &error), qPrintable(error));
        QCOMPARE(casesTable(db), projected);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("CERTDESK_SYNC_CHILD"))
        return runChild();
    TstCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash.moc"
