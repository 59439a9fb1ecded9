#include "sync/Backoff.h"

#include <algorithm>

namespace certdesk {

Backoff::Backoff(int baseMs, int maxMs, quint32 seed)
    : m_baseMs(std::max(1, baseMs))
    , m_maxMs(std::max(m_baseMs, maxMs))
    , m_random(seed ? seed : QRandomGenerator::global()->generate())
{
}

int Backoff::nextDelayMs()
{
    // 2^20 times the base is far past any sensible maximum; capping the shift avoids overflow.
    const int shift = std::min(m_failures, 20);
    const qint64 ceiling = std::min<qint64>(qint64(m_baseMs) << shift, m_maxMs);
    ++m_failures;
    const qint64 floor = ceiling / 2;
    return int(floor + qint64(m_random.bounded(quint32(ceiling - floor + 1))));
}

} // namespace certdesk
