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

QDateTime Clock::toUtc(const QDateTime &local) const
{
    QDateTime dt(local.date(), local.time(), QTimeZone(m_offset));
    return dt.toUTC();
}

void FixedClock::setLocal(const QDate &date, const QTime &time)
{
    m_now = toUtc(QDateTime(date, time));
}

} // namespace certdesk
