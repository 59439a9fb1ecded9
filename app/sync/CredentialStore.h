#pragma once

#include <QCoreApplication>
#include <QString>

namespace certdesk {

/// The sync password in the OS credential store (Windows Credential Manager, macOS Keychain,
/// the Secret Service on Linux) through QtKeychain. Where there is none — QtKeychain missing
/// at build time, or no store running — it says so, and the caller asks for the password
/// instead: the password is never written to a settings file or the database.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    /// Built with QtKeychain (a store may still be missing at run time).
    static bool isCompiledIn();

    /// False with a reason when there is no stored password or no store.
    static bool readPassword(const QString &key, QString *password, QString *error);
    static bool writePassword(const QString &key, const QString &password, QString *error);
    static bool removePassword(const QString &key, QString *error);
};

} // namespace certdesk
