#pragma once

#include <QDate>
#include <QString>

namespace certdesk {

class Database;
class Transaction;

/// This workstation's receipt numbers: a sequence per local day in table receipt_counter,
/// advanced inside the intake's transaction, so a rolled-back intake gives its number back
/// and two intakes never share one. Uniqueness across workstations and branches comes from
/// the branch code and workstation number inside the number (ReceiptNumber), not from here.
class ReceiptCounter
{
public:
    explicit ReceiptCounter(Database &database);

    /// The next receipt number of the day for this branch and workstation. Must run inside
    /// the caller's transaction. Numbers already used by a case (a database restored from an
    /// older backup) are skipped.
    bool allocate(Transaction &tx, const QString &branchCode, int workstation, const QDate &day,
        QString *receipt, QString *error);
    /// The last sequence allocated on that day (0 when none).
    int last(const QDate &day) const;

private:
    bool next(const QDate &day, int *sequence, QString *error);
    bool isUsed(const QString &receipt) const;

    Database &m_database;
};

} // namespace certdesk
