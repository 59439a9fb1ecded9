#pragma once

#include <QSet>
#include <QString>

#include "domain/AppealState.h"

namespace certdesk {

class Database;
class Transaction;

/// The appeals table: a projection of the "appeal:" event streams, written in the same
/// transaction as their events (EventStore, through CaseProjection::refresh) and rebuildable
/// from them at any time with an identical result, exactly like the cases table.
class AppealProjection
{
public:
    /// Re-folds the given appeal streams from their events, inside the writing transaction.
    /// Ids that are not appeal streams are ignored.
    static bool refresh(Transaction &tx, const QSet<QString> &streamIds, QString *error);
    /// Drops and recomputes every appeal (ProjectionFold), in one transaction.
    static bool rebuild(Database &database, QString *error);
    /// Folds an appeal's events with the branch's UTC offset, the one every projection and
    /// service uses (CaseProjection::foldCase).
    static AppealState foldAppeal(Database &database, const QList<Event> &events);
    /// Writes one folded state (insert or replace).
    static bool store(Database &database, const AppealState &state, QString *error);
    static qint64 count(Database &database);
    /// The search key of a name: case-folded, with ё read as е.
    static QString nameKey(const QString &name);
};

} // namespace certdesk
