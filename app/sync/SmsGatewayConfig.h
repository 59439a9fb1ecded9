#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace certdesk {

class SettingsStore;

/// The branch's SMS gateway (its provider's HTTP(S) endpoint): the address, the sender name
/// the phones show and the account, kept in the branch settings ("sms.*"). The secret is never
/// part of it: it lives in the OS credential store (CredentialStore) under credentialKey().
struct SmsGatewayConfig
{
    Q_DECLARE_TR_FUNCTIONS(SmsGatewayConfig)

public:
    QUrl url;
    QString sender; ///< alphanumeric sender name, at most 11 characters
    QString login;

    bool isEnabled() const { return url.isValid() && !url.isEmpty(); }

    /// Reads the settings as a supervisor typed them, each trimmed. An empty address is valid:
    /// no notices are sent. False with a message naming the field and what to write.
    static bool fromTyped(const QString &url, const QString &sender, const QString &login,
        SmsGatewayConfig *out, QString *error);
    static SmsGatewayConfig load(const SettingsStore &settings);
    bool save(SettingsStore &settings, const QString &by, QString *error) const;
    /// The key under which the credential store keeps the gateway's secret.
    QString credentialKey() const;
};

} // namespace certdesk
