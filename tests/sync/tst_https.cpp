// HTTPS: a server whose certificate the system does not trust is refused with a clear
// reason; with the branch's CA file configured the same server is trusted and sync works.
#include <QTest>

#include "branch_support.h"
#include "faultproxy_support.h"

using namespace certdesk;
using namespace certdesk::test;

class TstHttps : public QObject
{
    Q_OBJECT

private:
    SyncServer m_server;
    QString m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_server.attachFixture(&error))
            QFAIL(qPrintable(error));
        m_data = qEnvironmentVariable("CERTDESK_SOURCE_DIR") + QStringLiteral("/tests/sync/data");
    }

    void untrustedThenTrustedWithTheCaFile()
    {
        Branch branch(m_server, {QStringLiteral("aigerim")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error),
            qPrintable(error));
        FaultProxy tls(m_server.url());
        QVERIFY(tls.listenTls(
            m_data + QStringLiteral("/server.pem"), m_data + QStringLiteral("/server.key")));
        SyncConfig config = branch.configFor(QStringLiteral("ws1"));
        config.server.setScheme(QStringLiteral("https"));
        config.server.setPort(tls.port());
        Workstation ws(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QVERIFY(ws.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 3, &error));

        QVERIFY(ws.replicator().configure(config, branch.password(QStringLiteral("ws1")), &error));
        SyncSummary s = ws.syncOnce();
        QVERIFY(!s.complete);
        QVERIFY2(ws.replicator().status().reason.contains(QLatin1String("certificate")),
            qPrintable(ws.replicator().status().reason));
        QCOMPARE(ws.store().unpushedCount(), 3);

        config.caFile = m_data + QStringLiteral("/test-ca.pem");
        QVERIFY2(ws.replicator().configure(config, branch.password(QStringLiteral("ws1")), &error),
            qPrintable(error));
        s = ws.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.pushed, 3);
        QCOMPARE(branch.eventDocCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TstHttps)
#include "tst_https.moc"
