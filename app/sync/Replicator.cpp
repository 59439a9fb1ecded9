#include "sync/Replicator.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "sync/ChangesPage.h"
#include "sync/CouchClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

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
    , m_client(new CouchClient(this))
    , m_backoff(m_options.backoffBaseMs, m_options.backoffMaxMs)
{
    qRegisterMetaType<certdesk::SyncStatus>();
    qRegisterMetaType<certdesk::SyncSummary>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Replicator::beginExchange);
    connect(&m_outboxTimer, &QTimer::timeout, this, &Replicator::onOutboxTimer);
    m_status.pending = m_store.unpushedCount();
}

Replicator::~Replicator()
{
    // Callbacks of aborted requests return before touching this object.
    m_client->abortAll();
}

bool Replicator::configure(const SyncConfig &config, const QString &password, QString *error)
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
    if (!m_client->setCaFile(config.caFile, error))
        return false;
    m_config = config;
    m_client->setServer(config.server);
    m_client->setDatabase(config.database);
    m_client->setCredentials(config.user, password);
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
    m_client->abortAll();
    m_phase = Phase::Idle;
}

void Replicator::setState(SyncStatus::State state, const QString &reason, const QString &nextStep)
{
    m_status.state = state;
    m_status.reason = reason;
    m_status.nextStep = nextStep;
    m_status.pending = m_store.unpushedCount();
    if (state != SyncStatus::State::Offline && state != SyncStatus::State::Error)
        m_status.retryAt = QDateTime();
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
    m_pushBatch = std::max(1, m_options.pushBatch);
    m_pushCursor.clear();
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
            if (r.status == 200 && r.json.isObject()) {
                const QString identity = r.json.object().value(QLatin1String("uuid")).toString();
                if (!identity.isEmpty()) {
                    adoptIdentity(identity);
                    return;
                }
            }
            const bool noDocument = r.status == 404 && r.jsonOk
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
                    // 409: another workstation created it first; read theirs.
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
            // The server database was recreated: it lost what this workstation sent.
            ok = m_store.requeueLocal(identityKey(), identity, &error);
        } else if (ok) {
            ok = m_store.setSyncValue(identityKey(), identity, &error);
        }
        if (!ok) {
            failExchange(SyncStatus::State::Error,
                tr("This workstation's database cannot be written (%1).").arg(error),
                tr("Close other CertDesk windows and check the disk, then press "
                   "\"Sync now\"."));
            return;
        }
    }
    pushPage();
}

void Replicator::pushPage()
{
    const QList<Event> page
        = m_push ? m_store.unpushedAfter(m_pushCursor, m_pushBatch) : QList<Event>();
    if (page.isEmpty()) {
        if (m_pull)
            pullPage();
        else
            endExchange();
        return;
    }
    if (m_status.state != SyncStatus::State::Sending)
        setState(SyncStatus::State::Sending);
    QJsonArray docs;
    for (const Event &e : page)
        docs.append(e.toJson());
    // new_edits stays true and no _rev is sent: an event already on the server comes back
    // as a conflict instead of silently becoming a second revision.
    const QJsonObject body {{QLatin1String("docs"), docs}};
    m_client->send(QByteArrayLiteral("POST"), m_client->dbUrl(QStringLiteral("/_bulk_docs")),
        QJsonDocument(body).toJson(QJsonDocument::Compact), m_options.requestTimeoutMs,
        [this, page](const CouchResponse &r) {
            if (!r.aborted)
                onPushed(page, r);
        });
}

void Replicator::onPushed(const QList<Event> &page, const CouchResponse &r)
{
    // 413: too large. 400: the request as a whole was refused. Either way halve the batch,
    // so a single bad event is found and reported while every other one goes through.
    if (r.status == 413 || r.status == 400) {
        if (page.size() > 1) {
            m_pushBatch = std::max(1, int(page.size()) / 2);
            pushPage();
            return;
        }
        refuse(page.constFirst().id,
            r.status == 413 ? tr("the event is too large for the server") : r.describe());
        m_pushCursor = page.constFirst().id;
        pushPage();
        return;
    }
    if (!(r.status == 201 || r.status == 200 || r.status == 202) || !r.json.isArray()) {
        failExchange(r);
        return;
    }
    // HTTP 201 says nothing about the documents: every result is read by its id.
    QStringList stored;
    const QJsonArray results = r.json.array();
    for (const QJsonValue &value : results) {
        const QJsonObject o = value.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        const QString error = o.value(QLatin1String("error")).toString();
        const QString reason = o.value(QLatin1String("reason")).toString();
        if (id.isEmpty())
            continue;
        if (error.isEmpty() && o.value(QLatin1String("ok")).toBool()) {
            stored.append(id);
        } else if (error == QLatin1String("conflict")
            || (error == QLatin1String("forbidden")
                && reason.startsWith(QLatin1String("immutable")))) {
            stored.append(id); // already on the server: sent before, confirmation lost
        } else {
            refuse(id, reason.isEmpty() ? error : reason);
        }
    }
    QString dbError;
    if (!m_store.markPushed(stored, &dbError)) {
        failExchange(SyncStatus::State::Error,
            tr("This workstation's database cannot be written (%1).").arg(dbError),
            tr("Close other CertDesk windows and check the disk, then press "
               "\"Sync now\"."));
        return;
    }
    m_exchange.pushed += stored.size();
    m_totals.pushed += stored.size();
    m_pushCursor = page.constLast().id;
    Q_EMIT progress(m_exchange.pushed, m_exchange.pulled, m_store.unpushedCount());
    pushPage();
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

QString Replicator::sinceParameter() const
{
    const QString stored = m_store.syncValue(checkpointKey());
    if (stored.isEmpty())
        return QStringLiteral("0");
    // Sent back exactly as received: a string seq without its JSON quotes, a number as is.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + stored.toUtf8() + "]");
    const QJsonValue value = doc.array().at(0);
    if (value.isString())
        return value.toString();
    return stored;
}

void Replicator::pullPage()
{
    if (m_status.state != SyncStatus::State::Receiving)
        setState(SyncStatus::State::Receiving);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), sinceParameter());
    query.addQueryItem(QStringLiteral("include_docs"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::max(1, m_options.pullBatch)));
    m_client->send(QByteArrayLiteral("GET"), m_client->dbUrl(QStringLiteral("/_changes"), query),
        {}, m_options.requestTimeoutMs, [this](const CouchResponse &r) {
            if (!r.aborted)
                onPulled(r);
        });
}

void Replicator::onPulled(const CouchResponse &r)
{
    const ChangesPage page = r.status == 200 ? ChangesPage::parse(r.body, &r.json) : ChangesPage();
    if (!page.ok) {
        failExchange(r);
        return;
    }
    for (const QString &message : page.skipped) {
        ++m_exchange.skipped;
        ++m_totals.skipped;
        m_exchange.errors.append(message);
        m_totals.errors.append(message);
    }
    int inserted = 0;
    QString error;
    // The events and the position after them are one transaction: a crash leaves both or
    // neither, so nothing is skipped and a repeat is ignored by id.
    if (!m_store.insertForeign(
            page.events, false, &inserted, &error, checkpointKey(), page.lastSeq)) {
        failExchange(SyncStatus::State::Error,
            tr("Received events cannot be saved on this workstation (%1).").arg(error),
            tr("Close other CertDesk windows and check the disk, then press "
               "\"Sync now\"."));
        return;
    }
    m_exchange.pulled += inserted;
    m_totals.pulled += inserted;
    Q_EMIT progress(m_exchange.pushed, m_exchange.pulled, m_store.unpushedCount());
    if (page.rows >= std::max(1, m_options.pullBatch)) {
        pullPage();
        return;
    }
    endExchange();
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
    if (m_again || m_store.unpushedCount() > m_exchange.refused) {
        // New local events arrived while exchanging (refused ones do not count: they would
        // only be refused again right away).
        QTimer::singleShot(0, this, &Replicator::beginExchange);
        m_phase = Phase::Backoff;
        return;
    }
    waitForChanges();
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
    m_client->abortAll();
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
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("feed"), QStringLiteral("longpoll"));
    query.addQueryItem(QStringLiteral("since"), sinceParameter());
    query.addQueryItem(QStringLiteral("heartbeat"), QString::number(m_options.heartbeatMs));
    // CouchDB answers after timeout with no change; pouchdb-server ignores it and relies on
    // the heartbeat. Either way the client's own inactivity timeout catches a dead line.
    query.addQueryItem(QStringLiteral("timeout"), QString::number(m_options.longpollTimeoutMs));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    const int inactivity = m_options.heartbeatMs * 3;
    m_client->send(QByteArrayLiteral("GET"), m_client->dbUrl(QStringLiteral("/_changes"), query),
        {}, inactivity, [this](const CouchResponse &r) {
            if (r.aborted || m_phase != Phase::Waiting)
                return;
            const QJsonObject page = r.json.object();
            if (r.status != 200 || !page.value(QLatin1String("results")).isArray()) {
                failExchange(r);
                return;
            }
            if (page.value(QLatin1String("results")).toArray().isEmpty()) {
                waitForChanges(); // CouchDB's timeout with nothing new
                return;
            }
            // A wake-up says only "something changed": the normal drain reads it all.
            beginExchange();
        });
}

void Replicator::onOutboxTimer()
{
    if (m_phase != Phase::Waiting)
        return;
    const qint64 pending = m_store.unpushedCount();
    if (pending > m_exchange.refused) {
        m_client->abortAll();
        beginExchange();
    } else if (pending != m_status.pending) {
        m_status.pending = pending;
        Q_EMIT statusChanged(m_status);
    }
}

} // namespace certdesk
