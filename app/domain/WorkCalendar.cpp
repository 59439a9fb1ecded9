#include "domain/WorkCalendar.h"

#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

// The data files live in a static library: their resource must be registered by hand.
static void initDomainResources()
{
    Q_INIT_RESOURCE(domain);
}

namespace certdesk {

namespace {

bool isWeekend(const QDate &d)
{
    return d.dayOfWeek() >= 6;
}

} // namespace

QString WorkCalendar::DayInfo::reasonText() const
{
    switch (kind) {
    case DayKind::Working:
        return QString();
    case DayKind::Weekend:
        return QStringLiteral("weekend");
    case DayKind::Holiday:
        return holiday.nameEn;
    case DayKind::CarriedOver:
        return QStringLiteral("day off carried over from %1 (%2)")
            .arg(holiday.nameEn, holiday.date.toString(Qt::ISODate));
    case DayKind::DecreeDayOff:
        return decreeReason.isEmpty() ? QStringLiteral("day off by Government decree")
                                      : decreeReason;
    }
    return QString();
}

QString WorkCalendar::DayInfo::kindName() const
{
    switch (kind) {
    case DayKind::Working: return QStringLiteral("working");
    case DayKind::Weekend: return QStringLiteral("weekend");
    case DayKind::Holiday: return QStringLiteral("holiday");
    case DayKind::CarriedOver: return QStringLiteral("carried_over");
    case DayKind::DecreeDayOff: return QStringLiteral("decree");
    }
    return QString();
}

WorkCalendar::WorkCalendar(QList<Holiday> holidays, QList<DaySwap> swaps)
    : m_holidays(std::move(holidays))
    , m_swaps(std::move(swaps))
{
    index();
}

void WorkCalendar::index()
{
    std::sort(m_holidays.begin(), m_holidays.end(),
              [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    std::sort(m_swaps.begin(), m_swaps.end(),
              [](const DaySwap &a, const DaySwap &b) { return a.date < b.date; });
    m_special.clear();
    m_firstYear = 0;
    m_lastYear = 0;

    for (const Holiday &h : std::as_const(m_holidays)) {
        DayInfo info;
        info.date = h.date;
        info.kind = DayKind::Holiday;
        info.holiday = h;
        m_special.insert(h.date, info);
        if (m_firstYear == 0 || h.date.year() < m_firstYear)
            m_firstYear = h.date.year();
        m_lastYear = std::max(m_lastYear, h.date.year());
    }
    // A decree outranks the weekday: it is applied before carry-over so that a carried day
    // never lands on a day the decree already made free. A carried day always lands on a
    // weekday (Labour Code art. 85: "the next working day" of the five-day week), never on a
    // Saturday or Sunday a decree made a working day.
    for (const DaySwap &s : std::as_const(m_swaps)) {
        if (m_special.contains(s.date))
            continue; // a decree never turns a holiday into a working day
        DayInfo info;
        info.date = s.date;
        info.kind = s.working ? DayKind::Working : DayKind::DecreeDayOff;
        info.decreeReason = s.reason;
        m_special.insert(s.date, info);
    }
    for (const Holiday &h : std::as_const(m_holidays)) {
        if (!h.carriesOver || !isWeekend(h.date))
            continue;
        QDate d = h.date.addDays(1);
        while (!dayInfo(d).isWorking() || isWeekend(d))
            d = d.addDays(1);
        DayInfo info;
        info.date = d;
        info.kind = DayKind::CarriedOver;
        info.holiday = h;
        m_special.insert(d, info);
    }
}

bool WorkCalendar::covers(const QDate &date) const
{
    // A year without any holiday (outside the range, or a gap in it) is counted with weekends
    // alone: the rules may hold 2025 and 2027 without 2026.
    if (!date.isValid() || date.year() < m_firstYear || date.year() > m_lastYear)
        return false;
    return std::any_of(m_holidays.cbegin(), m_holidays.cend(),
                       [&date](const Holiday &h) { return h.date.year() == date.year(); });
}

WorkCalendar::DayInfo WorkCalendar::dayInfo(const QDate &date) const
{
    const auto it = m_special.constFind(date);
    if (it != m_special.constEnd())
        return it.value();
    DayInfo info;
    info.date = date;
    info.kind = isWeekend(date) ? DayKind::Weekend : DayKind::Working;
    return info;
}

QDate WorkCalendar::addWorkingDays(const QDate &start, int n) const
{
    QDate d = start;
    const int step = n < 0 ? -1 : 1;
    for (int left = std::abs(n); left > 0;) {
        d = d.addDays(step);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

int WorkCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    // Step from `from` towards `to` as addWorkingDays does: the start is never counted and
    // the end is, in both directions ((from, to] forward, [to, from) backward). Mirroring
    // the forward span instead would miscount a backward walk that starts on a day off.
    const int step = to < from ? -1 : 1;
    int n = 0;
    for (QDate d = from; d != to;) {
        d = d.addDays(step);
        if (isWorkingDay(d))
            n += step;
    }
    return n;
}

WorkCalendar WorkCalendar::builtIn()
{
    initDomainResources();
    QFile file(QStringLiteral(":/certdesk/calendar/kz-holidays.json"));
    WorkCalendar calendar;
    QString error;
    if (!file.open(QIODevice::ReadOnly)
        || !fromJson(QJsonDocument::fromJson(file.readAll()).object(), &calendar, &error))
        qFatal("the built-in calendar resource is missing or damaged: %s", qPrintable(error));
    return calendar;
}

bool WorkCalendar::fromJson(const QJsonObject &json, WorkCalendar *out, QString *error)
{
    QList<Holiday> holidays;
    QList<DaySwap> swaps;
    const QJsonArray hs = json.value(QLatin1String("holidays")).toArray();
    for (const QJsonValue &v : hs) {
        const QJsonObject o = v.toObject();
        Holiday h;
        h.date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!h.date.isValid()) {
            if (error)
                *error = QStringLiteral("holiday with an invalid date: %1")
                             .arg(o.value(QLatin1String("date")).toString());
            return false;
        }
        // One entry per day: with two, the name the day shows and whether it carries over
        // would depend on the order of the file.
        if (std::any_of(holidays.cbegin(), holidays.cend(),
                [&h](const Holiday &other) { return other.date == h.date; })) {
            if (error)
                *error = QStringLiteral("holiday listed twice: %1")
                             .arg(h.date.toString(Qt::ISODate));
            return false;
        }
        h.nameKk = o.value(QLatin1String("kk")).toString();
        h.nameRu = o.value(QLatin1String("ru")).toString();
        h.nameEn = o.value(QLatin1String("en")).toString();
        // The name is the reason a day off is shown with (DayInfo::reasonText).
        if (h.nameEn.trimmed().isEmpty()) {
            if (error)
                *error = QStringLiteral("holiday without a name (en): %1")
                             .arg(h.date.toString(Qt::ISODate));
            return false;
        }
        h.carriesOver = o.value(QLatin1String("carries_over")).toBool(true);
        holidays.append(h);
    }
    const QJsonArray ss = json.value(QLatin1String("swaps")).toArray();
    for (const QJsonValue &v : ss) {
        const QJsonObject o = v.toObject();
        DaySwap s;
        s.date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!s.date.isValid()) {
            if (error)
                *error = QStringLiteral("decree swap with an invalid date: %1")
                             .arg(o.value(QLatin1String("date")).toString());
            return false;
        }
        if (std::any_of(swaps.cbegin(), swaps.cend(),
                [&s](const DaySwap &other) { return other.date == s.date; })) {
            if (error)
                *error = QStringLiteral("decree swap listed twice: %1")
                             .arg(s.date.toString(Qt::ISODate));
            return false;
        }
        s.working = o.value(QLatin1String("working")).toBool();
        s.reason = o.value(QLatin1String("reason")).toString();
        swaps.append(s);
    }
    *out = WorkCalendar(holidays, swaps);
    return true;
}

QJsonObject WorkCalendar::toJson() const
{
    QJsonArray hs;
    for (const Holiday &h : m_holidays) {
        QJsonObject o{{QLatin1String("date"), h.date.toString(Qt::ISODate)},
                      {QLatin1String("kk"), h.nameKk},
                      {QLatin1String("ru"), h.nameRu},
                      {QLatin1String("en"), h.nameEn}};
        if (!h.carriesOver)
            o.insert(QLatin1String("carries_over"), false);
        hs.append(o);
    }
    QJsonArray ss;
    for (const DaySwap &s : m_swaps) {
        ss.append(QJsonObject{{QLatin1String("date"), s.date.toString(Qt::ISODate)},
                              {QLatin1String("working"), s.working},
                              {QLatin1String("reason"), s.reason}});
    }
    return QJsonObject{{QLatin1String("holidays"), hs}, {QLatin1String("swaps"), ss}};
}

} // namespace certdesk
