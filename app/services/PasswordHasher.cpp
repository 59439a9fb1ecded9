#include "services/PasswordHasher.h"

#include "services/Pbkdf2.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace certdesk {

QByteArray PasswordHasher::key(const QString &password, const QByteArray &salt, int iterations)
{
    // NFC first: the same password typed through two keyboard layouts may arrive composed
    // differently (й as one code point or two), and must still match.
    const QByteArray bytes = password.normalized(QString::NormalizationForm_C).toUtf8();
    return Pbkdf2::sha256(bytes, salt, iterations, HashBytes);
}

PasswordCredentials PasswordHasher::derive(const QString &password, int iterations)
{
    PasswordCredentials c;
    quint32 words[SaltBytes / sizeof(quint32)];
    QRandomGenerator::system()->fillRange(words);
    c.salt = QByteArray(reinterpret_cast<const char *>(words), sizeof(words));
    c.iterations = iterations;
    c.hash = key(password, c.salt, iterations);
    return c;
}

bool PasswordHasher::verify(const QString &password, const PasswordCredentials &stored)
{
    if (stored.iterations <= 0 || stored.salt.isEmpty() || stored.hash.isEmpty())
        return false;
    return constantTimeEquals(key(password, stored.salt, stored.iterations), stored.hash);
}

QString PasswordHasher::fingerprint(const PasswordCredentials &c)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::number(c.iterations));
    h.addData(c.salt);
    h.addData(c.hash);
    return QString::fromLatin1(h.result().toHex());
}

bool PasswordHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace certdesk
