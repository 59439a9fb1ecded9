// The notices in storage and services: an arrival, a first print or a return recorded at the
// counter queues its notice at once, only with consent; queueing twice or on two databases
// makes one notice (the derived id); the reminder comes on the custody clock's day; only a
// supervisor names the notifier, only the board's readers see the branch's notices.
#include <QSqlQuery>
#include <QTest>

#include "common/NoticeCases.h"
#include "common/TestDatabase.h"
#include "domain/Custody.h"
#include "services/CustodyService.h"
#include "services/IssuanceService.h"
#include "services/NoticeService.h"
#include "services/Session.h"
#include "storage/NoticeStore.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kPhone = QStringLiteral("+77012345678");

User clerkUser()
{
    return {QStringLiteral("clerk"), QStringLiteral("Иванова Анна"), QString(), Role::Clerk};
}

/// A paper result recorded, not yet at the branch.
bool resultReady(
    EventStore &store, const Actor &actor, const QString &caseId, bool consent, QString *error)
{
    QList<Event> events {paperIntake(caseId, kPhone, consent),
        Event::make(EventType::ResultRecorded, caseId,
            {{QStringLiteral("certificate_number"), QStringLiteral("7/123")},
                {QStringLiteral("certificate_date"), QStringLiteral("2026-11-01")},
                {QStringLiteral("outcome"), QStringLiteral("no_record")}})};
    return store.append(events, actor, error);
}

} // namespace

class TstNoticeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrivalQueuesItsNoticeOnlyWithConsent()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        t.clock().setLocal(QDate(2026, 11, 10));
        Session clerk(t.db(), t.clock(), clerkUser());
        EventStore store(t.db(), t.clock());
        const QString agreed = Event::newId();
        const QString refused = Event::newId();
        QString error;
        QVERIFY(resultReady(store, clerk.actor(), agreed, true, &error));
        QVERIFY(resultReady(store, clerk.actor(), refused, false, &error));
        CustodyService custody(clerk);
        QVERIFY2(custody.recordArrival(agreed, QDate(), nullptr, &error), qPrintable(error));
        QVERIFY2(custody.recordArrival(refused, QDate(), nullptr, &error), qPrintable(error));

        NoticeStore notices(t.db(), t.clock());
        QList<NoticeEntry> list = notices.notices();
        QCOMPARE(list.size(), 1);
        const NoticeRecord r = list[0].record;
        QCOMPARE(r.caseId, agreed);
        QCOMPARE(r.kind, Notice::Kind::Arrived);
        QCOMPARE(r.phone, kPhone);
        QCOMPARE(r.text,
            QStringLiteral("Соттылық туралы анықтама дайын. Бөлімшеден 10.12.2026 дейін алыңыз."));
        const CaseState s = CaseFold::fold(store.caseEvents(agreed), t.clock().utcOffsetSeconds());
        QCOMPARE(r.id, Notice::idFor(agreed, Notice::Kind::Arrived, s.custodyEventId));
        // Written by the workstation itself, not by the clerk.
        for (const Event &e : store.caseEvents(agreed)) {
            if (e.type == EventType::NoticeQueued)
                QCOMPARE(e.by, Event::systemAuthor());
        }
        // The case's state is what it was: notices change nothing in the fold.
        QCOMPARE(s.status, CaseStatus::AtBranch);
        QVERIFY(s.anomalies.isEmpty());

        // Queued again (the sender's pass): nothing new.
        int queued = -1;
        QVERIFY(notices.queueDue(&queued, &error));
        QCOMPARE(queued, 0);
    }

    void firstPrintAndReturnQueueTheirs()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        t.clock().setLocal(QDate(2026, 11, 10));
        Session clerk(t.db(), t.clock(), clerkUser());
        EventStore store(t.db(), t.clock());
        const QString id = Event::newId();
        QString error;
        QVERIFY(resultReady(store, clerk.actor(), id, true, &error));
        int copy = 0;
        QVERIFY2(IssuanceService(clerk).recordPrint(id, &copy, nullptr, &error), qPrintable(error));
        NoticeStore notices(t.db(), t.clock());
        QCOMPARE(notices.notices(id).size(), 1);

        // The month runs out, the paper goes to the provider, the person comes, it comes back.
        QList<Event> away {Event::make(EventType::Transferred, id,
            {{QStringLiteral("date"), QStringLiteral("2026-12-11")},
                {QStringLiteral("act"), QStringLiteral("0101-03-261211-1")}})};
        t.clock().setLocal(QDate(2026, 12, 11));
        QVERIFY(store.append(away, clerk.actor(), &error));
        CustodyService custody(clerk);
        t.clock().setLocal(QDate(2026, 12, 14));
        QVERIFY2(custody.requestReturn(id, nullptr, &error), qPrintable(error));
        t.clock().setLocal(QDate(2026, 12, 15));
        QVERIFY2(custody.recordReturned(id, QDate(), nullptr, &error), qPrintable(error));
        const QList<NoticeEntry> list = notices.notices(id);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[1].record.kind, Notice::Kind::Returned);
        QVERIFY(list[1].stillDue);
        QVERIFY(!list[0].stillDue); // the arrival notice of the first month is no longer wanted
    }

    void reminderOnTheCustodyClock()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        t.clock().setLocal(QDate(2026, 11, 10));
        EventStore store(t.db(), t.clock());
        const Actor clerk {QStringLiteral("clerk"), t.db().deviceId(), QStringLiteral("0101")};
        const QString id = Event::newId();
        QString error;
        QVERIFY(paperAtBranch(store, clerk, id, kPhone, true, QDate(2026, 11, 10), &error));
        NoticeStore notices(t.db(), t.clock());
        int queued = 0;
        QVERIFY(notices.queueDue(&queued, &error));
        QCOMPARE(queued, 1);
        t.clock().setLocal(Custody::reminderDate(QDate(2026, 11, 10)).addDays(-1));
        QVERIFY(notices.queueDue(&queued, &error));
        QCOMPARE(queued, 0);
        t.clock().setLocal(Custody::reminderDate(QDate(2026, 11, 10)));
        QVERIFY(notices.queueDue(&queued, &error));
        QCOMPARE(queued, 1);
        QCOMPARE(notices.notices(id).value(1).record.kind, Notice::Kind::CustodyReminder);
    }

    void twoDatabasesQueueOneNotice()
    {
        TestDatabase a, b;
        QVERIFY(a.isValid() && b.isValid());
        b.clock().set(a.clock().nowUtc().addSecs(90)); // another clock
        EventStore storeA(a.db(), a.clock());
        EventStore storeB(b.db(), b.clock());
        const Actor clerk {QStringLiteral("clerk"), a.db().deviceId(), QStringLiteral("0101")};
        const QString id = Event::newId();
        QString error;
        QVERIFY(paperAtBranch(storeA, clerk, id, kPhone, true, a.clock().today(), &error));
        // b receives the case as a pull would.
        int inserted = 0;
        QVERIFY(storeB.insertForeign(storeA.caseEvents(id), false, &inserted, &error));
        QVERIFY(NoticeStore(a.db(), a.clock()).queueDue(nullptr, &error));
        QVERIFY(NoticeStore(b.db(), b.clock()).queueDue(nullptr, &error));
        const QString idA = NoticeStore(a.db(), a.clock()).notices().value(0).record.id;
        const QString idB = NoticeStore(b.db(), b.clock()).notices().value(0).record.id;
        QVERIFY(!idA.isEmpty());
        QCOMPARE(idA, idB);
        // a's copy reaching b is the same notice: not stored again.
        QList<Event> fromA;
        for (const Event &e : storeA.caseEvents(id)) {
            if (e.type == EventType::NoticeQueued)
                fromA.append(e);
        }
        QVERIFY(storeB.insertForeign(fromA, false, &inserted, &error));
        QCOMPARE(inserted, 0);
        QCOMPARE(NoticeStore(b.db(), b.clock()).notices().size(), 1);
    }

    void permissions()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        Session clerk(t.db(), t.clock(), clerkUser());
        QString error;
        QVERIFY(!NoticeService(clerk).setNotifier(QString(), nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("clerk")) || !error.isEmpty());
        QList<NoticeEntry> list;
        QVERIFY(!NoticeService(clerk).notices(QString(), &list, &error));
        QVERIFY(NoticeService(clerk).notices(Event::newId(), &list, &error)); // a case: anyone
        Session boss(t.db(), t.clock(),
            User {
                QStringLiteral("boss"), QStringLiteral("Серикбаев"), QString(), Role::Supervisor});
        NotifierDesignation made;
        QVERIFY2(NoticeService(boss).setNotifier(QString(), &made, &error), qPrintable(error));
        QCOMPARE(made.device, t.db().deviceId());
        QCOMPARE(made.by, QStringLiteral("boss"));
        QCOMPARE(made.effectiveAt, made.setAt); // the first: at once
        // Another workstation takes over only after the handover.
        QVERIFY(NoticeService(boss).setNotifier(QStringLiteral("other-device"), &made, &error));
        // (the stamp may be a millisecond after the clock: a workstation's times only grow)
        QVERIFY(
            qAbs(made.setAt.secsTo(made.effectiveAt) - NotifierDesignation::HandoverSeconds) <= 1);
        QVERIFY(
            !NoticeService(boss).setNotifier(QStringLiteral("bad id with spaces"), &made, &error));
        QVERIFY(error.contains(QStringLiteral("device id")));
    }

    void theNoticesAreReadThroughAnIndex()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        QSqlQuery q(t.db().db());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM events WHERE type IN "
                                      "('notice_queued', 'notice_sent', 'notice_failed')")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString();
        // The board and the sender read them on every pass: never a scan of the whole log.
        QVERIFY2(plan.contains(QStringLiteral("USING INDEX")), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TstNoticeService)
#include "tst_noticeservice.moc"
