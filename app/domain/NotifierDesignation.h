#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/Event.h"

namespace certdesk {

/// Which workstation of the branch sends the SMS notices: set by a supervisor as a
/// `notifier_set` event in the stream "system:notifier", so every workstation learns it at its
/// next sync. Only that workstation sends; every one may queue. A change of notifier takes
/// effect only after a handover time that is longer than the lease a notifier holds by
/// syncing (docs/sync.md, "SMS notices: one send per notice"), so the old and the new one never
/// send in the same minute, even when the old one is offline and has not heard of the change.
struct NotifierDesignation
{
    Q_DECLARE_TR_FUNCTIONS(NotifierDesignation)

public:
    QString eventId;
    QString device; ///< the workstation's device id
    int workstation = 0; ///< its number in the branch, for people
    QString by;
    QDateTime setAt;
    QDateTime effectiveAt;
    QString previousDevice;

    bool isValid() const { return !device.isEmpty(); }

    static QString stream() { return QStringLiteral("system:notifier"); }
    static QString type() { return QStringLiteral("notifier_set"); }
    /// A notifier that has not exchanged with the server for this long stops sending: it
    /// cannot know whether a supervisor moved the role elsewhere.
    static constexpr qint64 LeaseSeconds = 10 * 60;
    /// A new notifier starts this long after the designation reached the server: the lease,
    /// plus five minutes for clocks that disagree.
    static constexpr qint64 HandoverSeconds = LeaseSeconds + 5 * 60;

    /// The designations among events (those of other types are skipped), in the order they
    /// take effect: (effective at, set at, id).
    static QList<NotifierDesignation> read(const QList<Event> &events);
    /// The designation in force at now (invalid when none).
    static NotifierDesignation current(const QList<NotifierDesignation> &all, const QDateTime &now);
    /// The one set last (in force or waiting for its effective time).
    static NotifierDesignation latest(const QList<NotifierDesignation> &all);
    /// The designation in force before d (invalid when d is the first).
    static NotifierDesignation before(
        const QList<NotifierDesignation> &all, const NotifierDesignation &d);
    /// When a designation of device written at now takes effect: at once for the first one
    /// or for the same device, after the handover time for another.
    static QDateTime effectiveTime(
        const QList<NotifierDesignation> &all, const QString &device, const QDateTime &now);

    /// What this workstation knows when it is about to send.
    struct Situation
    {
        QString device; ///< this workstation
        QDateTime now;
        bool syncEnabled = false; ///< false: a branch of one workstation, no lease to keep
        QDateTime lastSync; ///< the last complete exchange with the server
        QDateTime onServerSince; ///< when this workstation first knew the designation in
                                 ///< force to be on the server (invalid: not yet)
    };
    /// Whether this workstation may send now; false with the reason in words a supervisor
    /// reads.
    static bool maySend(const QList<NotifierDesignation> &all, const Situation &here, QString *why);
};

} // namespace certdesk
