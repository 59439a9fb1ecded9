#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

#include "domain/CaseState.h"

namespace certdesk {

class Database;
class Transaction;
struct BoundValues;
struct CaseRow;

/// The cases table: a projection of the events, written in the same transaction as them and
/// rebuildable from them at any time with an identical result.
class CaseProjection
{
public:
    /// Folds a case's events with the branch's UTC offset (setting branch.utc_offset_minutes),
    /// the one offset every projection and every service uses.
    static CaseState foldCase(Database &database, const QList<Event> &events);
    /// Re-folds the given cases (and appeals) from their events, inside the writing
    /// transaction.
    static bool refresh(Transaction &tx, const QSet<QString> &caseIds, QString *error);
    /// The same, where the transaction has just stored events and holds them (storedNow, by
    /// case): a case whose stored events are those alone is folded from them instead of read
    /// back — a pull stores a thousand events a page, most of them of cases new here.
    static bool refresh(Transaction &tx, const QSet<QString> &caseIds,
        const QHash<QString, QList<Event>> &storedNow, QString *error);
    /// Drops and recomputes every case and appeal (ProjectionFold), in one transaction.
    /// progress(done, total) is called now and then.
    static bool rebuild(Database &database, QString *error,
        const std::function<void(qint64, qint64)> &progress = {});
    /// Writes one folded state (insert or replace).
    static bool store(Database &database, const CaseState &state, QString *error);
    /// Writes a row already computed (CaseRow::from), for the bulk paths.
    static bool storeRow(Database &database, const CaseRow &row, QString *error);
    /// The same row with its values already made ready (BoundValues::from(row.values), on a
    /// worker), written through SQLite's own API: only when hasDirectWrites().
    static bool storeBound(Database &database, const BoundValues &row, QString *error);
    static bool hasDirectWrites(Database &database);
    static qint64 count(Database &database);
    /// The search key of a surname: case-folded, with ё read as е.
    static QString surnameKey(const QString &surname);
    /// False for the event streams that are not cases (accounts "user:...", the database's
    /// own "system:..." events, appeals "appeal:..." with their own table): they share the
    /// event log and its audit chain, never this table.
    static bool isCaseStream(const QString &caseId);
};

} // namespace certdesk
