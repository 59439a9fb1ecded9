#pragma once

#include "domain/Clock.h"
#include "domain/NoticeLog.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

#include "domain/CaseState.h"
#include "domain/Event.h"

namespace certdesk {

/// What the clerk reads for the machine words of a case: statuses, event types, the case
/// view's action buttons and their shortcuts.
class CaseTexts
{
    Q_DECLARE_TR_FUNCTIONS(CaseTexts)

public:
    static QString status(CaseStatus status);
    static QString purpose(const QString &purpose);
    static QString event(const QString &typeName);
    /// What an event recorded, as a sentence for the case's history ("Certificate № 1 of
    /// 02.03.2026. No criminal record."): never its data's keys. writtenOn is the branch
    /// date the event was written; a business date other than it is said.
    static QString eventDetails(const Event &event, const QDate &writtenOn);
    /// What an SMS notice is about ("the certificate arrived").
    static QString noticeKind(Notice::Kind kind);
    /// Where a notice stands, with times in branch time: sent when and to phone (as the
    /// screen shows it: in full, or masked), queued, failing (why, in words, and the next try).
    static QString noticeState(const NoticeRecord &notice, const Clock &clock, const QString &phone);
    /// Why the gateway did not take it, in the reader's language (NoticeFailure::detail
    /// keeps the gateway's own words).
    static QString noticeFailure(const NoticeFailure &failure);
    /// Button text of an action ("Record the result").
    static QString action(EventType type);
    /// A fixed shortcut per action, so the clerk's fingers learn it.
    static QKeySequence shortcut(EventType type);
};

} // namespace certdesk
