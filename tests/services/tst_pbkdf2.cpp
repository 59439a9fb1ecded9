#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTest>

#include "services/PasswordHasher.h"
#include "services/Pbkdf2.h"

using namespace certdesk;

namespace {

/// RFC 8018's definition written out the plain way, with Qt's HMAC: what the fast version must
/// equal for every input.
QByteArray plainPbkdf2(
    const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    QByteArray out;
    for (quint32 index = 1; out.size() < length; ++index) {
        QByteArray block = salt;
        block.append(char(index >> 24))
            .append(char(index >> 16))
            .append(char(index >> 8))
            .append(char(index));
        QByteArray u
            = QMessageAuthenticationCode::hash(block, password, QCryptographicHash::Sha256);
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            u = QMessageAuthenticationCode::hash(u, password, QCryptographicHash::Sha256);
            for (int j = 0; j < t.size(); ++j)
                t[j] = char(t.at(j) ^ u.at(j));
        }
        out.append(t);
    }
    return out.left(length);
}

QByteArray randomBytes(QRandomGenerator &random, int size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(random.bounded(256));
    return out;
}

} // namespace

/// PBKDF2-HMAC-SHA-256 of account passwords: published test vectors, and equality with the
/// plain definition over keys, salts and lengths around every block boundary.
class TestPbkdf2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesPublishedVectors_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("hex");
        // RFC 7914 section 11 (the PBKDF2-HMAC-SHA256 vectors of scrypt's specification).
        QTest::newRow("rfc7914 c=1")
            << QByteArray("passwd") << QByteArray("salt") << 1
            << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                          "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        QTest::newRow("rfc7914 c=80000")
            << QByteArray("Password") << QByteArray("NaCl") << 80000
            << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                          "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    }

    void matchesPublishedVectors()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, hex);
        QCOMPARE(Pbkdf2::sha256(password, salt, iterations, int(hex.size() / 2)).toHex(), hex);
    }

    void equalsThePlainDefinition()
    {
        QRandomGenerator random(20261124);
        // Keys shorter than, equal to and longer than SHA-256's 64-byte block; lengths that
        // end inside the first, at the end of and inside the second output block.
        for (const int keySize : {0, 1, 11, 63, 64, 65, 200}) {
            for (const int length : {1, 16, 31, 32, 33, 64, 70}) {
                const QByteArray password = randomBytes(random, keySize);
                const QByteArray salt = randomBytes(random, int(random.bounded(40)));
                const int iterations = 1 + int(random.bounded(40));
                QCOMPARE(Pbkdf2::sha256(password, salt, iterations, length),
                    plainPbkdf2(password, salt, iterations, length));
            }
        }
    }

    void storedCredentialsStillVerify()
    {
        // Credentials stored by earlier versions (values from Python's hashlib, an
        // implementation of its own): every account keeps signing in.
        PasswordCredentials stored;
        stored.iterations = PasswordHasher::ProductIterations;
        for (int i = 0; i < 16; ++i)
            stored.salt.append(char(i));
        stored.hash = QByteArray::fromHex(
            "30a29f90138f869f76829e553365e9807f7cd09b32cb0c2468e4e1321d4e8534");
        QVERIFY(PasswordHasher::verify(QStringLiteral("Tanba-2026!"), stored));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Tanba-2026?"), stored));

        // A Cyrillic password typed as decomposed letters matches its composed form.
        PasswordCredentials cyrillic;
        cyrillic.iterations = 1000;
        for (int i = 16; i < 32; ++i)
            cyrillic.salt.append(char(i));
        cyrillic.hash = QByteArray::fromHex(
            "9ef21beb7122f2eab4452c3f661f01c4c4b1ecff2459bbda6dbc915db756da41");
        QVERIFY(PasswordHasher::verify(QString::fromUtf8("Сәлем-2026 й"), cyrillic));
        QVERIFY(PasswordHasher::verify(QString::fromUtf8("Сәлем-2026 и\u0306"), cyrillic));
    }

    void refusesNonsense()
    {
        QVERIFY(Pbkdf2::sha256("p", "s", 0, 32).isEmpty());
        QVERIFY(Pbkdf2::sha256("p", "s", 1, 0).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestPbkdf2)
#include "tst_pbkdf2.moc"
