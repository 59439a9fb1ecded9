#include "sync/ChangesReader.h"

#include <QUrlQuery>

#include <algorithm>

namespace certdesk {

ChangesReader::ChangesReader(QObject *parent)
    : QObject(parent)
    , m_client(new CouchClient(this))
{
}

void ChangesReader::start(const Start &start)
{
    stop();
    m_client->setServer(start.config.server);
    m_client->setDatabase(start.config.database);
    m_client->setCredentials(start.config.user, start.password);
    // Setting the CA file drops the open connections: only when it changed.
    if (m_caFile != start.config.caFile) {
        // Readable: the replicator checked it when it was configured. Should it have gone
        // since, the requests fail on the server's certificate and say so.
        QString ignored;
        m_client->setCaFile(start.config.caFile, &ignored);
        m_caFile = start.config.caFile;
    }
    m_client->adoptSession(start.session);
    m_generation = start.generation;
    m_pageSize = std::max(1, start.pageSize);
    m_ahead = std::max(1, start.ahead);
    m_timeoutMs = start.timeoutMs;
    m_reading = true;
    m_hasNext = true;
    m_next = start.since;
    m_untaken = 0;
    request();
}

void ChangesReader::taken(quint64 generation)
{
    if (generation != m_generation || m_untaken == 0)
        return;
    --m_untaken;
    request();
}

void ChangesReader::stop()
{
    m_reading = false;
    m_hasNext = false;
    m_inFlight = false;
    m_untaken = 0;
    m_client->abortAll();
}

void ChangesReader::request()
{
    if (!m_reading || !m_hasNext || m_inFlight || m_untaken >= m_ahead)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), ChangesPage::sinceParameter(m_next));
    query.addQueryItem(QStringLiteral("include_docs"), QStringLiteral("true"));
    const QString limit = QString::number(m_pageSize);
    query.addQueryItem(QStringLiteral("limit"), limit);
    // Only the page's last position is used: CouchDB then computes the sequence of every
    // limit-th row alone (seq_interval; its own replicator asks the same), which spares it work
    // on every row of a clustered database and a fifth of the page. A server that does not
    // know the parameter ignores it and sends every row's.
    query.addQueryItem(QStringLiteral("seq_interval"), limit);
    m_hasNext = false;
    m_inFlight = true;
    const quint64 generation = m_generation;
    m_client->send(QByteArrayLiteral("GET"), m_client->dbUrl(QStringLiteral("/_changes"), query),
        {}, m_timeoutMs, [this, generation](const CouchResponse &r) {
            if (r.aborted || generation != m_generation || !m_reading)
                return;
            onAnswer(r);
        });
}

void ChangesReader::onAnswer(const CouchResponse &r)
{
    m_inFlight = false;
    ChangesPage page;
    if (r.status != 200 || r.lineFailed() || !ChangesPage::readPosition(r.json, &page)) {
        m_reading = false;
        Q_EMIT failed(m_generation, r);
        return;
    }
    const bool more = page.rows >= m_pageSize;
    ++m_untaken;
    if (more) {
        // Asked for before this page's documents are read: the server prepares it meanwhile.
        m_next = page.lastSeqText;
        m_hasNext = true;
        request();
    } else {
        m_reading = false;
    }
    ChangesPage::readDocuments(r.json, &page);
    Q_EMIT pageRead(m_generation, page, more);
}

} // namespace certdesk
