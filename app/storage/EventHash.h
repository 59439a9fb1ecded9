#pragma once

#include <QByteArray>

namespace certdesk {

struct Event;

/// The hash of an event that storage writes and checks (events.hash, the audit chain):
/// the SHA-256 (hex) of CanonicalEvent's canonical form, exactly what
/// CanonicalEvent::hash() and Event::hash() give (tst_eventhash), computed with OpenSSL.
/// Qt 6.4's own SHA-256 took a tenth of a pull's instructions (25,000 an event, callgrind);
/// OpenSSL's uses the processor's SHA instructions where it has them. The domain's versions
/// stay, QtCore only, as the definition.
class EventHash
{
public:
    /// compactData: the event's data as stored (CanonicalEvent::compactData()).
    static QByteArray of(const Event &event, const QByteArray &compactData);
    static QByteArray of(const Event &event);
};

} // namespace certdesk
