// The SMS notices as rules: which are due on a case (consent, custody clock, return), their
// derived ids, their texts in both languages within one SMS segment, the fold of their
// events with its backoff, and who may send (the notifier designation and its handover).
#include <QJsonObject>
#include <QTest>

#include "domain/Custody.h"
#include "domain/Notice.h"
#include "domain/NoticeFailure.h"
#include "domain/NoticeLog.h"
#include "domain/NoticeText.h"
#include "domain/NotifierDesignation.h"

using namespace certdesk;

namespace {

Event at(Event e, const QString &when, const QString &device = QStringLiteral("ws-1"))
{
    e.at = Event::parseTime(when);
    e.device = device;
    e.by = Event::systemAuthor();
    return e;
}

CaseState paperAtBranch(bool consent, const QString &phone = QStringLiteral("+77012345678"))
{
    const QString caseId = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
    QJsonObject received {{QStringLiteral("purpose"), QStringLiteral("abroad")},
        {QStringLiteral("result_form"), QStringLiteral("paper")}, {QStringLiteral("phone"), phone},
        {QStringLiteral("notice_consent"), consent},
        {QStringLiteral("notice_language"), QStringLiteral("ru")}};
    const QList<Event> events {
        at(Event::make(EventType::Received, caseId, received),
            QStringLiteral("2026-11-02T04:00:00.000Z")),
        at(Event::make(EventType::ResultRecorded, caseId,
               {{QStringLiteral("certificate_number"), QStringLiteral("1")},
                   {QStringLiteral("outcome"), QStringLiteral("no_record")}}),
            QStringLiteral("2026-11-09T04:00:00.000Z")),
        at(Event::make(EventType::Arrived, caseId,
               {{QStringLiteral("date"), QStringLiteral("2026-11-10")}}),
            QStringLiteral("2026-11-10T04:00:00.000Z")),
    };
    return CaseFold::fold(events, 5 * 3600);
}

NotifierDesignation designation(
    const QString &id, const QString &device, const QString &set, const QString &effective)
{
    Event e = Event::make(EventType::Unknown, NotifierDesignation::stream(),
        {{QStringLiteral("device"), device}, {QStringLiteral("workstation"), 2},
            {QStringLiteral("effective_at"), effective}});
    e.typeName = NotifierDesignation::type();
    e.id = id;
    e.at = Event::parseTime(set);
    return NotifierDesignation::read({e}).value(0);
}

} // namespace

class TstNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTextFitsOneSegment_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("language");
        for (int k = 0; k < 3; ++k) {
            for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru")})
                QTest::addRow("%d-%s", k, qPrintable(lang)) << k << lang;
        }
    }
    void everyTextFitsOneSegment()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        // The longest date there is: two-digit day and month.
        const QString text = NoticeText::text(Notice::Kind(kind), language, QDate(2026, 12, 31));
        QVERIFY(!text.isEmpty());
        QVERIFY2(!NoticeText::isGsm7(text), "Cyrillic text goes as UCS-2");
        QCOMPARE(NoticeText::singleSegmentLimit(text), 70);
        QVERIFY2(text.size() <= 70,
            qPrintable(QStringLiteral("%1 characters: %2").arg(text.size()).arg(text)));
        QCOMPARE(NoticeText::segments(text), 1);
        if (Notice::Kind(kind) != Notice::Kind::Returned)
            QVERIFY(text.contains(QStringLiteral("31.12.2026")));
        // The two languages are different texts, and Kazakh has its own letters.
        const QString other = NoticeText::text(Notice::Kind(kind),
            language == QLatin1String("kk") ? QStringLiteral("ru") : QStringLiteral("kk"),
            QDate(2026, 12, 31));
        QVERIFY(text != other);
    }

    void segmentLimits()
    {
        QCOMPARE(NoticeText::segments(QString(160, u'a')), 1);
        QCOMPARE(NoticeText::segments(QString(161, u'a')), 2);
        QCOMPARE(NoticeText::segments(QString(80, u'[')), 1); // two septets each
        QCOMPARE(NoticeText::segments(QString(81, u'[')), 2);
        QCOMPARE(NoticeText::segments(QString(70, u'ж')), 1);
        QCOMPARE(NoticeText::segments(QString(71, u'ж')), 2);
        QCOMPARE(NoticeText::segments(QString(134, u'ж')), 2);
        QCOMPARE(NoticeText::segments(QString(135, u'ж')), 3);
        QVERIFY(!NoticeText::isGsm7(QStringLiteral("қ")));
        QVERIFY(NoticeText::isGsm7(QStringLiteral("Ready 31.12.2026 @ ÄÖ")));
    }

    void nothingWithoutConsent()
    {
        QVERIFY(Notice::due(paperAtBranch(false), QDate(2026, 12, 5)).isEmpty());
        QVERIFY(Notice::due(paperAtBranch(true, QString()), QDate(2026, 12, 5)).isEmpty());
        // An application written before the field existed has none: no consent.
        QVERIFY(
            !CaseFold::fold({at(Event::make(EventType::Received, QStringLiteral("x"),
                                    {{QStringLiteral("phone"), QStringLiteral("+77012345678")}}),
                                QStringLiteral("2026-11-02T04:00:00.000Z"))},
                0)
                 .noticeConsent);
    }

    void arrivalThenReminderOnTheCustodyClock()
    {
        const CaseState s = paperAtBranch(true);
        QCOMPARE(s.branchCustodyUntil, QDate(2026, 12, 10));
        QCOMPARE(Custody::reminderDate(s.arrivedOn), QDate(2026, 12, 3));
        QList<Notice> due = Notice::due(s, QDate(2026, 11, 10));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].kind, Notice::Kind::Arrived);
        QCOMPARE(due[0].language, QStringLiteral("ru"));
        QCOMPARE(due[0].until, QDate(2026, 12, 10));
        QCOMPARE(Notice::due(s, QDate(2026, 12, 2)).size(), 1);
        due = Notice::due(s, QDate(2026, 12, 3));
        QCOMPARE(due.size(), 2);
        QCOMPARE(due[1].kind, Notice::Kind::CustodyReminder);
        QCOMPARE(Notice::due(s, QDate(2026, 12, 10)).size(), 2);
        // Branch custody over: the paper goes to the provider, nothing more to say.
        QVERIFY(Notice::due(s, QDate(2026, 12, 11)).isEmpty());
    }

    void idsAreDerivedAndDistinct()
    {
        const CaseState s = paperAtBranch(true);
        const QList<Notice> due = Notice::due(s, QDate(2026, 12, 4));
        QCOMPARE(due[0].id(), Notice::idFor(s.caseId, Notice::Kind::Arrived, s.custodyEventId));
        QCOMPARE(due[0].id(), Notice::due(s, QDate(2026, 11, 20))[0].id());
        QVERIFY(due[0].id() != due[1].id());
        QVERIFY(Notice::idFor(s.caseId, Notice::Kind::Arrived, QStringLiteral("a"))
            != Notice::idFor(s.caseId, Notice::Kind::Arrived, QStringLiteral("b")));
        QVERIFY(QUuid::fromString(due[0].id()).version() == QUuid::Sha1);
    }

    void twoCopiesOfOneQueuedNoticeAreOneNotice()
    {
        const QString caseId = QStringLiteral("c-1");
        const QString trigger = QStringLiteral("e-arrived");
        const auto queued = [&](const QString &device, const QString &notice, const QString &cause,
                                const QString &text) {
            Event e = Event::make(EventType::NoticeQueued, caseId,
                QJsonObject {{QStringLiteral("notice"), notice}, {QStringLiteral("trigger"), cause},
                    {QStringLiteral("text"), text}});
            e.id = Notice::idFor(caseId, Notice::Kind::Arrived, trigger);
            e.device = device;
            return e;
        };
        const Event mine = queued(
            QStringLiteral("dev-1"), QStringLiteral("arrived"), trigger, QStringLiteral("one"));
        // Another workstation's copy: its own envelope and the text of its moment.
        QVERIFY(Notice::sameQueued(mine,
            queued(QStringLiteral("dev-2"), QStringLiteral("arrived"), trigger,
                QStringLiteral("two"))));
        // Under the same id, another kind or trigger is not this notice: a change.
        QVERIFY(!Notice::sameQueued(
            mine, queued(QStringLiteral("dev-2"), QStringLiteral("returned"), trigger, QString())));
        QVERIFY(!Notice::sameQueued(mine,
            queued(QStringLiteral("dev-2"), QStringLiteral("arrived"), QStringLiteral("e-x"),
                QString())));
        // Another type under the id is never a copy.
        Event other = mine;
        other.type = EventType::Note;
        QVERIFY(!Notice::sameQueued(mine, other));
    }

    void returnedPaperAndClosedCase()
    {
        CaseState s = paperAtBranch(true);
        s.status = CaseStatus::AtBranch;
        s.returnedEventId = QStringLiteral("ret-1");
        const QList<Notice> due = Notice::due(s, QDate(2027, 1, 20));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].kind, Notice::Kind::Returned);
        QCOMPARE(due[0].trigger, QStringLiteral("ret-1"));
        s.status = CaseStatus::Issued;
        QVERIFY(Notice::due(s, QDate(2027, 1, 20)).isEmpty());
        s.status = CaseStatus::AtProvider;
        QVERIFY(Notice::due(s, QDate(2027, 1, 20)).isEmpty());
    }

    void logFoldsOutcomesWithBackoff()
    {
        QCOMPARE(NoticeLog::retryDelaySeconds(1), 60);
        QCOMPARE(NoticeLog::retryDelaySeconds(2), 120);
        QCOMPARE(NoticeLog::retryDelaySeconds(3), 240);
        QCOMPARE(NoticeLog::retryDelaySeconds(7), 3600);
        QCOMPARE(NoticeLog::retryDelaySeconds(40), 3600);

        const QString c = QStringLiteral("case-1");
        Event q = at(Event::make(EventType::NoticeQueued, c,
                         {{QStringLiteral("notice"), QStringLiteral("arrived")},
                             {QStringLiteral("phone"), QStringLiteral("+77012345678")}}),
            QStringLiteral("2026-11-10T04:00:00.000Z"));
        Event f = at(
            Event::make(EventType::NoticeFailed, c,
                {{QStringLiteral("notice_id"), q.id},
                    {QStringLiteral("cause"), QStringLiteral("refused")},
                    {QStringLiteral("status"), 503},
                    {QStringLiteral("reason"), QStringLiteral("HTTP 503 busy")},
                    {QStringLiteral("next_attempt"), QStringLiteral("2026-11-10T04:01:00.000Z")}}),
            QStringLiteral("2026-11-10T04:00:01.000Z"));
        Event sent = at(Event::make(EventType::NoticeSent, c,
                            {{QStringLiteral("notice_id"), q.id},
                                {QStringLiteral("reference"), QStringLiteral("gw-1")}}),
            QStringLiteral("2026-11-10T04:02:00.000Z"));
        // Any order of reading: an outcome read before its notice still counts.
        QList<NoticeRecord> r = NoticeLog::fold({f, q});
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].state(), NoticeRecord::State::Failing);
        QCOMPARE(r[0].lastFailure.cause, NoticeFailure::Cause::Refused);
        QCOMPARE(r[0].lastFailure.httpStatus, 503);
        QCOMPARE(r[0].lastFailure.detail, QStringLiteral("HTTP 503 busy"));
        QCOMPARE(r[0].nextAttemptAt, Event::parseTime(QStringLiteral("2026-11-10T04:01:00.000Z")));
        r = NoticeLog::fold({sent, f, q});
        QCOMPARE(r[0].state(), NoticeRecord::State::Sent);
        QCOMPARE(r[0].reference, QStringLiteral("gw-1"));
        QCOMPARE(r[0].sends, 1);
        QCOMPARE(r[0].failures, 1);
        // An outcome without its notice is not a notice.
        QVERIFY(NoticeLog::fold({sent}).isEmpty());
    }

    void failureCausesRoundTrip_data()
    {
        QTest::addColumn<int>("cause");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("credentials");
        QTest::newRow("503") << int(NoticeFailure::Cause::Refused) << 503 << false;
        QTest::newRow("401") << int(NoticeFailure::Cause::Refused) << 401 << true;
        QTest::newRow("403") << int(NoticeFailure::Cause::Refused) << 403 << true;
        QTest::newRow("no answer") << int(NoticeFailure::Cause::NoAnswer) << 0 << false;
        QTest::newRow("unreachable") << int(NoticeFailure::Cause::Unreachable) << 0 << false;
    }
    void failureCausesRoundTrip()
    {
        QFETCH(int, cause);
        QFETCH(int, status);
        QFETCH(bool, credentials);
        NoticeFailure f;
        f.cause = NoticeFailure::Cause(cause);
        f.httpStatus = status;
        f.detail = QStringLiteral("the gateway's own words");
        const QJsonObject data = f.toEventData();
        QCOMPARE(data.contains(QLatin1String("status")), status > 0);
        const NoticeFailure back = NoticeFailure::fromEventData(data);
        QCOMPARE(int(back.cause), cause);
        QCOMPARE(back.httpStatus, status);
        QCOMPARE(back.detail, f.detail);
        QCOMPARE(back.isCredentials(), credentials);
    }

    void failureFromOtherData()
    {
        // A status alone is a refusal; an unknown cause is "could not be reached", and a
        // status that came with another cause is not shown as the gateway's answer.
        QJsonObject data {{QStringLiteral("status"), 502}};
        QCOMPARE(NoticeFailure::fromEventData(data).cause, NoticeFailure::Cause::Refused);
        data = {{QStringLiteral("cause"), QStringLiteral("eaten by a grue")}};
        QCOMPARE(NoticeFailure::fromEventData(data).cause, NoticeFailure::Cause::Unreachable);
        data = {{QStringLiteral("cause"), QStringLiteral("no_answer")}, {QStringLiteral("status"), 500}};
        const NoticeFailure f = NoticeFailure::fromEventData(data);
        QCOMPARE(f.cause, NoticeFailure::Cause::NoAnswer);
        QCOMPARE(f.httpStatus, 0);
        QVERIFY(NoticeFailure::fromEventData(QJsonObject()).detail.isEmpty());
        // Failures recorded before the cause was: read from the words this version wrote.
        data = {{QStringLiteral("reason"), QStringLiteral("HTTP 503 {\"error\":\"busy\"}")}};
        QCOMPARE(NoticeFailure::fromEventData(data).cause, NoticeFailure::Cause::Refused);
        QCOMPARE(NoticeFailure::fromEventData(data).httpStatus, 503);
        data = {{QStringLiteral("reason"), QStringLiteral("no answer within 30 s")}};
        QCOMPARE(NoticeFailure::fromEventData(data).cause, NoticeFailure::Cause::NoAnswer);
        data = {{QStringLiteral("reason"), QStringLiteral("Connection refused")}};
        QCOMPARE(NoticeFailure::fromEventData(data).cause, NoticeFailure::Cause::Unreachable);
    }

    void phonesAreMaskedInTheMiddle()
    {
        QCOMPARE(Notice::maskedPhone(QStringLiteral("+77015550101")),
            QStringLiteral("+7701\u2022\u2022\u20220101"));
        QCOMPARE(Notice::maskedPhone(QStringLiteral("+998901234567")),
            QStringLiteral("+9989\u2022\u2022\u20224567"));
        // Too short to hide anything and still tell numbers apart: as it is.
        QCOMPARE(Notice::maskedPhone(QStringLiteral("+7701555")), QStringLiteral("+7701555"));
        QCOMPARE(Notice::maskedPhone(QString()), QString());
    }

    void onlyTheNotifierSends()
    {
        const QList<NotifierDesignation> one {designation(QStringLiteral("d1"),
            QStringLiteral("ws-1"), QStringLiteral("2026-11-10T04:00:00.000Z"),
            QStringLiteral("2026-11-10T04:00:00.000Z"))};
        NotifierDesignation::Situation here;
        here.device = QStringLiteral("ws-1");
        here.now = Event::parseTime(QStringLiteral("2026-11-10T05:00:00.000Z"));
        QString why;
        QVERIFY(!NotifierDesignation::maySend({}, here, &why));
        QVERIFY(NotifierDesignation::maySend(one, here, &why));
        here.device = QStringLiteral("ws-2");
        QVERIFY(!NotifierDesignation::maySend(one, here, &why));
        QVERIFY(why.contains(QStringLiteral("2")));
        // With sync on, a notifier that has not exchanged within the lease stops.
        here.device = QStringLiteral("ws-1");
        here.syncEnabled = true;
        here.lastSync = here.now.addSecs(-NotifierDesignation::LeaseSeconds - 1);
        QVERIFY(!NotifierDesignation::maySend(one, here, &why));
        here.lastSync = here.now.addSecs(-60);
        QVERIFY(NotifierDesignation::maySend(one, here, &why));
    }

    void aNewNotifierWaitsForTheOldOnesLease()
    {
        const QDateTime set = Event::parseTime(QStringLiteral("2026-11-20T04:00:00.000Z"));
        QList<NotifierDesignation> all {designation(QStringLiteral("d1"), QStringLiteral("ws-1"),
            QStringLiteral("2026-11-10T04:00:00.000Z"),
            QStringLiteral("2026-11-10T04:00:00.000Z"))};
        // The same workstation again: at once. Another: after the handover.
        QCOMPARE(NotifierDesignation::effectiveTime(all, QStringLiteral("ws-1"), set), set);
        const QDateTime effective
            = NotifierDesignation::effectiveTime(all, QStringLiteral("ws-2"), set);
        QCOMPARE(set.secsTo(effective), NotifierDesignation::HandoverSeconds);
        QList<Event> events;
        for (const auto &[id, device, when, eff] :
            {std::tuple {QStringLiteral("d2"), QStringLiteral("ws-2"), set, effective},
                std::tuple {QStringLiteral("d1"), QStringLiteral("ws-1"),
                    Event::parseTime(QStringLiteral("2026-11-10T04:00:00.000Z")),
                    Event::parseTime(QStringLiteral("2026-11-10T04:00:00.000Z"))}}) {
            Event e = Event::make(EventType::Unknown, NotifierDesignation::stream(),
                {{QStringLiteral("device"), device},
                    {QStringLiteral("effective_at"), Event::formatTime(eff)}});
            e.typeName = NotifierDesignation::type();
            e.id = id;
            e.at = when;
            events.append(e);
        }
        all = NotifierDesignation::read(events);
        QCOMPARE(all.size(), 2);
        // Before its effective time the old one is still the notifier.
        QCOMPARE(NotifierDesignation::current(all, set.addSecs(60)).device, QStringLiteral("ws-1"));
        QCOMPARE(NotifierDesignation::current(all, effective).device, QStringLiteral("ws-2"));

        // The old one, offline since before the change: its lease runs out before the new
        // one may start, whenever the change reached the server.
        NotifierDesignation::Situation old;
        old.device = QStringLiteral("ws-1");
        old.syncEnabled = true;
        old.lastSync = set;
        old.now = set.addSecs(NotifierDesignation::LeaseSeconds);
        QString why;
        QVERIFY(NotifierDesignation::maySend(all.mid(0, 1), old, &why));
        old.now = set.addSecs(NotifierDesignation::LeaseSeconds + 1);
        QVERIFY(!NotifierDesignation::maySend(all.mid(0, 1), old, &why));

        NotifierDesignation::Situation next;
        next.device = QStringLiteral("ws-2");
        next.syncEnabled = true;
        next.now = effective.addSecs(60);
        next.lastSync = next.now;
        QVERIFY(!NotifierDesignation::maySend(all, next, &why)); // not known on the server yet
        next.onServerSince = effective; // reached the server late
        QVERIFY(!NotifierDesignation::maySend(all, next, &why));
        QVERIFY(why.contains(QStringLiteral("14")));
        next.now = effective.addSecs(NotifierDesignation::HandoverSeconds);
        next.lastSync = next.now;
        QVERIFY2(NotifierDesignation::maySend(all, next, &why), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TstNotice)
#include "tst_notice.moc"
