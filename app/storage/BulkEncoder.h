#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include "domain/CaseState.h"
#include "storage/CaseRow.h"

namespace certdesk {

/// One case ready for BulkWriter: the column values of its events and of its case row.
struct BulkCase
{
    QList<QVariantList> events; ///< id, type, case_id, branch, at, by_user, device, v, data, prev, hash
    CaseRow row;
};

/// Turns folded cases into rows: serialises each event's data once, chains it to the
/// previous event of its device (prev, hash as Event::hash() defines them) and computes the
/// case row. Pure and single-threaded: one encoder, fed the cases in writing order, may run
/// on a worker thread while the connection's thread writes what it encoded before.
class BulkEncoder
{
public:
    /// Sets e.prev on each event (the chain goes in the order given) and encodes the case.
    BulkCase encode(QList<Event> &events, const CaseState &state);

private:
    QHash<QString, QString> m_chainHeads; ///< device -> hash of its last event
};

} // namespace certdesk
