#pragma once

#include <QVariantList>

#include "domain/CaseState.h"

namespace certdesk {

/// The values of one cases-table row, in the column order of CaseProjection's INSERT,
/// computed from a folded state. Pure: bulk paths compute rows on a worker thread while the
/// connection's own thread writes the previous batch.
struct CaseRow
{
    QVariantList values;

    static CaseRow from(const CaseState &state);
};

} // namespace certdesk
