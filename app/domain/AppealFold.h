#pragma once

#include <QCoreApplication>
#include <QList>

#include "domain/AppealState.h"
#include "domain/Event.h"

namespace certdesk {

/// Folds the events of one appeal stream into its state. Pure: same events, same state, on
/// any workstation. An event that cannot happen now (decided twice, extended after the
/// deadline, a case's event in an appeal's stream) is kept as an anomaly, never applied.
class AppealFold
{
    Q_DECLARE_TR_FUNCTIONS(AppealFold)

public:
    /// The stream prefix: an appeal's events share case_id "appeal:<uuid>".
    static QString streamPrefix() { return QStringLiteral("appeal:"); }
    static bool isAppealStream(const QString &caseId)
    {
        return caseId.startsWith(QLatin1String("appeal:"));
    }
    static QString newStreamId();

    /// The one fold of an appeal, as CaseFold::fold is of a case. Events may come in any
    /// order: appeal_received first, then by (at, id). utcOffsetSeconds is the branch's.
    static AppealState fold(QList<Event> events, int utcOffsetSeconds);
    static void sortEvents(QList<Event> &events);
    /// An anomaly in the words of the installed translation, its time in branch time; the
    /// stored message stays English so that the projection rebuilds identically anywhere.
    static QString describe(const Anomaly &anomaly, int utcOffsetSeconds);

private:
    static void apply(AppealState &state, const Event &event, int utcOffsetSeconds);
};

} // namespace certdesk
