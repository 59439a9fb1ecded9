// The fast path of the audit-chain hash (CanonicalEvent, JsonText) against the definition:
// Event::hash() and QJsonDocument's compact text, on ordinary and awkward events.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include "domain/CanonicalEvent.h"
#include "domain/JsonText.h"

using namespace certdesk;

Q_DECLARE_METATYPE(certdesk::Event)

class TestCanonicalEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsEventHash_data();
    void sameAsEventHash();
    void stringsAsQtWritesThem_data();
    void stringsAsQtWritesThem();
    void timesAndDates();
};

namespace {

Event sample()
{
    Event e;
    e.id = QStringLiteral("0b6f1c3e-8f0e-4a51-9d43-3c2b8e2f6a10");
    e.type = EventType::Received;
    e.typeName = QStringLiteral("received");
    e.caseId = QStringLiteral("5d0c3a52-22c1-4c1e-b0a4-7f1f8e0b9d21");
    e.branch = QStringLiteral("7501");
    e.at = QDateTime(QDate(2026, 3, 2), QTime(4, 5, 6, 789), QTimeZone::utc());
    e.by = QStringLiteral("clerk");
    e.device = QStringLiteral("7501-ws02");
    e.data = QJsonObject{
        {QStringLiteral("receipt"), QStringLiteral("7501-01-260302-0001")},
        {QStringLiteral("subject"), QJsonObject{{QStringLiteral("surname"), QStringLiteral("Сейткалиева")},
                                                {QStringLiteral("given_name"), QStringLiteral("Айгүл")}}},
        {QStringLiteral("paper"), true},
        {QStringLiteral("count"), 3},
        {QStringLiteral("list"), QJsonArray{1, QStringLiteral("two"), QJsonValue()}},
    };
    return e;
}

} // namespace

void TestCanonicalEvent::sameAsEventHash_data()
{
    QTest::addColumn<Event>("event");
    const Event base = sample();
    QTest::newRow("ordinary, first of its chain") << base;
    Event chained = base;
    chained.prev = QStringLiteral("a3f1e0c9b8d7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1");
    QTest::newRow("chained") << chained;
    Event awkward = chained;
    awkward.by = QStringLiteral("quote \" backslash \\ tab \t newline \n bell \x07 end");
    awkward.caseId = QStringLiteral("appeal:ёЁ 😀 \u2028");
    awkward.data.insert(QStringLiteral("note"), QStringLiteral("line1\r\nline2 \"quoted\" \x01"));
    awkward.data.insert(QStringLiteral("ключ"), 1.5);
    QTest::newRow("escapes, emoji, Cyrillic") << awkward;
    Event unknownType = base;
    unknownType.type = EventType::Unknown;
    unknownType.typeName = QStringLiteral("future_type");
    unknownType.v = 7;
    QTest::newRow("unknown type, other version") << unknownType;
    Event noName = base;
    noName.typeName.clear();
    noName.type = EventType::Issued;
    noName.data = QJsonObject();
    QTest::newRow("type by enum, empty data") << noName;
    Event local = base;
    local.at = QDateTime(QDate(2026, 3, 2), QTime(9, 5, 6, 7), QTimeZone(5 * 3600));
    QTest::newRow("time given in another zone") << local;
    Event farFuture = base;
    farFuture.at = QDateTime(QDate(12026, 1, 1), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("five-digit year") << farFuture;
}

void TestCanonicalEvent::sameAsEventHash()
{
    QFETCH(Event, event);
    const QByteArray data = CanonicalEvent::compactData(event.data);
    QCOMPARE(data, QJsonDocument(event.data).toJson(QJsonDocument::Compact));
    QJsonObject hashed = event.toJson();
    hashed.insert(QStringLiteral("prev"), event.prev);
    QCOMPARE(CanonicalEvent::canonicalForm(event, data),
             QJsonDocument(hashed).toJson(QJsonDocument::Compact));
}

void TestCanonicalEvent::stringsAsQtWritesThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("7501-01-260302-0001");
    QTest::newRow("kazakh") << QStringLiteral("Соттылығының бар-жоғы туралы анықтама");
    QTest::newRow("controls") << QStringLiteral("a\x01\x1f\b\f\n\r\t\"\\/z");
    QTest::newRow("del and latin-1") << QStringLiteral("\x7f é ß");
    QTest::newRow("surrogate pair") << QStringLiteral("😀");
    QTest::newRow("lone surrogate") << QString(QChar(0xd800));
}

void TestCanonicalEvent::stringsAsQtWritesThem()
{
    QFETCH(QString, text);
    QByteArray out;
    JsonText::appendString(out, text);
    const QByteArray qt = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    QCOMPARE(out, qt.mid(1, qt.size() - 2));
}

void TestCanonicalEvent::timesAndDates()
{
    for (const QDateTime &t : {QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
                               QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone(5 * 3600)),
                               QDateTime(QDate(1999, 1, 1), QTime(1, 2, 3, 4), QTimeZone::utc()),
                               QDateTime()}) {
        QByteArray out;
        JsonText::appendTime(out, t);
        QCOMPARE(out, QByteArray('"' + Event::formatTime(t).toUtf8() + '"'));
    }
    for (const QDate &d : {QDate(2026, 1, 2), QDate(1900, 12, 31), QDate(12026, 1, 1), QDate()}) {
        QByteArray out;
        JsonText::appendDate(out, d);
        const QString iso = d.isValid() ? d.toString(Qt::ISODate) : QString();
        QCOMPARE(out, QByteArray('"' + iso.toUtf8() + '"'));
    }
}

QTEST_APPLESS_MAIN(TestCanonicalEvent)
#include "tst_canonicalevent.moc"
