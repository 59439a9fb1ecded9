// Faults between the replicator and the server (a proxy that answers 500 or garbage, cuts,
// stalls or delays): the status says what is wrong in plain words, and a later retry
// succeeds without losing or doubling anything.
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "branch_support.h"
#include "faultproxy_support.h"

using namespace certdesk;
using namespace certdesk::test;

Q_DECLARE_METATYPE(certdesk::test::FaultProxy::Mode)

class TstFaults : public QObject
{
    Q_OBJECT

private:
    SyncServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_server.attachFixture(&error))
            QFAIL(qPrintable(error));
    }

    void faultThenRecovery_data()
    {
        QTest::addColumn<FaultProxy::Mode>("mode");
        QTest::addColumn<int>("expectedState");
        QTest::addColumn<QString>("reasonWord");
        QTest::newRow("500") << FaultProxy::Mode::Error500 << int(SyncStatus::State::Error)
                             << QStringLiteral("HTTP 500");
        QTest::newRow("garbage") << FaultProxy::Mode::Garbage << int(SyncStatus::State::Error)
                                 << QStringLiteral("cannot be read");
        QTest::newRow("cut") << FaultProxy::Mode::Cut << int(SyncStatus::State::Offline)
                             << QStringLiteral("cannot be reached");
        QTest::newRow("cut answer")
            << FaultProxy::Mode::CutResponse << int(SyncStatus::State::Offline)
            << QStringLiteral("cannot be reached");
        QTest::newRow("stall") << FaultProxy::Mode::Stall << int(SyncStatus::State::Offline)
                               << QStringLiteral("stopped answering");
    }

    void faultThenRecovery()
    {
        QFETCH(FaultProxy::Mode, mode);
        QFETCH(int, expectedState);
        QFETCH(QString, reasonWord);

        Branch branch(m_server, {QStringLiteral("aigerim")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error),
            qPrintable(error));
        FaultProxy proxy(m_server.url());
        QVERIFY(proxy.listen());
        SyncConfig config = branch.configFor(QStringLiteral("ws1"));
        config.server.setPort(proxy.port());
        Workstation ws(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        ws.options.requestTimeoutMs = 1500;
        ws.options.pushBatch = 10;
        QVERIFY(ws.replicator().configure(config, branch.password(QStringLiteral("ws1")), &error));
        ws.replicator().setOptions(ws.options);
        QVERIFY(ws.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 25, &error));

        proxy.setMode(mode);
        QSignalSpy states(&ws.replicator(), &Replicator::statusChanged);
        ws.replicator().startLive();
        QTRY_COMPARE_WITH_TIMEOUT(int(ws.replicator().status().state), expectedState, 15000);
        const SyncStatus failed = ws.replicator().status();
        QVERIFY2(failed.reason.contains(reasonWord), qPrintable(failed.reason));
        QVERIFY2(
            failed.nextStep.contains(QLatin1String("Next try at")), qPrintable(failed.nextStep));
        QCOMPARE(failed.pending, 25);
        QVERIFY(failed.retryAt.isValid());
        // It keeps retrying while the fault lasts, and nothing is marked sent.
        const int before = proxy.requests();
        QTRY_VERIFY_WITH_TIMEOUT(proxy.requests() >= before + 2, 15000);
        QCOMPARE(ws.store().unpushedCount(), 25);

        proxy.setMode(FaultProxy::Mode::Pass);
        QTRY_COMPARE_WITH_TIMEOUT(ws.replicator().status().state, SyncStatus::State::Online, 20000);
        QCOMPARE(ws.replicator().status().reason, QString());
        QCOMPARE(ws.store().unpushedCount(), 0);
        QCOMPARE(branch.eventDocCount(), 25);
        ws.replicator().stop();
    }

    void longpollAnswerBeganThenFailed_data()
    {
        QTest::addColumn<FaultProxy::Mode>("mode");
        QTest::addColumn<QString>("reasonWord");
        QTest::newRow("heartbeat then cut")
            << FaultProxy::Mode::HeartbeatThenCut << QStringLiteral("cut while the server");
        QTest::newRow("heartbeat then silence")
            << FaultProxy::Mode::HeartbeatThenSilence << QStringLiteral("stopped answering");
        QTest::newRow("unframed answer ends early")
            << FaultProxy::Mode::HeadThenClose << QStringLiteral("cut while the server");
    }

    // CouchDB answers a heartbeat longpoll with 200 and the start of its body at once; a line
    // that dies after that is the network failing, not the server answering nonsense: the
    // workstation is offline (docs/sync.md), and the failure reports no exchange's counts.
    void longpollAnswerBeganThenFailed()
    {
        QFETCH(FaultProxy::Mode, mode);
        QFETCH(QString, reasonWord);
        Branch branch(m_server, {QStringLiteral("aigerim"), QStringLiteral("dana")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error)
                && branch.addWorkstation(QStringLiteral("ws2"), &error),
            qPrintable(error));
        FaultProxy proxy(m_server.url());
        QVERIFY(proxy.listen());
        SyncConfig config = branch.configFor(QStringLiteral("ws1"));
        config.server.setPort(proxy.port());
        Workstation ws1(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QVERIFY(ws1.replicator().configure(config, branch.password(QStringLiteral("ws1")), &error));
        ws1.replicator().setOptions(ws1.options);
        QVERIFY(ws1.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 25, &error));
        proxy.setMode(mode);
        QSignalSpy finished(&ws1.replicator(), &Replicator::finished);
        ws1.replicator().startLive();
        // The exchange itself passes (only longpolls are hurt) ...
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        const SyncSummary sent = finished.at(0).at(0).value<SyncSummary>();
        QVERIFY2(sent.complete, qPrintable(sent.errors.join(u'\n')));
        QCOMPARE(sent.pushed, 25);
        // ... then the longpoll fails after its answer began.
        QTRY_COMPARE_WITH_TIMEOUT(
            ws1.replicator().status().state, SyncStatus::State::Offline, 20000);
        const SyncStatus failed = ws1.replicator().status();
        QVERIFY2(
            failed.reason.contains(QLatin1String("cannot be reached")), qPrintable(failed.reason));
        QVERIFY2(failed.reason.contains(reasonWord), qPrintable(failed.reason));
        QVERIFY2(
            failed.nextStep.contains(QLatin1String("Next try at")), qPrintable(failed.nextStep));
        QVERIFY(finished.size() >= 2);
        const SyncSummary lost = finished.at(1).at(0).value<SyncSummary>();
        QVERIFY(!lost.complete);
        QCOMPARE(lost.pushed, 0);
        QCOMPARE(lost.pulled, 0);
        QCOMPARE(lost.errors.size(), 1);

        // The line comes back: the next longpoll hears another workstation's events.
        proxy.setMode(FaultProxy::Mode::Pass);
        Workstation ws2(branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        QVERIFY(ws2.write(QStringLiteral("dana"), {QStringLiteral("case-b")}, 4, &error));
        QCOMPARE(ws2.syncOnce().pushed, 4);
        QTRY_COMPARE_WITH_TIMEOUT(ws1.store().eventCount(), 29, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            ws1.replicator().status().state, SyncStatus::State::Online, 20000);
        ws1.replicator().stop();
    }

    // A reason of the server's own is a sentence; ours ends it once.
    void serverReasonEndsOneSentence()
    {
        Branch branch(m_server, {QStringLiteral("aigerim")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error),
            qPrintable(error));
        FaultProxy proxy(m_server.url());
        QVERIFY(proxy.listen());
        proxy.setMode(FaultProxy::Mode::Answer);
        proxy.setAnswer("403 Forbidden",
            R"({"error":"forbidden","reason":"You are not allowed to access this db."})");
        SyncConfig config = branch.configFor(QStringLiteral("ws1"));
        config.server.setPort(proxy.port());
        Workstation ws(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QVERIFY(ws.replicator().configure(config, branch.password(QStringLiteral("ws1")), &error));
        const SyncSummary s = ws.syncOnce();
        QVERIFY(!s.complete);
        const QString reason = ws.replicator().status().reason;
        QVERIFY2(
            reason.contains(QLatin1String("not allowed to access this db")), qPrintable(reason));
        QVERIFY2(!reason.contains(QLatin1String("..")), qPrintable(reason));
        QVERIFY2(reason.endsWith(QLatin1Char('.')), qPrintable(reason));
    }

    void slowServerIsWaitedFor()
    {
        Branch branch(m_server, {QStringLiteral("aigerim")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error),
            qPrintable(error));
        FaultProxy proxy(m_server.url());
        QVERIFY(proxy.listen());
        proxy.setMode(FaultProxy::Mode::Delay);
        proxy.setDelayMs(300); // slow, but well within the inactivity timeout
        SyncConfig config = branch.configFor(QStringLiteral("ws1"));
        config.server.setPort(proxy.port());
        Workstation ws(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QVERIFY(ws.replicator().configure(config, branch.password(QStringLiteral("ws1")), &error));
        QVERIFY(ws.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 5, &error));
        const SyncSummary s = ws.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.pushed, 5);
    }

    void aCatchUpStoresItsPagesInGroups()
    {
        // A catch-up stores several pages in one transaction (the events' id index written
        // once a group, not once a page). A line cut in the middle of a group loses nothing
        // and repeats nothing: the pages read and not stored are read again from the position
        // stored with the last group.
        Branch branch(m_server, {QStringLiteral("aigerim")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error)
                && branch.addWorkstation(QStringLiteral("ws2"), &error),
            qPrintable(error));
        Workstation ws1(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QStringList cases;
        for (int i = 0; i < 10; ++i)
            cases.append(QStringLiteral("case-%1").arg(i));
        QVERIFY(ws1.write(QStringLiteral("aigerim"), cases, 1000, &error));
        QCOMPARE(ws1.syncOnce().pushed, 1000);

        FaultProxy proxy(m_server.url());
        QVERIFY(proxy.listen());
        SyncConfig config = branch.configFor(QStringLiteral("ws2"));
        config.server.setPort(proxy.port());
        Workstation ws2(branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        ws2.options.pullBatch = 100;
        ws2.options.pullGroup = 300;
        QVERIFY(ws2.replicator().configure(config, branch.password(QStringLiteral("ws2")), &error));
        QList<qint64> stored;
        connect(&ws2.replicator(), &Replicator::progress, this, [&](qint64, qint64 pulled, qint64) {
            if (pulled > 0 && (stored.isEmpty() || stored.last() != pulled))
                stored.append(pulled);
        });

        // Pages 1-3 make a group and are stored (the branch's design document, the feed's
        // first change, is no event); page 4 is read; the request of page 5 is cut.
        proxy.cutChangesFrom(5);
        const SyncSummary cut = ws2.syncOnce();
        QVERIFY(!cut.complete);
        QCOMPARE(cut.pulled, 299);
        QCOMPARE(stored, QList<qint64>({299}));

        proxy.cutChangesFrom(-1);
        stored.clear();
        const SyncSummary rest = ws2.syncOnce();
        QVERIFY2(rest.complete && rest.errors.isEmpty(), qPrintable(rest.errors.join(u'\n')));
        // Pages 4-6, 7-9, and 10 with the last change alone on page 11.
        QCOMPARE(rest.pulled, 701);
        QCOMPARE(stored, QList<qint64>({300, 600, 701}));
        QCOMPARE(ws2.snapshot(), ws1.snapshot());
    }

    void pagesAreReadAheadOfTheStoring()
    {
        // The pages are read on a thread of their own, ahead of the storing: while a page is
        // stored the next ones are asked for, so the server prepares them meanwhile and the
        // pull runs at the server's pace, not at the sum of both sides'. The proxy runs on a
        // thread of its own and the storing of the first page is held until it has seen the
        // requests of three more: read one page ahead at a time, only one more request would
        // leave during the storing, and the wait runs out.
        Branch branch(m_server, {QStringLiteral("aigerim")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error)
                && branch.addWorkstation(QStringLiteral("ws2"), &error),
            qPrintable(error));
        Workstation ws1(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QVERIFY(ws1.write(QStringLiteral("aigerim"),
            {QStringLiteral("case-a"), QStringLiteral("case-b")}, 60, &error));
        QCOMPARE(ws1.syncOnce().pushed, 60);

        QThread proxyThread;
        proxyThread.start();
        QObject inThread;
        inThread.moveToThread(&proxyThread);
        FaultProxy *proxy = nullptr;
        bool listening = false;
        QMetaObject::invokeMethod(
            &inThread,
            [&] {
                proxy = new FaultProxy(m_server.url());
                listening = proxy->listen();
            },
            Qt::BlockingQueuedConnection);
        const auto stopProxy = qScopeGuard([&] {
            QMetaObject::invokeMethod(
                &inThread, [&] { delete proxy; }, Qt::BlockingQueuedConnection);
            proxyThread.quit();
            proxyThread.wait();
        });
        QVERIFY(listening);

        SyncConfig config = branch.configFor(QStringLiteral("ws2"));
        config.server.setPort(proxy->port());
        Workstation ws2(branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        ws2.options.pullBatch = 10;
        ws2.options.pullGroup = 10; // each page stored on its own
        ws2.options.pullAhead = 3;
        QVERIFY(ws2.replicator().configure(config, branch.password(QStringLiteral("ws2")), &error));
        QList<bool> askedBeforeStored;
        connect(&ws2.replicator(), &Replicator::eventsArrived, this, [&] {
            // Still inside the storing of the first page (the signal is direct): the requests
            // of pages 2 to 4 must already have reached the server.
            if (askedBeforeStored.isEmpty())
                askedBeforeStored.append(proxy->takeChangesRequests(4, 10000));
        });
        const SyncSummary s = ws2.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.pulled, 60);
        QCOMPARE(askedBeforeStored, QList<bool>({true}));
        QCOMPARE(ws2.snapshot(), ws1.snapshot());
    }

    void connectionsDroppedMidLongpollRecover()
    {
        Branch branch(m_server, {QStringLiteral("aigerim"), QStringLiteral("dana")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error)
                && branch.addWorkstation(QStringLiteral("ws2"), &error),
            qPrintable(error));
        FaultProxy proxy(m_server.url());
        QVERIFY(proxy.listen());
        SyncConfig config = branch.configFor(QStringLiteral("ws1"));
        config.server.setPort(proxy.port());
        Workstation ws1(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        Workstation ws2(branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        QVERIFY(ws1.replicator().configure(config, branch.password(QStringLiteral("ws1")), &error));
        ws1.replicator().startLive();
        QTRY_COMPARE_WITH_TIMEOUT(
            ws1.replicator().status().state, SyncStatus::State::Online, 15000);
        // The cable is pulled while ws1 waits on its longpoll; meanwhile ws2 sends.
        proxy.dropAll();
        QVERIFY(ws2.write(QStringLiteral("dana"), {QStringLiteral("case-a")}, 6, &error));
        QCOMPARE(ws2.syncOnce().pushed, 6);
        QTRY_COMPARE_WITH_TIMEOUT(ws1.store().eventCount(), 6, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            ws1.replicator().status().state, SyncStatus::State::Online, 20000);
        ws1.replicator().stop();
    }
};

QTEST_GUILESS_MAIN(TstFaults)
#include "tst_faults.moc"
