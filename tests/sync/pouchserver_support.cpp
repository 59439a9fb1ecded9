#include "pouchserver_support.h"

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

PouchServer::~PouchServer()
{
    kill();
}

QString PouchServer::serverScript()
{
    const QString path = qEnvironmentVariable("CERTDESK_SOURCE_DIR")
        + QStringLiteral("/node_modules/pouchdb-server/bin/pouchdb-server");
    return QFileInfo::exists(path) ? path : QString();
}

bool PouchServer::attachFixture(QString *skipReason, QString *error)
{
    if (serverScript().isEmpty()) {
        *skipReason = QStringLiteral("node_modules is absent: run \"npm ci --ignore-scripts\" at "
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
    if (state.contains(QLatin1String("skip"))) {
        *error = state.value(QLatin1String("skip")).toString();
        return false;
    }
    m_port = state.value(QLatin1String("port")).toInt();
    m_adminName = state.value(QLatin1String("admin")).toString();
    m_adminPassword = state.value(QLatin1String("password")).toString();
    return m_port > 0;
}

QUrl PouchServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}

bool PouchServer::startPrivate(const QString &dir, QString *error, int port)
{
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
    m_port = port;
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

bool PouchServer::waitReady(QString *error)
{
    CouchClient client;
    client.setServer(url());
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (client.call(QByteArrayLiteral("GET"), client.serverUrl(QString()), QByteArray(), 2000)
                .status
            == 200)
            return true;
        if (m_process->state() == QProcess::NotRunning) {
            *error = QStringLiteral("pouchdb-server exited at start; see %1/server.log").arg(m_dir);
            return false;
        }
        QTest::qWait(100);
    }
    *error = QStringLiteral("pouchdb-server did not answer within 60 s");
    return false;
}

void PouchServer::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

bool PouchServer::restart(QString *error)
{
    kill();
    return startPrivate(m_dir, error, m_port);
}

} // namespace certdesk::test
