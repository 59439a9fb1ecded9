#pragma once

#include <QByteArray>

namespace certdesk {

/// PBKDF2 with HMAC-SHA-256 (RFC 8018), as account passwords are stretched. The same numbers
/// as QPasswordDigestor::deriveKeyPbkdf2, about three times faster: the HMAC keys' inner and
/// outer SHA-256 states are computed once instead of once per iteration, so each of the
/// 600,000 iterations costs two compressions and no allocation. The clerk waits for this at
/// every sign-in and every unlock.
class Pbkdf2
{
public:
    /// The derived key of length bytes (1 to 32 × 2^32 - 1); empty for nonsense arguments.
    static QByteArray sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                             int length);
};

} // namespace certdesk
