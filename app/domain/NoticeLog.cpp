#include "domain/NoticeLog.h"

#include <QHash>

#include <algorithm>

namespace certdesk {

NoticeRecord::State NoticeRecord::state() const
{
    if (sends > 0)
        return State::Sent;
    return failures > 0 ? State::Failing : State::Queued;
}

QString NoticeRecord::stateName() const
{
    switch (state()) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Failing:
        return QStringLiteral("failing");
    case State::Sent:
        return QStringLiteral("sent");
    }
    return QString();
}

qint64 NoticeLog::retryDelaySeconds(int failures)
{
    qint64 delay = FirstRetrySeconds;
    for (int i = 1; i < failures && delay < MaxRetrySeconds; ++i)
        delay *= 2;
    return std::min(delay, MaxRetrySeconds);
}

QList<NoticeRecord> NoticeLog::fold(const QList<Event> &events)
{
    QList<Event> sorted = events;
    std::sort(sorted.begin(), sorted.end(),
        [](const Event &a, const Event &b) { return a.at != b.at ? a.at < b.at : a.id < b.id; });
    QHash<QString, NoticeRecord> notices;
    for (const Event &e : std::as_const(sorted)) {
        if (e.type != EventType::NoticeQueued)
            continue;
        NoticeRecord r;
        r.id = e.id;
        r.caseId = e.caseId;
        Notice::kindFromName(e.data.value(QLatin1String("notice")).toString(), &r.kind);
        r.phone = e.data.value(QLatin1String("phone")).toString();
        r.language = e.data.value(QLatin1String("language")).toString();
        r.text = e.data.value(QLatin1String("text")).toString();
        r.queuedAt = e.at;
        notices.insert(r.id, r);
    }
    for (const Event &e : std::as_const(sorted)) {
        if (e.type != EventType::NoticeSent && e.type != EventType::NoticeFailed)
            continue;
        auto it = notices.find(e.data.value(QLatin1String("notice_id")).toString());
        if (it == notices.end())
            continue;
        NoticeRecord &r = *it;
        if (e.type == EventType::NoticeSent) {
            if (++r.sends == 1) {
                r.sentAt = e.at;
                r.reference = e.data.value(QLatin1String("reference")).toString();
            }
            continue;
        }
        ++r.failures;
        r.lastFailureAt = e.at;
        r.lastFailure = NoticeFailure::fromEventData(e.data);
        r.nextAttemptAt = Event::parseTime(e.data.value(QLatin1String("next_attempt")).toString());
    }
    QList<NoticeRecord> out = notices.values();
    std::sort(out.begin(), out.end(), [](const NoticeRecord &a, const NoticeRecord &b) {
        return a.queuedAt != b.queuedAt ? a.queuedAt < b.queuedAt : a.id < b.id;
    });
    return out;
}

} // namespace certdesk
