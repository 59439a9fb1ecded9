// The branch database as "sync init" leaves it: its validate_doc_update refuses an update, a
// delete, a malformed event and an author the account may not write for; its _security keeps
// other accounts out.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "branch_support.h"
#include "sync/DesignDocument.h"
#include "sync/ServerSetup.h"

using namespace certdesk;
using namespace certdesk::test;

class TstValidation : public QObject
{
    Q_OBJECT

private:
    SyncServer m_server;
    std::unique_ptr<Branch> m_branch;

    /// A client signed in as account, on the branch database.
    std::unique_ptr<CouchClient> clientAs(const QString &account, const QString &password)
    {
        auto c = std::make_unique<CouchClient>();
        c->setServer(m_server.url());
        c->setDatabase(m_branch->database());
        c->setCredentials(account, password);
        return c;
    }

    static QJsonObject event(const QString &by)
    {
        Event e = Event::make(EventType::Note, QStringLiteral("case-1"),
            {{QStringLiteral("text"), QStringLiteral("hello")}});
        e.at = QDateTime(QDate(2026, 3, 2), QTime(5, 0), Qt::UTC);
        e.by = by;
        e.device = QStringLiteral("dev-1");
        e.branch = QStringLiteral("0101");
        return e.toJson();
    }

    static QJsonObject bulkResult(const CouchResponse &r)
    {
        return r.json.array().at(0).toObject();
    }

    CouchResponse bulk(CouchClient &c, const QJsonObject &doc)
    {
        return c.call(QByteArrayLiteral("POST"), c.dbUrl(QStringLiteral("/_bulk_docs")),
            QJsonDocument(QJsonObject {{QStringLiteral("docs"), QJsonArray {doc}}}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_server.attachFixture(&error))
            QFAIL(qPrintable(error));
        m_branch = std::make_unique<Branch>(m_server, QStringList {QStringLiteral("aigerim")});
        QVERIFY2(m_branch->init(&error) && m_branch->addWorkstation(QStringLiteral("ws1"), &error)
                && m_branch->addPerson(QStringLiteral("provider"), &error),
            qPrintable(error));
    }

    void initIsRepeatable()
    {
        QString error;
        QVERIFY2(m_branch->init(&error), qPrintable(error));
    }

    void wellFormedEventOfAMemberIsAccepted()
    {
        auto ws = clientAs(QStringLiteral("ws1"), m_branch->password(QStringLiteral("ws1")));
        const CouchResponse r = bulk(*ws, event(QStringLiteral("aigerim")));
        QCOMPARE(r.status, 201);
        QVERIFY2(bulkResult(r).value(QLatin1String("ok")).toBool(), r.body.constData());
    }

    void updateIsRefusedAsImmutable()
    {
        auto ws = clientAs(QStringLiteral("ws1"), m_branch->password(QStringLiteral("ws1")));
        QJsonObject doc = event(QStringLiteral("aigerim"));
        CouchResponse first = bulk(*ws, doc);
        QVERIFY(bulkResult(first).value(QLatin1String("ok")).toBool());
        // With the right _rev, an update passes the revision check and meets the validator.
        doc.insert(QStringLiteral("_rev"), bulkResult(first).value(QLatin1String("rev")));
        doc.insert(QStringLiteral("data"),
            QJsonObject {{QStringLiteral("text"), QStringLiteral("changed")}});
        const CouchResponse put = ws->call(QByteArrayLiteral("PUT"),
            ws->dbUrl(QLatin1Char('/') + doc.value(QLatin1String("_id")).toString()),
            QJsonDocument(doc));
        QCOMPARE(put.status, 403);
        QVERIFY2(put.reason().startsWith(QLatin1String("immutable")), put.body.constData());
        // Sent again without _rev (a lost confirmation): conflict or "immutable", never a copy.
        QJsonObject again = event(QStringLiteral("aigerim"));
        again.insert(QStringLiteral("_id"), doc.value(QLatin1String("_id")));
        const QJsonObject res = bulkResult(bulk(*ws, again));
        QVERIFY2(res.value(QLatin1String("error")).toString() == QLatin1String("conflict")
                || res.value(QLatin1String("reason"))
                       .toString()
                       .startsWith(QLatin1String("immutable")),
            QJsonDocument(res).toJson().constData());
    }

    void suppliedRevisionIsRefused_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<bool>("asBulk");
        QTest::newRow("workstation, _bulk_docs") << QStringLiteral("ws1") << true;
        QTest::newRow("workstation, PUT") << QStringLiteral("ws1") << false;
        QTest::newRow("provider, _bulk_docs") << QStringLiteral("provider") << true;
    }

    // new_edits:false with a sibling root revision reaches the validate function with no
    // oldDoc, as if the id were new; the server would then keep both leaves and serve the
    // one with the higher revision id. A member must not be able to rewrite a stored event so.
    void suppliedRevisionIsRefused()
    {
        QFETCH(QString, account);
        QFETCH(bool, asBulk);
        auto ws = clientAs(QStringLiteral("ws1"), m_branch->password(QStringLiteral("ws1")));
        const QJsonObject original = event(QStringLiteral("aigerim"));
        const QString id = original.value(QLatin1String("_id")).toString();
        const QJsonObject stored = bulkResult(bulk(*ws, original));
        QVERIFY(stored.value(QLatin1String("ok")).toBool());

        QJsonObject forged = original;
        forged.insert(QStringLiteral("_rev"), QStringLiteral("1-ffffffffffffffffffffffffffffffff"));
        forged.insert(QStringLiteral("by"),
            account == QLatin1String("ws1") ? QStringLiteral("aigerim") : account);
        forged.insert(QStringLiteral("data"),
            QJsonObject {{QStringLiteral("text"), QStringLiteral("rewritten")}});
        auto writer = clientAs(account, m_branch->password(account));
        CouchResponse r;
        if (asBulk) {
            r = writer->call(QByteArrayLiteral("POST"),
                writer->dbUrl(QStringLiteral("/_bulk_docs")),
                QJsonDocument(QJsonObject {{QStringLiteral("new_edits"), false},
                    {QStringLiteral("docs"), QJsonArray {forged}}}));
            QVERIFY2(r.status == 201 || r.status == 200 || r.status == 403, r.body.constData());
            if (r.status != 403) {
                const QJsonObject res = bulkResult(r);
                QCOMPARE(res.value(QLatin1String("error")).toString(), QStringLiteral("forbidden"));
            }
        } else {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("new_edits"), QStringLiteral("false"));
            r = writer->call(QByteArrayLiteral("PUT"), writer->dbUrl(QLatin1Char('/') + id, query),
                QJsonDocument(forged));
            QCOMPARE(r.status, 403);
        }
        // The event is what was first stored, and it has no second leaf.
        auto admin = clientAs(m_server.adminName(), m_server.adminPassword());
        const CouchResponse now
            = admin->call(QByteArrayLiteral("GET"), admin->dbUrl(QLatin1Char('/') + id));
        QCOMPARE(now.json.object()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
            QStringLiteral("hello"));
        QUrlQuery all;
        all.addQueryItem(QStringLiteral("open_revs"), QStringLiteral("all"));
        const CouchResponse leaves
            = admin->call(QByteArrayLiteral("GET"), admin->dbUrl(QLatin1Char('/') + id, all));
        QVERIFY2(leaves.ok(), leaves.body.constData());
        QCOMPARE(leaves.json.array().size(), 1);
    }

    // What the workstation records on its own ("system") comes from a workstation account and
    // only on a system stream; nobody passes off a case's event as the machine's.
    void systemAuthorOnlyOnSystemStreams()
    {
        auto ws = clientAs(QStringLiteral("ws1"), m_branch->password(QStringLiteral("ws1")));
        QJsonObject backup = event(Event::systemAuthor());
        backup.insert(QStringLiteral("case_id"), QStringLiteral("system:backup"));
        backup.insert(QStringLiteral("type"), QStringLiteral("backup_made"));
        const QJsonObject accepted = bulkResult(bulk(*ws, backup));
        QVERIFY2(accepted.value(QLatin1String("ok")).toBool(),
            QJsonDocument(accepted).toJson().constData());
        // The same for a backup made with certdeskctl by the file's owner.
        QJsonObject byHand = event(Event::commandLineAuthor());
        byHand.insert(QStringLiteral("case_id"), QStringLiteral("system:backup"));
        byHand.insert(QStringLiteral("type"), QStringLiteral("backup_made"));
        const QJsonObject handAccepted = bulkResult(bulk(*ws, byHand));
        QVERIFY2(handAccepted.value(QLatin1String("ok")).toBool(),
            QJsonDocument(handAccepted).toJson().constData());
        QJsonObject handOnACase = event(Event::commandLineAuthor());
        QCOMPARE(bulkResult(bulk(*ws, handOnACase)).value(QLatin1String("error")).toString(),
            QStringLiteral("forbidden"));
        QJsonObject onACase = event(Event::systemAuthor());
        QCOMPARE(bulkResult(bulk(*ws, onACase)).value(QLatin1String("error")).toString(),
            QStringLiteral("forbidden"));
        auto provider
            = clientAs(QStringLiteral("provider"), m_branch->password(QStringLiteral("provider")));
        backup.insert(QStringLiteral("_id"), Event::newId());
        QCOMPARE(bulkResult(bulk(*provider, backup)).value(QLatin1String("error")).toString(),
            QStringLiteral("forbidden"));
    }

    void deleteIsRefused()
    {
        auto ws = clientAs(QStringLiteral("ws1"), m_branch->password(QStringLiteral("ws1")));
        const QJsonObject doc = event(QStringLiteral("aigerim"));
        const QJsonObject res = bulkResult(bulk(*ws, doc));
        const QString id = doc.value(QLatin1String("_id")).toString();
        QUrlQuery rev;
        rev.addQueryItem(QStringLiteral("rev"), res.value(QLatin1String("rev")).toString());
        const CouchResponse del
            = ws->call(QByteArrayLiteral("DELETE"), ws->dbUrl(QLatin1Char('/') + id, rev));
        QCOMPARE(del.status, 403);
        const CouchResponse still
            = ws->call(QByteArrayLiteral("GET"), ws->dbUrl(QLatin1Char('/') + id));
        QCOMPARE(still.status, 200);
    }

    void malformedEventsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no case_id")
            << QStringLiteral("case_id") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no type") << QStringLiteral("type") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("bad time") << QStringLiteral("at")
                                  << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("data array") << QStringLiteral("data") << QJsonValue(QJsonArray {1, 2});
        QTest::newRow("v text") << QStringLiteral("v") << QJsonValue(QStringLiteral("1"));
        QTest::newRow("extra field")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("issued"));
        QTest::newRow("id not uuid")
            << QStringLiteral("_id") << QJsonValue(QStringLiteral("my-event"));
    }

    void malformedEventsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        auto ws = clientAs(QStringLiteral("ws1"), m_branch->password(QStringLiteral("ws1")));
        QJsonObject doc = event(QStringLiteral("aigerim"));
        if (value.isUndefined())
            doc.remove(field);
        else
            doc.insert(field, value);
        const QJsonObject res = bulkResult(bulk(*ws, doc));
        QCOMPARE(res.value(QLatin1String("error")).toString(), QStringLiteral("forbidden"));
        QVERIFY2(res.value(QLatin1String("reason"))
                     .toString()
                     .startsWith(QLatin1String("not a valid event")),
            QJsonDocument(res).toJson().constData());
    }

    void authorIsChecked()
    {
        auto ws = clientAs(QStringLiteral("ws1"), m_branch->password(QStringLiteral("ws1")));
        // A workstation sends for members of the branch only.
        QJsonObject res = bulkResult(bulk(*ws, event(QStringLiteral("stranger"))));
        QCOMPARE(res.value(QLatin1String("error")).toString(), QStringLiteral("forbidden"));
        // The provider's account sends its own events only.
        auto provider
            = clientAs(QStringLiteral("provider"), m_branch->password(QStringLiteral("provider")));
        res = bulkResult(bulk(*provider, event(QStringLiteral("provider"))));
        QVERIFY(res.value(QLatin1String("ok")).toBool());
        res = bulkResult(bulk(*provider, event(QStringLiteral("aigerim"))));
        QCOMPARE(res.value(QLatin1String("error")).toString(), QStringLiteral("forbidden"));
    }

    void designIsForAdministratorsOnly()
    {
        auto ws = clientAs(QStringLiteral("ws1"), m_branch->password(QStringLiteral("ws1")));
        const CouchResponse r
            = ws->call(QByteArrayLiteral("PUT"), ws->dbUrl(QStringLiteral("/_design/evil")),
                QJsonDocument(QJsonObject {{QStringLiteral("x"), 1}}));
        QVERIFY2(r.status == 403 || r.status == 401, r.body.constData());
    }

    void otherAccountsAreKeptOut()
    {
        QString error;
        QVERIFY(ServerSetup(m_branch->admin())
                    .putUser(QStringLiteral("outsider"), QStringLiteral("pw"),
                        {QStringLiteral("branch_9999")}, &error));
        auto outsider = clientAs(QStringLiteral("outsider"), QStringLiteral("pw"));
        const CouchResponse r = outsider->call(
            QByteArrayLiteral("GET"), outsider->dbUrl(QStringLiteral("/_changes")));
        QVERIFY2(r.status == 401 || r.status == 403, r.body.constData());
    }
};

QTEST_GUILESS_MAIN(TstValidation)
#include "tst_validation.moc"
