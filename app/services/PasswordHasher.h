#pragma once

#include <QByteArray>
#include <QString>

#include "storage/UserStore.h"

namespace certdesk {

/// Derives and checks account passwords: PBKDF2-HMAC-SHA256 (Pbkdf2) with a
/// random salt per account, compared in constant time.
class PasswordHasher
{
public:
    /// The work factor every account created or changed through the product gets (OWASP's
    /// 2023 figure for PBKDF2-HMAC-SHA256). Lower counts exist only for tests.
    static constexpr int ProductIterations = 600000;
    static constexpr int SaltBytes = 16;
    static constexpr int HashBytes = 32;

    /// A fresh salt from the operating system's random source, and the derived key.
    static PasswordCredentials derive(const QString &password,
                                      int iterations = ProductIterations);
    /// The key for a known salt (the same as derive() stores).
    static QByteArray key(const QString &password, const QByteArray &salt, int iterations);
    /// True when the password matches; the comparison takes the same time for any mismatch.
    static bool verify(const QString &password, const PasswordCredentials &stored);
    /// SHA-256 (hex) over work factor, salt and key: lets the audit trail notice a password
    /// set behind CertDesk's back without revealing anything a guess could be tested against.
    static QString fingerprint(const PasswordCredentials &credentials);
    /// Byte comparison whose duration depends on the length only, never on where they differ.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace certdesk
