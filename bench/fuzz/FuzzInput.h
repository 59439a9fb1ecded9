#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace certdesk::fuzz {

/// Whether this build of an event target also stores every event it lets through and runs
/// `audit verify` (FuzzDatabase): the `_store` builds of bench/fuzz/CMakeLists.txt. Without
/// it the target is the parser alone, fast enough for millions of executions.
#ifdef CERTDESK_FUZZ_STORE
inline constexpr bool storesAndVerifies = true;
#else
inline constexpr bool storesAndVerifies = false;
#endif

/// The input as the bytes libFuzzer made.
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The input read as text the three ways text reaches a parser: UTF-8 (a file, a scanner, a
/// terminal), Latin-1 (every byte a character) and UTF-16 code units as they are (a widget,
/// which may hold unpaired surrogates).
inline QList<QString> textsOf(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    for (size_t i = 0; i + 1 < size; i += 2)
        utf16[qsizetype(i / 2)] = QChar(char16_t(data[i] | (data[i + 1] << 8)));
    return {QString::fromUtf8(bytes), QString::fromLatin1(bytes), utf16};
}

/// A broken promise: the message on stderr, then abort(), which libFuzzer keeps as a crash.
[[noreturn]] inline void broken(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "certdesk-fuzz: %s %s\n", what, detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

#define CERTDESK_FUZZ_EXPECT(condition, detail)                                                    \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::certdesk::fuzz::broken("expected " #condition, detail);                              \
    } while (false)

} // namespace certdesk::fuzz
