// The replicator against a real pouchdb-server: convergence of two workstations and the
// provider, idempotent re-sending, a recreated server database, refused events, live mode.
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "branch_support.h"
#include "faultproxy_support.h"
#include "storage/CaseProjection.h"
#include "storage/SchemaCheck.h"
#include "sync/DesignDocument.h"

using namespace certdesk;
using namespace certdesk::test;

class TstReplicator : public QObject
{
    Q_OBJECT

private:
    SyncServer m_server;
    const QStringList m_clerks {
        QStringLiteral("aigerim"), QStringLiteral("bolat"), QStringLiteral("dana")};

    std::unique_ptr<Branch> newBranch()
    {
        auto branch = std::make_unique<Branch>(m_server, m_clerks);
        QString error;
        if (!branch->init(&error) || !branch->addWorkstation(QStringLiteral("ws1"), &error)
            || !branch->addWorkstation(QStringLiteral("ws2"), &error)
            || !branch->addPerson(QStringLiteral("provider"), &error)) {
            qWarning("branch set-up failed: %s", qPrintable(error));
            return nullptr;
        }
        return branch;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_server.attachFixture(&error))
            QFAIL(qPrintable(error));
    }

    void twoWorkstationsAndProviderConverge()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        Workstation ws1(*branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        Workstation ws2(*branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        Workstation provider(*branch, QStringLiteral("provider"), QStringLiteral("prov"));
        const QStringList shared {QStringLiteral("case-a"), QStringLiteral("case-b")};
        QString error;
        // Clerks of both workstations act on the same cases while offline.
        QVERIFY2(ws1.write(QStringLiteral("aigerim"), shared, 30, &error), qPrintable(error));
        QVERIFY2(ws1.write(QStringLiteral("bolat"), {QStringLiteral("case-c")}, 20, &error),
            qPrintable(error));
        QVERIFY2(ws2.write(QStringLiteral("dana"), shared, 25, &error), qPrintable(error));
        QVERIFY2(provider.write(QStringLiteral("provider"), shared, 5, &error), qPrintable(error));

        SyncSummary s1 = ws1.syncOnce();
        QVERIFY2(s1.complete && s1.errors.isEmpty(), qPrintable(s1.errors.join(u'\n')));
        QCOMPARE(s1.pushed, 50);
        SyncSummary s2 = ws2.syncOnce();
        QVERIFY2(s2.complete && s2.errors.isEmpty(), qPrintable(s2.errors.join(u'\n')));
        QCOMPARE(s2.pushed, 25);
        QCOMPARE(s2.pulled, 50);
        SyncSummary sp = provider.syncOnce();
        QVERIFY2(sp.complete && sp.errors.isEmpty(), qPrintable(sp.errors.join(u'\n')));
        QCOMPARE(sp.pulled, 75);
        QCOMPARE(ws1.syncOnce().pulled, 30);
        QCOMPARE(ws2.syncOnce().pulled, 5);
        QCOMPARE(provider.syncOnce().pulled, 0);

        QCOMPARE(branch->eventDocCount(), 80);
        const Snapshot a = ws1.snapshot();
        QCOMPARE(a.eventIds.size(), 80);
        QCOMPARE(a.projectedCases, 3);
        QVERIFY(a == ws2.snapshot());
        QVERIFY(a == provider.snapshot());
        QCOMPARE(a.eventIds, branch->serverEventIds());
        QCOMPARE(ws1.store().unpushedCount(), 0);
        QCOMPARE(ws1.replicator().status().state, SyncStatus::State::Online);
    }

    void resendingEverythingCreatesNoDuplicate()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        Workstation ws1(*branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QString error;
        QVERIFY(ws1.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 40, &error));
        QCOMPARE(ws1.syncOnce().pushed, 40);
        // The confirmations were "lost": everything goes again.
        QVERIFY(ws1.store().requeueAll(QStringLiteral("test"), QStringLiteral("x"), &error));
        QCOMPARE(ws1.store().unpushedCount(), 40);
        const SyncSummary again = ws1.syncOnce();
        QVERIFY2(again.complete && again.errors.isEmpty(), qPrintable(again.errors.join(u'\n')));
        // Confirmed as already stored, and reported apart from what the server took now.
        QCOMPARE(again.pushed, 0);
        QCOMPARE(again.alreadyStored, 40);
        QCOMPARE(again.toJson().value(QLatin1String("already_stored")).toInt(), 40);
        QCOMPARE(again.pulled, 0);
        QCOMPARE(ws1.store().unpushedCount(), 0);
        QCOMPARE(branch->eventDocCount(), 40);
        QCOMPARE(ws1.store().eventCount(), 40);
    }

    void recreatedServerStartsFromZero()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        Workstation ws1(*branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QString error;
        QVERIFY(ws1.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 30, &error));
        QCOMPARE(ws1.syncOnce().pushed, 30);
        const QString oldCheckpoint = ws1.store().syncValue(ws1.replicator().checkpointKey());
        QVERIFY(!oldCheckpoint.isEmpty());

        QVERIFY2(branch->recreate(&error), qPrintable(error));
        QVERIFY(branch->addWorkstation(QStringLiteral("ws2"), &error));
        // A new workstation writes a few events: on the new database their sequence numbers
        // are below ws1's old checkpoint, which ws1 would skip if it kept it.
        Workstation ws2(*branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        QVERIFY(ws2.write(QStringLiteral("dana"), {QStringLiteral("case-b")}, 3, &error));
        QCOMPARE(ws2.syncOnce().pushed, 3);

        const SyncSummary s = ws1.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.pulled, 3);
        QCOMPARE(s.pushed, 30); // the new database gets ws1's events again
        QCOMPARE(branch->eventDocCount(), 33);
        QCOMPARE(ws2.syncOnce().pulled, 30);
        QVERIFY(ws1.snapshot() == ws2.snapshot());
    }

    // After a recreation the server ends up with every event any workstation holds, however
    // it entered (written here, imported from a file, received from another workstation), and
    // no workstation says "all sent" before it is so.
    void recreatedServerGetsEveryEventBack()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        Workstation ws1(*branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        Workstation ws2(*branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        Workstation provider(*branch, QStringLiteral("provider"), QStringLiteral("prov"));
        QString error;
        QVERIFY(ws1.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 4, &error));
        // A file of another workstation's events ("events import"), queued for the server.
        QList<Event> imported;
        for (int i = 0; i < 5; ++i) {
            Event e = Event::make(EventType::Note, QStringLiteral("case-i"),
                {{QStringLiteral("text"), QStringLiteral("imported %1").arg(i)}});
            e.at = QDateTime(QDate(2026, 3, 1), QTime(9, 0, i), Qt::UTC);
            e.by = QStringLiteral("bolat");
            e.device = QStringLiteral("dev-old");
            e.branch = QStringLiteral("0101");
            imported.append(e);
        }
        int inserted = 0;
        QVERIFY(ws1.store().insertForeign(imported, true, &inserted, &error));
        QCOMPARE(inserted, 5);
        QVERIFY(ws2.write(QStringLiteral("dana"), {QStringLiteral("case-b")}, 3, &error));
        QVERIFY(provider.write(QStringLiteral("provider"), {QStringLiteral("case-a")}, 2, &error));
        QCOMPARE(ws2.syncOnce().pushed, 3);
        QCOMPARE(provider.syncOnce().pushed, 2);
        const SyncSummary first = ws1.syncOnce();
        QCOMPARE(first.pushed, 9);
        QCOMPARE(first.pulled, 5);
        QCOMPARE(branch->eventDocCount(), 14);

        QVERIFY2(branch->recreate(&error), qPrintable(error));
        // ws1 alone comes back first: it sends all it may send (its own, the imported ones,
        // dana's), and the provider's two events stay pending until the provider sends them.
        const SyncSummary back = ws1.syncOnce();
        QVERIFY(back.complete);
        QCOMPARE(branch->eventDocCount(), 12);
        QCOMPARE(ws1.store().unpushedCount(), 2);
        QVERIFY(ws1.replicator().status().state != SyncStatus::State::Online);
        QCOMPARE(ws1.replicator().status().pending, 2);
        QVERIFY(provider.syncOnce().complete);
        const SyncSummary last = ws1.syncOnce();
        QVERIFY2(last.complete && last.errors.isEmpty(), qPrintable(last.errors.join(u'\n')));
        QCOMPARE(ws1.store().unpushedCount(), 0);
        QCOMPARE(ws1.replicator().status().state, SyncStatus::State::Online);
        QCOMPARE(branch->serverEventIds(), ws1.snapshot().eventIds);
        QVERIFY(ws2.syncOnce().complete);
        QVERIFY(ws1.snapshot() == ws2.snapshot());
    }

    // "sync init" again (the documented way to add a member) keeps the database's identity:
    // CouchDB 3 overwrites a _local document on a PUT without _rev, where pouchdb-server
    // answers 409, and a new identity makes every workstation send and read everything again.
    void initAgainKeepsTheIdentity()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        const QUrl identityUrl = branch->admin().dbUrl(QStringLiteral("/_local/certdesk_identity"));
        const QString before = branch->admin()
                                   .call(QByteArrayLiteral("GET"), identityUrl)
                                   .json.object()
                                   .value(QLatin1String("uuid"))
                                   .toString();
        QVERIFY(!before.isEmpty());
        Workstation ws1(*branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QString error;
        QVERIFY(ws1.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 12, &error));
        QCOMPARE(ws1.syncOnce().pushed, 12);

        QVERIFY2(branch->init(&error), qPrintable(error));
        const QString after = branch->admin()
                                  .call(QByteArrayLiteral("GET"), identityUrl)
                                  .json.object()
                                  .value(QLatin1String("uuid"))
                                  .toString();
        QCOMPARE(after, before);
        QSignalSpy progress(&ws1.replicator(), &Replicator::progress);
        const SyncSummary s = ws1.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.pushed, 0);
        QCOMPARE(ws1.store().unpushedCount(), 0);
        QCOMPARE(ws1.store().syncValue(ws1.replicator().identityKey()), before);
    }

    void refusedEventIsReportedAndBlocksNothing()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        Workstation ws1(*branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        ws1.options.pushBatch = 4;
        QString error;
        QVERIFY(ws1.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 5, &error));
        // Not a member of the branch: the server's validate function refuses it.
        QVERIFY(ws1.write(QStringLiteral("stranger"), {QStringLiteral("case-a")}, 1, &error));
        QVERIFY(ws1.write(QStringLiteral("bolat"), {QStringLiteral("case-b")}, 5, &error));
        QSignalSpy refused(&ws1.replicator(), &Replicator::eventRefused);
        const SyncSummary s = ws1.syncOnce();
        QVERIFY(s.complete);
        QCOMPARE(s.pushed, 10);
        QCOMPARE(s.refused, 1);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.at(0).at(1).toString().contains(QLatin1String("stranger")),
            qPrintable(refused.at(0).at(1).toString()));
        QCOMPARE(ws1.store().unpushedCount(), 1);
        QCOMPARE(branch->eventDocCount(), 10);
        const SyncStatus status = ws1.replicator().status();
        QCOMPARE(status.state, SyncStatus::State::Error);
        QVERIFY(status.reason.contains(QLatin1String("refused")));
        QVERIFY(!status.nextStep.isEmpty());
        QCOMPARE(status.pending, 1);
    }

    void tooLargeHalvesTheBatch()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        FaultProxy proxy(m_server.url());
        QVERIFY(proxy.listen());
        SyncConfig config = branch->configFor(QStringLiteral("ws1"));
        config.server.setPort(proxy.port());
        Workstation ws1(*branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QString error;
        QVERIFY(
            ws1.replicator().configure(config, branch->password(QStringLiteral("ws1")), &error));
        ws1.options.pushBatch = 64;
        QVERIFY(ws1.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 64, &error));
        proxy.setBodyLimit(9000); // about 20 events
        const SyncSummary s = ws1.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.pushed, 64);
        QVERIFY(proxy.refusedAsTooLarge() >= 2);
        QCOMPARE(branch->eventDocCount(), 64);
    }

    void expiredSessionSignsInAgain()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        FaultProxy proxy(m_server.url());
        QVERIFY(proxy.listen());
        SyncConfig config = branch->configFor(QStringLiteral("ws1"));
        config.server.setPort(proxy.port());
        Workstation ws1(*branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QString error;
        QVERIFY(
            ws1.replicator().configure(config, branch->password(QStringLiteral("ws1")), &error));
        QVERIFY(ws1.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 3, &error));
        QCOMPARE(ws1.syncOnce().pushed, 3);
        QCOMPARE(proxy.sessionRequests(), 1);
        QVERIFY(ws1.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 2, &error));
        proxy.expireSessionOnce();
        const SyncSummary s = ws1.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.pushed, 2);
        QCOMPARE(proxy.sessionRequests(), 2);
    }

    void wrongPasswordIsAClearError()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        TestDatabase db;
        Replicator replicator(db.db(), db.clock());
        QString error;
        QVERIFY(replicator.configure(
            branch->configFor(QStringLiteral("ws1")), QStringLiteral("wrong"), &error));
        QSignalSpy done(&replicator, &Replicator::finished);
        replicator.syncOnce();
        QVERIFY(done.wait(20000));
        const SyncSummary s = done.at(0).at(0).value<SyncSummary>();
        QVERIFY(!s.complete);
        QCOMPARE(replicator.status().state, SyncStatus::State::Error);
        QVERIFY2(replicator.status().reason.contains(QLatin1String("password")),
            qPrintable(replicator.status().reason));
        QVERIFY(replicator.status().nextStep.contains(QLatin1String("Settings")));
    }

    void firstLargePullBuildsItsIndexesOnceAtTheEnd()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        QString error;
        QVERIFY2(branch->addWorkstation(QStringLiteral("ws3"), &error), qPrintable(error));
        Workstation ws2(*branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        QStringList cases;
        for (int i = 0; i < 40; ++i)
            cases.append(QStringLiteral("case-%1").arg(i));
        QVERIFY(ws2.write(QStringLiteral("dana"), cases, 1000, &error));
        QCOMPARE(ws2.syncOnce().pushed, 1000);

        // ws1 pulls into its empty file without the secondary indexes, ws3 with them.
        Workstation ws1(*branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        ws1.options.pullBatch = 100;
        ws1.options.suspendIndexesFrom = 1;
        const QString indexes = QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('events', 'cases') ORDER BY name");
        const QStringList all = rowsOf(ws1.db(), indexes);
        QStringList during;
        connect(&ws1.replicator(), &Replicator::progress, this, [&](qint64, qint64 pulled, qint64) {
            if (pulled > 0 && pulled < 1000 && during.isEmpty())
                during = rowsOf(ws1.db(), indexes);
        });
        const SyncSummary pulled = ws1.syncOnce();
        QVERIFY2(pulled.complete && pulled.errors.isEmpty(), qPrintable(pulled.errors.join(u'\n')));
        QCOMPARE(pulled.pulled, 1000);
        // Half-way the cases had only the index the pull reads itself, the events all theirs;
        // at the end every one is back.
        QStringList kept {QStringLiteral("cases_by_receipt")};
        for (const QString &name : all) {
            if (name.startsWith(QLatin1String("events_")))
                kept.append(name);
        }
        QVERIFY(kept.size() > 1 && kept.size() < all.size() - 1);
        QCOMPARE(during, kept);
        QCOMPARE(rowsOf(ws1.db(), indexes), all);
        QList<SchemaCheck::Difference> differences;
        QVERIFY2(SchemaCheck::compare(ws1.db(), ws1.db().schemaVersion(), &differences, &error),
            qPrintable(error));
        QVERIFY(differences.isEmpty());

        Workstation ws3(*branch, QStringLiteral("ws3"), QStringLiteral("dev-3"));
        ws3.options.pullBatch = 100;
        ws3.options.suspendIndexesFrom = 1000000;
        QCOMPARE(ws3.syncOnce().pulled, 1000);
        QCOMPARE(rowsOf(ws3.db(), indexes), all);
        QVERIFY(ws1.snapshot() == ws3.snapshot());
        QVERIFY(ws1.snapshot() == ws2.snapshot());
        // The projection stored without the indexes is the one stored with them, and the
        // one rebuilt from the events.
        const QStringList projected = casesTable(ws1.db());
        QCOMPARE(projected.size(), 40);
        QCOMPARE(casesTable(ws3.db()), projected);
        QVERIFY2(CaseProjection::rebuild(ws1.db(), &error), qPrintable(error));
        QCOMPARE(casesTable(ws1.db()), projected);
    }

    void liveModeFollowsTheServerAndTheOutbox()
    {
        auto branch = newBranch();
        QVERIFY(branch);
        Workstation ws1(*branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        Workstation ws2(*branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        ws1.replicator().setOptions(ws1.options);
        ws1.replicator().startLive();
        QTRY_COMPARE_WITH_TIMEOUT(
            ws1.replicator().status().state, SyncStatus::State::Online, 20000);
        QString error;
        // Another workstation sends: the longpoll wakes ws1, which drains.
        QVERIFY(ws2.write(QStringLiteral("dana"), {QStringLiteral("case-a")}, 7, &error));
        QCOMPARE(ws2.syncOnce().pushed, 7);
        QTRY_COMPARE_WITH_TIMEOUT(ws1.store().eventCount(), 7, 20000);
        // A clerk at ws1 writes: the outbox check sends it without anyone pressing a button.
        QVERIFY(ws1.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 4, &error));
        QTRY_COMPARE_WITH_TIMEOUT(branch->eventDocCount(), 11, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(ws1.store().unpushedCount(), 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            ws1.replicator().status().state, SyncStatus::State::Online, 20000);
        ws1.replicator().stop();
        QCOMPARE(ws2.syncOnce().pulled, 4);
        QVERIFY(ws1.snapshot() == ws2.snapshot());
    }
};

QTEST_GUILESS_MAIN(TstReplicator)
#include "tst_replicator.moc"
