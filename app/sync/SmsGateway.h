#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include "domain/NoticeFailure.h"
#include "sync/SmsGatewayConfig.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace certdesk {

/// One SMS handed to the branch's gateway over HTTP(S). The request (docs/sync.md, "SMS
/// gateway"): POST to the configured address, HTTP Basic authentication with the login and
/// the secret, a JSON body {id, to, from, text}; `id` is the notice's own id, so a gateway
/// that keeps client references drops a repeat. Any 2xx accepts it (the reply's "message_id",
/// when there is one, is the gateway's reference); anything else, or no answer within the
/// timeout, is a failure with its cause and the gateway's own words. Never shows UI.
class SmsGateway : public QObject
{
    Q_OBJECT

public:
    explicit SmsGateway(QObject *parent = nullptr);

    void configure(const SmsGatewayConfig &config, const QString &secret);
    /// No reply within this long: the gateway hangs, the attempt failed.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// Sends one message; finished() follows (never synchronously).
    void send(const QString &id, const QString &phone, const QString &text);

Q_SIGNALS:
    /// failure is meaningful only when accepted is false.
    void finished(const QString &id, bool accepted, const QString &reference,
        const certdesk::NoticeFailure &failure);

private:
    void onReply(QNetworkReply *reply, const QString &id);

    QNetworkAccessManager *m_network;
    SmsGatewayConfig m_config;
    QString m_secret;
    int m_timeoutMs = 30000;
};

} // namespace certdesk
