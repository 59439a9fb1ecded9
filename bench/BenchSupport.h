#pragma once

// Small pieces both halves of the bench use: the demo accounts, and the two clocks.

#include <QElapsedTimer>
#include <QString>

#include "services/Session.h"

#include <time.h>

namespace certdesk::bench {

inline const QString kClerk = QStringLiteral("clerk");
inline const QString kClerkPassword = QStringLiteral("Tanba-2026!");

inline double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// This thread's CPU time (user + sys), in ms.
inline double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

inline User clerkUser()
{
    return User {kClerk, QStringLiteral("Bench Clerk"), QStringLiteral("clerk"), Role::Clerk};
}

inline User supervisorUser()
{
    return User {QStringLiteral("supervisor"), QStringLiteral("Bench Supervisor"),
        QStringLiteral("supervisor"), Role::Supervisor};
}

} // namespace certdesk::bench
