#pragma once

#include <QByteArray>

namespace certdesk {

/// PBKDF2 with HMAC-SHA-256 (RFC 8018), as account passwords are stretched: OpenSSL's
/// PKCS5_PBKDF2_HMAC, a maintained implementation (the one Qt's TLS brings along), never a
/// hash of our own. The clerk waits for it at every sign-in and every unlock.
class Pbkdf2
{
public:
    /// The derived key of length bytes (1 to 32 × (2^32 - 1)); empty for nonsense arguments.
    static QByteArray sha256(
        const QByteArray &password, const QByteArray &salt, int iterations, int length);
};

} // namespace certdesk
