#include "sync/Replicator.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/RulesStore.h"
#include "sync/ChangesPage.h"
#include "sync/ChangesReader.h"
#include "sync/CouchClient.h"
#include "sync/Pusher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <utility>

#include <algorithm>

namespace certdesk {

namespace {

const QString kIdentityDoc = QStringLiteral("/_local/certdesk_identity");

QString localTime(const Clock &clock, const QDateTime &utc)
{
    return clock.toLocal(utc).toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

Replicator::Replicator(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_store(database, clock)
    , m_inbox(database, clock)
    , m_indexes(database)
    , m_client(new CouchClient(this))
    , m_pusher(new Pusher(m_store, *m_client, this))
    , m_backoff(m_options.backoffBaseMs, m_options.backoffMaxMs)
    , m_reader(new ChangesReader)
{
    qRegisterMetaType<certdesk::SyncStatus>();
    qRegisterMetaType<certdesk::SyncSummary>();
    qRegisterMetaType<certdesk::ChangesPage>();
    qRegisterMetaType<certdesk::CouchResponse>();
    m_reader->moveToThread(&m_readerThread);
    connect(m_reader, &ChangesReader::pageRead, this, &Replicator::onPageRead);
    connect(m_reader, &ChangesReader::failed, this, &Replicator::onReadFailed);
    m_readerThread.setObjectName(QStringLiteral("certdesk-changes-reader"));
    m_readerThread.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Replicator::beginExchange);
    connect(&m_outboxTimer, &QTimer::timeout, this, &Replicator::onOutboxTimer);
    connect(m_pusher, &Pusher::pageDone, this, &Replicator::onPageDone);
    connect(m_pusher, &Pusher::refused, this, &Replicator::refuse);
    connect(m_pusher, &Pusher::finished, this, [this] {
        if (m_pull)
            requestPage(m_since);
        else
            endExchange();
    });
    connect(m_pusher, &Pusher::failed, this, [this](const CouchResponse &r) { failExchange(r); });
    connect(m_pusher, &Pusher::storeFailed, this, &Replicator::failStore);
    refreshCounts();
}

Replicator::~Replicator()
{
    // Callbacks of aborted requests return before touching this object.
    m_client->abortAll();
    // The reader, its client and their network go on the thread they live on.
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader] { delete reader; }, Qt::BlockingQueuedConnection);
    m_readerThread.quit();
    m_readerThread.wait();
    putIndexesBack();
}

bool Replicator::check(const SyncConfig &config, QString *error)
{
    if (!config.isEnabled()) {
        if (error)
            *error = tr("No sync server is set: enter the server address and the branch "
                        "database in Settings → Sync.");
        return false;
    }
    const QString scheme = config.server.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        if (error)
            *error = tr("The sync server address \"%1\" must start with https:// (or http:// on "
                        "a test network).")
                         .arg(config.server.toString());
        return false;
    }
    return CouchClient().setCaFile(config.caFile, error);
}

bool Replicator::configure(const SyncConfig &config, const QString &password, QString *error)
{
    if (!check(config, error) || !m_client->setCaFile(config.caFile, error))
        return false;
    m_config = config;
    m_client->setServer(config.server);
    m_client->setDatabase(config.database);
    m_client->setCredentials(config.user, password);
    m_password = password;
    const QString last = m_store.syncValue(QStringLiteral("last_success:") + config.database);
    m_status.lastSuccess = last.isEmpty() ? QDateTime() : Event::parseTime(last);
    m_status.state = SyncStatus::State::Connecting;
    m_status.reason.clear();
    m_status.nextStep.clear();
    return true;
}

void Replicator::setOptions(const SyncOptions &options)
{
    m_options = options;
    m_backoff = Backoff(options.backoffBaseMs, options.backoffMaxMs);
}

void Replicator::setDirections(bool push, bool pull)
{
    m_push = push;
    m_pull = pull;
}

QString Replicator::checkpointKey() const
{
    return QStringLiteral("checkpoint:") + m_config.database;
}

QString Replicator::identityKey() const
{
    return QStringLiteral("server_identity:") + m_config.database;
}

void Replicator::syncOnce()
{
    m_live = false;
    if (m_phase == Phase::Exchange)
        return;
    beginExchange();
}

void Replicator::startLive()
{
    m_live = true;
    m_outboxTimer.start(m_options.outboxCheckMs);
    if (m_phase != Phase::Exchange)
        beginExchange();
}

void Replicator::syncNow()
{
    if (!m_live) {
        syncOnce();
        return;
    }
    if (m_phase == Phase::Exchange) {
        m_again = true;
        return;
    }
    m_client->abortAll();
    m_retryTimer.stop();
    m_backoff.reset();
    beginExchange();
}

void Replicator::stop()
{
    m_live = false;
    m_again = false;
    m_retryTimer.stop();
    m_outboxTimer.stop();
    m_pusher->abort();
    m_client->abortAll();
    stopReading();
    m_phase = Phase::Idle;
    putIndexesBack();
}

void Replicator::refreshCounts()
{
    m_status.pending = m_store.unpushedCount();
    m_status.quarantined = m_inbox.quarantineCount();
    m_status.serverAnomalies = m_inbox.anomalyCount();
}

void Replicator::setState(SyncStatus::State state, const QString &reason, const QString &nextStep)
{
    m_status.state = state;
    m_status.reason = reason;
    m_status.nextStep = nextStep;
    refreshCounts();
    if (state != SyncStatus::State::Offline && state != SyncStatus::State::Error)
        m_status.retryAt = QDateTime();
    if (state != SyncStatus::State::Receiving) {
        m_status.received = 0;
        m_status.toReceive = -1;
    }
    Q_EMIT statusChanged(m_status);
}

void Replicator::beginExchange()
{
    if (!m_config.isEnabled()) {
        setState(SyncStatus::State::NotConfigured);
        return;
    }
    m_retryTimer.stop();
    m_phase = Phase::Exchange;
    m_again = false;
    m_exchange = SyncSummary();
    stopReading();
    m_firstPage = true;
    // A retry keeps showing the problem it retries after until it is proven gone, so the
    // indicator does not flicker between "Offline" and "Connecting" every few seconds.
    if (m_status.state != SyncStatus::State::Offline && m_status.state != SyncStatus::State::Error)
        setState(SyncStatus::State::Connecting);
    checkIdentity(false);
}

void Replicator::checkIdentity(bool createdOnce)
{
    // The database's identity lives in a _local document: not replicated, not validated,
    // and gone when the database is recreated — which is exactly what it must detect.
    m_client->send(QByteArrayLiteral("GET"), m_client->dbUrl(kIdentityDoc), {},
        m_options.requestTimeoutMs, [this, createdOnce](const CouchResponse &r) {
            if (r.aborted)
                return;
            if (r.ok() && r.json.isObject()) {
                const QString identity = r.json.object().value(QLatin1String("uuid")).toString();
                if (!identity.isEmpty()) {
                    adoptIdentity(identity);
                    return;
                }
            }
            const bool noDocument = r.status == 404 && r.jsonOk && !r.lineFailed()
                && !r.reason().contains(QLatin1String("not exist"))
                && r.reason() != QLatin1String("no_db_file");
            if (!noDocument || createdOnce) {
                failExchange(r);
                return;
            }
            const QJsonObject doc {{QLatin1String("uuid"), Event::newId()},
                {QLatin1String("created"), Event::formatTime(m_clock.nowUtc())}};
            m_client->send(QByteArrayLiteral("PUT"), m_client->dbUrl(kIdentityDoc),
                QJsonDocument(doc).toJson(QJsonDocument::Compact), m_options.requestTimeoutMs,
                [this](const CouchResponse &put) {
                    if (put.aborted)
                        return;
                    // Whatever the answer, the identity is what the server holds
                    // now: read it back. pouchdb-server answers 409 when another
                    // workstation created it first; CouchDB 3 lets the later PUT
                    // replace it (no _rev check on _local documents), and the
                    // workstation that adopted the earlier one sees the change at
                    // its next exchange.
                    if (put.ok() || put.status == 409)
                        checkIdentity(true);
                    else
                        failExchange(put);
                });
        });
}

void Replicator::adoptIdentity(const QString &identity)
{
    const QString known = m_store.syncValue(identityKey());
    if (known != identity) {
        QString error;
        // Forget the old position first: should the requeue fail or the process die in
        // between, the identity still differs next time and this is done again.
        bool ok = m_store.setSyncValue(checkpointKey(), QStringLiteral("0"), &error);
        if (ok && !known.isEmpty()) {
            // The server database was recreated: it lost everything. Every event held here
            // goes again, however it came (written here, imported, received): a workstation
            // may be the last place an event survives. Those the account may not send (the
            // provider's) stay pending until their author sends them and they turn up as
            // already stored.
            ok = m_store.requeueAll(identityKey(), identity, &error);
        } else if (ok) {
            ok = m_store.setSyncValue(identityKey(), identity, &error);
        }
        if (!ok) {
            failStore(error);
            return;
        }
    }
    m_since = m_store.syncValue(checkpointKey());
    retryQuarantine();
}

void Replicator::retryQuarantine()
{
    // Documents an earlier version could not read are read again once the reader changed
    // (an upgrade): the server's current copy, by id.
    const QStringList ids = m_pull ? m_inbox.retryable() : QStringList();
    if (ids.isEmpty()) {
        startPush();
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include_docs"), QStringLiteral("true"));
    const QJsonObject body {{QLatin1String("keys"), QJsonArray::fromStringList(ids)}};
    m_client->send(QByteArrayLiteral("POST"), m_client->dbUrl(QStringLiteral("/_all_docs"), query),
        QJsonDocument(body).toJson(QJsonDocument::Compact), m_options.requestTimeoutMs,
        [this](const CouchResponse &r) {
            if (r.aborted)
                return;
            if (!r.ok() || !r.json.object().value(QLatin1String("rows")).isArray()) {
                failExchange(r);
                return;
            }
            QList<PulledDocument> documents;
            const QJsonArray rows = r.json.object().value(QLatin1String("rows")).toArray();
            for (const QJsonValue &value : rows) {
                const QJsonObject row = value.toObject();
                const QJsonValue doc = row.value(QLatin1String("doc"));
                PulledDocument d;
                if (doc.isObject()) {
                    d = ChangesPage::document(doc.toObject());
                } else {
                    d.id = row.value(QLatin1String("key")).toString();
                    d.deleted = row.value(QLatin1String("value"))
                                    .toObject()
                                    .value(QLatin1String("deleted"))
                                    .toBool();
                    d.problem = tr("the document is no longer on the server");
                }
                if (!d.id.isEmpty())
                    documents.append(d);
            }
            InboxResult result;
            QString error;
            if (!m_inbox.apply(documents, QString(), QString(), &result, &error)) {
                failStore(error);
                return;
            }
            m_exchange.pulled += result.inserted;
            m_totals.pulled += result.inserted;
            if (result.inserted > 0)
                Q_EMIT eventsArrived(result.inserted);
            startPush();
        });
}

void Replicator::startPush()
{
    if (!m_push || m_store.unpushedCount() == 0) {
        if (m_pull)
            requestPage(m_since);
        else
            endExchange();
        return;
    }
    setState(SyncStatus::State::Sending);
    m_pusher->start(m_options.pushBatch, m_options.pushInFlight, m_options.requestTimeoutMs);
}

void Replicator::onPageDone(qint64 stored, qint64 alreadyStored)
{
    m_exchange.pushed += stored;
    m_totals.pushed += stored;
    m_exchange.alreadyStored += alreadyStored;
    m_totals.alreadyStored += alreadyStored;
    m_status.pending = m_store.unpushedCount();
    Q_EMIT progress(
        m_exchange.pushed + m_exchange.alreadyStored, m_exchange.pulled, m_status.pending);
}

void Replicator::refuse(const QString &eventId, const QString &reason)
{
    const QString message = tr("The server refused event %1: %2").arg(eventId, reason);
    ++m_exchange.refused;
    ++m_totals.refused;
    m_exchange.errors.append(message);
    m_totals.errors.append(message);
    Q_EMIT eventRefused(eventId, reason);
}

void Replicator::requestPage(const QString &since)
{
    if (m_status.state != SyncStatus::State::Receiving)
        setState(SyncStatus::State::Receiving);
    ChangesReader::Start start;
    start.generation = ++m_reading;
    start.config = m_config;
    start.password = m_password;
    start.session = m_client->session();
    start.since = since;
    start.pageSize = std::max(1, m_options.pullBatch);
    start.ahead = std::max(1, m_options.pullAhead);
    start.timeoutMs = m_options.requestTimeoutMs;
    QMetaObject::invokeMethod(m_reader, [reader = m_reader, start] { reader->start(start); });
}

void Replicator::stopReading()
{
    ++m_reading; // whatever the reader still delivers is of an older reading
    QMetaObject::invokeMethod(m_reader, [reader = m_reader] { reader->stop(); });
    m_held = ChangesPage();
}

void Replicator::onPageRead(quint64 generation, const ChangesPage &read, bool more)
{
    if (generation != m_reading || m_phase != Phase::Exchange)
        return;
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, generation] { reader->taken(generation); });
    ChangesPage page = read;
    if (m_firstPage && !suspendIndexes(page, more))
        return;
    m_firstPage = false;
    m_held.append(std::move(page));
    // A catch-up stores its pages in groups, one transaction each: the events' ids are
    // random, so every transaction rewrites most of the leaves of their index, a group of
    // pages once instead of once a page. The reader keeps reading meanwhile, so the server
    // never waits for the storing. A failure before the group is stored loses nothing: its
    // pages are read again from the stored position.
    if (more && m_held.rows < std::max(1, m_options.pullGroup))
        return;
    const ChangesPage group = std::exchange(m_held, ChangesPage());
    if (!applyPage(group, checkpointKey()))
        return;
    m_since = group.lastSeqText;
    m_status.received += group.rows;
    m_status.toReceive = group.pending;
    refreshCounts();
    Q_EMIT statusChanged(m_status);
    Q_EMIT progress(
        m_exchange.pushed + m_exchange.alreadyStored, m_exchange.pulled, m_status.pending);
    if (!more && restoreIndexes())
        pullRules();
}

void Replicator::onReadFailed(quint64 generation, const CouchResponse &response)
{
    if (generation != m_reading || m_phase != Phase::Exchange)
        return;
    failExchange(response);
}

bool Replicator::suspendIndexes(const ChangesPage &first, bool more)
{
    // Only a large pull into a nearly empty database (a workstation's first) is worth it.
    // CouchDB says how many changes follow the page; a server that does not say (pouchdb-
    // server) is taken at what the page shows.
    const qint64 coming = first.rows + std::max<qint64>(0, first.pending);
    if (!more || coming < std::max(1, m_options.suspendIndexesFrom)
        || !m_indexes.worthSuspending(coming))
        return true;
    QString error;
    if (m_indexes.suspend(&error))
        return true;
    failStore(error);
    return false;
}

bool Replicator::restoreIndexes()
{
    if (!m_indexes.isSuspended())
        return true;
    QString error;
    if (m_indexes.restore(&error))
        return true;
    failStore(error);
    return false;
}

void Replicator::putIndexesBack()
{
    // A pull that stops half-way (failed, stopped, the replicator gone) keeps what it pulled
    // indexed; should this fail too, the next open of the file puts them back.
    QString ignored;
    m_indexes.restore(&ignored);
}

bool Replicator::applyPage(const ChangesPage &page, const QString &key)
{
    InboxResult result;
    QString error;
    // The events and the position after them are one transaction: a crash leaves both or
    // neither, so nothing is skipped and a repeat is ignored by id.
    if (!m_inbox.apply(page.documents, key, page.lastSeqText, &result, &error)) {
        failExchange(SyncStatus::State::Error,
            tr("Received events cannot be saved on this workstation (%1).").arg(error),
            tr("Close other CertDesk windows and check the disk, then press "
               "\"Sync now\"."));
        return false;
    }
    m_exchange.pulled += result.inserted;
    m_totals.pulled += result.inserted;
    m_exchange.skipped += result.quarantined;
    m_totals.skipped += result.quarantined;
    m_exchange.serverAnomalies += result.anomalies;
    m_totals.serverAnomalies += result.anomalies;
    for (const PulledDocument &d : page.documents) {
        if (!d.readable && !d.deleted) {
            const QString message
                = tr("A document on the server is not a readable event and was set aside: %1")
                      .arg(d.problem);
            m_exchange.errors.append(message);
            m_totals.errors.append(message);
        }
    }
    if (result.inserted > 0)
        Q_EMIT eventsArrived(result.inserted);
    return true;
}

void Replicator::pullRules()
{
    // The country's central rules: one small document, read whole after the branch's events.
    if (m_options.rulesDatabase.isEmpty()) {
        endExchange();
        return;
    }
    m_client->send(QByteArrayLiteral("GET"),
        m_client->serverUrl(QLatin1Char('/') + m_options.rulesDatabase + QStringLiteral("/rules")),
        {}, m_options.requestTimeoutMs, [this](const CouchResponse &r) {
            if (r.aborted || m_phase != Phase::Exchange)
                return;
            if (r.isTransportFailure()) {
                failExchange(r);
                return;
            }
            applyRules(r);
            endExchange();
        });
}

void Replicator::applyRules(const CouchResponse &r)
{
    // No database (never set up, or deleted to be made again) and an account that may not
    // read it (the provider's, which computes no deadline) leave the rules as they were: a
    // branch must not lose a decree's values for the minutes a database is being recreated.
    // Only a database without the document withdraws the central rules.
    // CouchDB says "missing" or "deleted" of a document; of a database "Database does not
    // exist." (pouchdb-server "no_db_file"), and a proxy's 404 says neither.
    const QString reason = r.json.object().value(QLatin1String("reason")).toString();
    const bool noDatabase = r.status == 404 && reason != QLatin1String("missing")
        && reason != QLatin1String("deleted");
    if (noDatabase || r.status == 401 || r.status == 403)
        return;
    RulesStore rules(m_database);
    bool changed = false;
    QString error;
    bool ok = true;
    if (r.status == 404)
        ok = rules.clearCentral(&changed, &error); // the database has no rules (any more)
    else if (r.ok())
        ok = rules.setCentral(r.json.object(), &changed, &error);
    else
        error = r.describe();
    if (!ok || (!r.ok() && r.status != 404)) {
        // The branch keeps the rules it had; its events were exchanged all the same.
        const QString message = tr("The central rules could not be taken: %1").arg(error);
        m_exchange.errors.append(message);
        m_totals.errors.append(message);
        return;
    }
    if (changed) {
        m_exchange.rulesChanged = true;
        m_totals.rulesChanged = true;
        Q_EMIT rulesChanged();
    }
}

void Replicator::endExchange()
{
    m_backoff.reset();
    m_exchange.complete = true;
    m_totals.complete = true;
    m_status.lastSuccess = m_clock.nowUtc();
    QString ignored;
    m_store.setSyncValue(QStringLiteral("last_success:") + m_config.database,
        Event::formatTime(m_status.lastSuccess), &ignored);
    if (m_exchange.refused > 0) {
        setState(SyncStatus::State::Error,
            tr("The server refused %n event(s); they stay on this workstation.", nullptr,
                int(m_exchange.refused)),
            tr("Everything else was exchanged. Tell the branch administrator: the refused "
               "events are listed in the sync log."));
    } else {
        setState(SyncStatus::State::Online, QString(), tr("Everything is sent and received."));
    }
    const SyncSummary summary = m_exchange;
    Q_EMIT finished(summary);
    if (!m_live) {
        m_phase = Phase::Idle;
        return;
    }
    m_refusedPending = m_exchange.refused;
    if (m_again || m_store.unpushedCount() > m_refusedPending) {
        // New local events arrived while exchanging (refused ones do not count: they would
        // only be refused again right away).
        QTimer::singleShot(0, this, &Replicator::beginExchange);
        m_phase = Phase::Backoff;
        return;
    }
    waitForChanges();
}

void Replicator::failStore(const QString &error)
{
    failExchange(SyncStatus::State::Error,
        tr("This workstation's database cannot be written (%1).").arg(error),
        tr("Close other CertDesk windows and check the disk, then press "
           "\"Sync now\"."));
}

void Replicator::failExchange(const CouchResponse &r)
{
    if (r.isTransportFailure()) {
        failExchange(SyncStatus::State::Offline,
            tr("The central server cannot be reached: %1.").arg(r.describe()), QString());
        return;
    }
    QString next;
    if (r.status == 401)
        next = tr("Check the sync account and password in Settings → Sync, or ask the "
                  "administrator to check the account on the server.");
    else if (r.status == 403)
        next = tr("Ask the administrator to give this workstation's account access to the "
                  "branch database.");
    else if (r.status == 404)
        next = tr("Ask the administrator to run \"certdeskctl sync init\" for this branch.");
    failExchange(SyncStatus::State::Error, tr("Sync failed: %1.").arg(r.describe()), next);
}

void Replicator::failExchange(
    SyncStatus::State state, const QString &reason, const QString &nextStep)
{
    m_pusher->abort();
    m_client->abortAll();
    // Pages read and not stored are read again from the last stored position.
    stopReading();
    putIndexesBack();
    const QString failure = reason;
    m_exchange.errors.append(failure);
    m_exchange.complete = false;
    m_totals.errors.append(failure);
    m_totals.complete = false;
    QString next = nextStep;
    const qint64 pending = m_store.unpushedCount();
    if (m_live) {
        const int delay = m_backoff.nextDelayMs();
        m_status.retryAt = m_clock.nowUtc().addMSecs(delay);
        const QString retry = tr("Work goes on here; %n event(s) not yet sent are kept. Next try "
                                 "at %1.",
            nullptr, int(pending))
                                  .arg(localTime(m_clock, m_status.retryAt));
        next = next.isEmpty() ? retry : next + QLatin1Char(' ') + retry;
        m_phase = Phase::Backoff;
        m_retryTimer.start(delay);
    } else {
        m_phase = Phase::Idle;
        if (next.isEmpty())
            next = tr("Work goes on here; %n event(s) not yet sent are kept. Try again later.",
                nullptr, int(pending));
    }
    setState(state, reason, next);
    const SyncSummary summary = m_exchange;
    Q_EMIT finished(summary);
}

void Replicator::waitForChanges()
{
    m_phase = Phase::Waiting;
    // The wait is an exchange of its own: should it fail, the failure reports no counts of
    // the exchange before it.
    m_exchange = SyncSummary();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("feed"), QStringLiteral("longpoll"));
    query.addQueryItem(QStringLiteral("since"), ChangesPage::sinceParameter(m_since));
    query.addQueryItem(QStringLiteral("heartbeat"), QString::number(m_options.heartbeatMs));
    // No timeout: with a heartbeat, CouchDB 3 keeps the feed open until a change comes (the
    // heartbeat overrides the timeout), and pouchdb-server ignores it. The client's own
    // inactivity timeout (three heartbeats) is what catches a dead line.
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    const int inactivity = m_options.heartbeatMs * 3;
    m_client->send(QByteArrayLiteral("GET"), m_client->dbUrl(QStringLiteral("/_changes"), query),
        {}, inactivity, [this](const CouchResponse &r) {
            if (r.aborted || m_phase != Phase::Waiting)
                return;
            const QJsonObject page = r.json.object();
            if (r.status != 200 || r.lineFailed()
                || !page.value(QLatin1String("results")).isArray()) {
                failExchange(r);
                return;
            }
            if (page.value(QLatin1String("results")).toArray().isEmpty()) {
                waitForChanges(); // the server ended the wait with nothing new
                return;
            }
            // A wake-up says only "something changed": the normal drain reads it.
            beginExchange();
        });
}

void Replicator::onOutboxTimer()
{
    if (m_phase != Phase::Waiting)
        return;
    const qint64 pending = m_store.unpushedCount();
    if (pending > m_refusedPending) {
        m_client->abortAll();
        beginExchange();
    } else if (pending != m_status.pending) {
        m_status.pending = pending;
        Q_EMIT statusChanged(m_status);
    }
}

} // namespace certdesk
