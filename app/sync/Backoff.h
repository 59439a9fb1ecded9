#pragma once

#include <QRandomGenerator>

namespace certdesk {

/// Exponential backoff with jitter: after the n-th failure in a row the next attempt waits a
/// random time between half and all of min(base·2ⁿ, max), so workstations that lost the
/// server together do not come back in lockstep.
class Backoff
{
public:
    Backoff(int baseMs, int maxMs, quint32 seed = 0);

    /// The wait before the next attempt; counts one more failure.
    int nextDelayMs();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_baseMs;
    int m_maxMs;
    int m_failures = 0;
    QRandomGenerator m_random;
};

} // namespace certdesk
