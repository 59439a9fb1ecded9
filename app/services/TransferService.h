#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/CaseState.h"

namespace certdesk {

class Session;

/// One transfer of paper certificates to the provider: the act's number and the cases as
/// they stand after it (the transfer act is printed from these).
struct TransferResult
{
    QString act;
    QDate date;
    QList<CaseState> cases;
};

/// Supervisors send the papers whose branch custody is over to the provider, as one batch
/// under one numbered transfer act.
class TransferService
{
    Q_DECLARE_TR_FUNCTIONS(TransferService)

public:
    explicit TransferService(Session &session);

    /// The first day a paper may leave for the provider: the day after the branch's custody
    /// ends (after the whole three months for a paper the provider already sent back once).
    static QDate transferableFrom(const CaseState &state);

    /// Transfers the cases today under a new act; all or nothing.
    bool transfer(const QStringList &caseIds, TransferResult *out, QString *error);

private:
    QString nextActNumber(const QDate &day) const;

    Session &m_session;
};

} // namespace certdesk
