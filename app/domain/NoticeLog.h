#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/Event.h"
#include "domain/Notice.h"
#include "domain/NoticeFailure.h"

namespace certdesk {

/// One notice as its events tell it: queued, tried, sent.
struct NoticeRecord
{
    enum class State { Queued, Failing, Sent };

    QString id; ///< the notice_queued event's id
    QString caseId;
    Notice::Kind kind = Notice::Kind::Arrived;
    QString phone;
    QString language;
    QString text;
    QDateTime queuedAt;
    QDateTime sentAt; ///< the first notice_sent (invalid: not sent)
    int sends = 0; ///< notice_sent events: more than one is an SMS sent twice
    QString reference; ///< the gateway's message id of the first send
    int failures = 0; ///< notice_failed events
    QDateTime lastFailureAt;
    NoticeFailure lastFailure; ///< of the latest notice_failed
    QDateTime nextAttemptAt; ///< when the sender tries again (invalid: at once)

    State state() const;
    QString stateName() const; ///< queued | failing | sent
};

/// Folds notice events (of one case or many) into their notices. Pure: the same events give
/// the same notices in any order; an outcome whose notice_queued is not here yet waits for it.
class NoticeLog
{
public:
    /// Notices ordered by (queued at, id).
    static QList<NoticeRecord> fold(const QList<Event> &events);
    /// The wait after the n-th failure in a row: 1 minute doubled each time, at most an hour.
    /// No jitter: one workstation per branch sends, there is no crowd to spread.
    static qint64 retryDelaySeconds(int failures);
    static constexpr qint64 FirstRetrySeconds = 60;
    static constexpr qint64 MaxRetrySeconds = 3600;
};

} // namespace certdesk
