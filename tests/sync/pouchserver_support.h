#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

namespace certdesk::test {

/// A real pouchdb-server for a sync test: the shared one the CTest fixture started
/// (tests/sync/fixtures.cmake), or a private one on disk that a test may kill and restart.
class PouchServer
{
public:
    PouchServer() = default;
    ~PouchServer();

    /// The fixture's server. False with the reason to skip when node_modules is absent (the
    /// only case a sync test may skip); a missing fixture otherwise is a failure (error).
    bool attachFixture(QString *skipReason, QString *error);
    /// Starts a private server keeping its data in dir, on a free port (or the given one).
    bool startPrivate(const QString &dir, QString *error, int port = 0);
    /// SIGKILL: the server dies in the middle of whatever it does.
    void kill();
    /// Starts the private server again on the same port and folder.
    bool restart(QString *error);

    QUrl url() const;
    int port() const { return m_port; }
    QString adminName() const { return m_adminName; }
    QString adminPassword() const { return m_adminPassword; }
    /// The pouchdb-server entry point in node_modules, empty when not installed.
    static QString serverScript();

private:
    bool waitReady(QString *error);

    int m_port = 0;
    QString m_adminName;
    QString m_adminPassword;
    QString m_dir;
    std::unique_ptr<QProcess> m_process;
};

} // namespace certdesk::test
