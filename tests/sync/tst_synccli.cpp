// certdeskctl's sync commands, run as a branch technician runs them: the real binary against
// the test server, secrets in the environment as docs/certdeskctl.md says.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "branch_support.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(code)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

Run certdeskctl(const QStringList &args, const QHash<QString, QString> &environment)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("CERTDESK_BINARY_DIR") + QStringLiteral("/certdeskctl"), args);
    Run r;
    if (!p.waitForStarted(30000))
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TstSyncCli : public QObject
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

    void initWithWrongAdministratorPasswordSaysSo()
    {
        Branch branch(m_server, {QStringLiteral("aigerim")});
        const Run r = certdeskctl(
            {QStringLiteral("sync"), QStringLiteral("init"), QStringLiteral("--server"),
                m_server.url().toString(), QStringLiteral("--db"), branch.database()},
            {{QStringLiteral("CERTDESK_ADMIN_USER"), m_server.adminName()},
                {QStringLiteral("CERTDESK_ADMIN_PASSWORD"), QStringLiteral("not-the-password")}});
        QVERIFY2(r.code == 2, qPrintable(r.describe()));
        const QString message = QString::fromUtf8(r.err);
        QVERIFY2(message.contains(QLatin1String("administrator")), qPrintable(r.describe()));
        QVERIFY2(!message.contains(QLatin1String("sync account")), qPrintable(r.describe()));
    }

    // sync status tells what sync set aside and what the server holds otherwise.
    void statusListsWhatWasSetAsideAndChanged()
    {
        Branch branch(m_server, {QStringLiteral("aigerim")});
        Workstation ws(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QString error;
        QVERIFY(ws.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 2, &error));
        const QList<Event> stored = ws.store().caseEvents(QStringLiteral("case-a"));
        PulledDocument unreadable;
        unreadable.id = Event::newId();
        unreadable.problem = QStringLiteral("event has no type");
        PulledDocument deleted;
        deleted.id = stored.at(0).id;
        deleted.rev = QStringLiteral("2-dead");
        deleted.deleted = true;
        QVERIFY2(SyncInbox(ws.db(), ws.clock())
                     .apply({unreadable, deleted}, QString(), QString(), nullptr, &error),
            qPrintable(error));
        const Run r = certdeskctl(
            {QStringLiteral("--db"), ws.path(), QStringLiteral("sync"), QStringLiteral("status")},
            {});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("quarantined")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("server_anomalies")).toInt(), 1);
        const QJsonObject aside = o.value(QLatin1String("set_aside")).toArray().at(0).toObject();
        QCOMPARE(aside.value(QLatin1String("id")).toString(), unreadable.id);
        QCOMPARE(aside.value(QLatin1String("reason")).toString(), unreadable.problem);
        const QJsonObject changed
            = o.value(QLatin1String("changed_on_server")).toArray().at(0).toObject();
        QCOMPARE(changed.value(QLatin1String("event")).toString(), stored.at(0).id);
        QCOMPARE(changed.value(QLatin1String("kind")).toString(), QStringLiteral("deleted"));
        QCOMPARE(changed.value(QLatin1String("case_id")).toString(), QStringLiteral("case-a"));
    }

    // The central administrator's commands end to end: set up, publish, take back.
    void centralRulesArePublishedAndTakenBack()
    {
        CouchClient admin;
        admin.setServer(m_server.url());
        admin.setDatabase(QStringLiteral("certdesk_rules_kz"));
        admin.setCredentials(m_server.adminName(), m_server.adminPassword());
        admin.setAdministrator(true);
        admin.call(QByteArrayLiteral("DELETE"), admin.dbUrl(QString()));
        const QHash<QString, QString> env {
            {QStringLiteral("CERTDESK_ADMIN_USER"), m_server.adminName()},
            {QStringLiteral("CERTDESK_ADMIN_PASSWORD"), m_server.adminPassword()}};
        const QString server = m_server.url().toString();
        Run r = certdeskctl({QStringLiteral("rules"), QStringLiteral("central-init"),
                                QStringLiteral("--server"), server},
            env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("decree.rules"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"certdesk_rules\":1,\"country\":\"KZ\",\"source\":\"Decree 2032\"}\n"
                "{\"mci\":2032,\"tenge\":6300}\n{\"mci\":2033,\"tenge\":6500}\n");
        f.close();
        r = certdeskctl({QStringLiteral("rules"), QStringLiteral("publish"), file,
                            QStringLiteral("--server"), server},
            env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("units")).toInt(), 2);
        const QByteArray rev = admin.call(QByteArrayLiteral("GET"), admin.dbUrl(QStringLiteral("/rules")))
                                   .json.object().value(QLatin1String("_rev")).toString().toUtf8();

        // Not published: refused, naming it; nothing written.
        r = certdeskctl({QStringLiteral("rules"), QStringLiteral("unpublish"),
                            QStringLiteral("mci/2032"), QStringLiteral("mci/2040"),
                            QStringLiteral("--server"), server},
            env);
        QVERIFY2(r.code == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("mci/2040"), qPrintable(r.describe()));
        QCOMPARE(admin.call(QByteArrayLiteral("GET"), admin.dbUrl(QStringLiteral("/rules")))
                     .json.object().value(QLatin1String("_rev")).toString().toUtf8(),
            rev);

        r = certdeskctl({QStringLiteral("rules"), QStringLiteral("unpublish"),
                            QStringLiteral("mci/2032"), QStringLiteral("--server"), server},
            env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("units")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("unpublished")).toArray(),
            QJsonArray {QStringLiteral("mci/2032")});
        const QJsonArray units = admin.call(QByteArrayLiteral("GET"), admin.dbUrl(QStringLiteral("/rules")))
                                     .json.object().value(QLatin1String("units")).toArray();
        QCOMPARE(units, (QJsonArray {QJsonObject {{QStringLiteral("mci"), 2033},
                            {QStringLiteral("tenge"), 6500}}}));
        admin.call(QByteArrayLiteral("DELETE"), admin.dbUrl(QString()));
    }
};

QTEST_GUILESS_MAIN(TstSyncCli)
#include "tst_synccli.moc"
