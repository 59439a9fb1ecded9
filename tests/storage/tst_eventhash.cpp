// The hash storage writes (EventHash, OpenSSL's SHA-256) against the definition, Event::hash()
// (Qt's SHA-256 of the whole document), on ordinary and awkward events, and against a
// digest fixed here, so that neither side can drift with the other.
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include "domain/CanonicalEvent.h"
#include "storage/EventHash.h"

using namespace certdesk;

class TestEventHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsTheDefinition();
    void knownDigest();
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
    e.data = QJsonObject {{QStringLiteral("receipt"), QStringLiteral("7501-01-260302-0001")},
        {QStringLiteral("subject"),
            QJsonObject {{QStringLiteral("surname"), QStringLiteral("Сейткалиева")}}},
        {QStringLiteral("list"), QJsonArray {1, QStringLiteral("two"), QJsonValue()}}};
    return e;
}

} // namespace

void TestEventHash::sameAsTheDefinition()
{
    QList<Event> events {sample()};
    Event chained = sample();
    chained.prev
        = QStringLiteral("a3f1e0c9b8d7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1");
    events.append(chained);
    Event awkward = chained;
    awkward.by = QStringLiteral("quote \" backslash \\ tab \t newline \n end");
    awkward.caseId = QStringLiteral("appeal:ёЁ 😀 \u2028");
    awkward.data.insert(QStringLiteral("note"), QString(5000, QLatin1Char('x'))); // many blocks
    events.append(awkward);
    Event empty = sample();
    empty.data = QJsonObject();
    events.append(empty);
    for (const Event &e : std::as_const(events)) {
        const QByteArray data = CanonicalEvent::compactData(e.data);
        QCOMPARE(EventHash::of(e, data), e.hash());
        QCOMPARE(EventHash::of(e), e.hash());
        QCOMPARE(EventHash::of(e).size(), 64);
    }
}

void TestEventHash::knownDigest()
{
    // SHA-256 of the canonical form below, computed outside CertDesk (sha256sum).
    const Event e = sample();
    QCOMPARE(CanonicalEvent::canonicalForm(e, CanonicalEvent::compactData(e.data)),
        QByteArray(
            R"({"_id":"0b6f1c3e-8f0e-4a51-9d43-3c2b8e2f6a10","at":"2026-03-02T04:05:06.789Z",)"
            R"("branch":"7501","by":"clerk","case_id":"5d0c3a52-22c1-4c1e-b0a4-7f1f8e0b9d21",)"
            R"("data":{"list":[1,"two",null],"receipt":"7501-01-260302-0001",)"
            R"("subject":{"surname":"Сейткалиева"}},"device":"7501-ws02","prev":"",)"
            R"("type":"received","v":1})"));
    QCOMPARE(EventHash::of(e),
        QByteArray("fc07454168b97db83db031875fecdd94c6066f5fe842355f675c7b5e5d8c3f29"));
}

QTEST_GUILESS_MAIN(TestEventHash)
#include "tst_eventhash.moc"
