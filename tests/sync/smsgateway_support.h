#pragma once

#include <QJsonArray>
#include <QString>
#include <QUrl>

namespace certdesk::test {

/// The test SMS gateway the CTest fixture started (tests/sync/sms_gateway.js): where it
/// listens, what it received, and failures on demand. A missing fixture is a failure.
class TestSmsGateway
{
public:
    bool attach(QString *error);
    /// The address CertDesk sends to.
    QUrl smsUrl() const;
    /// Forgets what it received and any failure still to come.
    bool reset(QString *error);
    /// The next count requests fail: "503", "refuse" (connection closed) or "hang".
    bool failNext(const QString &mode, int count, QString *error);
    /// What it took, in order: [{id, to, from, text, auth}].
    QJsonArray received();

private:
    bool call(const QString &method, const QString &path, const QByteArray &body, QByteArray *reply,
        QString *error);

    int m_port = 0;
};

} // namespace certdesk::test
