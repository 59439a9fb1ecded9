// Pulled events and text that JSON allows but storage would not give back as written: the
// same door as `events import`. Such a document is skipped with its reason (the others
// are stored), and what is stored verifies: `audit verify` never calls a pulled event edited.
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include "branch_support.h"
#include "storage/AuditChain.h"
#include "storage/SyncInbox.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

/// A note the server's administrator wrote from a device of its own (named by hint), with the
/// raw JSON of its data and branch.
QByteArray doc(const QString &hint, const QByteArray &data, const QByteArray &branch = "\"7501\"")
{
    static int n = 0;
    const QByteArray id
        = "00000000-0000-4000-8000-" + QByteArray::number(++n).rightJustified(12, '0');
    return "{\"_id\":\"" + id + "\",\"type\":\"note\",\"case_id\":\"c1\",\"branch\":" + branch
        + ",\"at\":\"2026-03-02T05:00:00.000Z\",\"by\":\"admin\",\"device\":\"" + hint.toUtf8()
        + "-dev\",\"v\":1,\"data\":" + data + "}";
}

} // namespace

class TstPullText : public QObject
{
    Q_OBJECT

private:
    SyncServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_server.attachFixture(&error))
            QFAIL(qPrintable(error));
    }

    void unstorableTextIsSkippedWithItsReason()
    {
        Branch branch(m_server, {QStringLiteral("aigerim"), QStringLiteral("provider")});
        QString error;
        QVERIFY2(branch.init(&error), qPrintable(error));
        QVERIFY2(branch.addWorkstation(QStringLiteral("ws1"), &error), qPrintable(error));

        // Written by the server's administrator, under its own name, which the validate
        // function lets through: what a damaged or hostile server could hold.
        QList<std::pair<QByteArray, QString>> hostile {
            {doc(QStringLiteral("bom-field"), "{}", R"("\ufeff7501")"),
                QStringLiteral("\"branch\" holds U+FEFF")},
            {doc(QStringLiteral("bom-bytes"), "{\"text\":\"\xEF\xBB\xBFx\"}"),
                QStringLiteral("\"data.text\" holds U+FEFF")},
            {doc(QStringLiteral("ffff"), R"({"text":"a\uffffb"})"),
                QStringLiteral("\"data.text\" holds U+FFFF")},
            {doc(QStringLiteral("fffe"), "{}", R"("\ufffe7501")"),
                QStringLiteral("\"branch\" holds U+FFFE")},
        };
        // A lone surrogate: pouchdb-server stores it; CouchDB 3 refuses the request as invalid
        // UTF-8 JSON, so no workstation can receive it from there. Anything else fails.
        const QByteArray surrogate = doc(QStringLiteral("surrogate"), R"({"text":"x\ud800"})");
        const CouchResponse alone = branch.admin().call(QByteArrayLiteral("POST"),
            branch.admin().dbUrl(QStringLiteral("/_bulk_docs")),
            QByteArray("{\"docs\":[" + surrogate + "]}"));
        if (alone.status == 201) {
            hostile.append({QByteArray(), QStringLiteral("\"data.text\" holds U+D800")});
        } else {
            QVERIFY2(m_server.isExternal() && alone.status == 400
                    && alone.reason().contains(QLatin1String("invalid UTF-8")),
                qPrintable(alone.describe()));
        }
        const QList<QByteArray> good {doc(QStringLiteral("plain"), R"({"text":"Әліби"})"),
            doc(QStringLiteral("emoji"), R"({"text":"\ud83d\ude00"})"),
            doc(QStringLiteral("nul"), R"({"text":"a\u0000b"})")};
        QByteArray docs;
        for (const auto &[d, reason] : hostile) {
            if (!d.isEmpty())
                docs += (docs.isEmpty() ? "" : ",") + d;
        }
        for (const QByteArray &d : good)
            docs += ',' + d;
        const CouchResponse put = branch.admin().call(QByteArrayLiteral("POST"),
            branch.admin().dbUrl(QStringLiteral("/_bulk_docs")),
            QByteArray("{\"docs\":[" + docs + "]}"));
        QVERIFY2(put.status == 201, qPrintable(put.describe()));

        Workstation ws1(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        const SyncSummary s = ws1.syncOnce();
        QVERIFY2(s.complete, qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.pulled, good.size());
        QCOMPARE(s.skipped, hostile.size());
        const QString errors = s.errors.join(u'\n');
        for (const auto &[d, reason] : hostile)
            QVERIFY2(
                errors.contains(reason), qPrintable(reason + QStringLiteral(" in:\n") + errors));
        QCOMPARE(ws1.store().eventCount(), good.size());

        AuditReport report;
        QVERIFY2(AuditChain(ws1.db()).verify(&report, &error), qPrintable(error));
        QVERIFY2(report.ok(), QJsonDocument(report.toJson()).toJson().constData());
    }

    // A document set aside is read again by id after an upgrade: that door is the same one,
    // so a byte-order mark written as bytes is still seen, not dropped by the parser.
    void byteOrderMarkStaysRefusedWhenReadAgain()
    {
        Branch branch(m_server, {QStringLiteral("aigerim")});
        QString error;
        QVERIFY2(branch.init(&error), qPrintable(error));
        QVERIFY2(branch.addWorkstation(QStringLiteral("ws1"), &error), qPrintable(error));
        const CouchResponse put = branch.admin().call(QByteArrayLiteral("POST"),
            branch.admin().dbUrl(QStringLiteral("/_bulk_docs")),
            QByteArray("{\"docs\":["
                + doc(QStringLiteral("bom-again"), "{\"text\":\"a\xEF\xBB\xBF\"}") + "]}"));
        QVERIFY2(put.status == 201, qPrintable(put.describe()));

        Workstation ws1(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        QCOMPARE(ws1.syncOnce().skipped, 1);
        // As if an older version had set it aside: the next exchange reads it again.
        QSqlQuery q(ws1.db().db());
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_quarantine SET reader = '0.0.1/v1'")));
        SyncInbox inbox(ws1.db(), ws1.clock());
        QCOMPARE(inbox.retryable().size(), 1);

        const SyncSummary s = ws1.syncOnce();
        QVERIFY2(s.complete, qPrintable(s.errors.join(u'\n')));
        QCOMPARE(ws1.store().eventCount(), 0);
        const QList<QuarantinedDocument> left = inbox.quarantined();
        QCOMPARE(left.size(), 1);
        QVERIFY2(left.first().reason.contains(QLatin1String("\"data.text\" holds U+FEFF")),
            qPrintable(left.first().reason));
        QCOMPARE(left.first().reader, SyncInbox::reader());
    }
};

QTEST_GUILESS_MAIN(TstPullText)
#include "tst_pulltext.moc"
