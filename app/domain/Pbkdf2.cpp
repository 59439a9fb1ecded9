#include "domain/Pbkdf2.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <array>
#include <cstring>

namespace certdesk {

namespace {

// FIPS 180-4 SHA-256: only what PBKDF2 needs — compressing whole 64-byte blocks from a given
// state, so a state can be kept and reused. Checked against QCryptographicHash by the tests.
using State = std::array<quint32, 8>;
using Block = std::array<quint8, 64>;

constexpr State kInitial = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                            0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

constexpr std::array<quint32, 64> kRound = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr quint32 rotr(quint32 x, int n)
{
    return (x >> n) | (x << (32 - n));
}

void compress(State &state, const Block &block)
{
    std::array<quint32, 64> w;
    for (int i = 0; i < 16; ++i) {
        w[i] = quint32(block[4 * i]) << 24 | quint32(block[4 * i + 1]) << 16
               | quint32(block[4 * i + 2]) << 8 | quint32(block[4 * i + 3]);
    }
    for (int i = 16; i < 64; ++i) {
        const quint32 s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        const quint32 s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    quint32 a = state[0], b = state[1], c = state[2], d = state[3];
    quint32 e = state[4], f = state[5], g = state[6], h = state[7];
    for (int i = 0; i < 64; ++i) {
        const quint32 t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g))
                           + kRound[i] + w[i];
        const quint32 t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
}

/// The one block that finishes a 32-byte message after a 64-byte key block: the digest,
/// the 0x80 marker and the bit length 8 × (64 + 32) = 768.
Block finalBlockFor(const State &digest)
{
    Block block{};
    for (int i = 0; i < 8; ++i) {
        block[4 * i] = quint8(digest[i] >> 24);
        block[4 * i + 1] = quint8(digest[i] >> 16);
        block[4 * i + 2] = quint8(digest[i] >> 8);
        block[4 * i + 3] = quint8(digest[i]);
    }
    block[32] = 0x80;
    block[62] = 0x03; // 768 = 0x0300
    block[63] = 0x00;
    return block;
}

/// HMAC-SHA-256 with the key's padded blocks compressed once.
class Hmac
{
public:
    explicit Hmac(const QByteArray &key)
    {
        QByteArray k = key.size() > 64 ? QCryptographicHash::hash(key, QCryptographicHash::Sha256)
                                        : key;
        Block inner{};
        Block outer{};
        for (int i = 0; i < 64; ++i) {
            const quint8 byte = i < k.size() ? quint8(k.at(i)) : 0;
            inner[i] = byte ^ 0x36;
            outer[i] = byte ^ 0x5c;
        }
        m_inner = kInitial;
        compress(m_inner, inner);
        m_outer = kInitial;
        compress(m_outer, outer);
    }

    /// HMAC of a 32-byte message (every iteration after the first).
    State of32(const State &message) const
    {
        State inner = m_inner;
        compress(inner, finalBlockFor(message));
        State outer = m_outer;
        compress(outer, finalBlockFor(inner));
        return outer;
    }

private:
    State m_inner{};
    State m_outer{};
};

/// A digest's bytes as the eight words of a state.
State stateOf(const QByteArray &digest)
{
    State out{};
    for (int i = 0; i < 8; ++i) {
        out[i] = quint32(quint8(digest.at(4 * i))) << 24 | quint32(quint8(digest.at(4 * i + 1))) << 16
                 | quint32(quint8(digest.at(4 * i + 2))) << 8 | quint32(quint8(digest.at(4 * i + 3)));
    }
    return out;
}

} // namespace

QByteArray Pbkdf2::sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                          int length)
{
    if (iterations < 1 || length < 1)
        return QByteArray();
    const Hmac hmac(password);
    QByteArray out;
    out.reserve(length);
    for (quint32 index = 1; out.size() < length; ++index) {
        QByteArray first = salt;
        first.append(char(index >> 24)).append(char(index >> 16)).append(char(index >> 8)).append(char(index));
        // The first iteration hashes any message (salt and block index): Qt's HMAC.
        State u = stateOf(QMessageAuthenticationCode::hash(first, password, QCryptographicHash::Sha256));
        State t = u;
        for (int i = 1; i < iterations; ++i) {
            u = hmac.of32(u);
            for (int j = 0; j < 8; ++j)
                t[j] ^= u[j];
        }
        for (int j = 0; j < 8 && out.size() < length; ++j) {
            for (int shift = 24; shift >= 0 && out.size() < length; shift -= 8)
                out.append(char(t[j] >> shift));
        }
    }
    return out;
}

} // namespace certdesk
