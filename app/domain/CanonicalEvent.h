#pragma once

#include <QByteArray>
#include <QString>

#include "domain/Event.h"

namespace certdesk {

/// Event::hash() without building the document twice: the caller serialises the event's
/// data once (compactData, the text stored in events.data) and the canonical form is spliced
/// around it. The bytes hashed are exactly those Event::hash() hashes (tst_canonicalevent).
class CanonicalEvent
{
public:
    /// QJsonDocument(data).toJson(Compact): the stored text of events.data.
    static QByteArray compactData(const QJsonObject &data);
    /// The canonical form Event::hash() hashes ({"_id":..,"at":..,..,"prev":..,..,"v":..}).
    static QByteArray canonicalForm(const Event &event, const QByteArray &compactData);
    /// SHA-256 (hex) of canonicalForm(): equal to event.hash().
    static QByteArray hash(const Event &event, const QByteArray &compactData);
};

} // namespace certdesk
