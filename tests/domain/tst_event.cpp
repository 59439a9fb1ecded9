#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>

#include <ctime>
#include <functional>

#include "domain/Clock.h"
#include "domain/Event.h"

using certdesk::Event;
using certdesk::EventType;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(EventType)

/// The event document (ARCHITECTURE.md "Data"): its JSON form both ways, the fields a
/// document cannot do without, future types kept by name, and the audit-chain hash.
class TestEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void optionalFields();
    void refused_data();
    void refused();
    void unknownTypeKeptByName();
    void typeNames_data();
    void typeNames();
    void timeFormat_data();
    void timeFormat();
    void timeWithoutZoneIsUtcEverywhere();
    void fastReadingAgreesWithQt();
    void fastWritingAgreesWithQt();
    void datesWrittenAsQtWritesThem();
    void branchDatesAsQtReadsThem();
    void make();
    void hashStable();
    void hashSensitive_data();
    void hashSensitive();

private:
    static Event sample();
};

Event TestEvent::sample()
{
    Event e;
    e.id = u"7d2c3f0e-3a51-4c1e-9b8e-0c5a1f9e2b11"_s;
    e.type = EventType::Issued;
    e.typeName = u"issued"_s;
    e.caseId = u"case-1"_s;
    e.branch = u"ALA-01"_s;
    e.at = QDateTime(QDate(2026, 3, 2), QTime(5, 0, 0, 123), QTimeZone::utc());
    e.by = u"clerk1"_s;
    e.device = u"ws-7"_s;
    e.v = 1;
    e.data = QJsonObject {{u"collector"_s, QJsonObject {{u"kind"_s, u"self"_s}}},
        {u"list"_s, QJsonArray {1, 2, 3}}, {u"name"_s, u"Әсем Қалиқызы"_s}};
    e.prev = u"ab12"_s;
    return e;
}

void TestEvent::roundTrip()
{
    const Event e = sample();
    const QJsonObject json = e.toJson();
    QCOMPARE(json.value(u"_id"_s).toString(), e.id);
    QCOMPARE(json.value(u"type"_s).toString(), u"issued"_s);
    QCOMPARE(json.value(u"at"_s).toString(), u"2026-03-02T05:00:00.123Z"_s);
    QCOMPARE(json.value(u"prev"_s).toString(), u"ab12"_s);

    // Through text too, as it travels to CouchDB and back.
    const QJsonObject travelled
        = QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
    Event back;
    QString error;
    QVERIFY2(Event::fromJson(travelled, &back, &error), qPrintable(error));
    QCOMPARE(back.id, e.id);
    QCOMPARE(back.type, e.type);
    QCOMPARE(back.typeName, e.typeName);
    QCOMPARE(back.caseId, e.caseId);
    QCOMPARE(back.branch, e.branch);
    QCOMPARE(back.at, e.at);
    QCOMPARE(back.at.timeSpec(), Qt::UTC);
    QCOMPARE(back.by, e.by);
    QCOMPARE(back.device, e.device);
    QCOMPARE(back.v, e.v);
    QCOMPARE(back.data, e.data);
    QCOMPARE(back.prev, e.prev);
    QCOMPARE(back.toJson(), json);
    QCOMPARE(back.hash(), e.hash());
}

void TestEvent::optionalFields()
{
    const QJsonObject minimal {{u"_id"_s, u"e1"_s}, {u"type"_s, u"note"_s}, {u"case_id"_s, u"c1"_s},
        {u"at"_s, u"2026-03-02T05:00:00.000Z"_s}, {u"by"_s, u"clerk1"_s}};
    Event e;
    QString error;
    QVERIFY2(Event::fromJson(minimal, &e, &error), qPrintable(error));
    QCOMPARE(e.type, EventType::Note);
    QVERIFY(e.branch.isEmpty());
    QVERIFY(e.device.isEmpty());
    QCOMPARE(e.v, 1);
    QVERIFY(e.data.isEmpty());
    QVERIFY(e.prev.isEmpty());
    // No prev is written when there is none.
    QVERIFY(!e.toJson().contains(u"prev"_s));
}

void TestEvent::refused_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("mentions");

    const QJsonObject good = sample().toJson();
    auto without = [&](const char *key) {
        QJsonObject o = good;
        o.remove(QLatin1String(key));
        return o;
    };
    auto with = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = good;
        o.insert(QLatin1String(key), v);
        return o;
    };
    QTest::newRow("no _id") << without("_id") << u"_id"_s;
    QTest::newRow("empty _id") << with("_id", u""_s) << u"_id"_s;
    QTest::newRow("no type") << without("type") << u"type"_s;
    QTest::newRow("no case_id") << without("case_id") << u"case_id"_s;
    QTest::newRow("no at") << without("at") << u"\"at\""_s;
    QTest::newRow("at not a time") << with("at", u"yesterday"_s) << u"\"at\""_s;
    QTest::newRow("at a number") << with("at", 1772427600) << u"\"at\""_s;
    QTest::newRow("no by") << without("by") << u"\"by\""_s;
    QTest::newRow("data a string") << with("data", u"x"_s) << u"\"data\""_s;
    QTest::newRow("data an array") << with("data", QJsonArray {1}) << u"\"data\""_s;
    QTest::newRow("data null") << with("data", QJsonValue::Null) << u"\"data\""_s;
    QTest::newRow("empty document") << QJsonObject() << u"_id"_s;
}

void TestEvent::refused()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, mentions);

    Event out = sample();
    out.by = u"untouched"_s;
    QString error;
    QVERIFY(!Event::fromJson(json, &out, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(out.by, u"untouched"_s); // a refused document changes nothing
    // The reason names the event when it has an id, so a log line can be traced.
    if (json.contains(u"_id"_s) && !json.value(u"_id"_s).toString().isEmpty())
        QVERIFY2(error.contains(json.value(u"_id"_s).toString()), qPrintable(error));
    // A null error pointer is allowed.
    QVERIFY(!Event::fromJson(json, &out, nullptr));
}

void TestEvent::unknownTypeKeptByName()
{
    QJsonObject json = sample().toJson();
    json.insert(u"type"_s, u"courier_dispatched"_s);
    json.insert(u"v"_s, 3);
    Event e;
    QString error;
    QVERIFY2(Event::fromJson(json, &e, &error), qPrintable(error));
    QCOMPARE(e.type, EventType::Unknown);
    QCOMPARE(e.typeName, u"courier_dispatched"_s);
    QCOMPARE(e.v, 3);
    QCOMPARE(e.toJson().value(u"type"_s).toString(), u"courier_dispatched"_s);
    QCOMPARE(e.toJson(), json);
}

void TestEvent::typeNames_data()
{
    QTest::addColumn<EventType>("type");
    QTest::addColumn<QString>("name");

    // The contract with the central server and the provider: these names never change.
    QTest::newRow("received") << EventType::Received << u"received"_s;
    QTest::newRow("online_order") << EventType::OnlineOrder << u"online_order"_s;
    QTest::newRow("result") << EventType::ResultRecorded << u"result"_s;
    QTest::newRow("additional_check") << EventType::AdditionalCheck << u"additional_check"_s;
    QTest::newRow("interim_notice") << EventType::InterimNotice << u"interim_notice"_s;
    QTest::newRow("refused") << EventType::Refused << u"refused"_s;
    QTest::newRow("arrived") << EventType::Arrived << u"arrived"_s;
    QTest::newRow("printed") << EventType::Printed << u"printed"_s;
    QTest::newRow("issued") << EventType::Issued << u"issued"_s;
    QTest::newRow("transferred") << EventType::Transferred << u"transferred"_s;
    QTest::newRow("return_requested") << EventType::ReturnRequested << u"return_requested"_s;
    QTest::newRow("returned") << EventType::Returned << u"returned"_s;
    QTest::newRow("archived") << EventType::Archived << u"archived"_s;
    QTest::newRow("withdrawn") << EventType::Withdrawn << u"withdrawn"_s;
    QTest::newRow("override") << EventType::Override << u"override"_s;
    QTest::newRow("note") << EventType::Note << u"note"_s;
    QTest::newRow("application_printed")
        << EventType::ApplicationPrinted << u"application_printed"_s;
}

void TestEvent::typeNames()
{
    QFETCH(EventType, type);
    QFETCH(QString, name);
    QCOMPARE(certdesk::eventTypeName(type), name);
    QCOMPARE(certdesk::eventTypeFromName(name), type);
    QCOMPARE(certdesk::eventTypeFromName(name.toUpper()), EventType::Unknown);
}

void TestEvent::timeFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");

    const QDateTime five(QDate(2026, 3, 2), QTime(5, 0), QTimeZone::utc());
    QTest::newRow("canonical") << u"2026-03-02T05:00:00.000Z"_s << five;
    QTest::newRow("no milliseconds") << u"2026-03-02T05:00:00Z"_s << five;
    QTest::newRow("branch offset") << u"2026-03-02T10:00:00.000+05:00"_s << five;
    QTest::newRow("zone-less is UTC") << u"2026-03-02T05:00:00.000"_s << five;
    QTest::newRow("milliseconds kept") << u"2026-03-02T05:00:00.007Z"_s << five.addMSecs(7);
}

void TestEvent::timeFormat()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    const QDateTime t = Event::parseTime(text);
    QCOMPARE(t, utc);
    QCOMPARE(t.timeSpec(), Qt::UTC);
    QCOMPARE(Event::parseTime(Event::formatTime(t)), t);
    QVERIFY(Event::formatTime(t).endsWith(u'Z'));
}

void TestEvent::timeWithoutZoneIsUtcEverywhere()
{
    // An event's time must mean the same instant on every workstation, whatever the
    // machine's own time zone: a fold that depended on it would differ between devices.
    const QByteArray saved = qgetenv("TZ");
    auto restore = qScopeGuard([&] {
        qputenv("TZ", saved);
        tzset();
    });
    qputenv("TZ", "Asia/Almaty");
    tzset();
    QCOMPARE(Event::parseTime(u"2026-03-02T05:00:00.000"_s),
        QDateTime(QDate(2026, 3, 2), QTime(5, 0), QTimeZone::utc()));
    QCOMPARE(Event::formatTime(QDateTime(QDate(2026, 3, 2), QTime(5, 0), QTimeZone::utc())),
        u"2026-03-02T05:00:00.000Z"_s);
}

void TestEvent::fastReadingAgreesWithQt()
{
    // Times and dates are read by hand in the written form; anything else, and every value
    // Qt reads, must come out as Qt's own parser gives it.
    QDateTime t(QDate(2023, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc());
    for (int i = 0; i < 2000; ++i) {
        t = t.addMSecs(qint64(i) * 7919 * 997 + 13);
        const QString text = Event::formatTime(t);
        const QDateTime read = Event::parseTime(text);
        QCOMPARE(read, QDateTime::fromString(text, Qt::ISODateWithMs).toUTC());
        QCOMPARE(read.timeSpec(), Qt::UTC);
        QCOMPARE(Event::formatTime(read), text);
        const QString day = text.left(10);
        QCOMPARE(Event::parseDate(day), QDate::fromString(day, Qt::ISODate));
    }
    for (const QString &bad : {u"2026-02-30T10:00:00.000Z"_s, u"2026-13-01T10:00:00.000Z"_s,
             u"2026-01-01T24:00:00.000Z"_s, u"2026-01-01T10:60:00.000Z"_s,
             u"2026-0a-01T10:00:00.000Z"_s})
        QCOMPARE(Event::parseTime(bad), QDateTime::fromString(bad, Qt::ISODateWithMs));
    QVERIFY(Event::parseTime(u"2026-01-01T10:00:00Z"_s).isValid()); // Qt's form without ms
    for (const QString &bad :
        {u""_s, u"2026-02-30"_s, u"2026-2-03"_s, u"2026/02/03"_s, u"20260203"_s, u"2026-02-3x"_s})
        QVERIFY2(!Event::parseDate(bad).isValid(), qPrintable(bad));
    QCOMPARE(Event::parseDate(u"2024-02-29"), QDate(2024, 2, 29));
}

void TestEvent::fastWritingAgreesWithQt()
{
    // Times are written by hand in the stored form: the text must be Qt's own, to the
    // character, for every instant an event may hold and every way a time may be given.
    const auto qt
        = [](const QDateTime &t) { return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s); };
    QList<QDateTime> times {
        QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(9, 2, 3), QTime(4, 5, 6, 7), QTimeZone::utc()),
        QDateTime(QDate(999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
        QDateTime(QDate(1000, 1, 1), QTime(0, 0, 0, 1), QTimeZone::utc()),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
        QDateTime(QDate(9999, 12, 31), QTime(23, 0), QTimeZone(-5 * 3600)),
        QDateTime(QDate(2026, 3, 2), QTime(10, 0, 0, 42), QTimeZone(5 * 3600)),
        QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone("Asia/Almaty")),
        QDateTime(QDate(-1, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(10000, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(),
    };
    QDateTime t(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < 3000; ++i) {
        t = t.addMSecs(qint64(i) * 7919 * 99991 + 17);
        times.append(t);
    }
    for (const QDateTime &time : std::as_const(times))
        QCOMPARE(Event::formatTime(time), qt(time));
}

void TestEvent::datesWrittenAsQtWritesThem()
{
    // The projection's date columns are written by hand: Qt's text to the character, and an
    // empty (null) text for no date, which the cases table stores as its default.
    QList<QDate> dates {QDate(1, 1, 1), QDate(9, 2, 3), QDate(999, 12, 31), QDate(1000, 1, 1),
        QDate(2024, 2, 29), QDate(9999, 12, 31), QDate(-1, 1, 1), QDate(10000, 1, 1)};
    for (qint64 day = QDate(1900, 1, 1).toJulianDay(); day < QDate(2100, 1, 1).toJulianDay();
         day += 37)
        dates.append(QDate::fromJulianDay(day));
    for (const QDate &date : std::as_const(dates))
        QCOMPARE(Event::formatDate(date), date.toString(Qt::ISODate));
    QVERIFY(Event::formatDate(QDate()).isNull());
}

void TestEvent::branchDatesAsQtReadsThem()
{
    // The folds take an event's branch date by arithmetic (Clock::dateAt): it must be the
    // date Qt's fixed-offset time zone gives, for every offset a branch may set, both sides
    // of midnight, and for a time given in any zone.
    QList<QDateTime> times {
        QDateTime(QDate(2026, 3, 1), QTime(18, 59, 59, 999), QTimeZone::utc()),
        QDateTime(QDate(2026, 3, 1), QTime(19, 0), QTimeZone::utc()),
        QDateTime(QDate(2024, 2, 28), QTime(23, 30), QTimeZone::utc()),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
        QDateTime(QDate(1, 1, 1), QTime(12, 0), QTimeZone::utc()),
        QDateTime(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(2026, 3, 2), QTime(0, 30), QTimeZone(5 * 3600)),
        QDateTime(QDate(2026, 3, 2), QTime(0, 30), QTimeZone("Asia/Almaty")),
    };
    QDateTime t(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < 2000; ++i) {
        t = t.addMSecs(qint64(i) * 7919 * 99991 + 17);
        times.append(t);
    }
    const QList<int> offsets {0, 5 * 3600, 6 * 3600, -12 * 3600, 14 * 3600, 5 * 3600 + 45 * 60,
        -(3 * 3600 + 30 * 60), 59};
    for (int offset : offsets) {
        for (const QDateTime &time : std::as_const(times))
            QCOMPARE(
                certdesk::Clock::dateAt(time, offset), time.toTimeZone(QTimeZone(offset)).date());
        QVERIFY(!certdesk::Clock::dateAt(QDateTime(), offset).isValid());
    }
}

void TestEvent::make()
{
    const Event a = Event::make(EventType::Arrived, u"c1"_s, {{u"date"_s, u"2026-03-02"_s}});
    const Event b = Event::make(EventType::Arrived, u"c1"_s);
    QCOMPARE(a.type, EventType::Arrived);
    QCOMPARE(a.typeName, u"arrived"_s);
    QCOMPARE(a.caseId, u"c1"_s);
    QCOMPARE(a.v, Event::SchemaVersion);
    QCOMPARE(a.id.size(), 36); // a UUID without braces
    QVERIFY(!a.id.startsWith(u'{'));
    QVERIFY(a.id != b.id);
    QCOMPARE(a.data.value(u"date"_s).toString(), u"2026-03-02"_s);
}

void TestEvent::hashStable()
{
    const Event e = sample();
    const QByteArray h = e.hash();
    QCOMPARE(h.size(), 64); // SHA-256 as hex
    QCOMPARE(e.hash(), h);
    Event copy = e;
    QCOMPARE(copy.hash(), h);
    // Key order in data does not matter: the canonical form sorts keys.
    QJsonObject reordered;
    const QStringList keys = e.data.keys();
    for (auto it = keys.crbegin(); it != keys.crend(); ++it)
        reordered.insert(*it, e.data.value(*it));
    copy.data = reordered;
    QCOMPARE(copy.hash(), h);
}

void TestEvent::hashSensitive_data()
{
    QTest::addColumn<int>("field");
    const char *names[] = {"_id", "type", "case_id", "branch", "at +1 ms", "by", "device", "v",
        "data value", "data key added", "nested data", "prev", "prev cleared"};
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::newRow(names[i]) << i;
}

void TestEvent::hashSensitive()
{
    QFETCH(int, field);
    const std::function<void(Event &)> changes[] = {
        [](Event &e) { e.id = u"7d2c3f0e-3a51-4c1e-9b8e-0c5a1f9e2b12"_s; },
        [](Event &e) { e.typeName = u"transferred"_s; },
        [](Event &e) { e.caseId = u"case-2"_s; },
        [](Event &e) { e.branch = u"ALA-02"_s; },
        [](Event &e) { e.at = e.at.addMSecs(1); },
        [](Event &e) { e.by = u"clerk2"_s; },
        [](Event &e) { e.device = u"ws-8"_s; },
        [](Event &e) { e.v = 2; },
        [](Event &e) { e.data.insert(u"name"_s, u"Асем Калиқызы"_s); },
        [](Event &e) { e.data.insert(u"extra"_s, true); },
        [](Event &e) {
            e.data.insert(u"collector"_s, QJsonObject {{u"kind"_s, u"representative"_s}});
        },
        [](Event &e) { e.prev = u"ab13"_s; },
        [](Event &e) { e.prev.clear(); },
    };
    QVERIFY(field < int(std::size(changes)));
    const Event e = sample();
    Event changed = e;
    changes[field](changed);
    QVERIFY(changed.hash() != e.hash());
}

QTEST_GUILESS_MAIN(TestEvent)
#include "tst_event.moc"
