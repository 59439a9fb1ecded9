// certdeskctl's sync commands, run as a branch technician runs them: the real binary against
// the test server, secrets in the environment as docs/certdeskctl.md says.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
};

QTEST_GUILESS_MAIN(TstSyncCli)
#include "tst_synccli.moc"
