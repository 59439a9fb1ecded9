#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/CaseState.h"

namespace certdesk {

class Session;

/// Who holds the paper certificate: its arrival at the branch (branch custody starts), the
/// person's request to get it back from the provider (due the next working day), its return
/// to the branch, and the provider's archiving after three months.
class CustodyService
{
    Q_DECLARE_TR_FUNCTIONS(CustodyService)

public:
    explicit CustodyService(Session &session);

    /// The paper arrived on date (today when not valid; never in the future).
    bool recordArrival(const QString &caseId, const QDate &date, CaseState *after, QString *error);
    /// The person came while the paper is with the provider: asks for it back today; the
    /// provider owes it by the next working day (stored in the event).
    bool requestReturn(const QString &caseId, CaseState *after, QString *error);
    /// The provider's courier brought the paper back on date (today when not valid).
    bool recordReturned(const QString &caseId, const QDate &date, CaseState *after, QString *error);
    /// Supervisors: the provider filed these papers into its registered record (its number,
    /// when the provider gave one) on date (today when not valid). Refused for a paper whose
    /// provider custody has not ended.
    bool archive(const QStringList &caseIds, const QDate &date, const QString &record,
        QList<CaseState> *after, QString *error);

private:
    Session &m_session;
};

} // namespace certdesk
