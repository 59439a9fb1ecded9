// Damaged files: a truncated database, one with a flipped page, a journal (-wal) from another
// database, a newer schema, a backup that is not one. Each is refused with a message naming
// the file and the way out, and nothing is written to it: the bytes of the database and of
// its journal are the same after the refusal as before.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/TestDatabase.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/EventStore.h"

using namespace certdesk;

namespace {

const Actor kClerk {QStringLiteral("clerk1"), QStringLiteral("dev-A"), QStringLiteral("0101")};

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("absent");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// The database and its journal, byte for byte.
QByteArray state(const QString &path)
{
    return digest(path) + ' ' + digest(path + QStringLiteral("-wal"));
}

bool writeEvents(Database &db, const QString &caseId, int n, QString *error)
{
    FixedClock clock(5 * 3600, QDateTime(QDate(2026, 3, 2), QTime(5, 0), Qt::UTC));
    EventStore store(db, clock);
    QList<Event> events;
    for (int i = 0; i < n; ++i)
        events.append(Event::make(EventType::Note, caseId,
            {{QStringLiteral("text"), QString(200, QChar(u'a' + i % 26))}}));
    return store.append(events, kClerk, error);
}

/// A CertDesk database with some events at path, closed cleanly (no journal left).
bool makeDatabase(const QString &path, const QString &caseId, QString *error)
{
    Database db;
    if (db.open(path, error) != Database::OpenResult::Ok)
        return false;
    return writeEvents(db, caseId, 300, error);
}

/// Copies path and its journal to copy while a second connection holds committed changes
/// that are not yet checkpointed: what a power cut leaves behind (a valid -wal).
bool snapshotWithJournal(const QString &path, const QString &copy, QString *error)
{
    Database db;
    if (db.open(path, error) != Database::OpenResult::Ok)
        return false;
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"))) {
        *error = q.lastError().text();
        return false;
    }
    if (!writeEvents(db, QStringLiteral("after-snapshot"), 20, error))
        return false;
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    return QFile::copy(path, copy)
        && QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
}

/// Runs one statement on the file through a plain connection, as another program would.
bool execOn(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ok = raw.open() && QSqlQuery(raw).exec(sql);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

void flipPage(const QString &path, int page)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(qint64(page - 1) * 4096));
    QByteArray bytes = f.read(4096);
    for (char &c : bytes)
        c = char(~c);
    QVERIFY(f.seek(qint64(page - 1) * 4096));
    QCOMPARE(f.write(bytes), qint64(bytes.size()));
}

} // namespace

class DamagedFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedUntouched_data();
    void refusedUntouched();
    void journalOfThisDatabaseIsKept();
    void backupThatIsNotOne_data();
    void backupThatIsNotOne();

private:
    QTemporaryDir m_dir;
    QString m_good; ///< a clean CertDesk database
    QString m_journal; ///< a copy of another database with its valid -wal
};

void DamagedFilesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_good = m_dir.filePath(QStringLiteral("good.db"));
    QVERIFY2(makeDatabase(m_good, QStringLiteral("case-a"), &error), qPrintable(error));
    const QString other = m_dir.filePath(QStringLiteral("other.db"));
    QVERIFY2(makeDatabase(other, QStringLiteral("case-b"), &error), qPrintable(error));
    m_journal = m_dir.filePath(QStringLiteral("other-copy.db"));
    QVERIFY2(snapshotWithJournal(other, m_journal, &error), qPrintable(error));
    QVERIFY(QFileInfo(m_journal + QStringLiteral("-wal")).size() > 0);
}

void DamagedFilesTest::refusedUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("checkingLater"); ///< the window's start, which checks the file later
    QTest::addColumn<int>("result");
    QTest::addColumn<QStringList>("message"); ///< what the message must say, besides the file
    const QStringList restore {QStringLiteral("restore")};
    const auto damaged = int(Database::OpenResult::Damaged);
    for (const bool later : {false, true}) {
        const char *how = later ? " (window)" : "";
        QTest::addRow("truncated to half%s", how)
            << QStringLiteral("half") << later << damaged << restore;
        QTest::addRow("truncated inside the header%s", how)
            << QStringLiteral("header") << later << damaged << restore;
        QTest::addRow("truncated to nothing%s", how)
            << QStringLiteral("empty") << later << damaged
            << QStringList {QStringLiteral("empty"), QStringLiteral("restore")};
        QTest::addRow("first page flipped%s", how)
            << QStringLiteral("flip1") << later << damaged << restore;
        // The window's start does not read the whole file (seconds on a big one): damage
        // deep inside is found by the check beside the open window (IntegrityWatch), which
        // then refuses every write. The open itself writes nothing.
        const int deep = later ? int(Database::OpenResult::Ok) : damaged;
        QTest::addRow("second page flipped%s", how)
            << QStringLiteral("flip2") << later << deep << restore;
        QTest::addRow("a middle page flipped%s", how)
            << QStringLiteral("flipMiddle") << later << deep << restore;
        QTest::addRow("journal of another database%s", how)
            << QStringLiteral("foreignJournal") << later << damaged
            << QStringList {QStringLiteral("-wal"), QStringLiteral("another database"),
                   QStringLiteral("move")};
        QTest::addRow("newer schema%s", how)
            << QStringLiteral("newer") << later << int(Database::OpenResult::Newer)
            << QStringList {QStringLiteral("newer CertDesk"), QStringLiteral("Install")};
    }
}

void DamagedFilesTest::refusedUntouched()
{
    QFETCH(QString, damage);
    QFETCH(bool, checkingLater);
    QFETCH(int, result);
    QFETCH(QStringList, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    QVERIFY(QFile::copy(m_good, path));
    QFile file(path);
    const qint64 size = QFileInfo(path).size();
    if (damage == QLatin1String("half")) {
        QVERIFY(file.resize(size / 2));
    } else if (damage == QLatin1String("header")) {
        QVERIFY(file.resize(50));
    } else if (damage == QLatin1String("empty")) {
        QVERIFY(file.resize(0));
    } else if (damage == QLatin1String("flip1")) {
        flipPage(path, 1);
    } else if (damage == QLatin1String("flip2")) {
        flipPage(path, 2);
    } else if (damage == QLatin1String("flipMiddle")) {
        flipPage(path, int(size / 4096 / 2));
    } else if (damage == QLatin1String("foreignJournal")) {
        QVERIFY(QFile::copy(m_journal + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    } else if (damage == QLatin1String("newer")) {
        QVERIFY(execOn(
            path, QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 1)));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))
        || damage == QLatin1String("foreignJournal"));
    const QByteArray before = state(path);

    QString error;
    {
        Database db;
        const Database::OpenResult r
            = checkingLater ? db.openCheckingLater(path, &error) : db.open(path, &error);
        QCOMPARE(int(r), result);
        if (r == Database::OpenResult::Ok) {
            QVERIFY(!db.checkedAtOpen());
            QVERIFY(!db.quickCheck(&error));
        }
        QVERIFY(!db.isOpen() || r == Database::OpenResult::Ok);
    }
    QVERIFY2(error.contains(path), qPrintable(error));
    for (const QString &words : std::as_const(message))
        QVERIFY2(error.contains(words, Qt::CaseInsensitive),
            qPrintable(words + QStringLiteral(": ") + error));
    QCOMPARE(state(path), before);

    // Asked again, the same answer: the first refusal changed nothing that would let it in.
    Database again;
    QVERIFY(again.open(path, &error) != Database::OpenResult::Ok);
    QCOMPARE(state(path), before);
}

void DamagedFilesTest::journalOfThisDatabaseIsKept()
{
    // The -wal a crash leaves is the file's own: it is read, and its commits are there.
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.db"));
    QVERIFY(QFile::copy(m_good, source));
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    QString error;
    QVERIFY2(snapshotWithJournal(source, path, &error), qPrintable(error));
    for (const bool later : {true, false}) {
        Database db;
        QVERIFY2((later ? db.openCheckingLater(path, &error) : db.open(path, &error))
                == Database::OpenResult::Ok,
            qPrintable(error));
        FixedClock clock(5 * 3600);
        QCOMPARE(EventStore(db, clock).caseEvents(QStringLiteral("after-snapshot")).size(), 20);
    }
}

void DamagedFilesTest::backupThatIsNotOne_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a text file") << QStringLiteral("text");
    QTest::newRow("an empty file") << QStringLiteral("empty");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("another program's SQLite file") << QStringLiteral("sqlite");
    QTest::newRow("a truncated backup") << QStringLiteral("half");
    QTest::newRow("a backup with a flipped page") << QStringLiteral("flip");
    QTest::newRow("a backup of a newer CertDesk") << QStringLiteral("newer");
    QTest::newRow("a folder") << QStringLiteral("folder");
    QTest::newRow("no file at all") << QStringLiteral("absent");
}

void DamagedFilesTest::backupThatIsNotOne()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("branch.db"));
    QVERIFY(QFile::copy(m_good, target));
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("backup.db")));
    } else if (kind != QLatin1String("absent")) {
        QFile f(backup);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            f.write("branch backup of Monday\n");
        else if (kind == QLatin1String("random"))
            for (int i = 0; i < 2048; ++i)
                f.write(QByteArray::number(i * 2654435761u, 16));
        f.close();
        if (kind == QLatin1String("sqlite")) {
            QVERIFY(execOn(backup, QStringLiteral("CREATE TABLE photos (name TEXT)")));
        } else if (kind == QLatin1String("half") || kind == QLatin1String("flip")
            || kind == QLatin1String("newer")) {
            QVERIFY(QFile::remove(backup));
            QString error;
            Database source;
            QVERIFY(source.open(m_good, &error) == Database::OpenResult::Ok);
            QVERIFY2(Backup::write(source, backup, &error), qPrintable(error));
            source.close();
            if (kind == QLatin1String("half")) {
                QFile b(backup);
                QVERIFY(b.resize(b.size() / 2));
            } else if (kind == QLatin1String("flip")) {
                flipPage(backup, 3);
            } else {
                QVERIFY(execOn(backup,
                    QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 1)));
            }
        }
    }
    const QByteArray targetBefore = state(target);
    const QByteArray backupBefore = digest(backup);

    QString keptAs;
    QString error;
    QVERIFY(!Backup::restore(backup, target, &keptAs, &error));
    QVERIFY2(error.contains(backup), qPrintable(error));
    // The way out: another backup, or (a newer one) the newer CertDesk.
    QVERIFY2(error.contains(kind == QLatin1String("newer") ? QLatin1String("newer CertDesk")
                                                           : QLatin1String("another backup")),
        qPrintable(error));
    QVERIFY(keptAs.isEmpty());
    QCOMPARE(state(target), targetBefore);
    QCOMPARE(digest(backup), backupBefore);
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".restoring")));
}

QTEST_GUILESS_MAIN(DamagedFilesTest)
#include "tst_damagedfiles.moc"
