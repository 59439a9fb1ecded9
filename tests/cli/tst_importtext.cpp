// `certdeskctl events import` and text that JSON allows but storage would not give back as
// written: refused at the door with the line and the reason, nothing stored; every other
// text stored byte for byte, so `audit verify` agrees with the hashes taken on the way in.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "common/TestDatabase.h"
#include "services/AuditService.h"
#include "storage/AuditChain.h"
#include "storage/EventStore.h"

#include "cli/certdeskctl_support.h"

using namespace certdesk;
using namespace certdesk::testing;

namespace {

/// A note event on case c1, written by a device of its own (so every line starts its own
/// audit chain), with the raw JSON text of its data object and of its branch.
QByteArray noteLine(int n, const QByteArray &data, const QByteArray &branch = "\"7501\"")
{
    return "{\"_id\":\"e-" + QByteArray::number(n)
        + "\",\"type\":\"note\",\"case_id\":\"c1\","
          "\"branch\":"
        + branch + ",\"at\":\"2026-03-02T05:00:0" + QByteArray::number(n % 10)
        + ".000Z\",\"by\":\"clerk1\",\"device\":\"ws-" + QByteArray::number(n)
        + "\",\"v\":1,\"data\":" + data + "}";
}

QString verify(const QString &path)
{
    Database db;
    QString error;
    if (db.open(path, &error) != Database::OpenResult::Ok)
        return error;
    AuditReport report;
    if (!AuditService::verifyDatabase(db, &report, &error))
        return error;
    return report.ok() ? QString() : QString::fromUtf8(QJsonDocument(report.toJson()).toJson());
}

} // namespace

class ImportTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedAtTheDoor_data();
    void refusedAtTheDoor();
    void keptByteForByte_data();
    void keptByteForByte();
    void byteOrderMarkOfTheFileIsNotText();
};

void ImportTextTest::refusedAtTheDoor_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");
    // Escaped in JSON: valid JSON, text that storage changes.
    QTest::newRow("BOM leading a top-level field")
        << noteLine(2, "{}", R"("\ufeff7501")") << QStringLiteral("\"branch\" holds U+FEFF");
    QTest::newRow("BOM inside data")
        << noteLine(2, R"({"text":"a\ufeffb"})") << QStringLiteral("\"data.text\" holds U+FEFF");
    QTest::newRow("U+FFFF inside data")
        << noteLine(2, R"({"text":"x\uffffy"})") << QStringLiteral("\"data.text\" holds U+FFFF");
    QTest::newRow("U+FFFE leading a top-level field")
        << noteLine(2, "{}", R"("\ufffe7501")") << QStringLiteral("\"branch\" holds U+FFFE");
    QTest::newRow("U+FDD0 in a data key")
        << noteLine(2, R"({"k\ufdd0":1})") << QStringLiteral("holds U+FDD0");
    QTest::newRow("U+10FFFF deep in data") << noteLine(2, R"({"a":[{"b":"\udbff\udfff"}]})")
                                           << QStringLiteral("\"data.a[0].b\" holds U+10FFFF");
    QTest::newRow("lone high surrogate, top level")
        << noteLine(2, "{}", R"("75\ud800")") << QStringLiteral("\"branch\" holds U+D800");
    QTest::newRow("lone low surrogate in data")
        << noteLine(2, R"({"text":"\udc00"})") << QStringLiteral("\"data.text\" holds U+DC00");
    QTest::newRow("surrogates in the wrong order")
        << noteLine(2, R"({"text":"\udc00\ud800"})") << QStringLiteral("holds U+DC00");
    // Written as bytes.
    QTest::newRow("BOM as bytes inside data") << noteLine(2, "{\"text\":\"\xEF\xBB\xBFx\"}")
                                              << QStringLiteral("\"data.text\" holds U+FEFF");
    QTest::newRow("U+FFFF as bytes") << noteLine(2, "{\"text\":\"\xEF\xBF\xBF\"}")
                                     << QStringLiteral("\"data.text\" holds U+FFFF");
    QTest::newRow("overlong '/'") << noteLine(2, "{\"text\":\"\xC0\xAF\"}")
                                  << QStringLiteral("not valid UTF-8");
    QTest::newRow("overlong NUL") << noteLine(2, "{\"text\":\"a\xC0\x80\"}")
                                  << QStringLiteral("not valid UTF-8");
    QTest::newRow("overlong three bytes")
        << noteLine(2, "{\"text\":\"\xE0\x80\xAF\"}") << QStringLiteral("not valid UTF-8");
    QTest::newRow("surrogate encoded in UTF-8")
        << noteLine(2, "{\"text\":\"\xED\xA0\x80\"}") << QStringLiteral("not valid UTF-8");
    QTest::newRow("byte FF") << noteLine(2, "{\"text\":\"\xFF\"}")
                             << QStringLiteral("not valid UTF-8");
    QTest::newRow("cut sequence") << noteLine(2, "{\"text\":\"\xE2\x82\"}")
                                  << QStringLiteral("not valid UTF-8");
    QTest::newRow("above U+10FFFF")
        << noteLine(2, "{\"text\":\"\xF4\x90\x80\x80\"}") << QStringLiteral("not valid UTF-8");
    QTest::newRow("invalid byte in a top-level field")
        << noteLine(2, "{}", "\"75\x80\"") << QStringLiteral("not valid UTF-8");
}

void ImportTextTest::refusedAtTheDoor()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    t.db().close();
    const QByteArray input = noteLine(1, "{}") + '\n' + line + '\n' + noteLine(3, "{}") + '\n';
    const Run r = run(
        {QStringLiteral("--db"), t.path(), QStringLiteral("events"), QStringLiteral("import")},
        input);
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QLatin1String("line 2: ")), qPrintable(describe(r)));
    QVERIFY2(err.contains(reason), qPrintable(describe(r)));
    QVERIFY2(!err.contains(QLatin1String("line 1:")) && !err.contains(QLatin1String("line 3:")),
        qPrintable(describe(r)));
    QVERIFY2(err.contains(QLatin1String("1 of 3 lines are not valid events; nothing was imported")),
        qPrintable(describe(r)));
    QCOMPARE(eventCount(t.path()), 0);
}

void ImportTextTest::keptByteForByte_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("Kazakh letters") << QByteArray("{\"text\":\"\xD3\x98\xD2\xA2\xD2\x92\"}");
    QTest::newRow("emoji as bytes") << QByteArray("{\"text\":\"\xF0\x9F\x98\x80\"}");
    QTest::newRow("emoji as an escaped pair") << QByteArray(R"({"text":"\ud83d\ude00"})");
    QTest::newRow("NUL and controls") << QByteArray(R"({"text":"a\u0000b\u0001\t\n"})");
    QTest::newRow("line and paragraph separators") << QByteArray(R"({"text":"\u2028\u2029"})");
    QTest::newRow("combining accent") << QByteArray(R"({"text":"e\u0301"})");
    QTest::newRow("right-to-left override") << QByteArray(R"({"text":"\u202eabc"})");
    QTest::newRow("replacement character") << QByteArray(R"({"text":"\ufffd"})");
    QTest::newRow("last character before the noncharacters")
        << QByteArray(R"({"text":"\ufdcf\ufdf0\ufffd\ud83f\udffd"})");
    QTest::newRow("escaped slash and backslash") << QByteArray(R"({"text":"\/\\\""})");
    QTest::newRow("keys in another order and nested")
        << QByteArray(R"({"z":[1,{"y":null}],"a":true})");
}

void ImportTextTest::keptByteForByte()
{
    QFETCH(QByteArray, data);
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    t.db().close();
    const QByteArray line = noteLine(1, data);
    const QStringList args {
        QStringLiteral("--db"), t.path(), QStringLiteral("events"), QStringLiteral("import")};
    const Run r = run(args, line + '\n');
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(eventCount(t.path()), 1);
    const QString problems = verify(t.path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // What is read back is what came in: the export parses to the same document.
    const Run exported = run(
        {QStringLiteral("--db"), t.path(), QStringLiteral("events"), QStringLiteral("export")});
    QVERIFY2(exported.code == 0, qPrintable(describe(exported)));
    QCOMPARE(QJsonDocument::fromJson(exported.out.trimmed()).object(),
        QJsonDocument::fromJson(line).object());
}

void ImportTextTest::byteOrderMarkOfTheFileIsNotText()
{
    // A file saved by an editor that marks UTF-8 starts with EF BB BF: that mark belongs to
    // the file, not to the first event.
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    t.db().close();
    const QByteArray input
        = "\xEF\xBB\xBF" + noteLine(1, "{}") + "\r\n" + noteLine(2, "{}") + "\r\n";
    const Run r = run(
        {QStringLiteral("--db"), t.path(), QStringLiteral("events"), QStringLiteral("import")},
        input);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(eventCount(t.path()), 2);
    const QString problems = verify(t.path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(ImportTextTest)
#include "tst_importtext.moc"
