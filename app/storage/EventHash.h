#pragma once

#include <QByteArray>

namespace certdesk {

struct Event;

/// The hash of an event that storage writes and checks (events.hash, the audit chain):
/// the SHA-256 (hex) of CanonicalEvent's canonical form, exactly what Event::hash() gives
/// (tst_eventhash), computed with OpenSSL. Qt 6.4's own SHA-256 took a tenth of a pull's
/// instructions (25,000 an event, callgrind); OpenSSL's uses the processor's SHA instructions
/// where it has them. Event::hash() stays in the domain, QtCore only, as the definition; the
/// one hash the product computes is this one.
class EventHash
{
public:
    /// compactData: the event's data as stored (CanonicalEvent::compactData()).
    static QByteArray of(const Event &event, const QByteArray &compactData);
    static QByteArray of(const Event &event);
};

} // namespace certdesk
