#include "sync/ChangesPage.h"

#include "domain/EventText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdesk {

namespace {

/// The checkpoint as stored: the JSON text of the seq exactly as the server sent it
/// (CouchDB 3: a string, pouchdb-server: a number). Never parsed, compared or incremented.
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

ChangesPage ChangesPage::parse(const QByteArray &body, const QJsonDocument *parsed)
{
    ChangesPage page;
    // A byte-order mark written as bytes inside a document would be dropped by the parser
    // and the event stored with other text than the server's: escaped, it reaches the check.
    const QByteArray escaped = EventText::escapeByteOrderMarks(body);
    const QJsonObject object = parsed && escaped.size() == body.size()
        ? parsed->object()
        : QJsonDocument::fromJson(escaped).object();
    const QJsonValue results = object.value(QLatin1String("results"));
    if (!results.isArray() || !object.contains(QLatin1String("last_seq")))
        return page;
    page.ok = true;
    page.lastSeq = jsonText(object.value(QLatin1String("last_seq")));
    const QJsonArray rows = results.toArray();
    page.rows = rows.size();
    page.events.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        const QJsonObject change = row.toObject();
        const QString id = change.value(QLatin1String("id")).toString();
        if (id.startsWith(QLatin1String("_design/")) || id.startsWith(QLatin1String("_local/"))
            || change.value(QLatin1String("deleted")).toBool())
            continue;
        Event e;
        QString why;
        if (!Event::fromJson(change.value(QLatin1String("doc")).toObject(), &e, &why)) {
            // Not an event this version can read: reported, skipped, never a reason to stop.
            page.skipped.append(tr("A document on the server is not a readable event and was "
                                   "skipped: %1")
                                    .arg(why));
            continue;
        }
        page.events.append(e);
    }
    return page;
}

} // namespace certdesk
