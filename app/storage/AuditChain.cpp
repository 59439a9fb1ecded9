#include "storage/AuditChain.h"

#include "domain/Event.h"
#include "storage/Database.h"
#include "storage/DeviceLineage.h"
#include "storage/EventHash.h"
#include "storage/EventReader.h"
#include "storage/EventRow.h"
#include "storage/ProjectionFold.h"
#include "storage/Purge.h"
#include "storage/SchemaCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace certdesk {

namespace {

QString shortHash(const QString &hash)
{
    return hash.left(12) + QStringLiteral("…");
}

} // namespace

QJsonObject AuditFinding::toJson() const
{
    QJsonObject o {{QStringLiteral("kind"), kind}, {QStringLiteral("message"), message}};
    if (n > 0)
        o.insert(QStringLiteral("n"), n);
    if (!eventId.isEmpty())
        o.insert(QStringLiteral("event"), eventId);
    if (!device.isEmpty())
        o.insert(QStringLiteral("device"), device);
    return o;
}

QJsonObject AuditReport::toJson() const
{
    QJsonArray p;
    for (const AuditFinding &f : problems)
        p.append(f.toJson());
    QJsonArray g;
    for (const AuditFinding &f : gaps)
        g.append(f.toJson());
    QJsonArray s;
    for (const AuditFinding &f : stories)
        s.append(f.toJson());
    return {{QStringLiteral("ok"), ok()}, {QStringLiteral("events"), events},
        {QStringLiteral("chains"), chains}, {QStringLiteral("redacted"), redacted},
        {QStringLiteral("problems"), p}, {QStringLiteral("gaps"), g},
        {QStringLiteral("stories"), s}};
}

AuditChain::AuditChain(Database &database)
    : m_database(database)
{
}

bool AuditChain::verify(AuditReport *report, QString *error)
{
    *report = AuditReport();
    return checkRows(report, error) && checkProjection(report, error);
}

QHash<QString, QString> AuditChain::recordedRedactions(QString *error)
{
    // A purge blanks personal data inside old events, which changes their content but not
    // the stored hash their successor links to. The purge event (itself a link of the chain)
    // records the hash of each redacted form: a row matching it is redacted, not edited.
    QHash<QString, QString> out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM events WHERE type = ? AND case_id = ?"));
    q.addBindValue(Purge::eventType());
    q.addBindValue(Purge::stream());
    if (!q.exec()) {
        if (error)
            *error = tr("reading the purge records failed: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        const QJsonArray events = data.value(QLatin1String("events")).toArray();
        for (const QJsonValue &v : events) {
            const QJsonObject o = v.toObject();
            out.insert(
                o.value(QLatin1String("id")).toString(), o.value(QLatin1String("hash")).toString());
        }
    }
    return out;
}

bool AuditChain::checkRows(AuditReport *report, QString *error)
{
    QString readError;
    const QHash<QString, QString> redactions = recordedRedactions(&readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    // Each row is hashed from its stored data text as it is (EventReader, no JSON parsed):
    // CertDesk stores the compact form Event::hash() hashes. Only a row that does not match
    // is parsed and hashed the long way, so a differently written but equal text is judged
    // exactly as before.
    EventReader q(m_database,
        "SELECT id, type, case_id, branch, at, by_user, device, v, data, prev, n, hash, local "
        "FROM events ORDER BY n");
    if (!q.exec(nullptr)) {
        if (error)
            *error = tr("reading the events failed: %1").arg(q.error());
        return false;
    }
    // Chains by device, apart for what this database wrote and what it received: the two
    // are linked by different writers (docs/events.md, "The audit chain").
    QMap<QString, QList<Row>> writtenHere;
    QMap<QString, QList<Row>> received;
    qint64 expectedN = 1;
    EventBatch one;
    while (q.next()) {
        one.clear();
        q.appendTo(one);
        Event e = one.withoutData(0);
        Row row;
        row.n = q.integer(10);
        row.id = e.id;
        row.prev = e.prev;
        const QByteArrayView storedHash = q.text(11);
        row.hash = QString::fromLatin1(storedHash);
        const bool local = q.integer(12) != 0;
        ++report->events;

        if (row.n != expectedN) {
            report->problems.append({QStringLiteral("rows_missing"), row.n, QString(), QString(),
                row.n - expectedN == 1
                    ? tr("row %1 is missing: an event was deleted").arg(expectedN)
                    : tr("rows %1 to %2 are missing: events were deleted")
                          .arg(expectedN)
                          .arg(row.n - 1)});
        }
        expectedN = row.n + 1;

        const QByteArrayView data = one.column(0, 8);
        const bool matches
            = EventHash::of(e, QByteArray::fromRawData(data.data(), data.size()))
            == storedHash;
        if (!matches)
            e = one.event(0);
        const QString actual = matches ? row.hash : QString::fromLatin1(EventHash::of(e));
        if (actual != row.hash) {
            if (redactions.value(row.id) == actual) {
                ++report->redacted;
            } else {
                report->problems.append({QStringLiteral("edited"), row.n, row.id, e.device,
                    tr("row %1 (%2 of %3 by %4 at %5) was changed after it was written: its "
                       "content no longer matches its hash")
                        .arg(row.n)
                        .arg(e.typeName, e.caseId, e.by, Event::formatTime(e.at))});
            }
        }
        (local ? writtenHere : received)[e.device].append(row);
    }
    if (!q.error().isEmpty()) {
        if (error)
            *error = tr("reading the events failed: %1").arg(q.error());
        return false;
    }
    q.finish();
    QList<Renewal> renewals;
    if (!readRenewals(&renewals, error))
        return false;
    tellRenewals(renewals, report);
    for (auto it = writtenHere.cbegin(); it != writtenHere.cend(); ++it)
        checkWrittenHere(it.key(), it.value(), report);
    for (auto it = received.cbegin(); it != received.cend(); ++it)
        checkReceived(it.key(), it.value(), writtenHere.value(it.key()), renewals, report);
    report->chains = int(writtenHere.size() + received.size());
    return true;
}

void AuditChain::checkWrittenHere(
    const QString &device, const QList<Row> &rows, AuditReport *report)
{
    // Written by this database, one after another: storage order is chain order.
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).hash, i);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        const QString expected = i == 0 ? QString() : rows.at(i - 1).hash;
        if (r.prev == expected)
            continue;
        auto add = [&](const QString &kind, const QString &message) {
            report->problems.append({kind, r.n, r.id, device, message});
        };
        const qint64 before = i == 0 ? 0 : rows.at(i - 1).n;
        if (r.prev.isEmpty()) {
            add(QStringLiteral("link_broken"),
                tr("row %1 claims to be the first event of workstation %2, but row %3 came "
                   "before it: a row was inserted")
                    .arg(r.n)
                    .arg(device)
                    .arg(before));
        } else if (const auto j = index.constFind(r.prev); j != index.cend() && *j > i) {
            add(QStringLiteral("reordered"),
                tr("row %1 is stored before row %2, the event it follows: rows were reordered")
                    .arg(r.n)
                    .arg(rows.at(*j).n));
        } else if (j != index.cend()) {
            add(QStringLiteral("link_broken"),
                tr("row %1 follows row %2, not row %3 stored before it: rows were inserted "
                   "or moved in between")
                    .arg(r.n)
                    .arg(rows.at(*j).n)
                    .arg(before));
        } else {
            add(QStringLiteral("link_broken"),
                tr("the event that row %1 follows (hash %2) is not in the database: it was "
                   "deleted, or its row was changed")
                    .arg(r.n)
                    .arg(shortHash(r.prev)));
        }
    }
}

bool AuditChain::readRenewals(QList<Renewal> *renewals, QString *error)
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, device, data, at, local FROM events WHERE type = '%1' "
                               "ORDER BY n")
                    .arg(DeviceLineage::eventType()))) {
        if (error)
            *error = tr("reading the device renewals failed: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        Renewal r;
        r.eventId = q.value(0).toString();
        r.device = q.value(1).toString();
        r.previous = data.value(QLatin1String("previous")).toString();
        r.previousHead = data.value(QLatin1String("previous_head")).toString();
        r.reason = data.value(QLatin1String("reason")).toString();
        r.at = Event::parseTime(q.value(3).toString());
        r.local = q.value(4).toInt() != 0;
        renewals->append(r);
    }
    return true;
}

void AuditChain::tellRenewals(const QList<Renewal> &renewals, AuditReport *report)
{
    for (const Renewal &r : renewals) {
        const QString why = r.reason == QLatin1String("new_machine")
            ? tr("its file was started on another computer")
            : r.reason == QLatin1String("shared")
            ? tr("its id turned up in events another computer wrote")
            : r.reason == QLatin1String("restored") ? tr("it was restored from a backup")
                                                    : tr("by hand");
        const QString head = r.previousHead.isEmpty() ? tr("its start") : shortHash(r.previousHead);
        report->stories.append({QStringLiteral("renewed"), 0, r.eventId, r.device,
            r.local ? tr("this database took the new workstation id %1 on %2 (%3); it continues "
                         "workstation %4, whose chain up to %5 stays as it was")
                          .arg(r.device, Event::formatTime(r.at), why, r.previous, head)
                    : tr("another database took the new workstation id %1 on %2 (%3); it "
                         "continues workstation %4, whose chain up to %5 is its past")
                          .arg(r.device, Event::formatTime(r.at), why, r.previous, head)});
    }
}

void AuditChain::checkReceived(const QString &device, const QList<Row> &rows,
    const QList<Row> &local, const QList<Renewal> &renewals, AuditReport *report)
{
    // Received from elsewhere (pulled, imported, generated): linked by their own writer, and
    // stored in whatever order they arrived — a pull, an import or a sorted export may bring
    // them in another order than they were written, so only the links count. A link to an
    // event not here yet is a gap, not a fault: that event is still to come.
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).hash, i);
    // A received chain of a device this database wrote under too: a copy of the file, or the
    // server giving back what the database wrote before a restore. It may link to the rows
    // written here, and may fork from them; a renewal of the id tells which it was.
    QHash<QString, qint64> localRow; // hash -> row
    QHash<QString, qint64> followedBy; // prev -> row that links to it
    for (const Row &r : local) {
        localRow.insert(r.hash, r.n);
        followedBy.insert(r.prev, r.n);
    }
    const bool renewed = std::any_of(renewals.cbegin(), renewals.cend(),
        [&device](const Renewal &r) { return r.previous == device; });
    qint64 copiedAt = -1;
    qint64 continuedAfter = -1;
    int continuing = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        const auto seen = followedBy.constFind(r.prev);
        if (seen != followedBy.cend()) {
            if (renewed) {
                // Two copies of one file both wrote as this device until one took a new id.
                if (copiedAt < 0) {
                    const auto before = index.constFind(r.prev);
                    copiedAt = before != index.cend() ? rows.at(*before).n : localRow.value(r.prev);
                }
                continue;
            }
            const qint64 first = qMin(*seen, r.n);
            const qint64 second = qMax(*seen, r.n);
            report->problems.append({QStringLiteral("fork"), second, r.id, device,
                r.prev.isEmpty()
                    ? tr("row %1 starts the chain of workstation %2 a second time (row %3 "
                         "already does): a row was inserted")
                          .arg(second)
                          .arg(device)
                          .arg(first)
                    : tr("rows %1 and %2 both claim to follow the same event of workstation "
                         "%3: a row was inserted")
                          .arg(first)
                          .arg(second)
                          .arg(device)});
            continue;
        }
        followedBy.insert(r.prev, r.n);
        if (r.prev.isEmpty())
            continue;
        if (index.contains(r.prev))
            continue; // linked within what was received, in whatever order it was stored
        if (localRow.contains(r.prev)) {
            // Another database carried on the chain this one wrote: it is linked, not a gap.
            ++continuing;
            continuedAfter = localRow.value(r.prev);
            continue;
        }
        report->gaps.append({QStringLiteral("gap"), r.n, r.id, device,
            tr("row %1 follows an event of workstation %2 that is not "
               "here (hash %3): not received yet, or deleted")
                .arg(r.n)
                .arg(device, shortHash(r.prev))});
    }
    if (copiedAt >= 0)
        report->stories.append({QStringLiteral("copied"), copiedAt, QString(), device,
            tr("the chain of workstation %1 forks after row %2: its database file was copied, "
               "both copies wrote as %1, and a renewal of the id tells them apart; each branch "
               "is intact")
                .arg(device)
                .arg(copiedAt)});
    if (continuing > 0)
        report->stories.append({QStringLiteral("continued"), continuedAfter, QString(), device,
            tr("events of workstation %1 written by another database continue the chain this "
               "database wrote, after row %2: the file was copied or restored, and this "
               "database %3")
                .arg(device)
                .arg(continuedAfter)
                .arg(renewed ? tr("left that id") : tr("still uses that id"))});
}

bool AuditChain::checkProtection(AuditReport *report, QString *error)
{
    // The schema against what its version promises (SchemaCheck): the triggers that make the
    // log refuse edits, and every table the checks below read. An index is put back by any
    // open and says nothing about the data.
    QList<SchemaCheck::Difference> differences;
    if (!SchemaCheck::compare(m_database, m_database.schemaVersion(), &differences, error))
        return false;
    for (const SchemaCheck::Difference &d : std::as_const(differences)) {
        if (d.repairable())
            continue;
        if (d.isTrigger() && d.table == QLatin1String("events")) {
            const QString what = d.kind == SchemaCheck::Difference::Kind::MissingTrigger
                ? tr("the trigger %1, which makes the event log refuse "
                     "edits, was removed: the file was changed outside "
                     "CertDesk")
                : d.kind == SchemaCheck::Difference::Kind::AlteredTrigger
                ? tr("the trigger %1, which makes the event log refuse "
                     "edits, was altered: the file was changed outside "
                     "CertDesk")
                : tr("a trigger %1 that CertDesk does not make was added "
                     "to the event log: the file was changed outside "
                     "CertDesk");
            report->problems.append(
                {QStringLiteral("protection"), 0, QString(), QString(), what.arg(d.name)});
        } else {
            report->problems.append(
                {d.isTrigger() ? QStringLiteral("protection") : QStringLiteral("schema"), 0,
                    QString(), QString(),
                    tr("%1: the file was changed outside CertDesk").arg(d.describe())});
        }
    }
    QSqlQuery q(m_database.db());
    if (q.exec(QStringLiteral("SELECT count(*) FROM purge_window")) && q.next()
        && q.value(0).toLongLong() > 0)
        report->problems.append({QStringLiteral("protection"), 0, QString(), QString(),
            tr("the purge window is open outside a purge: event data may have been changed "
               "through it")});
    return true;
}

bool AuditChain::checkProjection(AuditReport *report, QString *error)
{
    // The cases and appeals tables are written with the events in one transaction, so they
    // also witness them: a deleted or edited last event of a case, which no later link
    // covers, still leaves the case's row disagreeing with a fresh fold. The fresh folds are
    // written by the product's own store functions into temporary tables of a second
    // connection, which shadow the real ones there only (SQLite looks in temp first): nothing
    // is locked or changed, and every column is compared exactly as the product writes it.
    if (!checkProtection(report, error))
        return false;
    Database shadow;
    if (shadow.openForAudit(m_database.path(), m_database.schemaVersion(), error)
        != Database::OpenResult::Ok)
        return false;
    for (const QString &table : {QStringLiteral("cases"), QStringLiteral("appeals")}) {
        QSqlQuery q(shadow.db());
        // The same definition as the real table: its NOT NULL defaults turn the NULLs the
        // store functions bind for absent dates into '', and the copy must do exactly the same.
        QString definition;
        q.prepare(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(table);
        if (q.exec() && q.next())
            definition = q.value(0).toString();
        q.finish();
        definition.replace(
            QRegularExpression(QStringLiteral("^CREATE TABLE\\s+\"?%1\"?").arg(table)),
            QStringLiteral("CREATE TEMP TABLE %1").arg(table));
        if (!definition.startsWith(QStringLiteral("CREATE TEMP TABLE %1").arg(table))
            || !q.exec(definition)) {
            if (error)
                *error = tr("preparing the check of the %1 table failed: %2")
                             .arg(table, q.lastError().text());
            return false;
        }
    }
    // The same fold as the rebuild's, into the temporary tables.
    return ProjectionFold::run(shadow, ProjectionFold::Streams::All, error)
        && compareProjection(shadow, casesTable(), report, error)
        && compareProjection(shadow, appealsTable(), report, error);
}

AuditChain::ProjectionTable AuditChain::casesTable()
{
    return {QStringLiteral("cases"), QStringLiteral("case_id"),
        tr("case %1 has events but no row in the cases table: the row was deleted"),
        tr("case %1 has a row in the cases table but no events: its events were "
           "deleted or the row inserted"),
        tr("case %1 in the cases table does not match its events (%2): an event of the "
           "case or the row was changed, or an event deleted")};
}

AuditChain::ProjectionTable AuditChain::appealsTable()
{
    return {QStringLiteral("appeals"), QStringLiteral("appeal_id"),
        tr("appeal %1 has events but no row in the appeals register: the row was deleted"),
        tr("appeal %1 has a row in the appeals register but no events: its events were "
           "deleted or the row inserted"),
        tr("appeal %1 in the appeals register does not match its events (%2): an event of "
           "the appeal or the row was changed, or an event deleted")};
}

bool AuditChain::compareProjection(
    Database &shadow, const ProjectionTable &table, AuditReport *report, QString *error)
{
    auto problem = [report](const QString &message) {
        report->problems.append({QStringLiteral("projection"), 0, QString(), QString(), message});
    };
    const QString key = table.key;
    const QString name = table.name;
    QSqlQuery q(shadow.db());
    q.setForwardOnly(true);
    // A comparison that cannot run must not read as "nothing differs".
    auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        if (error)
            *error = tr("comparing the %1 table with its events failed: %2")
                         .arg(name, q.lastError().text());
        return false;
    };
    if (!run(QStringLiteral("SELECT %1 FROM temp.%2 EXCEPT SELECT %1 FROM main.%2").arg(key, name)))
        return false;
    while (q.next())
        problem(table.rowMissing.arg(q.value(0).toString()));
    if (!run(QStringLiteral("SELECT %1 FROM main.%2 EXCEPT SELECT %1 FROM temp.%2").arg(key, name)))
        return false;
    while (q.next())
        problem(table.eventsMissing.arg(q.value(0).toString()));
    QStringList differing;
    if (!run(QStringLiteral("SELECT %1 FROM (SELECT * FROM temp.%2 EXCEPT SELECT * FROM main.%2) "
                            "WHERE %1 IN (SELECT %1 FROM main.%2)")
                 .arg(key, name)))
        return false;
    while (q.next())
        differing.append(q.value(0).toString());
    q.finish();
    QSqlQuery fresh(shadow.db());
    fresh.prepare(QStringLiteral("SELECT * FROM temp.%2 WHERE %1 = ?").arg(key, name));
    QSqlQuery stored(shadow.db());
    stored.prepare(QStringLiteral("SELECT * FROM main.%2 WHERE %1 = ?").arg(key, name));
    for (const QString &id : std::as_const(differing)) {
        fresh.addBindValue(id);
        stored.addBindValue(id);
        QStringList fields;
        if (fresh.exec() && fresh.next() && stored.exec() && stored.next()) {
            // Name the columns, never their values: they may be personal data.
            const QSqlRecord names = fresh.record();
            for (int i = 0; i < names.count(); ++i) {
                if (fresh.value(i) != stored.value(i))
                    fields.append(names.fieldName(i));
            }
        }
        fresh.finish();
        stored.finish();
        problem(table.differs.arg(id, fields.join(QStringLiteral(", "))));
    }
    return true;
}

} // namespace certdesk
