#pragma once

#include <QSet>
#include <QString>

namespace certdesk {

class Transaction;

/// Receipt numbers carried by more than one case (table receipt_clashes, kept with the cases
/// table): two workstations that believed they were one issued the same number to two people.
/// The cases are never merged; each stays a case of its own, and this table lets the board,
/// the search and the issuance say so (README, "Receipt numbers"); they read it through
/// BoardQueries::sharedReceipts and CaseQueries::sharingReceipt.
class ReceiptClashes
{
public:
    /// The statement that fills the table from the cases table.
    static QString rebuildStatement();
    /// Notes the clashes of these cases after their rows were written; in the writing
    /// transaction (CaseProjection::refresh).
    static bool refresh(Transaction &tx, const QSet<QString> &caseIds, QString *error);
    /// Computes the table again from the cases table (after a rebuild).
    static bool rebuild(Transaction &tx, QString *error);
};

} // namespace certdesk
