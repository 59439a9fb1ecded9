#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include "domain/Event.h"

namespace certdesk {

class CouchClient;
struct CouchResponse;
class EventStore;

/// Sends the outbox to the server with _bulk_docs, several pages in flight at once so the
/// server is never idle while this side reads the next page or marks the last one sent. Every
/// result is read by id: stored, already stored, or refused (the event stays queued and the
/// pages after it go on). A page too large (413) or refused as a whole (400) is split in
/// halves, down to the one event that is reported as refused.
class Pusher : public QObject
{
    Q_OBJECT

public:
    Pusher(EventStore &store, CouchClient &client, QObject *parent = nullptr);

    /// Walks the outbox from its start. batch: events per request; inFlight: requests at once.
    void start(int batch, int inFlight, int timeoutMs);
    /// Drops what is in flight (their answers are ignored); nothing more is sent.
    void abort();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// A page was confirmed and taken out of the outbox.
    void pageDone(qint64 stored, qint64 alreadyStored);
    void refused(const QString &eventId, const QString &reason);
    /// The whole outbox was walked through.
    void finished();
    /// The server or the line failed; nothing unconfirmed was marked.
    void failed(const certdesk::CouchResponse &response);
    /// This workstation's database could not be written.
    void storeFailed(const QString &error);

private:
    void fill();
    void send(const QList<Event> &page);
    void onAnswer(const QList<Event> &page, const CouchResponse &response);
    void stopWith(const std::function<void()> &report);

    EventStore &m_store;
    CouchClient &m_client;
    int m_batch = 1000;
    int m_maxInFlight = 2;
    int m_timeoutMs = 60000;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_exhausted = false; ///< the last page of the outbox has been read
    QString m_cursor; ///< the last event read from the outbox
    quint64 m_generation = 0; ///< answers of an aborted run carry an older one
};

} // namespace certdesk
