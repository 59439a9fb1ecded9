// The demo generator's bulk path: the same seed gives the same database whatever the
// threading, and the file it leaves is an ordinary one — every index and trigger, WAL,
// synchronous=FULL, an intact audit chain and a projection equal to its rebuild.
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include "common/TestDatabase.h"
#include "services/DemoGenerator.h"
#include "storage/AuditChain.h"
#include "storage/CaseProjection.h"

using namespace certdesk;

namespace {

constexpr int kCases = 3000;

QStringList rows(Database &db, const QString &sql)
{
    // The workstation id is random per file; everything else must repeat.
    QString device;
    {
        QSqlQuery q(db.db());
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'")) && q.next())
            device = q.value(0).toString();
    }
    QStringList out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return {QStringLiteral("query failed: %1").arg(sql)};
    while (q.next()) {
        QString row;
        for (int i = 0; i < q.record().count(); ++i)
            row += q.value(i).toString() + u'|';
        out.append(device.isEmpty() ? row : row.replace(device, QStringLiteral("DEVICE")));
    }
    return out;
}

QString pragma(Database &db, const char *name)
{
    QSqlQuery q(db.db());
    return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next()
               ? q.value(0).toString()
               : QString();
}

bool generate(test::TestDatabase &t, quint32 seed, QString *error)
{
    DemoGenerator::Options options;
    options.cases = kCases;
    options.seed = seed;
    DemoGenerator::Stats stats;
    return DemoGenerator(t.db(), t.clock()).generate(options, &stats, error)
           && stats.cases == kCases;
}

// Account events carry random salts and ids (they go through the everyday path); the
// generated cases are what the seed decides.
const QString kCaseEvents = QStringLiteral(
    "SELECT id, type, case_id, branch, at, by_user, device, v, data FROM events "
    "WHERE case_id NOT LIKE 'user:%' ORDER BY n");
const QString kCaseRows = QStringLiteral("SELECT * FROM cases ORDER BY case_id");
const QString kSchema = QStringLiteral(
    "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");

} // namespace

class DemoGeneratorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameDatabase();
    void leavesAnOrdinaryFile();
};

void DemoGeneratorTest::sameSeedSameDatabase()
{
    test::TestDatabase first;
    test::TestDatabase second;
    test::TestDatabase other;
    QVERIFY2(first.isValid() && second.isValid() && other.isValid(), qPrintable(first.error()));
    QString error;
    QVERIFY2(generate(first, 42, &error), qPrintable(error));
    QVERIFY2(generate(second, 42, &error), qPrintable(error));
    QVERIFY2(generate(other, 43, &error), qPrintable(error));

    const QStringList events = rows(first.db(), kCaseEvents);
    QVERIFY(events.size() > 2 * kCases);
    QCOMPARE(rows(second.db(), kCaseEvents), events);
    QCOMPARE(rows(second.db(), kCaseRows), rows(first.db(), kCaseRows));
    QVERIFY(rows(other.db(), kCaseEvents) != events);
}

void DemoGeneratorTest::leavesAnOrdinaryFile()
{
    test::TestDatabase fresh; // opened the everyday way, never bulk-loaded
    test::TestDatabase t;
    QVERIFY2(fresh.isValid() && t.isValid(), qPrintable(t.error()));
    QString error;
    QVERIFY2(generate(t, 7, &error), qPrintable(error));

    QCOMPARE(rows(t.db(), kSchema), rows(fresh.db(), kSchema));
    QVERIFY(rows(t.db(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")).size() >= 2);
    for (const char *name : {"journal_mode", "synchronous", "cache_size", "threads", "foreign_keys"})
        QCOMPARE(pragma(t.db(), name), pragma(fresh.db(), name));
    QCOMPARE(pragma(t.db(), "journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma(t.db(), "synchronous"), QStringLiteral("2")); // FULL
    QVERIFY2(t.db().quickCheck(&error), qPrintable(error));

    AuditReport report;
    QVERIFY2(AuditChain(t.db()).verify(&report, &error), qPrintable(error));
    QVERIFY(report.ok());

    // The rows the generator wrote are the ones a rebuild computes.
    const QStringList generated = rows(t.db(), kCaseRows);
    QCOMPARE(generated.size(), qsizetype(kCases));
    QVERIFY2(CaseProjection::rebuild(t.db(), &error), qPrintable(error));
    QCOMPARE(rows(t.db(), kCaseRows), generated);
    QCOMPARE(rows(t.db(), kSchema), rows(fresh.db(), kSchema));
    QCOMPARE(pragma(t.db(), "cache_size"), pragma(fresh.db(), "cache_size"));
}

QTEST_GUILESS_MAIN(DemoGeneratorTest)
#include "tst_demogenerator.moc"
