#include "smsgateway_support.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace certdesk::test {

bool TestSmsGateway::attach(QString *error)
{
    const QString stateFile = qEnvironmentVariable("CERTDESK_SMS_STATE");
    QFile f(stateFile);
    if (stateFile.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the test SMS gateway fixture did not run (CERTDESK_SMS_STATE=%1): "
                                "run the test through ctest, with node installed")
                     .arg(stateFile);
        return false;
    }
    m_port = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("port")).toInt();
    if (m_port <= 0) {
        *error = QStringLiteral("the state file %1 names no port").arg(stateFile);
        return false;
    }
    return reset(error);
}

QUrl TestSmsGateway::smsUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/sms").arg(m_port));
}

bool TestSmsGateway::call(const QString &method, const QString &path, const QByteArray &body,
    QByteArray *reply, QString *error)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *r
        = method == QLatin1String("GET") ? network.get(request) : network.post(request, body);
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = r->error() == QNetworkReply::NoError;
    if (!ok && error)
        *error = QStringLiteral("test SMS gateway %1 %2: %3").arg(method, path, r->errorString());
    if (reply)
        *reply = r->readAll();
    delete r;
    return ok;
}

bool TestSmsGateway::reset(QString *error)
{
    return call(QStringLiteral("POST"), QStringLiteral("/control/reset"), "{}", nullptr, error);
}

bool TestSmsGateway::failNext(const QString &mode, int count, QString *error)
{
    const QByteArray body = QJsonDocument(
        QJsonObject {{QStringLiteral("mode"), mode},
            {QStringLiteral("count"),
                count}}).toJson(QJsonDocument::Compact);
    return call(QStringLiteral("POST"), QStringLiteral("/control/fail"), body, nullptr, error);
}

QJsonArray TestSmsGateway::received()
{
    QByteArray reply;
    QString error;
    if (!call(QStringLiteral("GET"), QStringLiteral("/control/received"), {}, &reply, &error))
        return {};
    return QJsonDocument::fromJson(reply).array();
}

} // namespace certdesk::test
