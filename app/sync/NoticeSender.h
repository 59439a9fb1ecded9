#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include "domain/NoticeFailure.h"
#include "storage/NoticeStore.h"
#include "sync/SmsGateway.h"

namespace certdesk {

class Clock;
class Database;

/// What one pass of the sender did.
struct NoticeSendSummary
{
    int sent = 0;
    int failed = 0;
    int waiting = 0; ///< due notices left for a later pass (after a failure, or not due yet)
    QString notAllowed; ///< why this workstation sent nothing (not the notifier, no gateway...)
    QStringList errors; ///< what went wrong writing the outcome
};

/// Sends the branch's due SMS notices through the gateway, one at a time, and records each
/// outcome as notice_sent or notice_failed. Only the notifier workstation sends
/// (NotifierDesignation::maySend); right before each send it reads the notice again, so one
/// sent meanwhile (pulled from the server) is not sent twice. A failure (the gateway down,
/// refusing, or silent) ends the pass: that notice waits its backoff (NoticeLog), the rest
/// their turn. Runs on the caller's event loop; never shows UI.
class NoticeSender : public QObject
{
    Q_OBJECT

public:
    NoticeSender(Database &database, const Clock &clock, QObject *parent = nullptr);

    void configure(const SmsGatewayConfig &config, const QString &secret);
    void setTimeoutMs(int ms) { m_gateway.setTimeoutMs(ms); }
    /// Whether sync is on (the lease then applies) and the branch database it syncs with.
    void setSync(bool enabled, const QString &database);

    bool isBusy() const { return m_busy; }
    /// One pass; finished() follows (also when nothing may be sent).
    void sendDue();

Q_SIGNALS:
    void finished(const certdesk::NoticeSendSummary &summary);

private:
    void next();
    void onFinished(const QString &id, bool accepted, const QString &reference,
        const NoticeFailure &failure);
    void finish();

    Database &m_database;
    const Clock &m_clock;
    NoticeStore m_notices;
    SmsGateway m_gateway;
    SmsGatewayConfig m_config;
    QString m_secret; ///< none: nothing is sent (never an unauthenticated try)
    bool m_syncEnabled = false;
    QString m_syncDatabase;
    bool m_busy = false;
    QList<NoticeEntry> m_queue;
    NoticeSendSummary m_summary;
};

} // namespace certdesk

Q_DECLARE_METATYPE(certdesk::NoticeSendSummary)
