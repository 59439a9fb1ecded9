#include "sync/CouchClient.h"

#include "domain/EventText.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace certdesk {

namespace {

const char *const kAbortedProperty = "certdesk_aborted";
const char *const kAdministratorProperty = "certdesk_administrator";

} // namespace

QString CouchResponse::error() const
{
    return json.isObject() ? json.object().value(QLatin1String("error")).toString() : QString();
}

QString CouchResponse::reason() const
{
    if (!json.isObject())
        return QString();
    // CouchDB's reasons are sentences ("You are not allowed to access this db."); ours are
    // put inside sentences of their own, which end them.
    QString text = json.object().value(QLatin1String("reason")).toString().trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

bool CouchResponse::lineFailed() const
{
    if (aborted)
        return false;
    if (timedOut || cutShort)
        return true;
    // Qt's connection and proxy errors (1-199); the others (content, protocol, server
    // errors) come with a complete HTTP answer that says what went wrong.
    return network != QNetworkReply::NoError && int(network) < 200;
}

QString CouchResponse::describe() const
{
    if (aborted)
        return tr("the request was cancelled");
    if (timedOut)
        return tr("the server stopped answering (nothing arrived for too long)");
    if (reached() && lineFailed()) {
        if (network == QNetworkReply::RemoteHostClosedError || cutShort)
            return tr("the connection was cut while the server was answering");
        return tr("the network failed while the server was answering (%1)").arg(networkText);
    }
    if (!reached()) {
        switch (network) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("the server refused the connection (it may be stopped)");
        case QNetworkReply::HostNotFoundError:
            return tr("the server's name cannot be found (no network, or a wrong address)");
        case QNetworkReply::RemoteHostClosedError:
            return tr("the connection was cut before the server answered");
        case QNetworkReply::SslHandshakeFailedError:
            return tr("the server's certificate is not trusted (%1)").arg(networkText);
        default:
            return tr("the network failed (%1)").arg(networkText);
        }
    }
    if (status == 401 && administrator)
        return tr("the server refused the administrator's name or password");
    if (status == 401)
        return tr("the server refused the sync account's name or password");
    if (status == 403)
        return tr("the server refused: %1").arg(reason().isEmpty() ? error() : reason());
    if (status == 404)
        return tr("the branch database does not exist on the server");
    if (status == 413)
        return tr("the server refused a request as too large");
    if (status >= 500)
        return tr("the server failed with HTTP %1").arg(status);
    if (!jsonOk)
        return tr("the server's answer cannot be read (HTTP %1, not JSON)").arg(status);
    if (!reason().isEmpty())
        return tr("the server answered HTTP %1: %2").arg(status).arg(reason());
    return tr("the server answered HTTP %1").arg(status);
}

CouchClient::CouchClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setCookieJar(new QNetworkCookieJar(m_network));
}

CouchClient::~CouchClient()
{
    abortAll();
}

void CouchClient::setServer(const QUrl &server)
{
    m_server = server.adjusted(QUrl::StripTrailingSlash);
    m_signedIn = false;
}

void CouchClient::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    m_signedIn = false;
}

bool CouchClient::setCaFile(const QString &path, QString *error)
{
    // Open connections keep the TLS settings they were made with: start afresh.
    m_network->clearConnectionCache();
    m_extraCas.clear();
    if (path.isEmpty())
        return true;
    m_extraCas = QSslCertificate::fromPath(path, QSsl::Pem);
    if (m_extraCas.isEmpty()) {
        if (error)
            *error = tr("The CA file %1 cannot be read or holds no PEM certificate: choose the "
                        "CA certificate file the administrator gave you.")
                         .arg(path);
        return false;
    }
    return true;
}

QUrl CouchClient::serverUrl(const QString &serverPath, const QUrlQuery &query) const
{
    QUrl url = m_server;
    QString base = m_server.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1); // "https://host/" and "https://host" are the same server
    url.setPath(base + serverPath);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl CouchClient::dbUrl(const QString &dbPath, const QUrlQuery &query) const
{
    return serverUrl(QLatin1Char('/') + m_database + dbPath, query);
}

QNetworkReply *CouchClient::start(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, int inactivityMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // Qt's transfer timeout restarts with every byte: an inactivity timeout, so longpoll
    // heartbeats keep a healthy connection open and a silent dead one is dropped.
    request.setTransferTimeout(inactivityMs);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_extraCas.isEmpty())
            ssl.addCaCertificates(m_extraCas);
        request.setSslConfiguration(ssl);
    }
    // A GET, HEAD or DELETE goes out at once, from the network thread; a request with a body
    // (even an empty one) is buffered first by an event queued on this thread, so a _changes
    // page asked for before the previous page is stored would wait for the storing to end.
    // A PUT or POST keeps its body, empty or not: a proxy may want its Content-Length.
    const bool bodiless = body.isEmpty() && (verb == "GET" || verb == "HEAD" || verb == "DELETE");
    QNetworkReply *reply = bodiless ? m_network->sendCustomRequest(request, verb)
                                    : m_network->sendCustomRequest(request, verb, body);
    reply->setProperty(kAdministratorProperty, m_administrator);
    m_inFlight.removeAll(nullptr);
    m_inFlight.append(reply);
    return reply;
}

CouchResponse CouchClient::read(QNetworkReply *reply, bool timedOut)
{
    CouchResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.aborted = reply->property(kAbortedProperty).toBool();
    r.network = reply->error();
    r.networkText = reply->errorString();
    r.timedOut = timedOut && !r.aborted;
    r.administrator = reply->property(kAdministratorProperty).toBool();
    if (reply->isOpen())
        r.body = reply->readAll();
    // Parsed once, here, for every reader of the answer (a _changes page is not parsed
    // again): with the byte-order marks written as bytes made visible, as at every door
    // events come through (EventText::escapeByteOrderMarks).
    const QByteArray text = EventText::escapeByteOrderMarks(r.body);
    QJsonParseError parseError;
    r.json = QJsonDocument::fromJson(text, &parseError);
    r.jsonOk = parseError.error == QJsonParseError::NoError && !r.json.isNull();
    // The parser ran out of text (an empty body included) instead of meeting something that
    // is not JSON: CouchDB never ends an answer so, a line that broke does. Garbage (an HTML
    // page of a gateway) fails before its end and stays "cannot be read".
    qsizetype end = text.size(); // the heartbeat's newlines after the text do not count
    while (end > 0 && QChar::isSpace(uchar(text.at(end - 1))))
        --end;
    r.cutShort = !r.jsonOk && r.network == QNetworkReply::NoError && r.status >= 200
        && r.status < 300 && parseError.offset >= end;
    return r;
}

void CouchClient::signIn(int inactivityMs, std::function<void(const CouchResponse &)> then)
{
    const QJsonObject credentials {
        {QLatin1String("name"), m_user}, {QLatin1String("password"), m_password}};
    QNetworkReply *reply = start(QByteArrayLiteral("POST"), serverUrl(QStringLiteral("/_session")),
        QJsonDocument(credentials).toJson(QJsonDocument::Compact), inactivityMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, then = std::move(then)] {
        reply->deleteLater();
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        const CouchResponse r = read(reply, timedOut);
        m_signedIn = r.ok();
        then(r);
    });
}

void CouchClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
    int inactivityMs, Callback callback)
{
    if (!m_user.isEmpty() && !m_signedIn) {
        // Sign in before anything else: pouchdb-server with an admin configured crashes on
        // some unauthenticated writes, and CouchDB would only answer 401 anyway.
        signIn(inactivityMs,
            [this, verb, url, body, inactivityMs, callback = std::move(callback)](
                const CouchResponse &login) {
                if (!login.ok()) {
                    callback(login);
                    return;
                }
                sendNow(verb, url, body, inactivityMs, true, callback);
            });
        return;
    }
    sendNow(verb, url, body, inactivityMs, true, std::move(callback));
}

void CouchClient::sendNow(const QByteArray &verb, const QUrl &url, const QByteArray &body,
    int inactivityMs, bool retryOn401, Callback callback)
{
    QNetworkReply *reply = start(verb, url, body, inactivityMs);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, verb, url, body, inactivityMs, retryOn401, callback = std::move(callback)] {
            reply->deleteLater();
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
            const CouchResponse r = read(reply, timedOut);
            if (r.aborted)
                return;
            if (r.status == 401 && retryOn401 && !m_user.isEmpty()) {
                // The _session cookie lasts 10 minutes on CouchDB: sign in again, once.
                m_signedIn = false;
                signIn(inactivityMs,
                    [this, verb, url, body, inactivityMs, callback](const CouchResponse &login) {
                        if (!login.ok()) {
                            callback(login);
                            return;
                        }
                        sendNow(verb, url, body, inactivityMs, false, callback);
                    });
                return;
            }
            callback(r);
        });
}

CouchResponse CouchClient::call(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, int inactivityMs)
{
    QEventLoop loop;
    CouchResponse result;
    bool done = false;
    send(verb, url, body, inactivityMs, [&](const CouchResponse &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

CouchResponse CouchClient::call(
    const QByteArray &verb, const QUrl &url, const QJsonDocument &json, int inactivityMs)
{
    return call(verb, url, json.toJson(QJsonDocument::Compact), inactivityMs);
}

QList<QNetworkCookie> CouchClient::session() const
{
    return m_signedIn ? m_network->cookieJar()->cookiesForUrl(serverUrl(QStringLiteral("/")))
                      : QList<QNetworkCookie>();
}

void CouchClient::adoptSession(const QList<QNetworkCookie> &cookies)
{
    if (cookies.isEmpty())
        return;
    m_network->cookieJar()->setCookiesFromUrl(cookies, serverUrl(QStringLiteral("/")));
    m_signedIn = true;
}

void CouchClient::abortAll()
{
    const QList<QPointer<QNetworkReply>> replies = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply && reply->isRunning()) {
            reply->setProperty(kAbortedProperty, true);
            reply->abort();
        }
    }
}

} // namespace certdesk
