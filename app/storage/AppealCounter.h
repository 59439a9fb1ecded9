#pragma once

#include <QDate>
#include <QString>

namespace certdesk {

class Database;
class Transaction;

/// This workstation's appeal numbers: a sequence per local day in table appeal_counter,
/// advanced inside the acceptance's transaction, so a rolled-back acceptance gives its number
/// back and two appeals never share one. Uniqueness across workstations and branches comes
/// from the branch code and workstation inside the number (AppealNumber), as for receipts.
class AppealCounter
{
public:
    explicit AppealCounter(Database &database);

    /// The next appeal number of the day (stored form). Must run inside the caller's
    /// transaction. Numbers already in the register (a database restored from an older
    /// backup) are skipped.
    bool allocate(Transaction &tx, const QString &branchCode, int workstation, const QDate &day,
        QString *number, QString *error);
    /// The last sequence allocated on that day (0 when none).
    int last(const QDate &day) const;

private:
    bool isUsed(const QString &number) const;

    Database &m_database;
};

} // namespace certdesk
