#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <memory>

#include "storage/EventStore.h"
#include "storage/PullIndexes.h"
#include "storage/SyncInbox.h"
#include "sync/Backoff.h"
#include "sync/ChangesPage.h"
#include "sync/ChangesReader.h"
#include "sync/SyncConfig.h"
#include "sync/SyncStatus.h"
#include "sync/SyncSummary.h"

namespace certdesk {

class Clock;
class CouchClient;
class Database;
class Pusher;

/// Moves events between this workstation's SQLite file and the branch database on the
/// central CouchDB (ARCHITECTURE.md, "Sync rules"): pushes the outbox with _bulk_docs, pulls
/// _changes with an opaque checkpoint stored with the events, follows the server live with
/// longpoll, and backs off with jitter when the server is away. Never shows UI: it reports
/// through signals, in plain words, and the GUI or certdeskctl decides what to show.
/// Lives on one thread and uses that thread's Database (SyncRunner gives it a thread and a
/// connection of its own, away from the window); the pull's pages are asked for and parsed
/// ahead of the storing on a thread of its own (ChangesReader), which never touches the
/// database.
class Replicator : public QObject
{
    Q_OBJECT

public:
    Replicator(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~Replicator() override;

    /// False with a reason when the configuration cannot work (no server, bad CA file).
    bool configure(const SyncConfig &config, const QString &password, QString *error);
    /// The checks of configure() alone, without touching a replicator (any thread).
    static bool check(const SyncConfig &config, QString *error);
    void setOptions(const SyncOptions &options);
    /// Which halves an exchange does (both by default): a push-only or pull-only run is for
    /// diagnosis and the benchmark.
    void setDirections(bool push, bool pull);

    /// One complete exchange (push everything, pull everything); emits finished().
    void syncOnce();
    /// Keeps exchanging: after each exchange waits for the server's news (longpoll) and for
    /// new local events, retrying with backoff after failures, until stop().
    void startLive();
    /// Live: starts an exchange now instead of waiting. Otherwise: syncOnce().
    void syncNow();
    void stop();

    bool isLive() const { return m_live; }
    bool isRunning() const { return m_phase != Phase::Idle; }
    const SyncStatus &status() const { return m_status; }
    /// Everything done since this object was made.
    const SyncSummary &totals() const { return m_totals; }
    /// The sync_state keys of this database: where the checkpoint and identity are kept.
    QString checkpointKey() const;
    QString identityKey() const;

Q_SIGNALS:
    void statusChanged(const certdesk::SyncStatus &status);
    /// After every page: events sent and received in this exchange, and still in the outbox.
    void progress(qint64 pushed, qint64 pulled, qint64 pending);
    /// The server refused one event; it stays queued and the others go on.
    void eventRefused(const QString &eventId, const QString &reason);
    /// Pulled events were stored here (the views showing cases may want to look again).
    void eventsArrived(int count);
    /// The central rules database sent other rules: what counts deadlines may want to look
    /// again.
    void rulesChanged();
    /// One exchange ended, completely or not (summary.complete, summary.errors).
    void finished(const certdesk::SyncSummary &summary);

private:
    enum class Phase { Idle, Exchange, Waiting, Backoff };

    void beginExchange();
    void checkIdentity(bool createdOnce);
    void adoptIdentity(const QString &identity);
    void retryQuarantine();
    void startPush();
    void onPageDone(qint64 stored, qint64 alreadyStored);
    /// Starts reading the feed from since (ChangesReader); its pages come to onPageRead.
    void requestPage(const QString &since);
    void onPageRead(quint64 generation, const ChangesPage &page, bool more);
    void onReadFailed(quint64 generation, const CouchResponse &response);
    void stopReading();
    bool applyPage(const ChangesPage &page, const QString &checkpointKey);
    bool suspendIndexes(const ChangesPage &first, bool more);
    bool restoreIndexes();
    void putIndexesBack();
    void pullRules();
    void applyRules(const CouchResponse &response);
    void endExchange();
    void failExchange(const CouchResponse &response);
    void failExchange(SyncStatus::State state, const QString &reason, const QString &nextStep);
    void failStore(const QString &error);
    void waitForChanges();
    void onOutboxTimer();
    void setState(SyncStatus::State state, const QString &reason = QString(),
        const QString &nextStep = QString());
    void refreshCounts();
    void refuse(const QString &eventId, const QString &reason);

    Database &m_database;
    const Clock &m_clock;
    mutable EventStore m_store; // its readers are not const
    SyncInbox m_inbox;
    PullIndexes m_indexes;
    CouchClient *m_client;
    Pusher *m_pusher;
    SyncConfig m_config;
    SyncOptions m_options;
    Backoff m_backoff;
    QString m_password; ///< the sync account's, for the reader's client
    ChangesReader *m_reader; ///< lives on m_readerThread
    QThread m_readerThread;
    quint64 m_reading = 0; ///< generation of the reading under way (ChangesReader)
    QTimer m_retryTimer;
    QTimer m_outboxTimer;

    Phase m_phase = Phase::Idle;
    bool m_live = false;
    bool m_again = false; ///< "sync now" arrived during an exchange
    bool m_push = true;
    bool m_pull = true;
    bool m_firstPage = true; ///< no page of this exchange was read yet
    QString m_since; ///< checkpoint text of the last page stored
    ChangesPage m_held; ///< pages read and not yet stored (SyncOptions::pullGroup)
    SyncSummary m_exchange; ///< the exchange in progress
    qint64 m_refusedPending = 0; ///< refused in the last exchange: still queued, not news
    SyncSummary m_totals;
    SyncStatus m_status;
};

} // namespace certdesk
