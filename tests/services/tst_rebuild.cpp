// The cases table is a projection: rebuilt from the events it must come out identical,
// column by column, on a generated branch of 10,000 cases plus everyday writes on top.
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include "common/TestDatabase.h"
#include "services/DemoGenerator.h"
#include "storage/CaseProjection.h"
#include "storage/EventStore.h"

using namespace certdesk;

namespace {

constexpr int kGeneratedCases = 10000;

/// Every column of every case, in case order.
QStringList dumpCases(Database &db)
{
    QStringList out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT * FROM cases ORDER BY case_id"));
    const QSqlRecord columns = q.record();
    while (q.next()) {
        QString row;
        for (int i = 0; i < columns.count(); ++i)
            row += columns.fieldName(i) + u'=' + q.value(i).toString() + u'|';
        out.append(row);
    }
    return out;
}

QStringList caseIds(Database &db, const char *status, int limit)
{
    QStringList out;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT case_id FROM cases WHERE status = ? ORDER BY case_id LIMIT ?"));
    q.addBindValue(QString::fromLatin1(status));
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

/// Compares two dumps and names the first differing case, rather than printing 10,000 rows.
bool sameDump(const QStringList &expected, const QStringList &actual, QString *why)
{
    if (expected.size() != actual.size()) {
        *why = QStringLiteral("%1 cases expected, %2 found").arg(expected.size()).arg(actual.size());
        return false;
    }
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (expected[i] != actual[i]) {
            *why = QStringLiteral("row %1 differs:\nexpected %2\nactual   %3")
                       .arg(i)
                       .arg(expected[i], actual[i]);
            return false;
        }
    }
    return true;
}

} // namespace

class RebuildTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rebuildEqualsProjection();
};

void RebuildTest::rebuildEqualsProjection()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    Database &db = t.db();
    QElapsedTimer timer;
    timer.start();

    DemoGenerator::Options options;
    options.cases = kGeneratedCases;
    options.seed = 20260302;
    options.years = 2;
    DemoGenerator::Stats stats;
    QString error;
    QVERIFY2(DemoGenerator(db, t.clock()).generate(options, &stats, &error), qPrintable(error));
    QCOMPARE(stats.cases, kGeneratedCases);
    const qint64 generatedMs = timer.restart();

    // Everyday writes on top, through the event store as the services make them: clerks at
    // two workstations, pulled provider events, and a few impossible ones (anomalies).
    EventStore store(db, t.clock());
    const Actor clerk{QStringLiteral("clerk1"), db.deviceId(), QStringLiteral("7501")};
    const Actor neighbour{QStringLiteral("clerk2"), QStringLiteral("7501-ws09"), QStringLiteral("7501")};
    const QStringList atBranch = caseIds(db, "at_branch", 30);
    const QStringList submitted = caseIds(db, "submitted", 20);
    const QStringList issued = caseIds(db, "issued", 10);
    QVERIFY(atBranch.size() >= 10);
    QVERIFY(submitted.size() >= 10);
    QVERIFY(issued.size() >= 10);
    QList<Event> everyday;
    for (const QString &id : atBranch)
        everyday.append(Event::make(EventType::Issued, id,
                                    {{QStringLiteral("collector"),
                                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("self")}}}}));
    for (const QString &id : issued) // issued twice: anomalies the supervisor sees
        everyday.append(Event::make(EventType::Issued, id));
    for (int i = 0; i < 200; ++i) {
        const QString id = QStringLiteral("new-%1").arg(i, 3, 10, QLatin1Char('0'));
        everyday.append(Event::make(EventType::Received, id,
                                    {{QStringLiteral("receipt"), QStringLiteral("7501-01-260302-9%1").arg(i, 3, 10, QLatin1Char('0'))},
                                     {QStringLiteral("purpose"), i % 3 ? QStringLiteral("domestic") : QStringLiteral("abroad")},
                                     {QStringLiteral("due"), QStringLiteral("2026-03-10")},
                                     {QStringLiteral("subject"),
                                      QJsonObject{{QStringLiteral("iin"), QStringLiteral("871008401427")},
                                                  {QStringLiteral("surname"), QStringLiteral("Ёлкина")}}}}));
    }
    QVERIFY2(store.append(everyday, clerk, &error), qPrintable(error));
    t.clock().advanceSeconds(3600);
    QList<Event> more;
    for (int i = 0; i < 200; i += 2)
        more.append(Event::make(EventType::Note, QStringLiteral("new-%1").arg(i, 3, 10, QLatin1Char('0'))));
    QVERIFY2(store.append(more, neighbour, &error), qPrintable(error));

    QList<Event> pulled;
    for (qsizetype i = 0; i < submitted.size(); ++i) {
        Event e = Event::make(EventType::ResultRecorded, submitted[i],
                              {{QStringLiteral("certificate_number"), QStringLiteral("KZ-%1").arg(i)},
                               {QStringLiteral("certificate_date"), QStringLiteral("2026-03-02")},
                               {QStringLiteral("outcome"), QStringLiteral("no_record")}});
        // Written at the provider before the clerk's events of today: folds earlier.
        e.at = t.clock().nowUtc().addSecs(-7200 - i);
        e.by = QStringLiteral("kpssu");
        e.device = QStringLiteral("provider");
        e.branch = QStringLiteral("7501");
        pulled.append(e);
    }
    int inserted = 0;
    QVERIFY2(store.insertForeign(pulled, false, &inserted, &error, QStringLiteral("pull.since"),
                                 QStringLiteral("42")),
             qPrintable(error));
    QCOMPARE(inserted, int(pulled.size()));

    const qint64 writesMs = timer.restart();
    const QStringList projected = dumpCases(db);
    QCOMPARE(projected.size(), kGeneratedCases + 200);
    // The dump is worth comparing: many statuses, anomalies, both kinds of writer.
    QVERIFY(scalar(db, QStringLiteral("SELECT count(DISTINCT status) FROM cases")).toInt() >= 7);
    QVERIFY(scalar(db, QStringLiteral("SELECT sum(anomalies) FROM cases")).toInt() >= 10);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cases WHERE status = 'issued' AND "
                                       "closed_on <> ''")).toInt(),
             scalar(db, QStringLiteral("SELECT count(*) FROM cases WHERE status = 'issued'")).toInt());

    qint64 reported = -1;
    QVERIFY2(CaseProjection::rebuild(db, &error, [&](qint64 done, qint64) { reported = done; }),
             qPrintable(error));
    // Every event was read (accounts' own streams included: they are events, not cases).
    QCOMPARE(reported, store.eventCount());
    QVERIFY(reported >= stats.events + everyday.size() + more.size() + pulled.size());
    QString why;
    QVERIFY2(sameDump(projected, dumpCases(db), &why), qPrintable(why));

    // Linux builds read and write the rows through SQLite's own API (Qt's driver uses the
    // system library there); the Qt-driver path that other builds take gives the same rows.
#ifdef Q_OS_LINUX
    QVERIFY(CaseProjection::hasDirectWrites(db));
#endif
    db.setDirectAllowed(false);
    QVERIFY(!CaseProjection::hasDirectWrites(db));
    QVERIFY2(CaseProjection::rebuild(db, &error), qPrintable(error));
    QVERIFY2(sameDump(projected, dumpCases(db), &why), qPrintable(why));
    db.setDirectAllowed(true);

    // Rebuild really recomputes: a damaged table comes back identical.
    QSqlQuery damage(db.db());
    QVERIFY(damage.exec(QStringLiteral("DELETE FROM cases WHERE case_id IN (SELECT case_id FROM "
                                       "cases ORDER BY case_id LIMIT 500)")));
    QVERIFY(damage.exec(QStringLiteral("UPDATE cases SET status = 'submitted', due_date = '', "
                                       "anomaly_list = '[{}]' WHERE rowid % 7 = 0")));
    QVERIFY(damage.exec(QStringLiteral("INSERT INTO cases(case_id, status, anomaly_list) "
                                       "VALUES ('ghost', 'submitted', '{}')")));
    damage.finish();
    QVERIFY2(CaseProjection::rebuild(db, &error), qPrintable(error));
    QVERIFY2(sameDump(projected, dumpCases(db), &why), qPrintable(why));
    qInfo("%d generated cases in %lld ms; everyday writes in %lld ms; dump, two rebuilds and "
          "dumps in %lld ms",
          kGeneratedCases, generatedMs, writesMs, timer.elapsed());
}

QTEST_GUILESS_MAIN(RebuildTest)
#include "tst_rebuild.moc"
