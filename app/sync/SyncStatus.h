#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace certdesk {

/// What the replicator is doing, in words a clerk understands: the state, and when something
/// is wrong, the reason and the next step. The GUI shows it as it is; certdeskctl prints it.
struct SyncStatus
{
    Q_DECLARE_TR_FUNCTIONS(SyncStatus)

public:
    enum class State {
        NotConfigured, ///< no server: the workstation works on its own file (the default)
        Connecting, ///< signing in, finding the branch database
        Sending, ///< events of this workstation are being sent
        Receiving, ///< events of the others are being received
        Online, ///< everything is sent and received; waiting for news
        Offline, ///< the server cannot be reached; work goes on, retry is scheduled
        Error, ///< the server refused something a person has to fix
    };

    State state = State::NotConfigured;
    QString reason; ///< plain words: what is wrong (empty when all is well)
    QString nextStep; ///< plain words: what happens next or what to do
    qint64 pending = 0; ///< events of this workstation not yet on the server
    qint64 received = 0; ///< receiving: changes read from the server in this exchange
    qint64 toReceive = -1; ///< receiving: changes the server still has (-1: it did not say)
    qint64 quarantined = 0; ///< documents of the server this version cannot read, set aside
    qint64 serverAnomalies = 0; ///< events the server holds otherwise than this workstation
    QDateTime lastSuccess; ///< UTC end of the last complete exchange
    QDateTime retryAt; ///< UTC of the next automatic attempt, when one is scheduled

    static QString stateName(State state); ///< stable word for JSON: online, offline, ...
    /// Receiving: how far, 0-100, from the server's own count of what is left; -1 unknown.
    int receivedPercent() const;
    QString title() const; ///< "Online", "Offline — changes are kept", ...
    /// One sentence for a tooltip or the status bar: title, reason and next step.
    QString summary() const;
};

} // namespace certdesk

Q_DECLARE_METATYPE(certdesk::SyncStatus)
