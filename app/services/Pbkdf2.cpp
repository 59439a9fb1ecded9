#include "services/Pbkdf2.h"

#include <openssl/evp.h>

namespace certdesk {

QByteArray Pbkdf2::sha256(
    const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    if (iterations < 1 || length < 1)
        return QByteArray();
    QByteArray key(length, Qt::Uninitialized);
    // An empty QByteArray's data() is a valid pointer to "": OpenSSL reads nothing from it.
    const int ok = PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
        reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
        EVP_sha256(), length, reinterpret_cast<unsigned char *>(key.data()));
    return ok == 1 ? key : QByteArray();
}

} // namespace certdesk
