// ChangesPage: one page of _changes read from its bytes — the events in it, why each skipped
// document was skipped, the checkpoint as sent, and the same answer from the client's parse.
#include <QJsonDocument>
#include <QTest>

#include "sync/ChangesPage.h"

using namespace certdesk;

namespace {

QByteArray doc(const QByteArray &id, const QByteArray &extra = "")
{
    return R"({"_id":")" + id
        + R"(","_rev":"1-a","type":"note","case_id":"c1","branch":"7501",)"
          R"("at":"2026-03-02T05:00:00.000Z","by":"clerk","device":"ws-1","v":1,"data":{)"
        + extra + "}}";
}

QByteArray row(int seq, const QByteArray &id, const QByteArray &document)
{
    return R"({"seq":")" + QByteArray::number(seq) + R"(-g1A","id":")" + id
        + R"(","changes":[{"rev":"1-a"}],"doc":)" + document + "}";
}

} // namespace

class TstChangesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notAPage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("HTML") << QByteArray("<html>proxy error</html>");
        QTest::newRow("an error") << QByteArray(R"({"error":"unauthorized","reason":"x"})");
        QTest::newRow("no last_seq") << QByteArray(R"({"results":[]})");
        QTest::newRow("results not an array") << QByteArray(R"({"results":{},"last_seq":1})");
        QTest::newRow("cut short") << QByteArray(R"({"results":[)" + row(1, "e-1", doc("e-1")));
    }

    void notAPage()
    {
        QFETCH(QByteArray, body);
        const ChangesPage page = ChangesPage::parse(body);
        QVERIFY(!page.ok);
        QVERIFY(page.events.isEmpty());
    }

    void eventsSkippedAndCheckpoint()
    {
        const QByteArray body = R"({"results":[)"
            + row(1, "_design/certdesk", R"({"_id":"_design/certdesk"})") + ","
            + row(2, "e-1", doc("e-1")) + "," + R"({"seq":"3-g1A","id":"gone","deleted":true})"
            + "," + row(4, "e-2", doc("e-2", R"("t":"\uffff")")) + ","
            + row(5, "e-3", R"({"_id":"e-3","type":"note"})") + ","
            + row(6, "e-4", doc("e-4", "\"t\":\"\xEF\xBB\xBFx\"")) + ","
            + row(7, "e-5", doc("e-5", R"("t":"\ud83d\ude00")"))
            + R"(],"last_seq":"7-g1AAAAB","pending":0})";
        const ChangesPage page = ChangesPage::parse(body);
        QVERIFY(page.ok);
        QCOMPARE(page.rows, 7);
        QCOMPARE(page.lastSeq, QStringLiteral("\"7-g1AAAAB\""));
        QCOMPARE(page.events.size(), 2);
        QCOMPARE(page.events.at(0).id, QStringLiteral("e-1"));
        QCOMPARE(page.events.at(1).id, QStringLiteral("e-5"));
        QCOMPARE(page.skipped.size(), 3);
        QVERIFY2(page.skipped.at(0).contains(QLatin1String("\"data.t\" holds U+FFFF")),
            qPrintable(page.skipped.at(0)));
        QVERIFY2(page.skipped.at(1).contains(QLatin1String("e-3 has no case_id")),
            qPrintable(page.skipped.at(1)));
        QVERIFY2(page.skipped.at(2).contains(QLatin1String("\"data.t\" holds U+FEFF")),
            qPrintable(page.skipped.at(2)));

        // The client's own parse of the same body gives the same page, byte-order mark
        // included (the client's parse dropped it: the page is read again from the bytes).
        const QJsonDocument parsed = QJsonDocument::fromJson(body);
        const ChangesPage same = ChangesPage::parse(body, &parsed);
        QCOMPARE(same.events.size(), 2);
        QCOMPARE(same.skipped, page.skipped);
        QCOMPARE(same.lastSeq, page.lastSeq);
    }

    void numericCheckpointKeptAsSent()
    {
        const ChangesPage page = ChangesPage::parse(R"({"results":[],"last_seq":42})");
        QVERIFY(page.ok);
        QCOMPARE(page.rows, 0);
        QCOMPARE(page.lastSeq, QStringLiteral("42"));
    }
};

QTEST_GUILESS_MAIN(TstChangesPage)
#include "tst_changespage.moc"
