// ChangesPage: one page of _changes read from its bytes — every document of events in it,
// readable or set aside with the reason, and the checkpoint as sent.
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
        ChangesPage page;
        QVERIFY(!ChangesPage::read(body, &page));
        QVERIFY(page.documents.isEmpty());
    }

    void pendingThatIsNoCount_data()
    {
        QTest::addColumn<QByteArray>("pending");
        QTest::addColumn<qint64>("read");
        QTest::newRow("a count") << QByteArray("42") << qint64(42);
        QTest::newRow("none left") << QByteArray("0") << qint64(0);
        // Found by fuzz_changes_page: beyond qint64, the cast was undefined behaviour.
        QTest::newRow("beyond qint64") << QByteArray("123456789012345678900") << qint64(-1);
        QTest::newRow("beyond, negative") << QByteArray("-1e300") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("a fraction") << QByteArray("2.5") << qint64(-1);
        QTest::newRow("a string") << QByteArray("\"7\"") << qint64(-1);
        QTest::newRow("2^53") << QByteArray("9007199254740992") << qint64(9007199254740992LL);
    }

    void pendingThatIsNoCount()
    {
        QFETCH(QByteArray, pending);
        QFETCH(qint64, read);
        ChangesPage page;
        QVERIFY(ChangesPage::read(
            QByteArray(R"({"results":[],"last_seq":"1-g1A","pending":)") + pending + '}', &page));
        QCOMPARE(page.pending, read);
    }

    void eventsSetAsideAndCheckpoint()
    {
        const QByteArray body = R"({"results":[)"
            + row(1, "_design/certdesk", R"({"_id":"_design/certdesk"})") + ","
            + row(2, "e-1", doc("e-1")) + ","
            + R"({"seq":"3-g1A","id":"gone","changes":[{"rev":"2-b"}],"deleted":true})" + ","
            + row(4, "e-2", doc("e-2", R"("t":"\uffff")")) + ","
            + row(5, "e-3", R"({"_id":"e-3","type":"note"})") + ","
            + row(6, "e-4", doc("e-4", "\"t\":\"\xEF\xBB\xBFx\"")) + ","
            + row(7, "e-5", doc("e-5", R"("t":"\ud83d\ude00")"))
            + R"(],"last_seq":"7-g1AAAAB","pending":0})";
        ChangesPage page;
        QVERIFY(ChangesPage::read(body, &page));
        QCOMPARE(page.rows, 7);
        QCOMPARE(page.lastSeqText, QStringLiteral("\"7-g1AAAAB\""));
        QCOMPARE(page.pending, 0);
        // The design document is not a change of events; everything else is handed on.
        QCOMPARE(page.documents.size(), 6);
        QStringList readable;
        QStringList problems;
        for (const PulledDocument &d : std::as_const(page.documents)) {
            if (d.readable)
                readable.append(d.id);
            else if (!d.deleted)
                problems.append(d.problem);
        }
        QCOMPARE(readable, (QStringList {QStringLiteral("e-1"), QStringLiteral("e-5")}));
        QVERIFY(page.documents.at(1).deleted);
        QCOMPARE(page.documents.at(1).rev, QStringLiteral("2-b"));
        QCOMPARE(problems.size(), 3);
        // Text storage would not give back as written is set aside with the field and the
        // character, a byte-order mark sent as bytes included (the parser would drop it).
        QVERIFY2(problems.at(0).contains(QLatin1String("\"data.t\" holds U+FFFF")),
            qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(QLatin1String("e-3 has no case_id")),
            qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).contains(QLatin1String("\"data.t\" holds U+FEFF")),
            qPrintable(problems.at(2)));
    }

    void numericCheckpointKeptAsSent()
    {
        ChangesPage page;
        QVERIFY(ChangesPage::read(R"({"results":[],"last_seq":42})", &page));
        QCOMPARE(page.rows, 0);
        QCOMPARE(page.lastSeqText, QStringLiteral("42"));
        QCOMPARE(page.pending, -1);
    }

    void rowsWithoutTheirSequence()
    {
        // The pull asks for seq_interval=limit: CouchDB then sends null for every row's seq but
        // the last. Only last_seq is the position; every row is read.
        QByteArray nullSeq = row(1, "e-1", doc("e-1"));
        nullSeq.replace(R"("seq":"1-g1A")", R"("seq":null)");
        const QByteArray body = R"({"results":[)" + nullSeq + "," + row(2, "e-2", doc("e-2"))
            + R"(],"last_seq":"2-g1A","pending":0})";
        ChangesPage position;
        QVERIFY(ChangesPage::readPosition(QJsonDocument::fromJson(body), &position));
        QCOMPARE(position.rows, 2);
        QCOMPARE(position.lastSeqText, QStringLiteral("\"2-g1A\""));
        QVERIFY(position.documents.isEmpty()); // the documents are read after the next ask
        ChangesPage page;
        QVERIFY(ChangesPage::read(body, &page));
        QCOMPARE(page.documents.size(), 2);
        QVERIFY(page.documents.at(0).readable && page.documents.at(1).readable);
        QCOMPARE(page.documents.at(0).id, QStringLiteral("e-1"));
        QCOMPARE(page.lastSeqText, QStringLiteral("\"2-g1A\""));
        QCOMPARE(page.pending, 0);
    }
};

QTEST_GUILESS_MAIN(TstChangesPage)
#include "tst_changespage.moc"
