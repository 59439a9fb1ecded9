#pragma once

#include <QList>
#include <QNetworkCookie>
#include <QObject>
#include <QString>

#include "sync/ChangesPage.h"
#include "sync/CouchClient.h"
#include "sync/SyncConfig.h"

namespace certdesk {

/// Reads the server's _changes feed page after page on a thread of its own, ahead of the
/// storing: the next page is asked for the moment a page's position is read, whatever the
/// replicator's thread is doing, so the server prepares pages while this workstation stores
/// the earlier ones (docs/sync.md, "Pull"). It stays at most `ahead` pages in front of what
/// the replicator took; it stores nothing and never shows anything.
///
/// Every request of a reading carries its generation: a stop, a failure or a new reading
/// makes the replicator ignore whatever an older one still delivers.
class ChangesReader : public QObject
{
    Q_OBJECT

public:
    struct Start
    {
        quint64 generation = 0;
        SyncConfig config;
        QString password;
        QList<QNetworkCookie> session; ///< the replicator's client's, adopted
        QString since; ///< checkpoint text to read from
        int pageSize = 1000;
        int ahead = 8; ///< pages read and not yet taken, at most
        int timeoutMs = 60000;
    };

    explicit ChangesReader(QObject *parent = nullptr);

    /// Reads from start.since until a page is not full, or a request fails; any reading under
    /// way is dropped first.
    void start(const Start &start);
    /// The replicator took a page of this generation: one more may be read ahead.
    void taken(quint64 generation);
    /// Drops the reading: requests in flight are cancelled, nothing more is delivered.
    void stop();

Q_SIGNALS:
    /// One page, position and documents read; more: it was full, so another follows.
    void pageRead(quint64 generation, const certdesk::ChangesPage &page, bool more);
    /// A request failed (the line, the server, or an answer that is no _changes page).
    void failed(quint64 generation, const certdesk::CouchResponse &response);

private:
    void request();
    void onAnswer(const CouchResponse &response);

    CouchClient *m_client;
    QString m_caFile;
    quint64 m_generation = 0;
    bool m_reading = false; ///< a reading is under way (not stopped, not ended)
    bool m_inFlight = false;
    bool m_hasNext = false; ///< a next page is to be asked for (m_next)
    QString m_next; ///< the since of the next page to ask for
    int m_pageSize = 1000;
    int m_ahead = 8;
    int m_timeoutMs = 60000;
    int m_untaken = 0; ///< pages delivered and not yet taken
};

} // namespace certdesk

Q_DECLARE_METATYPE(certdesk::ChangesPage)
Q_DECLARE_METATYPE(certdesk::CouchResponse)
