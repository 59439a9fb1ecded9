#include "domain/Clock.h"

#include <QTimeZone>

namespace certdesk {

QDateTime Clock::nowLocal() const
{
    return toLocal(nowUtc());
}

QDateTime Clock::toLocal(const QDateTime &utc) const
{
    return utc.toUTC().toTimeZone(QTimeZone(m_offset));
}

QDate Clock::dateAt(const QDateTime &utc, int utcOffsetSeconds)
{
    return utc.isValid() ? utc.toUTC().addSecs(utcOffsetSeconds).date() : QDate();
}

QDateTime Clock::toUtc(const QDateTime &local) const
{
    // Plain arithmetic on the wall time: no time-zone object per call (the demo generator
    // converts millions of times).
    return QDateTime(local.date(), local.time(), Qt::UTC).addSecs(-m_offset);
}

void FixedClock::setLocal(const QDate &date, const QTime &time)
{
    m_now = toUtc(QDateTime(date, time));
}

} // namespace certdesk
