#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Event.h"

namespace certdesk {

/// One page of the server's _changes feed (include_docs=true), read from the bytes as they
/// arrived: the events in it, why each document that is not a readable event was skipped,
/// and the checkpoint after it. The same door as `events import`: a document whose text
/// storage would not give back as written is skipped with the field and the character.
/// Pure: no network, no database (the replicator stores what it returns).
class ChangesPage
{
    Q_DECLARE_TR_FUNCTIONS(ChangesPage)

public:
    /// False when the body is not a _changes page at all (not JSON, no results array or no
    /// last_seq): the exchange fails and the checkpoint stays.
    bool ok = false;
    QList<Event> events; ///< readable events, in the order of the feed
    QStringList skipped; ///< one plain-words reason per skipped document
    qsizetype rows = 0; ///< rows in results, skipped ones included (a short page ends a pull)
    QString lastSeq; ///< last_seq as JSON text, exactly as sent (opaque: never compared)

    /// Reads the page from its bytes. parsed, when given, is the same body already parsed
    /// (the client parses every answer): it is used unless the body holds a byte-order mark
    /// written as bytes, which Qt's parser would have dropped.
    static ChangesPage parse(const QByteArray &body, const QJsonDocument *parsed = nullptr);
};

} // namespace certdesk
