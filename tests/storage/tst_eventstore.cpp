// EventStore: what append stamps, the per-device audit chain, strictly increasing times,
// the outbox, all-or-nothing batches, foreign inserts with their checkpoint, and reading back.
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "common/TestDatabase.h"
#include "domain/CaseState.h"
#include "storage/AuditChain.h"
#include "storage/CaseProjection.h"
#include "storage/EventStore.h"
#include "storage/SyncInbox.h"

using namespace certdesk;

namespace {

const Actor kClerk{QStringLiteral("clerk1"), QStringLiteral("dev-A"), QStringLiteral("0101")};
const Actor kOther{QStringLiteral("clerk2"), QStringLiteral("dev-B"), QStringLiteral("0101")};

QDateTime utc(const char *text)
{
    return Event::parseTime(QString::fromLatin1(text));
}

Event received(const QString &caseId)
{
    return Event::make(EventType::Received, caseId,
                       {{QStringLiteral("receipt"), QStringLiteral("R-") + caseId},
                        {QStringLiteral("purpose"), QStringLiteral("domestic")},
                        {QStringLiteral("subject"),
                         QJsonObject{{QStringLiteral("iin"), QStringLiteral("871008401427")},
                                     {QStringLiteral("surname"), QStringLiteral("Ахметова")}}}});
}

Event note(const QString &caseId, const QString &text)
{
    return Event::make(EventType::Note, caseId, {{QStringLiteral("text"), text}});
}

/// An event as another workstation or the provider wrote it: every field already set.
Event foreign(const QString &id, const QString &caseId, EventType type, const char *at,
              const QString &device = QStringLiteral("provider"))
{
    Event e = type == EventType::Received ? received(caseId) : Event::make(type, caseId);
    e.id = id;
    e.at = utc(at);
    e.by = QStringLiteral("kpssu");
    e.device = device;
    e.branch = QStringLiteral("0101");
    return e;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

qint64 rows(Database &db, const char *table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toLongLong();
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql);
}

QString caseStatus(Database &db, const QString &caseId)
{
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT status FROM cases WHERE case_id = ?"));
    q.addBindValue(caseId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList ids(const QList<Event> &events)
{
    QStringList out;
    for (const Event &e : events)
        out.append(e.id);
    return out;
}

} // namespace

class EventStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendStampsEveryField();
    void chainLinksToPreviousLocalEvent();
    void timesStrictlyIncrease();
    void appendQueuesAndProjects();
    void batchIsAllOrNothing_data();
    void batchIsAllOrNothing();
    void insertForeignIgnoresPresentIds();
    void failedInsertKeepsCheckpoint();
    void pulledPageLeavesOwnCommitsFlushed();
    void storedEventsFoldAsRebuilt();
    void failedCheckpointKeepsEvents();
    void outboxUnpushedAndMarkPushed();
    void caseEventsOrderedByTimeThenId();
    void forEachVisitsInStorageOrder();
    void clockMovedBackIsRecorded();
    void clockStepsBackOncePerStep();
    void clockMovedBackRollsBackWithTheWrite();
    void unstorableTextIsRefused_data();
    void unstorableTextIsRefused();
};

void EventStoreTest::appendStampsEveryField()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QList<Event> batch{received(QStringLiteral("c1")), note(QStringLiteral("c1"), QStringLiteral("n"))};
    batch[0].id.clear();
    const QString presetId = batch[1].id;
    QString error;
    QVERIFY2(store.append(batch, kClerk, &error), qPrintable(error));

    QVERIFY(!batch[0].id.isEmpty());
    QCOMPARE(batch[1].id, presetId); // a caller's id is kept
    for (const Event &e : std::as_const(batch)) {
        QCOMPARE(e.by, kClerk.login);
        QCOMPARE(e.device, kClerk.device);
        QCOMPARE(e.branch, kClerk.branch);
        QCOMPARE(e.v, Event::SchemaVersion);
        QVERIFY(e.at.isValid());
        QCOMPARE(e.at.timeSpec(), Qt::UTC);
    }
    QCOMPARE(batch[0].at, t.clock().nowUtc());
    QCOMPARE(batch[0].prev, QString()); // first event of this device
    QCOMPARE(batch[1].prev, QString::fromLatin1(batch[0].hash()));

    // What is stored is exactly what append handed back.
    const QList<Event> stored = store.caseEvents(QStringLiteral("c1"));
    QCOMPARE(stored.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(stored[i].toJson(), batch[i].toJson());
        QCOMPARE(stored[i].hash(), batch[i].hash());
    }
    QSqlQuery q(t.db().db());
    QVERIFY(q.exec(QStringLiteral("SELECT hash, local FROM events ORDER BY n")));
    for (int i = 0; i < 2; ++i) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString::fromLatin1(batch[i].hash()));
        QCOMPARE(q.value(1).toInt(), 1);
    }
}

void EventStoreTest::chainLinksToPreviousLocalEvent()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    QList<Event> first{received(QStringLiteral("c1"))};
    QVERIFY2(store.append(first, kClerk, &error), qPrintable(error));

    // Another device's events and foreign events (even ones naming this device, as a restored
    // export would) are not links of this workstation's chain.
    QList<Event> other{received(QStringLiteral("c2"))};
    QVERIFY2(store.append(other, kOther, &error), qPrintable(error));
    QCOMPARE(other[0].prev, QString());
    QVERIFY2(store.insertForeign({foreign(QStringLiteral("f1"), QStringLiteral("c1"), EventType::Note,
                                          "2026-03-02T06:00:00.000Z", kClerk.device)},
                                 false, nullptr, &error),
             qPrintable(error));

    t.clock().advanceSeconds(60);
    QList<Event> second{note(QStringLiteral("c1"), QStringLiteral("a")),
                        note(QStringLiteral("c2"), QStringLiteral("b"))};
    QVERIFY2(store.append(second, kClerk, &error), qPrintable(error));
    QCOMPARE(second[0].prev, QString::fromLatin1(first[0].hash()));
    QCOMPARE(second[1].prev, QString::fromLatin1(second[0].hash()));

    QList<Event> third{note(QStringLiteral("c2"), QStringLiteral("c"))};
    QVERIFY2(store.append(third, kOther, &error), qPrintable(error));
    QCOMPARE(third[0].prev, QString::fromLatin1(other[0].hash()));
}

void EventStoreTest::timesStrictlyIncrease()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    QList<Event> all;
    // The clock stands still across three appends...
    for (int round = 0; round < 3; ++round) {
        QList<Event> batch{note(QStringLiteral("c1"), QStringLiteral("x")),
                           note(QStringLiteral("c1"), QStringLiteral("y"))};
        QVERIFY2(store.append(batch, kClerk, &error), qPrintable(error));
        all += batch;
    }
    // ...then steps back an hour (a corrected system clock).
    t.clock().advanceSeconds(-3600);
    QList<Event> back{note(QStringLiteral("c1"), QStringLiteral("z"))};
    QVERIFY2(store.append(back, kClerk, &error), qPrintable(error));
    all += back;
    for (int i = 1; i < all.size(); ++i)
        QVERIFY2(all[i - 1].at < all[i].at, qPrintable(QStringLiteral("event %1").arg(i)));
    // The record of the step back (system:clock) takes the millisecond before it.
    QCOMPARE(all.constLast().at, all.constFirst().at.addMSecs(7));

    // The fold order is therefore the order they were written in, whatever their ids.
    QCOMPARE(ids(store.caseEvents(QStringLiteral("c1"))), ids(all));
}

void EventStoreTest::appendQueuesAndProjects()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    QList<Event> batch{received(QStringLiteral("c1")), received(QStringLiteral("c2")),
                       Event::make(EventType::Withdrawn, QStringLiteral("c2"))};
    QVERIFY2(store.append(batch, kClerk, &error), qPrintable(error));
    QCOMPARE(store.unpushedCount(), 3);
    QCOMPARE(ids(store.unpushed(10)), ids(batch));
    QCOMPARE(CaseProjection::count(t.db()), 2);
    QCOMPARE(caseStatus(t.db(), QStringLiteral("c1")), QStringLiteral("submitted"));
    QCOMPARE(caseStatus(t.db(), QStringLiteral("c2")), QStringLiteral("withdrawn"));
}

void EventStoreTest::batchIsAllOrNothing_data()
{
    QTest::addColumn<bool>("duplicateOfStored");
    QTest::newRow("duplicate of a stored event") << true;
    QTest::newRow("duplicate inside the batch") << false;
}

void EventStoreTest::batchIsAllOrNothing()
{
    QFETCH(bool, duplicateOfStored);
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    QList<Event> before{received(QStringLiteral("c0"))};
    QVERIFY2(store.append(before, kClerk, &error), qPrintable(error));

    QList<Event> batch{received(QStringLiteral("c-new")), note(QStringLiteral("c-new"), QStringLiteral("x"))};
    batch[1].id = duplicateOfStored ? before[0].id : batch[0].id;
    const QString firstId = batch[0].id;
    error.clear();
    QVERIFY(!store.append(batch, kClerk, &error));
    QVERIFY2(error.contains(batch[1].id), qPrintable(error));

    QVERIFY(!store.hasEvent(firstId));
    QCOMPARE(store.eventCount(), 1);
    QCOMPARE(rows(t.db(), "events"), 1);
    QCOMPARE(rows(t.db(), "outbox"), 1);
    QCOMPARE(rows(t.db(), "cases"), 1);
    QCOMPARE(caseStatus(t.db(), QStringLiteral("c-new")), QString());
    QVERIFY(store.caseEvents(QStringLiteral("c-new")).isEmpty());

    // Nothing is left half-open: the next write goes through and chains to the stored head.
    QList<Event> after{note(QStringLiteral("c0"), QStringLiteral("after"))};
    after[0].id.clear();
    QVERIFY2(store.append(after, kClerk, &error), qPrintable(error));
    QCOMPARE(after[0].prev, QString::fromLatin1(before[0].hash()));
    QCOMPARE(store.eventCount(), 2);
}

void EventStoreTest::insertForeignIgnoresPresentIds()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    const QList<Event> pulled{
        foreign(QStringLiteral("p1"), QStringLiteral("c1"), EventType::Received, "2026-03-02T05:00:00.000Z"),
        foreign(QStringLiteral("p2"), QStringLiteral("c1"), EventType::AdditionalCheck, "2026-03-02T06:00:00.000Z"),
    };
    int inserted = -1;
    QVERIFY2(store.insertForeign(pulled, false, &inserted, &error, QStringLiteral("pull.since"),
                                 QStringLiteral("\"2-abc\"")),
             qPrintable(error));
    QCOMPARE(inserted, 2);
    QCOMPARE(store.syncValue(QStringLiteral("pull.since")), QStringLiteral("\"2-abc\""));
    QCOMPARE(store.unpushedCount(), 0); // pulled events are not sent back
    QCOMPARE(caseStatus(t.db(), QStringLiteral("c1")), QStringLiteral("additional_check"));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT sum(local) FROM events")).toInt(), 0);

    // A feed repeats changes: present ids are skipped, the new one stored and queued.
    QList<Event> again = pulled;
    again.append(foreign(QStringLiteral("p3"), QStringLiteral("c1"), EventType::Withdrawn,
                         "2026-03-02T07:00:00.000Z"));
    QVERIFY2(store.insertForeign(again, true, &inserted, &error, QStringLiteral("pull.since"),
                                 QStringLiteral("3")),
             qPrintable(error));
    QCOMPARE(inserted, 1);
    QCOMPARE(store.eventCount(), 3);
    QCOMPARE(store.unpushedCount(), 1);
    QCOMPARE(ids(store.unpushed(10)), QStringList{QStringLiteral("p3")});
    QCOMPARE(store.syncValue(QStringLiteral("pull.since")), QStringLiteral("3"));
    QCOMPARE(caseStatus(t.db(), QStringLiteral("c1")), QStringLiteral("withdrawn"));

    // The stored copy keeps the first version of an id; a changed repeat does not overwrite it.
    Event changed = pulled[0];
    changed.data.insert(QStringLiteral("receipt"), QStringLiteral("FORGED"));
    QVERIFY2(store.insertForeign({changed}, false, &inserted, &error), qPrintable(error));
    QCOMPARE(inserted, 0);
    QCOMPARE(store.caseEvents(QStringLiteral("c1")).constFirst().toJson(), pulled[0].toJson());

    // No checkpoint key: none written.
    QVERIFY(store.insertForeign({}, false, &inserted, &error));
    QCOMPARE(inserted, 0);
    QCOMPARE(rows(t.db(), "sync_state"), 1);
}

void EventStoreTest::pulledPageLeavesOwnCommitsFlushed()
{
    // A pulled page commits without waiting for the disk (a copy of the server's, stored with
    // its position); the workstation's own commits after it, stored or refused, wait again.
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    const QString synchronous = QStringLiteral("PRAGMA synchronous");
    QCOMPARE(scalar(t.db(), synchronous).toInt(), 2); // FULL
    auto page = [](const Event &e) {
        PulledDocument d;
        d.id = e.id;
        d.rev = QStringLiteral("1-a");
        d.readable = true;
        d.event = e;
        return QList<PulledDocument>{d};
    };
    SyncInbox inbox(t.db(), t.clock());
    InboxResult result;
    QString error;
    QVERIFY2(inbox.apply(page(foreign(QStringLiteral("p1"), QStringLiteral("c1"),
                             EventType::Received, "2026-03-02T05:00:00.000Z")),
                 QStringLiteral("pull.since"), QStringLiteral("1"), &result, &error),
        qPrintable(error));
    QCOMPARE(result.inserted, 1);
    QCOMPARE(scalar(t.db(), synchronous).toInt(), 2);

    // A page refused at the last door rolls back, and leaves the setting as it was too.
    Event unstorable = foreign(QStringLiteral("p2"), QStringLiteral("c1"), EventType::Note,
        "2026-03-02T06:00:00.000Z");
    unstorable.data.insert(QStringLiteral("text"), QString(QChar(0xD800)));
    QVERIFY(!inbox.apply(page(unstorable), QStringLiteral("pull.since"), QStringLiteral("2"),
        &result, &error));
    QCOMPARE(scalar(t.db(), synchronous).toInt(), 2);
    QCOMPARE(EventStore(t.db(), t.clock()).syncValue(QStringLiteral("pull.since")),
        QStringLiteral("1"));
}

void EventStoreTest::storedEventsFoldAsRebuilt()
{
    // A page's cases are folded from the events it holds when those are all the case has, and
    // read back otherwise: either way the table is the rebuild's, byte for byte.
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    int inserted = 0;
    // c1 has an event here already; c2 is new; c3's page repeats one it already has.
    QVERIFY2(store.insertForeign({foreign(QStringLiteral("a1"), QStringLiteral("c1"),
                                      EventType::Received, "2026-03-02T05:00:00.000Z"),
                                     foreign(QStringLiteral("b1"), QStringLiteral("c3"),
                                         EventType::Received, "2026-03-02T05:00:00.000Z")},
                 false, &inserted, &error),
        qPrintable(error));
    const QList<Event> page{
        // Out of order on purpose, and a provider clock behind the application's.
        foreign(QStringLiteral("a3"), QStringLiteral("c1"), EventType::Withdrawn,
            "2026-03-02T07:00:00.000Z"),
        foreign(QStringLiteral("a2"), QStringLiteral("c1"), EventType::AdditionalCheck,
            "2026-03-02T06:00:00.000Z"),
        foreign(QStringLiteral("d2"), QStringLiteral("c2"), EventType::AdditionalCheck,
            "2026-03-02T04:59:00.000Z"),
        foreign(QStringLiteral("d1"), QStringLiteral("c2"), EventType::Received,
            "2026-03-02T05:00:00.000Z"),
        foreign(QStringLiteral("b1"), QStringLiteral("c3"), EventType::Received,
            "2026-03-02T05:00:00.000Z"),
        foreign(QStringLiteral("b2"), QStringLiteral("c3"), EventType::Withdrawn,
            "2026-03-02T08:00:00.000Z"),
    };
    QVERIFY2(store.insertForeign(page, false, &inserted, &error), qPrintable(error));
    QCOMPARE(inserted, 5);
    QCOMPARE(caseStatus(t.db(), QStringLiteral("c1")), QStringLiteral("withdrawn"));
    QCOMPARE(caseStatus(t.db(), QStringLiteral("c2")), QStringLiteral("additional_check"));
    QCOMPARE(caseStatus(t.db(), QStringLiteral("c3")), QStringLiteral("withdrawn"));
    const QStringList incremental = test::casesTable(t.db());
    QCOMPARE(incremental.size(), 3);
    QVERIFY2(CaseProjection::rebuild(t.db(), &error), qPrintable(error));
    QCOMPARE(test::casesTable(t.db()), incremental);
}

void EventStoreTest::failedInsertKeepsCheckpoint()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    QVERIFY2(store.setSyncValue(QStringLiteral("pull.since"), QStringLiteral("1"), &error),
             qPrintable(error));
    // A storage failure on the second event of the page (disk full, a constraint...).
    QVERIFY(exec(t.db(), QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON events "
                                        "WHEN NEW.id = 'bad' BEGIN SELECT RAISE(ABORT, 'boom'); END")));
    const QList<Event> page{
        foreign(QStringLiteral("good"), QStringLiteral("c1"), EventType::Received, "2026-03-02T05:00:00.000Z"),
        foreign(QStringLiteral("bad"), QStringLiteral("c1"), EventType::Note, "2026-03-02T06:00:00.000Z"),
    };
    int inserted = -1;
    QVERIFY(!store.insertForeign(page, true, &inserted, &error, QStringLiteral("pull.since"),
                                 QStringLiteral("2")));
    QVERIFY2(error.contains(QLatin1String("boom")), qPrintable(error));
    QCOMPARE(inserted, -1);
    QCOMPARE(store.syncValue(QStringLiteral("pull.since")), QStringLiteral("1"));
    QVERIFY(!store.hasEvent(QStringLiteral("good")));
    QCOMPARE(rows(t.db(), "events"), 0);
    QCOMPARE(rows(t.db(), "outbox"), 0);
    QCOMPARE(rows(t.db(), "cases"), 0);

    // The same page goes in once the fault is gone.
    QVERIFY(exec(t.db(), QStringLiteral("DROP TRIGGER boom")));
    QVERIFY2(store.insertForeign(page, true, &inserted, &error, QStringLiteral("pull.since"),
                                 QStringLiteral("2")),
             qPrintable(error));
    QCOMPARE(inserted, 2);
    QCOMPARE(store.syncValue(QStringLiteral("pull.since")), QStringLiteral("2"));
}

void EventStoreTest::failedCheckpointKeepsEvents()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    QVERIFY(exec(t.db(), QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON sync_state "
                                        "BEGIN SELECT RAISE(ABORT, 'boom'); END")));
    const QList<Event> page{
        foreign(QStringLiteral("e1"), QStringLiteral("c1"), EventType::Received, "2026-03-02T05:00:00.000Z")};
    QVERIFY(!store.insertForeign(page, false, nullptr, &error, QStringLiteral("pull.since"),
                                 QStringLiteral("9")));
    // Events without their checkpoint would be fine to repeat, but the rule is one
    // transaction: neither is stored.
    QCOMPARE(rows(t.db(), "events"), 0);
    QCOMPARE(rows(t.db(), "cases"), 0);
    QCOMPARE(store.syncValue(QStringLiteral("pull.since")), QString());
}

void EventStoreTest::outboxUnpushedAndMarkPushed()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    QList<Event> batch;
    for (int i = 0; i < 5; ++i)
        batch.append(note(QStringLiteral("c1"), QString::number(i)));
    QVERIFY2(store.append(batch, kClerk, &error), qPrintable(error));
    QCOMPARE(store.unpushedCount(), 5);
    QCOMPARE(ids(store.unpushed(2)), ids(batch.mid(0, 2)));

    QVERIFY2(store.markPushed({batch[0].id, batch[2].id}, &error), qPrintable(error));
    QCOMPARE(store.unpushedCount(), 3);
    QCOMPARE(ids(store.unpushed(10)), (QStringList{batch[1].id, batch[3].id, batch[4].id}));
    // Marking again, an unknown id or nothing at all changes nothing and is no error.
    QVERIFY(store.markPushed({batch[0].id, QStringLiteral("never-seen")}, &error));
    QVERIFY(store.markPushed({}, &error));
    QCOMPARE(store.unpushedCount(), 3);
    QVERIFY(store.markPushed({batch[1].id, batch[3].id, batch[4].id}, &error));
    QCOMPARE(store.unpushedCount(), 0);
    QVERIFY(store.unpushed(10).isEmpty());
    QCOMPARE(store.eventCount(), 5); // pushed events stay in the log
}

void EventStoreTest::caseEventsOrderedByTimeThenId()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    // Stored in an order that is neither time nor id order, as a pull may deliver them.
    const QList<Event> pulled{
        foreign(QStringLiteral("b"), QStringLiteral("c1"), EventType::Note, "2026-03-02T06:00:00.000Z"),
        foreign(QStringLiteral("z"), QStringLiteral("c1"), EventType::Received, "2026-03-02T05:00:00.000Z"),
        foreign(QStringLiteral("c"), QStringLiteral("c1"), EventType::Withdrawn, "2026-03-02T07:00:00.000Z"),
        foreign(QStringLiteral("a"), QStringLiteral("c1"), EventType::Note, "2026-03-02T06:00:00.000Z"),
        foreign(QStringLiteral("x"), QStringLiteral("c2"), EventType::Received, "2026-03-02T04:00:00.000Z"),
    };
    QVERIFY2(store.insertForeign(pulled, false, nullptr, &error), qPrintable(error));
    const QList<Event> events = store.caseEvents(QStringLiteral("c1"));
    QCOMPARE(ids(events), (QStringList{QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("b"),
                                       QStringLiteral("c")}));
    QCOMPARE(events.constFirst().at, utc("2026-03-02T05:00:00.000Z"));
    QCOMPARE(caseStatus(t.db(), QStringLiteral("c1")), QStringLiteral("withdrawn"));
    QVERIFY(store.caseEvents(QStringLiteral("nope")).isEmpty());
}

void EventStoreTest::forEachVisitsInStorageOrder()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    const QList<Event> pulled{
        foreign(QStringLiteral("3"), QStringLiteral("c1"), EventType::Note, "2026-03-02T09:00:00.000Z"),
        foreign(QStringLiteral("1"), QStringLiteral("c2"), EventType::Note, "2026-03-02T05:00:00.000Z"),
    };
    QVERIFY(store.insertForeign(pulled, false, nullptr, &error));
    QList<Event> local{note(QStringLiteral("c1"), QStringLiteral("x"))};
    QVERIFY(store.append(local, kClerk, &error));

    QStringList seen;
    QVERIFY(store.forEach([&](const Event &e) { seen.append(e.id); return true; }, &error));
    QCOMPARE(seen, (QStringList{QStringLiteral("3"), QStringLiteral("1"), local[0].id}));

    seen.clear();
    QVERIFY(store.forEach([&](const Event &e) { seen.append(e.id); return seen.size() < 2; }, &error));
    QCOMPARE(seen.size(), 2);
}

/// The clock events this database holds, oldest first: [clock, previous, behind_seconds].
QList<QStringList> clockEvents(Database &db)
{
    QList<QStringList> out;
    QSqlQuery q(db.db());
    q.exec(
        QStringLiteral("SELECT json_extract(data, '$.clock'), json_extract(data, '$.previous'), "
                       "json_extract(data, '$.behind_seconds'), device, by_user FROM events "
                       "WHERE case_id = 'system:clock' AND type = 'clock_moved_back' ORDER BY n"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString()});
    return out;
}

void EventStoreTest::clockMovedBackIsRecorded()
{
    // The workstation wrote at 02:01 on 6 December (branch time); then its clock was set back
    // to 20 March. The next write, whatever it is, keeps the order the audit relies on and
    // records what the clock did, for the supervisor's board.
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    t.clock().setLocal(QDate(2026, 12, 6), QTime(2, 1));
    QList<Event> before {received(QStringLiteral("c1"))};
    QVERIFY2(store.append(before, kClerk, &error), qPrintable(error));
    QVERIFY(clockEvents(t.db()).isEmpty());

    t.clock().setLocal(QDate(2026, 3, 20), QTime(10, 0));
    const QDateTime reading = t.clock().nowUtc();
    QList<Event> after {note(QStringLiteral("c1"), QStringLiteral("after"))};
    QVERIFY2(store.append(after, kClerk, &error), qPrintable(error));
    QVERIFY(after[0].at > before[0].at); // the order of this workstation's writes is kept
    const QList<QStringList> recorded = clockEvents(t.db());
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded[0][0], Event::formatTime(reading));
    QCOMPARE(recorded[0][1], Event::formatTime(before[0].at));
    QCOMPARE(recorded[0][2].toLongLong(), reading.secsTo(before[0].at));
    QCOMPARE(recorded[0][3], kClerk.device);
    QCOMPARE(recorded[0][4], kClerk.login);
    // It is an event like any other: chained, queued for the server, never a case.
    QCOMPARE(store.unpushedCount(), 3);
    QCOMPARE(CaseProjection::count(t.db()), 1);
    QCOMPARE(after[0].prev.isEmpty(), false);
}

void EventStoreTest::clockStepsBackOncePerStep()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    auto write = [&](const QString &text) {
        QList<Event> batch {note(QStringLiteral("c1"), text)};
        return store.append(batch, kClerk, &error);
    };
    t.clock().setLocal(QDate(2026, 3, 2), QTime(12, 0));
    QVERIFY(write(QStringLiteral("noon")));
    t.clock().setLocal(QDate(2026, 3, 2), QTime(11, 0)); // back an hour
    QVERIFY(write(QStringLiteral("eleven")));
    QCOMPARE(clockEvents(t.db()).size(), 1);
    // The clock runs on from there: still behind the last record, but not moved back again.
    t.clock().advanceSeconds(10 * 60);
    QVERIFY(write(QStringLiteral("11:10")));
    QCOMPARE(clockEvents(t.db()).size(), 1);
    // Set back a second time, even to a time still after the first report: a new step.
    t.clock().setLocal(QDate(2026, 3, 2), QTime(11, 5));
    QVERIFY(write(QStringLiteral("11:05")));
    QCOMPARE(clockEvents(t.db()).size(), 2);
    QCOMPARE(clockEvents(t.db()).last()[2], QStringLiteral("300"));
    // Another workstation's history is not this clock's: its own first write reports nothing.
    QList<Event> other {note(QStringLiteral("c1"), QStringLiteral("other"))};
    QVERIFY(store.append(other, kOther, &error));
    QCOMPARE(clockEvents(t.db()).size(), 2);
    // Standing still, or less than a second back, is not a step.
    t.clock().advanceSeconds(3600);
    QVERIFY(write(QStringLiteral("later")));
    QVERIFY(write(QStringLiteral("same millisecond")));
    t.clock().set(t.clock().nowUtc().addMSecs(-400));
    QVERIFY(write(QStringLiteral("400 ms back")));
    QCOMPARE(clockEvents(t.db()).size(), 2);
}

void EventStoreTest::clockMovedBackRollsBackWithTheWrite()
{
    // A refused write records nothing, its clock report included: the next one reports it.
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;
    QList<Event> first {received(QStringLiteral("c1"))};
    QVERIFY(store.append(first, kClerk, &error));
    t.clock().advanceSeconds(-86400);
    QList<Event> duplicate {note(QStringLiteral("c1"), QStringLiteral("x"))};
    duplicate[0].id = first[0].id;
    QVERIFY(!store.append(duplicate, kClerk, &error));
    QVERIFY(clockEvents(t.db()).isEmpty());
    QList<Event> next {note(QStringLiteral("c1"), QStringLiteral("y"))};
    QVERIFY2(store.append(next, kClerk, &error), qPrintable(error));
    QCOMPARE(clockEvents(t.db()).size(), 1);
    QCOMPARE(clockEvents(t.db())[0][2], QStringLiteral("86400"));
}

void EventStoreTest::unstorableTextIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("U+FFFF") << QStringLiteral("a") + QChar(0xFFFF) << QStringLiteral("U+FFFF");
    QTest::newRow("leading U+FEFF")
        << QChar(0xFEFF) + QStringLiteral("a") << QStringLiteral("U+FEFF");
    QTest::newRow("leading U+FFFE")
        << QChar(0xFFFE) + QStringLiteral("a") << QStringLiteral("U+FFFE");
    QTest::newRow("lone surrogate")
        << QStringLiteral("a") + QChar(0xD800) << QStringLiteral("U+D800");
    QTest::newRow("U+1FFFF") << QStringLiteral("a") + QChar(0xD83F) + QChar(0xDFFF)
                             << QStringLiteral("U+1FFFF");
}

void EventStoreTest::unstorableTextIsRefused()
{
    // Text that SQLite would give back changed never reaches storage: an event written
    // elsewhere is refused (its hash is its writer's); text typed here loses the characters
    // before its event is hashed. Either way the audit reads back what was hashed.
    QFETCH(QString, text);
    QFETCH(QString, named);
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    EventStore store(t.db(), t.clock());
    QString error;

    Event top = foreign(
        QStringLiteral("f-1"), QStringLiteral("c2"), EventType::Note, "2026-03-02T05:00:00.000Z");
    top.branch = text;
    QVERIFY(!store.insertForeign({top}, false, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("\"branch\" holds ") + named), qPrintable(error));
    Event inData = foreign(
        QStringLiteral("f-2"), QStringLiteral("c2"), EventType::Note, "2026-03-02T05:00:00.000Z");
    inData.data.insert(QStringLiteral("text"), text);
    error.clear();
    QVERIFY(!store.insertForeign({inData}, false, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("\"data.text\" holds ") + named), qPrintable(error));
    QCOMPARE(rows(t.db(), "events"), 0);

    QList<Event> local {received(QStringLiteral("c1")), note(QStringLiteral("c1"), text)};
    local[1].data.insert(text, QJsonArray {text});
    QVERIFY2(store.append(local, kClerk, &error), qPrintable(error));
    QCOMPARE(local[1].data.value(QLatin1String("text")).toString(), QStringLiteral("a"));
    QCOMPARE(local[1].data.value(QLatin1String("a")).toArray(), QJsonArray {QStringLiteral("a")});
    const QList<Event> stored = store.caseEvents(QStringLiteral("c1"));
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[1].data, local[1].data);
    QCOMPARE(stored[1].hash(), local[1].hash());
    AuditReport report;
    QVERIFY2(AuditChain(t.db()).verify(&report, &error), qPrintable(error));
    QVERIFY2(report.ok(), QJsonDocument(report.toJson()).toJson().constData());
}

QTEST_GUILESS_MAIN(EventStoreTest)
#include "tst_eventstore.moc"
