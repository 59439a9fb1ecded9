#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "storage/SyncInbox.h"

namespace certdesk {

/// One page of the server's _changes feed (include_docs=true), read into what SyncInbox
/// takes: every row that concerns events — new, repeated, deleted or unreadable — with the
/// position after the page kept as the server wrote it.
struct ChangesPage
{
    Q_DECLARE_TR_FUNCTIONS(ChangesPage)

public:
    QList<PulledDocument> documents;
    int rows = 0; ///< rows of the page, skipped ones included (a full page: ask for more)
    /// The checkpoint as stored: the JSON text of last_seq exactly as the server sent it
    /// (CouchDB 3: a string, pouchdb-server: a number). Never parsed, compared or incremented.
    QString lastSeqText;
    qint64 pending = -1; ///< changes after this page (CouchDB's "pending"); -1: not said

    /// Adds the page that follows this one: its documents after these, its position as the
    /// position after both (pages stored in one transaction).
    void append(ChangesPage &&next);

    /// False when body is not a _changes answer.
    static bool read(const QByteArray &body, ChangesPage *page);
    /// The same from the answer as CouchClient parsed it (CouchResponse::json, byte-order
    /// marks already made visible): a page is parsed once.
    static bool read(const QJsonDocument &json, ChangesPage *page);
    /// The two halves of read(): where the page ends (rows, lastSeqText, pending; false when
    /// json is not a _changes answer) — enough to ask for the next page — and then its
    /// documents, which after a true readPosition always read.
    static bool readPosition(const QJsonDocument &json, ChangesPage *page);
    static void readDocuments(const QJsonDocument &json, ChangesPage *page);
    /// A document of the server as an event this version can read, or why it is not one.
    static PulledDocument document(const QJsonObject &doc);
    /// The since parameter for a stored checkpoint: a string seq without its JSON quotes, a
    /// number as it is.
    static QString sinceParameter(const QString &lastSeqText);
};

} // namespace certdesk
