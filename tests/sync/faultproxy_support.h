#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace certdesk::test {

/// A TCP proxy on 127.0.0.1 between the replicator and pouchdb-server that misbehaves on
/// request: answers 500, answers garbage, cuts connections, stalls, delays, or answers 401 /
/// 413 once — the faults a branch's network and a busy central server really produce.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Pass, ///< forward both ways
        Error500, ///< answer HTTP 500 without asking the server
        Garbage, ///< answer 200 with a body that is not JSON
        Cut, ///< close the connection as soon as a request arrives
        CutResponse, ///< forward the request, cut the answer after its first bytes
        Stall, ///< accept the request and never answer
        Delay, ///< forward, but only after delayMs
        /// A longpoll is answered as CouchDB answers one with a heartbeat — a chunked 200 and
        /// the start of the body at once, then a heartbeat — and then the line is cut (the
        /// server killed). Other requests pass.
        HeartbeatThenCut,
        /// The same, but then nothing more arrives and the line stays open (a dead server
        /// behind a live router).
        HeartbeatThenSilence,
        /// A longpoll is answered 200 with neither a length nor chunks ("Connection: close":
        /// the body ends where the line ends) and the start of the body, then the line is
        /// closed: the framing cannot tell the answer was cut, only the unfinished JSON can.
        HeadThenClose,
        Answer, ///< answer every request but sign-ins with setAnswer()'s status and body
    };

    /// target: the server's URL (its host and port are used).
    explicit FaultProxy(const QUrl &target, QObject *parent = nullptr);
    ~FaultProxy() override;
    bool listen();
    /// Listens with TLS (the test CA's server certificate): an HTTPS front of the server.
    bool listenTls(const QString &certificateFile, const QString &keyFile);
    quint16 port() const { return m_server->serverPort(); }

    void setMode(Mode mode) { m_mode = mode; }
    void setDelayMs(int ms) { m_delayMs = ms; }
    /// What Mode::Answer answers, e.g. "403 Forbidden" and CouchDB's JSON error.
    void setAnswer(const QByteArray &status, const QByteArray &body)
    {
        m_answerStatus = status;
        m_answerBody = body;
    }
    /// The next request that is not a sign-in is answered 401 (an expired session).
    void expireSessionOnce() { m_unauthorizedOnce = true; }
    /// Requests whose body is larger than bytes are answered 413 (0: no limit).
    void setBodyLimit(qint64 bytes) { m_bodyLimit = bytes; }
    /// The n-th _changes request from now on and every one after it are cut as they arrive
    /// (Mode::Cut for the feed alone); a negative n: none is.
    void cutChangesFrom(int n) { m_changesBeforeCut = n - 1; }
    /// Drops every open connection (a cable pulled mid-transfer).
    void dropAll();

    int requests() const { return m_requests; }
    /// Waits, without running any event loop, until n more _changes requests than taken
    /// before have arrived; safe from another thread than the proxy's (the proxy then runs
    /// on a thread of its own, so it reads what the client sends while the client's thread
    /// is busy). False after timeoutMs.
    bool takeChangesRequests(int n, int timeoutMs)
    {
        return m_changesSeen.tryAcquire(n, timeoutMs);
    }
    int sessionRequests() const { return m_sessionRequests; }
    int refusedAsTooLarge() const { return m_tooLarge; }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray pending; ///< request bytes read but not yet judged
        bool judged = false; ///< the current request was let through
        qint64 remaining = 0; ///< body bytes of the current request still to forward
        bool cutAnswer = false;
    };

    void onConnection();
    void onClientData(QTcpSocket *client);
    void answer(QTcpSocket *client, const QByteArray &status, const QByteArray &body);
    void forward(Link &link, const QByteArray &bytes);

    std::unique_ptr<QTcpServer> m_server;
    QString m_targetHost;
    quint16 m_target;
    Mode m_mode = Mode::Pass;
    int m_delayMs = 0;
    QByteArray m_answerStatus;
    QByteArray m_answerBody;
    bool m_unauthorizedOnce = false;
    qint64 m_bodyLimit = 0;
    int m_requests = 0;
    int m_sessionRequests = 0;
    int m_tooLarge = 0;
    QSemaphore m_changesSeen; ///< one per _changes request (any feed)
    int m_changesBeforeCut = -1; ///< _changes requests still let through; -1: all
    QHash<QTcpSocket *, Link> m_links;
};

} // namespace certdesk::test
