#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

namespace certdesk::test {

/// The central server of a sync test. By default a real pouchdb-server: the shared one the
/// CTest fixture started (tests/sync/fixtures.cmake), or a private one on disk that a test may
/// kill and restart. With CERTDESK_SYNC_SERVER set (an URL with the administrator in it, e.g.
/// http://admin:secret@127.0.0.1:5984) every test uses that server instead — a real Apache
/// CouchDB 3 — and a test that kills the server runs CERTDESK_SYNC_SERVER_KILL and
/// CERTDESK_SYNC_SERVER_START (shell commands) to do it (docs/sync.md, "Tests").
class SyncServer
{
public:
    SyncServer() = default;
    ~SyncServer();

    /// The fixture's server (or the external one). False with the reason when there is none
    /// (node_modules absent, the fixture not run): the test fails, it never skips.
    bool attachFixture(QString *error);
    /// Starts a private server keeping its data in dir, on a free port (or the given one).
    /// On an external server: attaches to it, and kill()/restart() run its commands.
    bool startPrivate(const QString &dir, QString *error, int port = 0);
    /// SIGKILL: the server dies in the middle of whatever it does.
    bool kill(QString *error = nullptr);
    /// Starts the private server again on the same port and folder.
    bool restart(QString *error);

    QUrl url() const;
    int port() const { return m_url.port(); }
    QString adminName() const { return m_adminName; }
    QString adminPassword() const { return m_adminPassword; }
    /// True when the tests run against CERTDESK_SYNC_SERVER rather than pouchdb-server.
    bool isExternal() const { return m_external; }
    /// The external server's URL from the environment (without the administrator), empty
    /// when the tests use pouchdb-server.
    static QUrl externalUrl();
    /// The pouchdb-server entry point in node_modules, empty when not installed.
    static QString serverScript();

private:
    bool attachExternal(QString *error);
    bool runCommand(const char *variable, QString *error);
    bool waitReady(QString *error);

    QUrl m_url;
    bool m_external = false;
    QString m_adminName;
    QString m_adminPassword;
    QString m_dir;
    std::unique_ptr<QProcess> m_process;
};

} // namespace certdesk::test
