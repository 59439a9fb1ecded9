// A writer process killed with SIGKILL in the middle of its work leaves every committed
// batch of events and no part of an uncommitted one; a process killed while it makes a new
// database file leaves nothing the next open refuses. The test executable plays both roles:
// started with CERTDESK_CRASH_WRITER set it writes batches until it is killed, with
// CERTDESK_CRASH_CREATOR it makes a new file and dies at the step named there.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include "common/TestDatabase.h"
#include "domain/Clock.h"
#include "storage/CalendarStore.h"
#include "storage/CaseProjection.h"
#include "storage/Database.h"
#include "storage/EventStore.h"

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace certdesk;

namespace {

constexpr int kEventsPerBatch = 40;
constexpr char kWriterVariable[] = "CERTDESK_CRASH_WRITER"; // holds the database path
/// "STEP PATH": the creator dies at Database::CreationStep STEP (0, 1) of making PATH.
constexpr char kCreatorVariable[] = "CERTDESK_CRASH_CREATOR";
int g_dieAt = -1;

QString batchCase(int batch)
{
    return QStringLiteral("batch-%1").arg(batch);
}

/// The writer: one case per batch, kEventsPerBatch events in one transaction written in two
/// halves, "+N" printed between the halves (the transaction is open) and "N" after the commit.
/// Runs until killed (or a safety limit).
int runWriter(const QString &path)
{
    Database db;
    QString error;
    if (db.open(path, &error) != Database::OpenResult::Ok) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(error));
        return 3;
    }
    FixedClock clock(5 * 3600, QDateTime(QDate(2026, 3, 2), QTime(5, 0), Qt::UTC));
    EventStore store(db, clock);
    const Actor actor {
        QStringLiteral("clerk1"), QStringLiteral("dev-crash"), QStringLiteral("0101")};
    // Batches are numbered on from the ones already committed (all complete, or the parent's
    // checks fail), so every round continues the same database.
    const int first = int(CaseProjection::count(db)) + 1;
    for (int batch = first; batch < first + 100000; ++batch) {
        QList<Event> events;
        events.append(Event::make(EventType::Received, batchCase(batch),
            {{QStringLiteral("receipt"), QString::number(batch)},
                {QStringLiteral("purpose"), QStringLiteral("domestic")}}));
        for (int i = 1; i < kEventsPerBatch; ++i)
            events.append(Event::make(
                EventType::Note, batchCase(batch), {{QStringLiteral("text"), QString::number(i)}}));
        QList<Event> firstHalf = events.mid(0, kEventsPerBatch / 2);
        QList<Event> secondHalf = events.mid(kEventsPerBatch / 2);
        // Half the batch written, then told, then the rest: a kill between the two halves
        // must lose both.
        if (!Transaction::run(db, &error, [&](Transaction &tx) {
                if (!store.appendInTransaction(tx, firstHalf, actor, &error))
                    return false;
                std::printf("+%d\n", batch);
                std::fflush(stdout);
                return store.appendInTransaction(tx, secondHalf, actor, &error);
            })) {
            std::fprintf(stderr, "writer: %s\n", qPrintable(error));
            return 3;
        }
        std::printf("%d\n", batch);
        std::fflush(stdout);
    }
    return 0;
}

/// The creator: opens a database file that does not exist yet and is killed (by itself, at
/// the step it was told: the moment cannot be hit from outside) while the file is made.
int runCreator(const QString &spec)
{
    g_dieAt = spec.section(u' ', 0, 0).toInt();
    Database::setCreationProbe([](Database::CreationStep step, const QString &) {
#ifdef Q_OS_UNIX
        if (int(step) == g_dieAt)
            ::raise(SIGKILL);
#else
        Q_UNUSED(step)
#endif
        return true;
    });
    Database db;
    QString error;
    if (db.open(spec.section(u' ', 1), &error) != Database::OpenResult::Ok) {
        std::fprintf(stderr, "creator: %s\n", qPrintable(error));
        return 3;
    }
    return 0; // not killed: the step was never reached
}

QStringList dumpCases(Database &db)
{
    return test::casesTable(db);
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

} // namespace

class CrashSafetyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLeavesWholeBatches();
    void killedCreationLeavesNoEmptyFile_data();
    void killedCreationLeavesNoEmptyFile();
};

void CrashSafetyTest::killedWriterLeavesWholeBatches()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is a Unix signal");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    QString error;
    {
        Database db;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
        QVERIFY2(CalendarStore(db).ensureSeeded(&error), qPrintable(error));
    }

    struct Round
    {
        int committed; ///< kill once this many batches were reported committed...
        bool midway; ///< ...or, after that, as soon as the next batch is half written
    };
    QSet<int> reported;
    int rounds = 0;
    int rolledBack = 0;
    // Different numbers of committed batches, and kills inside an open transaction.
    for (const Round round : {Round {1, false}, Round {1, true}, Round {4, false}, Round {2, true},
             Round {9, false}, Round {5, true}, Round {17, false}, Round {3, true}}) {
        ++rounds;
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kWriterVariable), path);
        writer.setProcessEnvironment(env);
        writer.setProgram(QCoreApplication::applicationFilePath());
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start();
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));

        QByteArray pending;
        int committedThisRound = 0;
        int openBatch = 0; // the batch half written when the kill was sent
        bool killed = false;
        auto killNow = [&]() { killed = ::kill(pid_t(writer.processId()), SIGKILL) == 0; };
        auto takeLines = [&]() {
            pending += writer.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(end);
                pending.remove(0, end + 1);
                if (line.startsWith('+')) {
                    if (!killed && round.midway && committedThisRound >= round.committed) {
                        openBatch = line.mid(1).toInt();
                        killNow();
                    }
                    continue;
                }
                reported.insert(line.toInt());
                ++committedThisRound;
                if (!killed && !round.midway && committedThisRound >= round.committed)
                    killNow();
            }
        };
        while (!killed) {
            QVERIFY2(writer.waitForReadyRead(30000), "the writer stopped reporting");
            takeLines();
        }
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        takeLines(); // lines printed before the kill are still in the pipe

        // Recovery happens on open; then check what survived.
        Database db;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
        QCOMPARE(
            scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        const SystemClock clock(5 * 3600);
        EventStore store(db, clock);
        for (const int batch : std::as_const(reported)) {
            QVERIFY2(store.caseEvents(batchCase(batch)).size() == kEventsPerBatch,
                qPrintable(QStringLiteral("round %1: reported batch %2 is not complete")
                               .arg(rounds)
                               .arg(batch)));
        }
        // No partial batch: every case holds all the events of its batch, or is absent.
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT count(*) FROM (SELECT case_id FROM events "
                                    "GROUP BY case_id HAVING count(*) <> %1)")
                         .arg(kEventsPerBatch))
                     .toInt(),
            0);
        const qint64 cases = CaseProjection::count(db);
        QVERIFY(cases >= qint64(reported.size()));
        // Batches are numbered 1..cases with no gap: a gap would be a lost commit.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(DISTINCT case_id) FROM events")).toLongLong(),
            cases);
        QVERIFY(store.caseEvents(batchCase(int(cases))).size() == kEventsPerBatch);
        QVERIFY(store.caseEvents(batchCase(int(cases) + 1)).isEmpty());
        QCOMPARE(store.unpushedCount(), store.eventCount());
        // The audit chain has no hole either.
        {
            QSqlQuery q(db.db());
            QVERIFY(q.exec(QStringLiteral("SELECT prev, hash FROM events ORDER BY n")));
            QString previous;
            while (q.next()) {
                QCOMPARE(q.value(0).toString(), previous);
                previous = q.value(1).toString();
            }
        }
        const QStringList projected = dumpCases(db);
        QCOMPARE(qint64(projected.size()), cases);
        QVERIFY2(CaseProjection::rebuild(db, &error), qPrintable(error));
        QCOMPARE(dumpCases(db), projected);
        if (openBatch > 0 && store.caseEvents(batchCase(openBatch)).isEmpty())
            ++rolledBack;
    }
    QVERIFY(reported.size() >= 1 + 1 + 4 + 2 + 9 + 5 + 17 + 3);
    qInfo("%lld batches reported committed over %d kills; %d kills inside an open transaction "
          "were rolled back",
        qint64(reported.size()), rounds, rolledBack);
#endif
}

void CrashSafetyTest::killedCreationLeavesNoEmptyFile_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("file created, nothing written") << int(Database::CreationStep::FileCreated);
    QTest::newRow("schema whole, before the rename") << int(Database::CreationStep::Renaming);
}

void CrashSafetyTest::killedCreationLeavesNoEmptyFile()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is a Unix signal");
#else
    QFETCH(int, step);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.db"));
    QProcess creator;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kCreatorVariable), QStringLiteral("%1 %2").arg(step).arg(path));
    creator.setProcessEnvironment(env);
    creator.setProcessChannelMode(QProcess::ForwardedChannels);
    creator.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(creator.waitForFinished(60000));
    QCOMPARE(creator.exitStatus(), QProcess::CrashExit);

    // Whatever the moment of the kill, nothing stands at the path that the next open would
    // have to refuse (an empty file, a schema half-written): there is no file yet.
    QVERIFY2(!QFileInfo::exists(path),
        qPrintable(QStringLiteral("the killed creation left %1 (%2 bytes)")
                       .arg(path)
                       .arg(QFileInfo(path).size())));
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error) == Database::OpenResult::Ok, qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    // What the killed process left is its own file beside, never under the database's name.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files);
    for (const QString &name : left)
        QVERIFY2(name.startsWith(QStringLiteral("new.db")), qPrintable(name));
#endif
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString writerDb = qEnvironmentVariable(kWriterVariable);
    if (!writerDb.isEmpty())
        return runWriter(writerDb);
    const QString creator = qEnvironmentVariable(kCreatorVariable);
    if (!creator.isEmpty())
        return runCreator(creator);
    CrashSafetyTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
