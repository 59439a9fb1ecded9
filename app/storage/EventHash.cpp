#include "storage/EventHash.h"

#include "domain/CanonicalEvent.h"
#include "domain/Event.h"

#include <openssl/sha.h>

namespace certdesk {

namespace {

QByteArray sha256Hex(const QByteArray &bytes)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    // The one-shot call: no context to allocate, and the same on every OpenSSL 3.
    SHA256(
        reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), digest);
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

} // namespace

QByteArray EventHash::of(const Event &event, const QByteArray &compactData)
{
    return sha256Hex(CanonicalEvent::canonicalForm(event, compactData));
}

QByteArray EventHash::of(const Event &event)
{
    return of(event, CanonicalEvent::compactData(event.data));
}

} // namespace certdesk
