#include "server_support.h"

#include "sync/CouchClient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

namespace certdesk::test {

namespace {

QUrl loopback(int port)
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port);
    return u;
}

} // namespace

SyncServer::~SyncServer()
{
    if (!m_external)
        kill();
}

QString SyncServer::serverScript()
{
    const QString path = qEnvironmentVariable("CERTDESK_SOURCE_DIR")
        + QStringLiteral("/node_modules/pouchdb-server/bin/pouchdb-server");
    return QFileInfo::exists(path) ? path : QString();
}

QUrl SyncServer::externalUrl()
{
    const QString text = qEnvironmentVariable("CERTDESK_SYNC_SERVER");
    if (text.isEmpty())
        return QUrl();
    return QUrl(text).adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

bool SyncServer::attachExternal(QString *error)
{
    const QUrl full(qEnvironmentVariable("CERTDESK_SYNC_SERVER"));
    if (!full.isValid() || full.host().isEmpty() || full.userName().isEmpty()) {
        *error = QStringLiteral("CERTDESK_SYNC_SERVER must be the server's URL with its "
                                "administrator, e.g. http://admin:secret@127.0.0.1:5984");
        return false;
    }
    m_external = true;
    m_url = externalUrl();
    m_adminName = full.userName();
    m_adminPassword = full.password();
    return waitReady(error);
}

bool SyncServer::attachFixture(QString *error)
{
    if (qEnvironmentVariableIsSet("CERTDESK_SYNC_SERVER"))
        return attachExternal(error);
    if (serverScript().isEmpty()) {
        // A sync test without its server fails: a skip would read as "sync works".
        *error = QStringLiteral("node_modules is absent: run \"npm ci --ignore-scripts\" at "
                                "the repository root to run the sync tests");
        return false;
    }
    const QString stateFile = qEnvironmentVariable("CERTDESK_SYNC_STATE");
    QFile file(stateFile);
    if (stateFile.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the pouchdb-server fixture did not run (no %1): run the test "
                                "through ctest")
                     .arg(stateFile);
        return false;
    }
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    if (state.contains(QLatin1String("missing"))) {
        *error = state.value(QLatin1String("missing")).toString();
        return false;
    }
    m_url = loopback(state.value(QLatin1String("port")).toInt());
    m_adminName = state.value(QLatin1String("admin")).toString();
    m_adminPassword = state.value(QLatin1String("password")).toString();
    return m_url.port() > 0;
}

QUrl SyncServer::url() const
{
    return m_url;
}

bool SyncServer::startPrivate(const QString &dir, QString *error, int port)
{
    if (qEnvironmentVariableIsSet("CERTDESK_SYNC_SERVER")) {
        if (qEnvironmentVariable("CERTDESK_SYNC_SERVER_KILL").isEmpty()
            || qEnvironmentVariable("CERTDESK_SYNC_SERVER_START").isEmpty()) {
            *error = QStringLiteral("this test kills the server: with CERTDESK_SYNC_SERVER set, "
                                    "also set CERTDESK_SYNC_SERVER_KILL and "
                                    "CERTDESK_SYNC_SERVER_START (docs/sync.md, \"Tests\")");
            return false;
        }
        return attachExternal(error);
    }
    const QString script = serverScript();
    if (script.isEmpty()) {
        *error = QStringLiteral("node_modules is absent");
        return false;
    }
    if (port == 0) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    m_url = loopback(port);
    m_dir = dir;
    QDir().mkpath(dir + QStringLiteral("/data"));
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(dir);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setStandardOutputFile(dir + QStringLiteral("/server.log"), QIODevice::Append);
    const QString node = qEnvironmentVariable("CERTDESK_NODE", QStringLiteral("node"));
    m_process->start(node.isEmpty() ? QStringLiteral("node") : node,
        {script, QStringLiteral("--no-stdout-logs"), QStringLiteral("--host"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
            QStringLiteral("--dir"), dir + QStringLiteral("/data"), QStringLiteral("--config"),
            dir + QStringLiteral("/config.json")});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("node did not start: %1").arg(m_process->errorString());
        return false;
    }
    if (!waitReady(error))
        return false;
    if (m_adminName.isEmpty()) {
        m_adminName = QStringLiteral("admin");
        m_adminPassword = QStringLiteral("private-admin-password");
        CouchClient client;
        client.setServer(url());
        const CouchResponse r = client.call(QByteArrayLiteral("PUT"),
            client.serverUrl(QStringLiteral("/_config/admins/") + m_adminName),
            QByteArray("\"") + m_adminPassword.toUtf8() + "\"");
        if (r.status != 200) {
            *error = QStringLiteral("setting the administrator failed: %1").arg(r.describe());
            return false;
        }
    }
    return true;
}

bool SyncServer::waitReady(QString *error)
{
    CouchClient client;
    client.setServer(url());
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (client.call(QByteArrayLiteral("GET"), client.serverUrl(QString()), QByteArray(), 2000)
                .status
            == 200)
            return true;
        if (m_process && m_process->state() == QProcess::NotRunning) {
            *error = QStringLiteral("pouchdb-server exited at start; see %1/server.log").arg(m_dir);
            return false;
        }
        QTest::qWait(100);
    }
    *error = QStringLiteral("the server at %1 did not answer within 60 s").arg(url().toString());
    return false;
}

bool SyncServer::runCommand(const char *variable, QString *error)
{
    const QString command = qEnvironmentVariable(variable);
    QProcess shell;
    shell.setProcessChannelMode(QProcess::ForwardedChannels);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!shell.waitForFinished(120000) || shell.exitStatus() != QProcess::NormalExit
        || shell.exitCode() != 0) {
        if (error)
            *error
                = QStringLiteral("%1 (\"%2\") failed").arg(QString::fromLatin1(variable), command);
        return false;
    }
    return true;
}

bool SyncServer::kill(QString *error)
{
    if (m_external)
        return runCommand("CERTDESK_SYNC_SERVER_KILL", error);
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    return true;
}

bool SyncServer::restart(QString *error)
{
    if (m_external)
        return runCommand("CERTDESK_SYNC_SERVER_START", error) && waitReady(error);
    kill();
    return startPrivate(m_dir, error, m_url.port());
}

} // namespace certdesk::test
