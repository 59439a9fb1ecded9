#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace certdesk {

/// One HTTP answer of the server, already read: status, body and its JSON when it parses.
struct CouchResponse
{
    Q_DECLARE_TR_FUNCTIONS(CouchResponse)

public:
    int status = 0; ///< HTTP status; 0 when no answer came
    QNetworkReply::NetworkError network = QNetworkReply::NoError;
    QString networkText; ///< Qt's description of a transport failure
    bool timedOut = false; ///< the client gave up: nothing arrived for too long
    bool aborted = false; ///< cancelled by us (stop, shutdown)
    bool administrator = false; ///< sent as the server administrator, not the sync account
    /// A success status whose JSON body stops before it is complete: the line ended in the
    /// middle of the answer though HTTP saw nothing wrong (an answer framed by the closing of
    /// the connection, a proxy that ends it cleanly when its server dies).
    bool cutShort = false;
    QByteArray body;
    QJsonDocument json;
    bool jsonOk = false;

    bool reached() const { return status > 0; }
    /// The line failed — refused, cut, silent for too long — whether or not a status had
    /// arrived first: a heartbeat longpoll on CouchDB answers 200 at once, and a server that
    /// dies after that leaves a status and half a body behind.
    bool lineFailed() const;
    bool ok() const { return status >= 200 && status < 300 && jsonOk && !lineFailed(); }
    /// CouchDB's {"error": ..., "reason": ...}, when the body has them.
    QString error() const;
    QString reason() const;
    /// A transport failure: no complete HTTP answer came back (refused, cut, timed out).
    bool isTransportFailure() const { return !aborted && (!reached() || lineFailed()); }
    /// Plain words for a person: what went wrong with this request.
    QString describe() const;
};

/// A small CouchDB HTTP client on Qt Network: one server, one database, one account.
/// Signs in with _session (a cookie) before the first request and again on 401; trusts the
/// system's CA store plus an optional CA file. Every request has an inactivity timeout.
class CouchClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CouchResponse &)>;

    explicit CouchClient(QObject *parent = nullptr);
    ~CouchClient() override;

    void setServer(const QUrl &server);
    void setDatabase(const QString &database) { m_database = database; }
    void setCredentials(const QString &user, const QString &password);
    /// The account is a server administrator (sync init, sync account): a refused sign-in
    /// then blames the administrator's name or password, not the sync account's.
    void setAdministrator(bool administrator) { m_administrator = administrator; }
    /// Adds the certificates of a PEM file to the trusted CAs; false with a reason when the
    /// file cannot be read or holds none.
    bool setCaFile(const QString &path, QString *error);
    QUrl server() const { return m_server; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }

    /// "/{db}" + dbPath, e.g. dbPath "/_bulk_docs". serverPath is used as is ("/_session").
    QUrl dbUrl(const QString &dbPath, const QUrlQuery &query = QUrlQuery()) const;
    QUrl serverUrl(const QString &serverPath, const QUrlQuery &query = QUrlQuery()) const;

    /// Sends one request (signing in first when there is no session, and once more after a
    /// 401) and calls back with the answer. inactivityMs: give up when nothing arrives for
    /// that long (heartbeats count). The callback is not called after abortAll().
    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body, int inactivityMs,
        Callback callback);
    /// The same, waiting in a local event loop: for set-up commands and tests.
    CouchResponse call(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
        int inactivityMs = 60000);
    CouchResponse call(const QByteArray &verb, const QUrl &url, const QJsonDocument &json,
        int inactivityMs = 60000);

    /// Cancels every request in flight (their callbacks see aborted = true).
    void abortAll();
    bool hasSession() const { return m_signedIn; }
    /// The session cookie this client signed in with, for another client of the same account
    /// (the pull's reader on its own thread), which then signs in only when it expires.
    QList<QNetworkCookie> session() const;
    void adoptSession(const QList<QNetworkCookie> &cookies);

private:
    void sendNow(const QByteArray &verb, const QUrl &url, const QByteArray &body, int inactivityMs,
        bool retryOn401, Callback callback);
    void signIn(int inactivityMs, std::function<void(const CouchResponse &)> then);
    QNetworkReply *start(
        const QByteArray &verb, const QUrl &url, const QByteArray &body, int inactivityMs);
    static CouchResponse read(QNetworkReply *reply, bool timedOut);

    QNetworkAccessManager *m_network;
    QUrl m_server;
    QString m_database;
    QString m_user;
    QString m_password;
    QList<QSslCertificate> m_extraCas;
    bool m_signedIn = false;
    bool m_administrator = false;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace certdesk
