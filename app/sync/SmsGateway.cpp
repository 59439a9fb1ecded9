#include "sync/SmsGateway.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace certdesk {

SmsGateway::SmsGateway(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void SmsGateway::configure(const SmsGatewayConfig &config, const QString &secret)
{
    m_config = config;
    m_secret = secret;
}

void SmsGateway::send(const QString &id, const QString &phone, const QString &text)
{
    QNetworkRequest request(m_config.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray credentials = (m_config.login + QLatin1Char(':') + m_secret).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    request.setTransferTimeout(m_timeoutMs);
    const QJsonObject body {{QStringLiteral("id"), id}, {QStringLiteral("to"), phone},
        {QStringLiteral("from"), m_config.sender}, {QStringLiteral("text"), text}};
    QNetworkReply *reply
        = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] { onReply(reply, id); });
}

void SmsGateway::onReply(QNetworkReply *reply, const QString &id)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        const QString reference = answer.value(QLatin1String("message_id")).toString();
        Q_EMIT finished(id, true, reference.isEmpty() ? id : reference, NoticeFailure());
        return;
    }
    NoticeFailure failure;
    if (status > 0) {
        // The gateway's own words help the provider's support; keep them short.
        failure.cause = NoticeFailure::Cause::Refused;
        failure.httpStatus = status;
        failure.detail = QStringLiteral("HTTP %1 %2")
                             .arg(status)
                             .arg(QString::fromUtf8(body.left(200)).simplified())
                             .trimmed();
    } else if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        failure.cause = NoticeFailure::Cause::NoAnswer;
        failure.detail = QStringLiteral("no answer within %1 s").arg(m_timeoutMs / 1000.0);
    } else {
        failure.cause = NoticeFailure::Cause::Unreachable;
        failure.detail = reply->errorString();
    }
    Q_EMIT finished(id, false, QString(), failure);
}

} // namespace certdesk
