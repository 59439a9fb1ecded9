// certdeskctl backup / restore / purge / audit verify on a demo branch: private backup files,
// restore refusing a damaged or newer file, tampering found with exit 1, and the purge.
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "cli/certdeskctl_support.h"

using namespace Qt::StringLiterals;
using namespace certdesk::testing;

namespace {

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

/// Plain SQL on the file, as a person with sqlite3 would type it.
bool sql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &s : statements)
            ok = ok && QSqlQuery(db).exec(s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

constexpr QFileDevice::Permissions kModeBits
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
      | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
      | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

class TestBackupCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(u"branch.db"_s);
        const Run demo = run({u"--db"_s, m_db, u"--as-of-now"_s, u"2026-03-02T10:00"_s,
                              u"demo"_s, u"--cases"_s, u"400"_s, u"--seed"_s, u"5"_s});
        QVERIFY2(demo.code == 0, qPrintable(describe(demo)));
    }

    void demoDatabaseVerifies()
    {
        const Run r = run({u"--db"_s, m_db, u"audit"_s, u"verify"_s});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(json(r).value(u"ok"_s).toBool(), true);
        QCOMPARE(QFileInfo(m_db).permissions() & kModeBits,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void backupIsPrivateAndRestorable()
    {
        const QString copy = path(u"copy.db"_s);
        const Run r = run({u"--db"_s, m_db, u"backup"_s, copy});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(json(r).value(u"events"_s).toInt() > 400);
        QCOMPARE(QFileInfo(copy).permissions() & kModeBits,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Run again = run({u"--db"_s, m_db, u"backup"_s, copy});
        QVERIFY2(again.code == 2, qPrintable(describe(again)));
    }

    void tamperedCopyFailsVerification()
    {
        const QString copy = path(u"tampered.db"_s);
        QVERIFY(QFile::copy(path(u"copy.db"_s), copy));
        // The log refuses plain edits ...
        QVERIFY(!sql(copy, {u"UPDATE events SET by_user = 'supervisor' WHERE n = 10"_s}));
        // ... so a determined person drops the guard first.
        QVERIFY(sql(copy, {u"DROP TRIGGER events_immutable_update"_s,
                           u"UPDATE events SET by_user = 'supervisor' WHERE n = 10"_s}));
        const Run r = run({u"--db"_s, copy, u"audit"_s, u"verify"_s});
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY(r.err.contains("row 10"));
        QVERIFY(r.err.contains("events_immutable_update"));
        QCOMPARE(json(r).value(u"ok"_s).toBool(), false);
    }

    void restoreRefusesDamagedAndNewerFiles()
    {
        const QString damaged = path(u"damaged.db"_s);
        QVERIFY(QFile::copy(path(u"copy.db"_s), damaged));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(8 * 4096);
            f.write(QByteArray(4 * 4096, '\x5a'));
        }
        const QByteArray before = [&] {
            QFile f(m_db);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        Run r = run({u"--db"_s, m_db, u"restore"_s, damaged});
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY(r.err.contains("Nothing was changed"));

        const QString newer = path(u"newer.db"_s);
        QVERIFY(QFile::copy(path(u"copy.db"_s), newer));
        QVERIFY(sql(newer, {u"PRAGMA user_version = 99"_s}));
        r = run({u"--db"_s, m_db, u"restore"_s, newer});
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY(r.err.contains("newer CertDesk"));

        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void damagedDatabaseIsReportedAndRestored()
    {
        const QString live = path(u"live.db"_s);
        QVERIFY(QFile::copy(path(u"copy.db"_s), live));
        {
            QFile f(live);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(8 * 4096);
            f.write(QByteArray(4 * 4096, '\x5a'));
        }
        Run r = run({u"--db"_s, live, u"audit"_s, u"verify"_s});
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        QVERIFY(r.err.contains("damaged"));
        QVERIFY(r.err.contains("restore"));
        r = run({u"--db"_s, live, u"restore"_s, path(u"copy.db"_s)});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(QFile::exists(json(r).value(u"replaced"_s).toString())); // kept for inquiry
        r = run({u"--db"_s, live, u"audit"_s, u"verify"_s});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void exportedBranchImportedElsewhereVerifies()
    {
        // docs/certdeskctl.md's round trip: every event of a branch, exported and imported into
        // a fresh file. Its account events and its workstations' chains are ordinary there.
        const Run exported = run({u"--db"_s, m_db, u"events"_s, u"export"_s});
        QVERIFY2(exported.code == 0, qPrintable(describe(exported)));
        const QString fresh = path(u"imported.db"_s);
        Run r = run({u"--db"_s, fresh, u"events"_s, u"import"_s}, exported.out);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run({u"--db"_s, fresh, u"audit"_s, u"verify"_s});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(json(r).value(u"ok"_s).toBool(), true);
        // Reversed, as a script that sorts the lines its own way might feed them.
        QList<QByteArray> lines = exported.out.trimmed().split('\n');
        std::reverse(lines.begin(), lines.end());
        const QString reversed = path(u"reversed.db"_s);
        r = run({u"--db"_s, reversed, u"events"_s, u"import"_s}, lines.join('\n') + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run({u"--db"_s, reversed, u"audit"_s, u"verify"_s});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void purgeNeedsASupervisorAndKeepsCounts()
    {
        Run r = run({u"--db"_s, m_db, u"purge"_s, u"--as-of"_s, u"2026-03-02"_s, u"--as"_s,
                     u"clerk"_s},
                    "Tanba-2026!\n");
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        // Twelve months of retention, so that the demo's older cases are due.
        QVERIFY(sql(m_db, {u"INSERT INTO settings(key, value) VALUES "
                           "('privacy.retention_months', '12')"_s}));
        r = run({u"--db"_s, m_db, u"purge"_s, u"--as-of"_s, u"2026-03-02"_s, u"--dry-run"_s,
                 u"--as"_s, u"supervisor"_s},
                "Bakylau-2026!\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const int due = json(r).value(u"cases"_s).toInt();
        QVERIFY(due > 0);
        r = run({u"--db"_s, m_db, u"purge"_s, u"--as-of"_s, u"2026-03-02"_s, u"--as"_s,
                 u"supervisor"_s},
                "Bakylau-2026!\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(json(r).value(u"cases"_s).toInt(), due);
        QCOMPARE(json(r).value(u"closed_on_or_before"_s).toString(), u"2025-03-02"_s);
        r = run({u"--db"_s, m_db, u"audit"_s, u"verify"_s});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(json(r).value(u"redacted"_s).toInt() >= due);
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backup_cli.moc"
