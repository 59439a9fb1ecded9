#include "sync/SmsGatewayConfig.h"

#include "domain/EventText.h"
#include "storage/SettingsStore.h"

#include <QRegularExpression>

namespace certdesk {

namespace {

const QString kUrl = QStringLiteral("sms.url");
const QString kSender = QStringLiteral("sms.sender");
const QString kLogin = QStringLiteral("sms.login");

} // namespace

bool SmsGatewayConfig::fromTyped(const QString &url, const QString &sender, const QString &login,
    SmsGatewayConfig *out, QString *error)
{
    SmsGatewayConfig c;
    const QString urlText = url.trimmed();
    if (!urlText.isEmpty())
        c.url = QUrl(urlText, QUrl::StrictMode);
    c.sender = sender.trimmed();
    c.login = login.trimmed();
    // What operators accept as an alphanumeric sender: Latin letters, digits, 1 to 11.
    static const QRegularExpression senderName(QStringLiteral("^[A-Za-z0-9 ._-]{1,11}$"));
    QString message;
    if (urlText.isEmpty()) {
        // no gateway: notices stay queued, which is a valid choice
    } else if (!c.url.isValid()
        || (c.url.scheme() != QLatin1String("https") && c.url.scheme() != QLatin1String("http"))
        || c.url.host().isEmpty() || EventText::firstRefused(urlText) >= 0) {
        message = tr("Gateway address: \"%1\" is not a web address. Write it as "
                     "https://name/path, as the SMS provider gave it.")
                      .arg(urlText);
    } else if (!senderName.match(c.sender).hasMatch()) {
        message = tr("Sender name: \"%1\" is not one phones show. Use 1 to 11 Latin letters "
                     "or digits, as registered with the SMS provider.")
                      .arg(c.sender);
    } else if (c.login.isEmpty()) {
        message = tr("Gateway login: it is empty. Enter the account the SMS provider gave.");
    }
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    *out = c;
    return true;
}

SmsGatewayConfig SmsGatewayConfig::load(const SettingsStore &settings)
{
    SmsGatewayConfig c;
    const QString url = settings.value(kUrl);
    if (!url.isEmpty())
        c.url = QUrl(url);
    c.sender = settings.value(kSender);
    c.login = settings.value(kLogin);
    return c;
}

bool SmsGatewayConfig::save(SettingsStore &settings, const QString &by, QString *error) const
{
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    return settings.setValue(kUrl, text(url.toString()), by, error)
        && settings.setValue(kSender, text(sender), by, error)
        && settings.setValue(kLogin, text(login), by, error);
}

QString SmsGatewayConfig::credentialKey() const
{
    return QStringLiteral("sms:%1@%2").arg(login, url.toString(QUrl::RemoveUserInfo));
}

} // namespace certdesk
