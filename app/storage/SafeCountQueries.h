#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Event.h"
#include "domain/SafeCount.h"

namespace certdesk {

class Database;

/// The count of the safe's questions to the ledger: the papers in branch custody, the case a
/// presented paper belongs to, and the stream of counts and write-offs. Reads only; the one
/// event of a finished count is written by SafeCountService.
class SafeCountQueries
{
public:
    explicit SafeCountQueries(Database &database);

    /// Every paper the ledger puts in branch custody (status at_branch: waiting for the
    /// person, due for transfer, or sent back by the provider), by receipt number.
    bool inBranchCustody(QList<SafePaper> *papers, QString *error) const;
    /// The cases with this receipt number (two when two workstations issued it twice).
    bool byReceipt(const QString &digits, QList<SafePaper> *papers, QString *error) const;
    /// The cases whose certificate has this number.
    bool byCertificate(const QString &number, QList<SafePaper> *papers, QString *error) const;
    /// The statement byCertificate() runs (its plan is checked by the tests).
    static QString byCertificateSql();
    /// These cases (those that exist), for the names of papers a count recorded.
    bool byCaseIds(const QStringList &caseIds, QList<SafePaper> *papers, QString *error) const;
    /// Every event of the stream "system:safe" (counts and write-offs), in storage order.
    bool events(QList<Event> *events, QString *error) const;
    /// The papers missing at a count and neither found nor written off since (the fold of
    /// events()), oldest count first, with the name of each one's case by case id.
    bool openMissing(QList<MissingPaper> *open, QHash<QString, QString> *names,
                     QString *error) const;

private:
    static QString selectSql(const QString &where);
    bool select(const QString &where, const QStringList &binds, QList<SafePaper> *papers,
        QString *error) const;

    Database &m_database;
};

} // namespace certdesk
