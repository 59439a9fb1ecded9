#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace certdesk {

/// What an exchange with the server did: events sent and received, and every problem in
/// plain words (a refused event, a failed request). certdeskctl prints it as JSON.
struct SyncSummary
{
    qint64 pushed = 0; ///< events the server stored in this exchange
    /// events the server already had (sent before, the confirmation lost; or sent by another
    /// workstation after a recreation): confirmed and out of the outbox, but not new there
    qint64 alreadyStored = 0;
    qint64 pulled = 0; ///< events new to this workstation
    qint64 refused = 0; ///< events the server would not take (they stay queued)
    qint64 skipped = 0; ///< documents on the server that are not readable events (quarantined)
    /// events the server holds otherwise than this database (changed, deleted), first seen
    qint64 serverAnomalies = 0;
    QStringList errors;
    bool complete = false; ///< the last exchange got to the end
    /// the central rules database sent other rules than this workstation had (docs/rules.md)
    bool rulesChanged = false;

    void add(const SyncSummary &other);
    QJsonObject toJson() const;
};

} // namespace certdesk

Q_DECLARE_METATYPE(certdesk::SyncSummary)
