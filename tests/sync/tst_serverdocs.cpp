// What the server holds otherwise than the workstation: events an administrator changed or
// deleted there become anomalies (never applied: the stored event stays), and documents this
// version cannot read are quarantined with their reason, counted, and read again after an
// upgrade.
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include "branch_support.h"
#include "sync/DesignDocument.h"

using namespace certdesk;
using namespace certdesk::test;

class TstServerDocs : public QObject
{
    Q_OBJECT

private:
    SyncServer m_server;

    static QString textOf(EventStore &store, const QString &caseId, int index)
    {
        return store.caseEvents(caseId).value(index).data.value(QLatin1String("text")).toString();
    }

    /// Takes the validate function away, as only a server administrator can.
    /// Apache CouchDB drops a deleted design document's validate function from its cache a
    /// moment after the DELETE has answered; until then a write it refuses is still refused.
    static CouchResponse putPastTheDroppedDesign(CouchClient &admin, const QUrl &url,
                                                 const QJsonObject &doc)
    {
        CouchResponse r;
        for (int attempt = 0; attempt < 200; ++attempt) {
            r = admin.call(QByteArrayLiteral("PUT"), url, QJsonDocument(doc));
            if (r.status != 403)
                break;
        }
        return r;
    }

    static bool dropDesign(Branch &branch)
    {
        CouchClient &admin = branch.admin();
        const QUrl url = admin.dbUrl(QLatin1Char('/') + DesignDocument::id());
        const QString rev = admin.call(QByteArrayLiteral("GET"), url)
                                .json.object()
                                .value(QLatin1String("_rev"))
                                .toString();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("rev"), rev);
        return admin
            .call(QByteArrayLiteral("DELETE"),
                admin.dbUrl(QLatin1Char('/') + DesignDocument::id(), query))
            .ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_server.attachFixture(&error))
            QFAIL(qPrintable(error));
    }

    void serverEditsAndDeletionsBecomeAnomalies()
    {
        Branch branch(m_server, {QStringLiteral("aigerim")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error),
            qPrintable(error));
        Workstation ws(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QVERIFY(ws.write(QStringLiteral("aigerim"), {QStringLiteral("case-a")}, 3, &error));
        QCOMPARE(ws.syncOnce().pushed, 3);
        const QList<Event> mine = ws.store().caseEvents(QStringLiteral("case-a"));
        const QString original = textOf(ws.store(), QStringLiteral("case-a"), 0);

        // An administrator edits one event and deletes another behind the design's back.
        QVERIFY(dropDesign(branch));
        CouchClient &admin = branch.admin();
        const QUrl first = admin.dbUrl(QLatin1Char('/') + mine.at(0).id);
        QJsonObject edited = admin.call(QByteArrayLiteral("GET"), first).json.object();
        edited.insert(QStringLiteral("data"),
            QJsonObject {{QStringLiteral("text"), QStringLiteral("rewritten")}});
        edited.insert(QStringLiteral("by"), QStringLiteral("someone"));
        QVERIFY(putPastTheDroppedDesign(admin, first, edited).ok());
        const QUrl second = admin.dbUrl(QLatin1Char('/') + mine.at(1).id);
        QUrlQuery rev;
        rev.addQueryItem(QStringLiteral("rev"),
            admin.call(QByteArrayLiteral("GET"), second)
                .json.object()
                .value(QLatin1String("_rev"))
                .toString());
        QVERIFY(admin
                    .call(QByteArrayLiteral("DELETE"),
                        admin.dbUrl(QLatin1Char('/') + mine.at(1).id, rev))
                    .ok());
        QVERIFY2(branch.init(&error), qPrintable(error));

        const SyncSummary s = ws.syncOnce();
        QVERIFY2(s.complete, qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.serverAnomalies, 2);
        QCOMPARE(ws.replicator().status().serverAnomalies, 2);
        // The stored events are never overwritten.
        QCOMPARE(textOf(ws.store(), QStringLiteral("case-a"), 0), original);
        QCOMPARE(ws.store().eventCount(), 3);
        const QList<ServerAnomaly> found = SyncInbox(ws.db(), ws.clock()).anomalies();
        QCOMPARE(found.size(), 2);
        QSet<QString> seen;
        for (const ServerAnomaly &a : found) {
            QCOMPARE(a.caseId, QStringLiteral("case-a"));
            if (a.eventId == mine.at(0).id) {
                QCOMPARE(a.kind, ServerAnomaly::Kind::Changed);
                QCOMPARE(a.detail, QStringLiteral("by,data"));
            } else {
                QCOMPARE(a.eventId, mine.at(1).id);
                QCOMPARE(a.kind, ServerAnomaly::Kind::Deleted);
            }
            seen.insert(a.eventId);
        }
        QCOMPARE(seen.size(), 2);
        // Seen again after a recreation's full re-read: still the same two, not new ones.
        QVERIFY(
            ws.store().setSyncValue(ws.replicator().checkpointKey(), QStringLiteral("0"), &error));
        const SyncSummary again = ws.syncOnce();
        QVERIFY(again.complete);
        QCOMPARE(again.serverAnomalies, 0);
        QCOMPARE(SyncInbox(ws.db(), ws.clock()).anomalyCount(), 2);
    }

    void unreadableDocumentsAreQuarantined()
    {
        Branch branch(m_server, {QStringLiteral("aigerim")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error),
            qPrintable(error));
        // A later CertDesk wrote an event of version 2 (the validate function lets future
        // versions through), and an administrator left a document that is no event at all.
        Event later = Event::make(EventType::Note, QStringLiteral("case-a"),
            {{QStringLiteral("text"), QStringLiteral("from the future")}});
        later.at = QDateTime(QDate(2026, 3, 2), QTime(5, 0), Qt::UTC);
        later.by = QStringLiteral("aigerim");
        later.device = QStringLiteral("dev-9");
        later.branch = QStringLiteral("0101");
        later.v = 2;
        CouchClient ws1;
        ws1.setServer(m_server.url());
        ws1.setDatabase(branch.database());
        ws1.setCredentials(QStringLiteral("ws1"), branch.password(QStringLiteral("ws1")));
        CouchResponse r
            = ws1.call(QByteArrayLiteral("POST"), ws1.dbUrl(QStringLiteral("/_bulk_docs")),
                QJsonDocument(QJsonObject {{QStringLiteral("docs"), QJsonArray {later.toJson()}}}));
        QVERIFY2(r.json.array().at(0).toObject().value(QLatin1String("ok")).toBool(),
            r.body.constData());
        QVERIFY(dropDesign(branch));
        const QString strayId = Event::newId();
        r = putPastTheDroppedDesign(branch.admin(), branch.admin().dbUrl(QLatin1Char('/') + strayId),
            QJsonObject {{QStringLiteral("note"), 1}});
        QVERIFY2(r.ok(), r.body.constData());
        QVERIFY2(branch.init(&error), qPrintable(error));

        Workstation ws(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QVERIFY(ws.write(QStringLiteral("aigerim"), {QStringLiteral("case-b")}, 2, &error));
        const SyncSummary s = ws.syncOnce();
        QVERIFY(s.complete);
        QCOMPARE(s.pushed, 2);
        QCOMPARE(s.skipped, 2);
        QCOMPARE(ws.replicator().status().quarantined, 2);
        // Kept, with the reason, not only in memory.
        SyncInbox inbox(ws.db(), ws.clock());
        const QList<QuarantinedDocument> kept = inbox.quarantined();
        QCOMPARE(kept.size(), 2);
        QMap<QString, QString> reasons;
        for (const QuarantinedDocument &d : kept) {
            reasons.insert(d.id, d.reason);
            QCOMPARE(d.reader, SyncInbox::reader());
            QVERIFY(d.firstSeen.isValid());
        }
        QVERIFY2(reasons.value(later.id).contains(QLatin1String("version 2")),
            qPrintable(reasons.value(later.id)));
        QVERIFY2(reasons.value(strayId).contains(QLatin1String("type")),
            qPrintable(reasons.value(strayId)));
        QVERIFY(!ws.store().hasEvent(later.id));
        // The same reader does not try again: nothing changes on the next exchange.
        QVERIFY(ws.syncOnce().complete);
        QCOMPARE(inbox.quarantineCount(), 2);
    }

    // After an upgrade the quarantined documents are read again from the server: what the new
    // version reads goes in, the rest stays, with the new reader.
    void quarantineIsReadAgainAfterAnUpgrade()
    {
        Branch branch(m_server, {QStringLiteral("aigerim"), QStringLiteral("dana")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error)
                && branch.addWorkstation(QStringLiteral("ws2"), &error),
            qPrintable(error));
        Workstation ws2(branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        QVERIFY(ws2.write(QStringLiteral("dana"), {QStringLiteral("case-a")}, 3, &error));
        QCOMPARE(ws2.syncOnce().pushed, 3);
        const QString readable = ws2.store().caseEvents(QStringLiteral("case-a")).at(1).id;
        const QString gone = Event::newId();

        // ws1 read past those events with an older version that could not read one of them
        // (and one that is no longer on the server): its checkpoint is after them, and the
        // two wait in its quarantine under the old reader.
        Workstation ws1(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        CouchClient &admin = branch.admin();
        const QJsonValue seq = admin.call(QByteArrayLiteral("GET"), admin.dbUrl(QString()))
                                   .json.object()
                                   .value(QLatin1String("update_seq"));
        const QByteArray seqText = QJsonDocument(QJsonArray {seq}).toJson(QJsonDocument::Compact);
        const QString identity = admin
                                     .call(QByteArrayLiteral("GET"),
                                         admin.dbUrl(QStringLiteral("/_local/certdesk_identity")))
                                     .json.object()
                                     .value(QLatin1String("uuid"))
                                     .toString();
        QVERIFY(ws1.store().setSyncValue(ws1.replicator().identityKey(), identity, &error));
        QVERIFY(ws1.store().setSyncValue(ws1.replicator().checkpointKey(),
            QString::fromUtf8(seqText.mid(1, seqText.size() - 2)), &error));
        for (const QString &id : {readable, gone}) {
            QSqlQuery q(ws1.db().db());
            q.prepare(QStringLiteral("INSERT INTO sync_quarantine(doc_id, reason, first_seen, "
                                     "reader) VALUES (?, 'unknown to 0.0.1', "
                                     "'2026-01-05T09:00:00.000Z', '0.0.1/v1')"));
            q.addBindValue(id);
            QVERIFY(q.exec());
        }
        SyncInbox inbox(ws1.db(), ws1.clock());
        QCOMPARE(inbox.retryable().size(), 2);

        const SyncSummary s = ws1.syncOnce();
        QVERIFY2(s.complete, qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.pulled, 1); // only the one it had set aside: the checkpoint was past all
        QVERIFY(ws1.store().hasEvent(readable));
        QCOMPARE(ws1.store().eventCount(), 1);
        const QList<QuarantinedDocument> left = inbox.quarantined();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, gone);
        QCOMPARE(left.first().reader, SyncInbox::reader());
        QCOMPARE(left.first().firstSeen, QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
        QVERIFY(inbox.retryable().isEmpty());
        QCOMPARE(ws1.replicator().status().quarantined, 1);
    }
};

QTEST_GUILESS_MAIN(TstServerDocs)
#include "tst_serverdocs.moc"
