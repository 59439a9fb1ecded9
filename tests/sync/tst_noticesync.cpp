// Two workstations of one branch on pouchdb-server, both online at once: both queue the same
// notice (the same derived id, one document on the server), only the notifier sends, and the
// test gateway's record shows exactly one SMS per notice. The notice events and the notifier
// designation reach the other workstation by sync.
#include <QSignalSpy>
#include <QTest>

#include "branch_support.h"
#include "common/NoticeCases.h"
#include "smsgateway_support.h"
#include "storage/NoticeStore.h"
#include "storage/SyncInbox.h"
#include "sync/NoticeSender.h"

using namespace certdesk;
using namespace certdesk::test;

class TstNoticeSync : public QObject
{
    Q_OBJECT

private:
    SyncServer m_server;
    TestSmsGateway m_gateway;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_server.attachFixture(&error))
            QFAIL(qPrintable(error));
        QVERIFY2(m_gateway.attach(&error), qPrintable(error));
    }

    void exactlyOneSmsPerNoticeAcrossWorkstations()
    {
        Branch branch(m_server, {QStringLiteral("aigerim"), QStringLiteral("supervisor")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error)
                && branch.addWorkstation(QStringLiteral("ws2"), &error),
            qPrintable(error));
        Workstation ws1(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        Workstation ws2(branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        ws2.clock().set(ws1.clock().nowUtc());

        // Three cases at the branch, one of them without consent, written on ws1.
        const Actor clerk {QStringLiteral("aigerim"), ws1.db().deviceId(), QStringLiteral("0101")};
        QStringList cases;
        for (int i = 0; i < 3; ++i) {
            cases.append(Event::newId());
            QVERIFY2(
                paperAtBranch(ws1.store(), clerk, cases.last(),
                    QStringLiteral("+7701000000%1").arg(i), i != 2, ws1.clock().today(), &error),
                qPrintable(error));
        }
        QVERIFY(ws1.syncOnce().complete);
        QVERIFY(ws2.syncOnce().complete);

        // Both queue, before either has seen the other's queue.
        NoticeStore n1(ws1.db(), ws1.clock());
        NoticeStore n2(ws2.db(), ws2.clock());
        int q1 = 0, q2 = 0;
        QVERIFY2(n1.queueDue(&q1, &error), qPrintable(error));
        QVERIFY2(n2.queueDue(&q2, &error), qPrintable(error));
        QCOMPARE(q1, 2);
        QCOMPARE(q2, 2);
        QCOMPARE(n1.notices().value(0).record.id, n2.notices().value(0).record.id);

        // A supervisor makes ws1 the notifier, at ws1.
        QVERIFY2(n1.designate(ws1.db().deviceId(), QStringLiteral("supervisor"), nullptr, &error),
            qPrintable(error));
        for (Workstation *ws : {&ws1, &ws2, &ws1}) {
            const SyncSummary s = ws->syncOnce();
            QVERIFY2(s.complete && s.errors.isEmpty() && s.refused == 0,
                qPrintable(s.errors.join(u'\n')));
        }
        // One document per notice on the server, however many queued it.
        const QSet<QString> onServer = branch.serverEventIds();
        for (const NoticeEntry &e : n1.notices())
            QVERIFY(onServer.contains(e.record.id));
        QCOMPARE(n2.designations().size(), 1);
        // Two copies of one notice are one notice: neither workstation reports the server's
        // copy as an event changed on the server.
        QCOMPARE(SyncInbox(ws1.db(), ws1.clock()).anomalyCount(), 0);
        QCOMPARE(SyncInbox(ws2.db(), ws2.clock()).anomalyCount(), 0);

        // Both senders run at the same time, both configured with the gateway.
        SmsGatewayConfig config;
        config.url = m_gateway.smsUrl();
        config.sender = QStringLiteral("CON-0101");
        config.login = QStringLiteral("branch0101");
        QVERIFY(m_gateway.reset(&error));
        NoticeSender s1(ws1.db(), ws1.clock());
        NoticeSender s2(ws2.db(), ws2.clock());
        for (NoticeSender *s : {&s1, &s2}) {
            s->configure(config, QStringLiteral("s3cret"));
            s->setSync(true, branch.database());
        }
        QSignalSpy done1(&s1, &NoticeSender::finished);
        QSignalSpy done2(&s2, &NoticeSender::finished);
        s1.sendDue();
        s2.sendDue();
        QVERIFY(done1.wait(20000));
        QVERIFY(!done2.isEmpty() || done2.wait(20000));
        const NoticeSendSummary r1 = done1.takeFirst().at(0).value<NoticeSendSummary>();
        const NoticeSendSummary r2 = done2.takeFirst().at(0).value<NoticeSendSummary>();
        QVERIFY2(r1.notAllowed.isEmpty(), qPrintable(r1.notAllowed));
        QCOMPARE(r1.sent, 2);
        QVERIFY(!r2.notAllowed.isEmpty());
        QCOMPARE(r2.sent, 0);

        // The outcome reaches ws2; running both again sends nothing more.
        QVERIFY(ws1.syncOnce().complete);
        QVERIFY(ws2.syncOnce().complete);
        for (const NoticeEntry &e : n2.notices())
            QCOMPARE(e.record.state(), NoticeRecord::State::Sent);
        QCOMPARE(n2.notices().size(), 2);
        s1.sendDue();
        s2.sendDue();
        QVERIFY(done1.wait(20000));
        QVERIFY(!done2.isEmpty() || done2.wait(20000));

        const QJsonArray got = m_gateway.received();
        QCOMPARE(got.size(), 2);
        QSet<QString> phones, ids;
        for (const QJsonValue &v : got) {
            phones.insert(v.toObject().value(u"to").toString());
            ids.insert(v.toObject().value(u"id").toString());
        }
        QCOMPARE(phones,
            (QSet<QString> {QStringLiteral("+77010000000"), QStringLiteral("+77010000001")}));
        QCOMPARE(ids.size(), 2);
        // Both workstations hold the same notice events.
        QCOMPARE(ws1.snapshot().eventIds, ws2.snapshot().eventIds);
    }

    void aChangeOfNotifierSendsOnce()
    {
        Branch branch(m_server, {QStringLiteral("aigerim"), QStringLiteral("supervisor")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error)
                && branch.addWorkstation(QStringLiteral("ws2"), &error),
            qPrintable(error));
        Workstation ws1(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        Workstation ws2(branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        const QDateTime t0 = ws1.clock().nowUtc();
        ws2.clock().set(t0);
        auto at = [&](qint64 minutes) {
            ws1.clock().set(t0.addSecs(minutes * 60));
            ws2.clock().set(t0.addSecs(minutes * 60));
        };
        NoticeStore n1(ws1.db(), ws1.clock());
        NoticeStore n2(ws2.db(), ws2.clock());
        SmsGatewayConfig config;
        config.url = m_gateway.smsUrl();
        config.sender = QStringLiteral("CON-0101");
        config.login = QStringLiteral("branch0101");
        NoticeSender s1(ws1.db(), ws1.clock());
        NoticeSender s2(ws2.db(), ws2.clock());
        for (NoticeSender *s : {&s1, &s2}) {
            s->configure(config, QStringLiteral("s3cret"));
            s->setSync(true, branch.database());
        }
        auto pass = [](NoticeSender &s) {
            QSignalSpy done(&s, &NoticeSender::finished);
            s.sendDue();
            done.wait(20000);
            return done.isEmpty() ? NoticeSendSummary {}
                                  : done.takeFirst().at(0).value<NoticeSendSummary>();
        };
        auto sync = [](Workstation &ws) {
            const SyncSummary s = ws.syncOnce();
            return s.complete && s.errors.isEmpty() && s.refused == 0;
        };
        auto paperCase = [&](Workstation &ws, const QString &phone) {
            const QString id = Event::newId();
            const Actor clerk {
                QStringLiteral("aigerim"), ws.db().deviceId(), QStringLiteral("0101")};
            return paperAtBranch(ws.store(), clerk, id, phone, true, ws.clock().today(), &error)
                ? id
                : QString();
        };
        QVERIFY(m_gateway.reset(&error));

        // ws1 sends; a supervisor at ws2 makes ws2 the notifier at t0 (in force 15 minutes on).
        QVERIFY(!paperCase(ws1, QStringLiteral("+77010000001")).isEmpty());
        QVERIFY(n1.designate(ws1.db().deviceId(), QStringLiteral("supervisor"), nullptr, &error));
        QVERIFY(sync(ws1) && sync(ws2));
        NotifierDesignation moved;
        QVERIFY(n2.designate(ws2.db().deviceId(), QStringLiteral("supervisor"), &moved, &error));
        QCOMPARE(
            moved.setAt.secsTo(moved.effectiveAt) / 60, NotifierDesignation::HandoverSeconds / 60);
        QVERIFY(!paperCase(ws2, QStringLiteral("+77010000002")).isEmpty());
        QVERIFY(sync(ws2) && sync(ws1));
        QVERIFY(n1.queueDue(nullptr, &error) && n2.queueDue(nullptr, &error));

        // A minute later: ws1 is still the notifier and sends both; ws2 waits.
        at(1);
        NoticeSendSummary r2 = pass(s2);
        QCOMPARE(r2.sent, 0);
        QVERIFY(!r2.notAllowed.isEmpty());
        QVERIFY(sync(ws1)); // its lease is fresh
        NoticeSendSummary r1 = pass(s1);
        QVERIFY2(r1.notAllowed.isEmpty(), qPrintable(r1.notAllowed));
        QCOMPARE(r1.sent, 2);
        QVERIFY(sync(ws1));

        // After the handover: ws1 stops, ws2 sends what is new, and nothing twice.
        at(17);
        QVERIFY(!paperCase(ws2, QStringLiteral("+77010000003")).isEmpty());
        QVERIFY(sync(ws2) && sync(ws1));
        QVERIFY(n1.queueDue(nullptr, &error) && n2.queueDue(nullptr, &error));
        r1 = pass(s1);
        QCOMPARE(r1.sent, 0);
        QVERIFY(!r1.notAllowed.isEmpty());
        r2 = pass(s2);
        QVERIFY2(r2.notAllowed.isEmpty(), qPrintable(r2.notAllowed));
        QCOMPARE(r2.sent, 1);

        const QJsonArray got = m_gateway.received();
        QStringList phones;
        for (const QJsonValue &v : got)
            phones.append(v.toObject().value(u"to").toString());
        phones.sort();
        QCOMPARE(phones,
            (QStringList {QStringLiteral("+77010000001"), QStringLiteral("+77010000002"),
                QStringLiteral("+77010000003")}));
    }
};

QTEST_GUILESS_MAIN(TstNoticeSync)
#include "tst_noticesync.moc"
