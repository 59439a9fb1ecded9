#include "faultproxy_support.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

namespace certdesk::test {

namespace {

/// The classic TLS server: each connection becomes a QSslSocket that starts its server
/// handshake and is handed over at once; reads then see decrypted bytes only.
class TlsServer : public QTcpServer
{
public:
    explicit TlsServer(const QSslConfiguration &tls)
        : m_tls(tls)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_tls);
        socket->startServerEncryption();
        addPendingConnection(socket);
    }

private:
    QSslConfiguration m_tls;
};

} // namespace

FaultProxy::FaultProxy(const QUrl &target, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
    , m_targetHost(target.host())
    , m_target(quint16(target.port()))
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

FaultProxy::~FaultProxy()
{
    // The sockets are children: silence them before the link table they report to goes.
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
    m_links.clear();
}

bool FaultProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool FaultProxy::listenTls(const QString &certificateFile, const QString &keyFile)
{
    QFile keyIn(keyFile);
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile);
    if (chain.isEmpty() || !keyIn.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(QSslKey(keyIn.readAll(), QSsl::Rsa));
    m_server = std::make_unique<TlsServer>(tls);
    connect(m_server.get(), &QTcpServer::newConnection, this, &FaultProxy::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::dropAll()
{
    const QList<QTcpSocket *> clients = m_links.keys();
    for (QTcpSocket *client : clients) {
        Link &link = m_links[client];
        if (link.upstream)
            link.upstream->abort();
        client->abort();
    }
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        m_links.insert(client, Link {client, nullptr, {}, false, 0, false});
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] {
            const Link link = m_links.take(client);
            if (link.upstream)
                link.upstream->deleteLater();
            client->deleteLater();
        });
        // A TLS connection is handed over after its handshake, often with the request
        // already decrypted and waiting: its readyRead went by before the connect above.
        if (client->bytesAvailable() > 0)
            onClientData(client);
    }
}

void FaultProxy::answer(QTcpSocket *client, const QByteArray &status, const QByteArray &body)
{
    client->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    client->flush();
    client->disconnectFromHost();
}

void FaultProxy::forward(Link &link, const QByteArray &bytes)
{
    if (!link.upstream) {
        auto *upstream = new QTcpSocket(this);
        link.upstream = upstream;
        QPointer<QTcpSocket> client = link.client;
        connect(upstream, &QTcpSocket::readyRead, this, [this, upstream, client] {
            if (!client) {
                upstream->abort();
                return;
            }
            const QByteArray data = upstream->readAll();
            const bool cut = m_links.contains(client) && m_links[client].cutAnswer;
            if (cut) {
                client->write(data.left(std::max<qsizetype>(1, data.size() / 2)));
                client->flush();
                client->abort();
                upstream->abort();
                return;
            }
            client->write(data);
        });
        connect(upstream, &QTcpSocket::disconnected, this, [client] {
            if (client)
                client->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::errorOccurred, this, [client](QAbstractSocket::SocketError) {
            if (client)
                client->abort();
        });
        upstream->connectToHost(m_targetHost, m_target);
    }
    // QTcpSocket buffers writes made before the connection is up.
    link.upstream->write(bytes);
}

void FaultProxy::onClientData(QTcpSocket *client)
{
    if (!m_links.contains(client))
        return;
    m_links[client].pending.append(client->readAll());
    for (;;) {
        Link &link = m_links[client];
        if (link.remaining > 0) {
            // The rest of a body already let through.
            const QByteArray part = link.pending.left(link.remaining);
            link.pending.remove(0, part.size());
            link.remaining -= part.size();
            forward(link, part);
            if (link.remaining > 0 || link.pending.isEmpty())
                return;
        }
        const qsizetype headEnd = link.pending.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = link.pending.left(headEnd + 4);
        const QByteArray requestLine = head.left(head.indexOf("\r\n"));
        qint64 contentLength = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        ++m_requests;
        const bool session = requestLine.contains(" /_session");
        if (requestLine.contains("/_changes")) {
            m_changesSeen.release();
            if (m_changesBeforeCut == 0) {
                client->abort();
                return;
            }
            if (m_changesBeforeCut > 0)
                --m_changesBeforeCut;
        }
        if (session)
            ++m_sessionRequests;

        if (m_bodyLimit > 0 && contentLength > m_bodyLimit) {
            ++m_tooLarge;
            answer(client, "413 Request Entity Too Large",
                R"({"error":"too_large","reason":"the request entity is too large"})");
            return;
        }
        if (m_unauthorizedOnce && !session) {
            m_unauthorizedOnce = false;
            answer(client, "401 Unauthorized",
                R"({"error":"unauthorized","reason":"You are not authorized"})");
            return;
        }
        const bool longpoll = requestLine.contains("feed=longpoll");
        switch (m_mode) {
        case Mode::HeartbeatThenCut:
        case Mode::HeartbeatThenSilence:
            if (!longpoll)
                break;
            link.pending.clear();
            client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n"
                          "d\r\n{\"results\":[\n\r\n"
                          "1\r\n\n\r\n");
            client->flush();
            if (m_mode == Mode::HeartbeatThenCut)
                client->disconnectFromHost(); // after the bytes above are out
            return;
        case Mode::HeadThenClose:
            if (!longpoll)
                break;
            link.pending.clear();
            client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\n\r\n{\"results\":[\n");
            client->flush();
            client->disconnectFromHost();
            return;
        case Mode::Answer:
            if (session)
                break;
            answer(client, m_answerStatus, m_answerBody);
            return;
        case Mode::Error500:
            answer(client, "500 Internal Server Error",
                R"({"error":"internal_server_error","reason":"fault injected by the test"})");
            return;
        case Mode::Garbage:
            answer(client, "200 OK", "<html><body>Gateway says hello</body></html>");
            return;
        case Mode::Cut:
            client->abort();
            return;
        case Mode::Stall:
            link.pending.clear();
            return;
        case Mode::Delay: {
            const QByteArray whole = link.pending;
            link.pending.clear();
            QPointer<QTcpSocket> guarded = client;
            QTimer::singleShot(m_delayMs, this, [this, guarded, whole] {
                if (guarded && m_links.contains(guarded))
                    forward(m_links[guarded], whole);
            });
            return;
        }
        case Mode::CutResponse:
            link.cutAnswer = true;
            break;
        case Mode::Pass:
            link.cutAnswer = false;
            break;
        }
        if (m_mode != Mode::CutResponse)
            link.cutAnswer = false;
        link.pending.remove(0, head.size());
        link.remaining = contentLength;
        forward(link, head);
        if (link.remaining == 0 && link.pending.isEmpty())
            return;
    }
}

} // namespace certdesk::test
