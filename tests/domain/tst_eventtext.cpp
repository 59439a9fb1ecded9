// EventText and EventLines: which characters an event may hold, how a refusal names them,
// what typed text loses, the byte-order marks made visible to the check, and the lines of
// the event file read from bytes.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "domain/Event.h"
#include "domain/EventLines.h"
#include "domain/EventText.h"

using namespace certdesk;

namespace {

QString chars(std::initializer_list<char16_t> units)
{
    QString s;
    for (const char16_t u : units)
        s.append(QChar(u));
    return s;
}

QByteArray line(const QByteArray &data, const QByteArray &at = "2026-03-02T05:00:00.000Z")
{
    return R"({"_id":"e-1","type":"note","case_id":"c1","branch":"7501","at":")" + at
        + R"(","by":"clerk","device":"ws-1","v":1,"data":)" + data + "}";
}

} // namespace

class EventTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRefused_data();
    void firstRefused();
    void describeNamesTheCodePoint();
    void cleanedKeepsEverythingElse();
    void checkNamesTheField();
    void byteOrderMarksBecomeVisible_data();
    void byteOrderMarksBecomeVisible();
    void timeOutsideTheStoredForm();
    void linesFromBytes();
};

void EventTextTest::firstRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("at");
    QTest::newRow("plain") << QStringLiteral("Ахметова Әлия") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("emoji pair") << chars({u'a', 0xD83D, 0xDE00}) << -1;
    QTest::newRow("NUL and controls") << chars({0, 1, u'\t', u'\n'}) << -1;
    QTest::newRow("U+FFFD") << chars({0xFFFD}) << -1;
    QTest::newRow("U+FDCF, U+FDF0: next to the block") << chars({0xFDCF, 0xFDF0}) << -1;
    QTest::newRow("U+1FFFD") << chars({0xD83F, 0xDFFD}) << -1;
    QTest::newRow("U+FEFF") << chars({u'a', 0xFEFF}) << 1;
    QTest::newRow("U+FFFE") << chars({0xFFFE}) << 0;
    QTest::newRow("U+FFFF") << chars({u'a', u'b', 0xFFFF}) << 2;
    QTest::newRow("U+FDD0") << chars({0xFDD0}) << 0;
    QTest::newRow("U+FDEF") << chars({u'x', 0xFDEF}) << 1;
    QTest::newRow("U+1FFFE") << chars({u'x', 0xD83F, 0xDFFE}) << 1;
    QTest::newRow("U+10FFFF") << chars({0xDBFF, 0xDFFF}) << 0;
    QTest::newRow("lone high surrogate at the end") << chars({u'a', 0xD800}) << 1;
    QTest::newRow("lone low surrogate") << chars({0xDC00, u'a'}) << 0;
    QTest::newRow("pair in the wrong order") << chars({0xDC00, 0xD800}) << 0;
}

void EventTextTest::firstRefused()
{
    QFETCH(QString, text);
    QFETCH(int, at);
    QCOMPARE(EventText::firstRefused(text), qsizetype(at));
}

void EventTextTest::describeNamesTheCodePoint()
{
    QCOMPARE(EventText::describe(chars({0xFFFF}), 0), QStringLiteral("U+FFFF (a noncharacter)"));
    QCOMPARE(EventText::describe(chars({u'a', 0xFEFF}), 1),
        QStringLiteral("U+FEFF (a byte-order mark)"));
    QCOMPARE(EventText::describe(chars({0xDBFF, 0xDFFF}), 0),
        QStringLiteral("U+10FFFF (a noncharacter)"));
    QVERIFY(EventText::describe(chars({0xD800}), 0)
                .startsWith(QLatin1String("U+D800 (half of a surrogate pair")));
}

void EventTextTest::cleanedKeepsEverythingElse()
{
    QCOMPARE(EventText::cleaned(QStringLiteral("Әлия")), QStringLiteral("Әлия"));
    QCOMPARE(EventText::cleaned(
                 chars({0xFEFF, u'a', 0xFFFF, u'b', 0xD800, 0xD83F, 0xDFFF, u'c', 0xD83D, 0xDE00})),
        chars({u'a', u'b', u'c', 0xD83D, 0xDE00}));
    const QJsonObject data {{chars({u'k', 0xFDD0}),
                                QJsonArray {chars({0xFFFE, u'x'}), 1,
                                    QJsonObject {{QStringLiteral("y"), chars({0xDC00})}}}},
        {QStringLiteral("n"), 5}};
    const QJsonObject expected {
        {QStringLiteral("k"),
            QJsonArray {QStringLiteral("x"), 1, QJsonObject {{QStringLiteral("y"), QString()}}}},
        {QStringLiteral("n"), 5}};
    QCOMPARE(EventText::cleaned(data), expected);
}

void EventTextTest::checkNamesTheField()
{
    Event e = Event::make(EventType::Note, QStringLiteral("c1"));
    e.by = QStringLiteral("clerk");
    QString error;
    QVERIFY(EventText::check(e, &error));
    e.data = QJsonObject {{QStringLiteral("a"),
        QJsonArray {1, QJsonObject {{QStringLiteral("b"), chars({u'x', 0xFFFF})}}}}};
    QVERIFY(!EventText::check(e, &error));
    QVERIFY2(error.contains(
                 QLatin1String("\"data.a[1].b\" holds U+FFFF (a noncharacter) at character 2")),
        qPrintable(error));
    e.data = {};
    e.device = chars({u'w', 0xD800});
    QVERIFY(!EventText::check(e, &error));
    QVERIFY2(error.contains(QLatin1String("\"device\" holds U+D800")), qPrintable(error));
}

void EventTextTest::byteOrderMarksBecomeVisible_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("none") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"a":"b"})");
    QTest::newRow("at the very start: the file's mark")
        << QByteArray("\xEF\xBB\xBF{}") << QByteArray("\xEF\xBB\xBF{}");
    QTest::newRow("in a string") << QByteArray("{\"a\":\"\xEF\xBB\xBFx\xEF\xBB\xBF\"}")
                                 << QByteArray(R"({"a":"\ufeffx\ufeff"})");
    QTest::newRow("after an escaped backslash")
        << QByteArray("{\"a\":\"\\\\\xEF\xBB\xBF\"}") << QByteArray(R"({"a":"\\\ufeff"})");
    QTest::newRow("after a lone backslash: stays broken")
        << QByteArray("{\"a\":\"\\\xEF\xBB\xBF\"}") << QByteArray("{\"a\":\"\\\xEF\xBB\xBF\"}");
}

void EventTextTest::byteOrderMarksBecomeVisible()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, escaped);
    QCOMPARE(EventText::escapeByteOrderMarks(json), escaped);
}

void EventTextTest::timeOutsideTheStoredForm()
{
    Event e;
    QString error;
    QVERIFY(EventText::readDocument(line("{}"), &e, &error));
    QVERIFY(!EventText::readDocument(line("{}", "9999-12-31T23:59:59.999-05:00"), &e, &error));
    QVERIFY2(error.contains(QLatin1String("outside the years 1 to 9999")), qPrintable(error));
    QVERIFY(EventText::readDocument(line("{}", "0999-12-31T23:59:59.999Z"), &e, &error));
    QVERIFY(!EventText::readDocument("[1]", &e, &error));
    QCOMPARE(error, QStringLiteral("not a JSON object"));
    QVERIFY(!EventText::readDocument("{\"_id\":", &e, &error));
    QVERIFY2(error.startsWith(QLatin1String("not a JSON object (")), qPrintable(error));
}

void EventTextTest::linesFromBytes()
{
    const QByteArray good = line("{}");
    EventLines::Result r = EventLines::read("\xEF\xBB\xBF" + good + "\r\n\r\n  \n" + good + "\n");
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
    QCOMPARE(r.events.size(), 2);
    QCOMPARE(r.lines, 4);
    QCOMPARE(EventLines::read(EventLines::write(r.events.at(0))).events.at(0).hash(),
        r.events.at(0).hash());

    r = EventLines::read(good + "\n" + line("{\"t\":\"\xC0\xAF\"}") + "\n" + good);
    QCOMPARE(r.lines, 3);
    QCOMPARE(r.events.size(), 2);
    QCOMPARE(r.problems,
        QStringList {QStringLiteral("line 2: not valid UTF-8 (an overlong, cut or invalid byte "
                                    "sequence): save the file as UTF-8")});
    // A mark before a line's document (files joined together) is no field's text; inside
    // a string it is, and is refused.
    r = EventLines::read(good + "\n\xEF\xBB\xBF" + good);
    QCOMPARE(r.events.size(), 2);
    r = EventLines::read(good + "\n" + line("{\"t\":\"\xEF\xBB\xBF\"}"));
    QCOMPARE(r.events.size(), 1);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.at(0).startsWith(
                 QLatin1String("line 2: event e-1: the field \"data.t\" holds U+FEFF")),
        qPrintable(r.problems.at(0)));
}

QTEST_GUILESS_MAIN(EventTextTest)
#include "tst_eventtext.moc"
