#pragma once

#include <QByteArray>
#include <QString>

#include "domain/Event.h"

namespace certdesk {

/// The bytes Event::hash() hashes, without building the document twice: the caller serialises
/// the event's data once (compactData, the text stored in events.data) and the canonical form
/// is spliced around it (tst_canonicalevent). Storage hashes them (storage/EventHash).
class CanonicalEvent
{
public:
    /// QJsonDocument(data).toJson(Compact): the stored text of events.data.
    static QByteArray compactData(const QJsonObject &data);
    /// The canonical form Event::hash() hashes ({"_id":..,"at":..,..,"prev":..,..,"v":..}).
    static QByteArray canonicalForm(const Event &event, const QByteArray &compactData);
};

} // namespace certdesk
