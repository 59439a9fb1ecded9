#pragma once

#include <QDate>
#include <QDateTime>

namespace certdesk {

/// The one source of "now" for the whole core. Production uses SystemClock; tests and the
/// demo generator set a FixedClock so custody clocks and deadlines can be tested at any date.
/// Every clock is made with the branch's UTC offset (its setting branch.utc_offset_minutes):
/// there is no offset it could assume.
class Clock
{
public:
    explicit Clock(int utcOffsetSeconds)
        : m_offset(utcOffsetSeconds)
    {
    }
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    /// The branch's local date and time (events store UTC; people see branch time).
    QDateTime nowLocal() const;
    QDate today() const { return nowLocal().date(); }

    /// Offset of the branch's time zone from UTC (a fixed offset: it does not depend on the
    /// age of the OS time-zone data, which still has +6 for Almaty where Kazakhstan is +5).
    void setUtcOffsetSeconds(int seconds) { m_offset = seconds; }
    int utcOffsetSeconds() const { return m_offset; }
    QDateTime toLocal(const QDateTime &utc) const;
    /// The branch's calendar date at a moment, by plain arithmetic: the folds ask it of
    /// nearly every event, and a time-zone object made per call (with its name printed) was
    /// a sixth of a rebuild's folding.
    static QDate dateAt(const QDateTime &utc, int utcOffsetSeconds);
    QDateTime toUtc(const QDateTime &local) const;

private:
    int m_offset;
};

class SystemClock final : public Clock
{
public:
    explicit SystemClock(int utcOffsetSeconds)
        : Clock(utcOffsetSeconds)
    {
    }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that stands still until told otherwise.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(int utcOffsetSeconds, const QDateTime &utc = QDateTime())
        : Clock(utcOffsetSeconds)
        , m_now(utc.toUTC())
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &utc) { m_now = utc.toUTC(); }
    /// Sets the clock to the given branch-local date and time.
    void setLocal(const QDate &date, const QTime &time = QTime(10, 0));
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace certdesk
