#include "sync/Pusher.h"

#include "storage/EventStore.h"
#include "sync/CouchClient.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace certdesk {

namespace {

/// The body of one _bulk_docs request: the events exactly as Event::toJson() gives them. No
/// _rev and new_edits left true: an event already on the server comes back as a conflict
/// instead of silently becoming a second revision.
QByteArray bulkBody(const QList<Event> &page)
{
    QByteArray body;
    body.reserve(page.size() * 400);
    body.append("{\"docs\":[");
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (i > 0)
            body.append(',');
        body.append(QJsonDocument(page.at(i).toJson()).toJson(QJsonDocument::Compact));
    }
    body.append("]}");
    return body;
}

} // namespace

Pusher::Pusher(EventStore &store, CouchClient &client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{
}

void Pusher::start(int batch, int inFlight, int timeoutMs)
{
    ++m_generation;
    m_batch = std::max(1, batch);
    m_maxInFlight = std::max(1, inFlight);
    m_timeoutMs = timeoutMs;
    m_inFlight = 0;
    m_running = true;
    m_exhausted = false;
    m_cursor.clear();
    fill();
}

void Pusher::abort()
{
    ++m_generation;
    m_running = false;
    m_inFlight = 0;
}

void Pusher::stopWith(const std::function<void()> &report)
{
    abort();
    report();
}

void Pusher::fill()
{
    while (m_running && !m_exhausted && m_inFlight < m_maxInFlight) {
        const QList<Event> page = m_store.unpushedAfter(m_cursor, m_batch);
        if (page.isEmpty()) {
            m_exhausted = true;
            break;
        }
        m_cursor = page.constLast().id;
        send(page);
    }
    if (m_running && m_exhausted && m_inFlight == 0) {
        m_running = false;
        Q_EMIT finished();
    }
}

void Pusher::send(const QList<Event> &page)
{
    ++m_inFlight;
    const quint64 generation = m_generation;
    m_client.send(QByteArrayLiteral("POST"), m_client.dbUrl(QStringLiteral("/_bulk_docs")),
        bulkBody(page), m_timeoutMs, [this, page, generation](const CouchResponse &r) {
            if (r.aborted || generation != m_generation)
                return;
            --m_inFlight;
            onAnswer(page, r);
        });
}

void Pusher::onAnswer(const QList<Event> &page, const CouchResponse &r)
{
    // 413: too large. 400: the request as a whole was refused. Either way split the page,
    // so a single bad event is found and reported while every other one goes through; the
    // pages still to read are made no larger than the halves.
    if (!r.isTransportFailure() && (r.status == 413 || r.status == 400)) {
        if (page.size() > 1) {
            const qsizetype half = page.size() / 2;
            m_batch = std::max<int>(1, std::min<int>(m_batch, int(half)));
            send(page.mid(0, half));
            send(page.mid(half));
            return;
        }
        Q_EMIT refused(page.constFirst().id,
            r.status == 413 ? tr("the event is too large for the server") : r.describe());
        fill();
        return;
    }
    if (!(r.status == 201 || r.status == 200 || r.status == 202) || !r.ok() || !r.json.isArray()) {
        stopWith([this, r] { Q_EMIT failed(r); });
        return;
    }
    // HTTP 201 says nothing about the documents: every result is read by its id.
    QStringList stored;
    qint64 already = 0;
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
            ++already;
        } else {
            Q_EMIT refused(id, reason.isEmpty() ? error : reason);
        }
    }
    QString dbError;
    if (!m_store.markPushed(stored, &dbError)) {
        stopWith([this, dbError] { Q_EMIT storeFailed(dbError); });
        return;
    }
    Q_EMIT pageDone(stored.size() - already, already);
    fill();
}

} // namespace certdesk
