#include "sync/ChangesPage.h"

#include "domain/EventText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace certdesk {

namespace {

QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

PulledDocument ChangesPage::document(const QJsonObject &doc)
{
    PulledDocument d;
    d.id = doc.value(QLatin1String("_id")).toString();
    d.rev = doc.value(QLatin1String("_rev")).toString();
    if (doc.value(QLatin1String("_deleted")).toBool()) {
        d.deleted = true;
        return d;
    }
    QString why;
    if (!Event::fromJson(doc, &d.event, &why)) {
        d.problem = why;
        return d;
    }
    // The same door as `events import`: text that storage would not give back as written is
    // set aside with the field and the character, never stored with other text than its hash.
    if (!EventText::check(d.event, &why)) {
        d.problem = why;
        return d;
    }
    if (d.event.v > Event::SchemaVersion) {
        // A later version changed what the data means: read with today's rules it would be
        // misread. It waits in the quarantine for the upgrade.
        d.problem = tr("event %1 is of version %2, written by a newer CertDesk (this one reads "
                       "up to version %3)")
                        .arg(d.id)
                        .arg(d.event.v)
                        .arg(Event::SchemaVersion);
        return d;
    }
    d.readable = true;
    return d;
}

void ChangesPage::append(ChangesPage &&next)
{
    if (documents.isEmpty())
        documents = std::move(next.documents);
    else
        documents.append(std::move(next.documents));
    rows += next.rows;
    lastSeqText = std::move(next.lastSeqText);
    pending = next.pending;
}

bool ChangesPage::read(const QByteArray &body, ChangesPage *page)
{
    // A byte-order mark written as bytes inside a document would be dropped by the parser
    // and the event stored with other text than the server's: escaped, it reaches the check.
    return read(QJsonDocument::fromJson(EventText::escapeByteOrderMarks(body)), page);
}

bool ChangesPage::read(const QJsonDocument &json, ChangesPage *page)
{
    ChangesPage p;
    if (!readPosition(json, &p))
        return false;
    readDocuments(json, &p);
    *page = p;
    return true;
}

bool ChangesPage::readPosition(const QJsonDocument &json, ChangesPage *page)
{
    const QJsonObject o = json.object();
    const QJsonValue results = o.value(QLatin1String("results"));
    if (!results.isArray() || !o.contains(QLatin1String("last_seq")))
        return false;
    ChangesPage p;
    p.lastSeqText = jsonText(o.value(QLatin1String("last_seq")));
    // A count the server states, or "not said": a number that is no whole count of changes
    // (negative, a fraction, beyond qint64 — casting such a double is undefined behaviour,
    // found by fuzz_changes_page) says nothing.
    const qint64 pending = o.value(QLatin1String("pending")).toInteger(-1);
    p.pending = pending >= 0 ? pending : -1;
    p.rows = int(results.toArray().size());
    *page = p;
    return true;
}

void ChangesPage::readDocuments(const QJsonDocument &json, ChangesPage *page)
{
    const QJsonArray rows = json.object().value(QLatin1String("results")).toArray();
    page->documents.clear();
    page->documents.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        const QJsonObject change = row.toObject();
        const QString id = change.value(QLatin1String("id")).toString();
        if (id.startsWith(QLatin1String("_design/")) || id.startsWith(QLatin1String("_local/")))
            continue;
        const QJsonValue doc = change.value(QLatin1String("doc"));
        PulledDocument d;
        if (doc.isObject()) {
            d = document(doc.toObject());
        } else {
            d.id = id;
            d.problem = tr("the server sent change %1 without its document").arg(id);
        }
        if (d.id.isEmpty())
            d.id = id;
        if (change.value(QLatin1String("deleted")).toBool())
            d.deleted = true;
        if (d.rev.isEmpty()) {
            const QJsonArray revs = change.value(QLatin1String("changes")).toArray();
            d.rev = revs.isEmpty() ? QString()
                                   : revs.first().toObject().value(QLatin1String("rev")).toString();
        }
        if (d.id.isEmpty())
            continue;
        page->documents.append(d);
    }
}

QString ChangesPage::sinceParameter(const QString &lastSeqText)
{
    if (lastSeqText.isEmpty())
        return QStringLiteral("0");
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + lastSeqText.toUtf8() + "]");
    const QJsonValue value = doc.array().at(0);
    if (value.isString())
        return value.toString();
    return lastSeqText;
}

} // namespace certdesk
