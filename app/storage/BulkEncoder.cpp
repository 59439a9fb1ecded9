#include "storage/BulkEncoder.h"

#include "domain/CanonicalEvent.h"
#include "storage/EventHash.h"
#include "storage/SqlError.h"

namespace certdesk {

BulkCase BulkEncoder::encode(QList<Event> &events, const CaseState &state)
{
    BulkCase out;
    out.events.reserve(events.size());
    for (Event &e : events) {
        e.prev = m_chainHeads.value(e.device);
        const QByteArray data = CanonicalEvent::compactData(e.data);
        const QString hash = QString::fromLatin1(EventHash::of(e, data));
        m_chainHeads.insert(e.device, hash);
        out.events.append(QVariantList{
            e.id, e.typeName.isEmpty() ? eventTypeName(e.type) : e.typeName, nonNull(e.caseId),
            nonNull(e.branch), Event::formatTime(e.at), nonNull(e.by), nonNull(e.device), e.v,
            QString::fromUtf8(data), nonNull(e.prev), hash});
    }
    out.row = CaseRow::from(state);
    return out;
}

} // namespace certdesk
