// The supervisor board: who may see it, the day each case enters and leaves each bucket,
// the order of each bucket, the JSON contract of `certdeskctl board` / `sweep`, and that
// every bucket is read from its own index.

#include <QJsonArray>
#include <QTest>

#include "storage/SyncInbox.h"
#include "tst_lifecycle_fixture.h"

#include "services/CustodyService.h"
#include "services/ResultService.h"
#include "services/RulesService.h"
#include "services/TransferService.h"
#include "storage/BoardQueries.h"
#include "storage/CalendarStore.h"

using namespace certdesk;
using namespace certdesk::test;

class TestBoardService : public QObject
{
    Q_OBJECT

private:
    QString arrive(Workstation &w, const QDate &day, const QString &surname)
    {
        w.setDay(day, QTime(9, 0));
        const QString id = w.receive(QStringLiteral("abroad"), surname);
        CertificateResult r;
        r.number = QStringLiteral("C-") + surname;
        r.date = day;
        r.outcome = QStringLiteral("no_record");
        QString error;
        if (!ResultService(w.clerk).recordCertificate(id, r, nullptr, &error)
            || !CustodyService(w.clerk).recordArrival(id, QDate(), nullptr, &error))
            qWarning("arrive: %s", qPrintable(error));
        return id;
    }

    /// Another workstation, not yet synced, issued the paper a minute from now; its event
    /// arrives here.
    static bool issueElsewhere(Workstation &w, const QString &id, QString *error)
    {
        Event issued = Event::make(EventType::Issued, id,
            QJsonObject {{QStringLiteral("collector"),
                QJsonObject {{QStringLiteral("kind"), QStringLiteral("self")}}}});
        issued.branch = QStringLiteral("7501");
        issued.by = QStringLiteral("clerk2");
        issued.device = QStringLiteral("other-workstation");
        issued.at = w.clock().nowUtc().addSecs(60);
        int inserted = 0;
        return EventStore(w.db(), w.clock()).insertForeign({issued}, false, &inserted, error);
    }

private Q_SLOTS:
    void onlySupervisorsSeeTheBoard();
    void jsonHasEveryBucket();
    void atBranchSortedByDaysLeft();
    void interimNoticeBucket();
    void returnRequestedOverdueFirst();
    void anomaliesAndOverrides();
    void lateResults();
    void aDeadlineInAYearWithoutCalendarIsMarked();
    void clockMovedBackIsAnAnomaly();
    void clockRecordWithANumberBeyondRange();
    void serverChangesAreAnomalies();
    void everyBucketReadsItsIndex();
    void bothReadersGiveTheSameRows();
    void thePagedBucketsReadAsTheWholeBoard();
};

void TestBoardService::onlySupervisorsSeeTheBoard()
{
    Workstation w;
    QVERIFY(w.isValid());
    Board board;
    QString error;
    QVERIFY(!BoardService(w.clerk).board(QDate(2026, 3, 2), &board, &error));
    QVERIFY2(error.contains(QStringLiteral("clerk")) && error.contains(QStringLiteral("board")),
        qPrintable(error));
    QVERIFY(BoardService(w.supervisor).board(QDate(2026, 3, 2), &board, &error));
    QVERIFY(!BoardService(w.supervisor).board(QDate(), &board, &error));
}

void TestBoardService::jsonHasEveryBucket()
{
    Workstation w;
    QVERIFY(w.isValid());
    const QString id = arrive(w, QDate(2026, 1, 5), QStringLiteral("Абенов"));
    const QJsonObject json = w.board(QDate(2026, 1, 6)).toJson();
    QCOMPARE(json.keys(),
        (QStringList {QStringLiteral("anomalies"), QStringLiteral("at_branch"),
            QStringLiteral("at_provider"), QStringLiteral("due_for_transfer"),
            QStringLiteral("interim_notice_due"), QStringLiteral("late_results"),
            QStringLiteral("return_requested"), QStringLiteral("to_archive")}));
    const QJsonArray atBranch = json.value(QStringLiteral("at_branch")).toArray();
    QCOMPARE(atBranch.size(), 1);
    const QJsonObject e = atBranch.first().toObject();
    QCOMPARE(e.value(QStringLiteral("case_id")).toString(), id);
    QCOMPARE(e.value(QStringLiteral("receipt")).toString(), w.receiptOf(id));
    QCOMPARE(e.value(QStringLiteral("due")).toString(), QStringLiteral("2026-02-05"));
    QCOMPARE(e.value(QStringLiteral("days_left")).toInt(), 30);
    QCOMPARE(e.value(QStringLiteral("overdue")).toBool(), false);
    QCOMPARE(e.value(QStringLiteral("arrived_on")).toString(), QStringLiteral("2026-01-05"));

    // A sweep has the five action buckets only, each cut at the day.
    const QJsonObject sweep = w.board(QDate(2026, 2, 6)).sweep().toJson();
    QCOMPARE(sweep.keys(),
        (QStringList {QStringLiteral("due_for_transfer"), QStringLiteral("interim_notice_due"),
            QStringLiteral("late_results"), QStringLiteral("return_requested"),
            QStringLiteral("to_archive")}));
    const QJsonArray due = sweep.value(QStringLiteral("due_for_transfer")).toArray();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().toObject().value(QStringLiteral("today")).toBool(), true);
    QCOMPARE(due.first().toObject().value(QStringLiteral("due")).toString(),
        QStringLiteral("2026-02-06"));
}

void TestBoardService::atBranchSortedByDaysLeft()
{
    Workstation w;
    QVERIFY(w.isValid());
    // Arrivals on 30 and 31 January both end branch custody on 28 February (a Saturday);
    // 2 February ends on 2 March; 2 March 2026 is a Monday.
    const QString jan30 = arrive(w, QDate(2026, 1, 30), QStringLiteral("Бекова"));
    const QString jan31 = arrive(w, QDate(2026, 1, 31), QStringLiteral("Ахметов"));
    const QString feb2 = arrive(w, QDate(2026, 2, 2), QStringLiteral("Ванина"));
    QCOMPARE(w.state(jan31).branchCustodyUntil, QDate(2026, 2, 28));
    QCOMPARE(w.state(jan30).branchCustodyUntil, QDate(2026, 2, 28));
    Board b = w.board(QDate(2026, 2, 27));
    QCOMPARE(b.bucket(BoardBucket::AtBranch).size(), 3);
    QCOMPARE(b.bucket(BoardBucket::AtBranch).at(2).caseId, feb2);
    QCOMPARE(b.bucket(BoardBucket::AtBranch).at(0).daysLeft, 1);
    QCOMPARE(b.bucket(BoardBucket::AtBranch).at(2).daysLeft, 3);
    // Same due date: by receipt number, which the counter gives in order.
    QCOMPARE(b.bucket(BoardBucket::AtBranch).at(0).caseId, jan30);
    QCOMPARE(b.bucket(BoardBucket::AtBranch).at(1).caseId, jan31);

    // Sunday 1 March: two are due for transfer on Monday, not yet today.
    b = w.board(QDate(2026, 3, 1));
    QCOMPARE(b.bucket(BoardBucket::DueForTransfer).size(), 2);
    QCOMPARE(b.bucket(BoardBucket::DueForTransfer).first().due, QDate(2026, 3, 2));
    QCOMPARE(b.bucket(BoardBucket::AtBranch).size(), 1);
    QVERIFY(b.sweep().bucket(BoardBucket::DueForTransfer).isEmpty());
    // Tuesday 3 March: two overdue by a day, the third due today: overdue first.
    b = w.board(QDate(2026, 3, 3));
    QCOMPARE(b.bucket(BoardBucket::DueForTransfer).size(), 3);
    QVERIFY(b.bucket(BoardBucket::DueForTransfer).at(0).overdue);
    QVERIFY(b.bucket(BoardBucket::DueForTransfer).at(2).today);
    QCOMPARE(b.bucket(BoardBucket::DueForTransfer).at(2).caseId, feb2);
    QCOMPARE(b.sweep().bucket(BoardBucket::DueForTransfer).size(), 3);

    // The supervisor transfers all three at once; the board follows.
    w.setDay(QDate(2026, 3, 3), QTime(16, 0));
    TransferResult act;
    QString error;
    QVERIFY2(TransferService(w.supervisor).transfer({jan30, jan31, feb2}, &act, &error),
        qPrintable(error));
    QCOMPARE(act.cases.size(), 3);
    b = w.board(QDate(2026, 3, 3));
    QVERIFY(b.bucket(BoardBucket::DueForTransfer).isEmpty());
    QCOMPARE(b.bucket(BoardBucket::AtProvider).size(), 3);
    QCOMPARE(b.bucket(BoardBucket::AtProvider).first().due, QDate(2026, 4, 30));
    QCOMPARE(b.bucket(BoardBucket::AtProvider).last().due, QDate(2026, 5, 2));
}

void TestBoardService::interimNoticeBucket()
{
    Workstation w;
    QVERIFY(w.isValid());
    // Submitted on Thursday 19 March 2026; 23-25 March are Nauryz days off. The interim
    // notice is due on the 4th working day after: 20, 26, 27, 30 March.
    w.setDay(QDate(2026, 3, 19));
    const QString id = w.receive(QStringLiteral("domestic"));
    w.setDay(QDate(2026, 3, 20));
    QString error;
    CaseState s;
    QVERIFY2(ResultService(w.clerk).recordAdditionalCheck(id, &s, &error), qPrintable(error));
    QCOMPARE(s.status, CaseStatus::AdditionalCheck);
    QCOMPARE(s.interimDue, QDate(2026, 3, 30));
    const WorkCalendar calendar = CalendarStore(w.db()).load();
    QCOMPARE(s.reapplyFrom, calendar.addWorkingDays(QDate(2026, 3, 19), 21));
    QCOMPARE(s.dueDate, calendar.addWorkingDays(QDate(2026, 3, 19), 5));

    QCOMPARE(w.bucketOf(id, QDate(2026, 3, 20)), QStringLiteral("interim_notice_due"));
    BoardEntry e = w.entry(id, QDate(2026, 3, 27));
    QCOMPARE(e.due, QDate(2026, 3, 30));
    QCOMPARE(e.daysLeft, 3);
    QVERIFY(!e.overdue);
    QVERIFY(w.board(QDate(2026, 3, 27)).sweep().bucket(BoardBucket::InterimNoticeDue).isEmpty());
    QCOMPARE(w.board(QDate(2026, 3, 30)).sweep().bucket(BoardBucket::InterimNoticeDue).size(), 1);
    QVERIFY(w.entry(id, QDate(2026, 3, 31)).overdue);

    w.setDay(QDate(2026, 3, 26));
    QVERIFY2(ResultService(w.clerk).recordInterimNotice(id, &s, &error), qPrintable(error));
    QVERIFY(s.interimGiven);
    QCOMPARE(w.bucketOf(id, QDate(2026, 3, 31)), QString());
    // Only once.
    QVERIFY(!ResultService(w.clerk).recordInterimNotice(id, &s, &error));
}

void TestBoardService::returnRequestedOverdueFirst()
{
    Workstation w;
    QVERIFY(w.isValid());
    const QString early = arrive(w, QDate(2025, 12, 1), QStringLiteral("Ержанов"));
    const QString late = arrive(w, QDate(2025, 12, 2), QStringLiteral("Алиев"));
    w.setDay(QDate(2026, 1, 5));
    QString error;
    QVERIFY2(
        TransferService(w.supervisor).transfer({early, late}, nullptr, &error), qPrintable(error));
    // Requested on Tuesday 6 January: 7 January (Orthodox Christmas) is off, due Thursday 8.
    w.setDay(QDate(2026, 1, 6));
    CaseState s;
    QVERIFY2(CustodyService(w.clerk).requestReturn(early, &s, &error), qPrintable(error));
    QCOMPARE(s.returnDue, QDate(2026, 1, 8));
    w.setDay(QDate(2026, 1, 9));
    QVERIFY2(CustodyService(w.clerk).requestReturn(late, &s, &error), qPrintable(error));
    QCOMPARE(s.returnDue, QDate(2026, 1, 12));

    const Board b = w.board(QDate(2026, 1, 9));
    const QList<BoardEntry> &list = b.bucket(BoardBucket::ReturnRequested);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().caseId, early);
    QVERIFY(list.first().overdue);
    QCOMPARE(list.first().daysLeft, -1);
    QVERIFY(!list.last().overdue);
    QCOMPARE(b.sweep().bucket(BoardBucket::ReturnRequested).size(), 1);
    // The returned paper is at the branch until the three months end (1 March 2026).
    w.setDay(QDate(2026, 1, 12));
    QVERIFY2(CustodyService(w.clerk).recordReturned(early, QDate(), &s, &error), qPrintable(error));
    const BoardEntry e = w.entry(early, QDate(2026, 1, 12));
    QVERIFY(e.returned);
    QCOMPARE(e.due, QDate(2026, 3, 1));
    QCOMPARE(w.bucketOf(early, QDate(2026, 1, 12)), QStringLiteral("at_branch"));
    // A return date before the request is refused.
    w.setDay(QDate(2026, 1, 13));
    QVERIFY(!CustodyService(w.clerk).recordReturned(late, QDate(2026, 1, 8), &s, &error));
    QVERIFY2(error.contains(QStringLiteral("09.01.2026")), qPrintable(error));
}

void TestBoardService::anomaliesAndOverrides()
{
    Workstation w;
    QVERIFY(w.isValid());
    const QString id = arrive(w, QDate(2026, 4, 1), QStringLiteral("Дюсенова"));
    w.setDay(QDate(2026, 5, 4));
    QString error;
    QVERIFY(TransferService(w.supervisor).transfer({id}, nullptr, &error));
    // Another workstation, not yet synced, issued it on 30 April... and the event arrives.
    QVERIFY2(issueElsewhere(w, id, &error), qPrintable(error));

    // An override at intake on another case.
    w.setDay(QDate(2026, 5, 5));
    const QString overridden = w.receive();
    QList<Event> events {Event::make(EventType::Override, overridden,
        QJsonObject {{QStringLiteral("rule"), QStringLiteral("poa_in_term")},
            {QStringLiteral("reason"), QStringLiteral("extended by the notary, seen original")}})};
    QVERIFY(EventStore(w.db(), w.clock()).append(events, w.supervisor.actor(), &error));

    // An override on a case that is closed since is history, not a task.
    const QString closed = w.receive(QStringLiteral("domestic"));
    events = {Event::make(EventType::Override, closed,
        QJsonObject {{QStringLiteral("rule"), QStringLiteral("identity_document_valid")}})};
    QVERIFY(EventStore(w.db(), w.clock()).append(events, w.supervisor.actor(), &error));
    CertificateResult r;
    r.number = QStringLiteral("E-1");
    r.date = QDate(2026, 5, 5);
    r.outcome = QStringLiteral("no_record");
    CaseState s;
    QVERIFY2(ResultService(w.clerk).recordCertificate(closed, r, &s, &error), qPrintable(error));
    QCOMPARE(s.status, CaseStatus::Completed);
    QCOMPARE(s.overrides, 1);

    const Board b = w.board(QDate(2026, 5, 6));
    const QList<BoardEntry> &list = b.bucket(BoardBucket::Anomalies);
    QCOMPARE(list.size(), 2);
    // Most recent first.
    QCOMPARE(list.at(0).caseId, overridden);
    QCOMPARE(list.at(0).overrides, 1);
    QCOMPARE(list.at(0).due, QDate(2026, 5, 5));
    QCOMPARE(list.at(1).caseId, id);
    QCOMPARE(list.at(1).codes, QStringLiteral("not_at_branch"));
    QCOMPARE(list.at(1).due, QDate(2026, 5, 4));
    // The anomalous case stays where the fold keeps it: with the provider.
    QCOMPARE(w.bucketOf(id, QDate(2026, 5, 6)), QStringLiteral("at_provider"));
    const QJsonObject json = b.toJson();
    const QJsonObject flagged = json.value(QStringLiteral("anomalies")).toArray().at(1).toObject();
    QCOMPARE(flagged.value(QStringLiteral("codes")).toArray().first().toString(),
        QStringLiteral("not_at_branch"));
}

void TestBoardService::lateResults()
{
    // The provider owes a result by the service deadline; the day after, the application is
    // late, counted in calendar days, most overdue first, until a result (or a refusal, an
    // additional check with its own deadline, a withdrawal) comes.
    Workstation w;
    QVERIFY(w.isValid());
    w.setDay(QDate(2026, 3, 2));
    const QString monday
        = w.receive(QStringLiteral("abroad"), QStringLiteral("Бекова")); // due 9 Mar
    w.setDay(QDate(2026, 3, 4));
    const QString wednesday
        = w.receive(QStringLiteral("abroad"), QStringLiteral("Ахметов")); // 11 Mar
    const QString answered = w.receive(QStringLiteral("abroad"), QStringLiteral("Ванина"));
    const QString withdrawn = w.receive(QStringLiteral("abroad"), QStringLiteral("Глебова"));
    QString error;
    CertificateResult r;
    r.number = QStringLiteral("C-1");
    r.date = QDate(2026, 3, 5);
    r.outcome = QStringLiteral("no_record");
    w.setDay(QDate(2026, 3, 5));
    QVERIFY2(
        ResultService(w.clerk).recordCertificate(answered, r, nullptr, &error), qPrintable(error));
    QList<Event> out {Event::make(EventType::Withdrawn, withdrawn)};
    QVERIFY(EventStore(w.db(), w.clock()).append(out, w.clerk.actor(), &error));

    auto late = [&](const QDate &day) {
        return w.board(day).toJson().value(QStringLiteral("late_results")).toArray();
    };
    QVERIFY(w.board(QDate(2026, 3, 9)).toJson().contains(QStringLiteral("late_results")));
    QCOMPARE(late(QDate(2026, 3, 9)).size(), 0); // due today: not late yet
    QCOMPARE(late(QDate(2026, 3, 10)).size(), 1);
    const QJsonArray list = late(QDate(2026, 3, 13));
    QCOMPARE(list.size(), 2);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("case_id")).toString(), monday);
    QCOMPARE(first.value(QStringLiteral("receipt")).toString(), w.receiptOf(monday));
    QCOMPARE(first.value(QStringLiteral("due")).toString(), QStringLiteral("2026-03-09"));
    QCOMPARE(first.value(QStringLiteral("days_overdue")).toInt(), 4);
    QCOMPARE(first.value(QStringLiteral("days_left")).toInt(), -4);
    QCOMPARE(first.value(QStringLiteral("overdue")).toBool(), true);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("case_id")).toString(), wednesday);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("days_overdue")).toInt(), 2);
    QCOMPARE(w.bucketOf(monday, QDate(2026, 3, 13)), QStringLiteral("late_results"));
    // A late result is a task for the supervisor (ask the provider): the sweep has it.
    const QJsonObject sweep = w.board(QDate(2026, 3, 13)).sweep().toJson();
    QCOMPARE(sweep.value(QStringLiteral("late_results")).toArray().size(), 2);

    // The result arrives: off the board.
    w.setDay(QDate(2026, 3, 13));
    r.number = QStringLiteral("C-2");
    QVERIFY2(
        ResultService(w.clerk).recordCertificate(monday, r, nullptr, &error), qPrintable(error));
    QCOMPARE(late(QDate(2026, 3, 13)).size(), 1);
    // An additional check has its own deadline: 5 working days from the submission (4 March:
    // 5, 6, 10, 11, 12 March; 9 March is off), counted from then on.
    CaseState checked;
    QVERIFY2(ResultService(w.clerk).recordAdditionalCheck(wednesday, &checked, &error),
        qPrintable(error));
    QCOMPARE(checked.dueDate, QDate(2026, 3, 12));
    QCOMPARE(late(QDate(2026, 3, 12)).size(), 0);
    const QJsonArray still = late(QDate(2026, 3, 13));
    QCOMPARE(still.size(), 1);
    QCOMPARE(still.at(0).toObject().value(QStringLiteral("due")).toString(),
        QStringLiteral("2026-03-12"));
    QCOMPARE(still.at(0).toObject().value(QStringLiteral("days_overdue")).toInt(), 1);
}

void TestBoardService::aDeadlineInAYearWithoutCalendarIsMarked()
{
    // The built-in calendars end with 2027: a deadline counted in working days into 2028 is
    // counted with weekends alone. The board marks that deadline, and only that one, and
    // names the year; before, it warned about the two months after the board's date, whatever
    // the deadlines were.
    Workstation w;
    QVERIFY(w.isValid());
    w.setDay(QDate(2027, 12, 1));
    const QString december = w.receive(QStringLiteral("abroad"), QStringLiteral("Бекова"));
    w.setDay(QDate(2027, 12, 28));
    const QString newYear = w.receive(QStringLiteral("abroad"), QStringLiteral("Ахметов"));
    const Board board = w.board(QDate(2028, 2, 1));
    const QList<BoardEntry> &late = board.bucket(BoardBucket::LateResults);
    QCOMPARE(late.size(), 2);
    for (const BoardEntry &e : late) {
        QCOMPARE(e.calendarUnknown, e.caseId == newYear);
        QCOMPARE(e.due.year(), e.caseId == newYear ? 2028 : 2027);
    }
    QCOMPARE(board.yearsWithoutCalendar(), QList<int> {2028});
    const QJsonArray json = board.toJson().value(QStringLiteral("late_results")).toArray();
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("calendar_unknown")).toBool(),
            o.value(QStringLiteral("case_id")).toString() == newYear);
    }
    QVERIFY(RulesService::calendarWarning(board.yearsWithoutCalendar()).contains(QStringLiteral("2028")));
    // A board in 2028 whose deadlines are all in 2027 has nothing to warn about.
    w.setDay(QDate(2028, 1, 3));
    CertificateResult r;
    r.number = QStringLiteral("C-9");
    r.date = QDate(2028, 1, 3);
    r.outcome = QStringLiteral("no_record");
    QString error;
    QVERIFY2(
        ResultService(w.clerk).recordCertificate(newYear, r, nullptr, &error), qPrintable(error));
    QVERIFY(w.board(QDate(2028, 2, 1)).yearsWithoutCalendar().isEmpty());
    Q_UNUSED(december);
}

void TestBoardService::clockMovedBackIsAnAnomaly()
{
    // A workstation's clock set back from 6 December to 20 March: the next write records it,
    // and the supervisor's board says which workstation, when, and by how much.
    Workstation w;
    QVERIFY(w.isValid());
    w.setDay(QDate(2026, 12, 6), QTime(2, 1));
    w.receive();
    QVERIFY(w.board(QDate(2026, 12, 6)).bucket(BoardBucket::Anomalies).isEmpty());
    w.setDay(QDate(2026, 3, 20), QTime(10, 0));
    w.receive(QStringLiteral("abroad"), QStringLiteral("Ахметов"));

    const Board b = w.board(QDate(2026, 3, 20));
    const QList<BoardEntry> &list = b.bucket(BoardBucket::Anomalies);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().codes, QStringLiteral("clock_moved_back"));
    QVERIFY(list.first().caseId.isEmpty()); // no case: the workstation itself
    QCOMPARE(list.first().due, QDate(2026, 3, 20));
    const QJsonObject json
        = b.toJson().value(QStringLiteral("anomalies")).toArray().first().toObject();
    QCOMPARE(json.value(QStringLiteral("codes")).toArray().first().toString(),
        QStringLiteral("clock_moved_back"));
    QCOMPARE(json.value(QStringLiteral("device")).toString(), w.db().deviceId());
    QCOMPARE(
        json.value(QStringLiteral("clock")).toString(), QStringLiteral("2026-03-20T05:00:00.000Z"));
    QCOMPARE(json.value(QStringLiteral("previous")).toString(),
        QStringLiteral("2026-12-05T21:01:00.000Z"));
    QCOMPARE(json.value(QStringLiteral("behind_seconds")).toInt(),
        int(QDateTime(QDate(2026, 3, 20), QTime(5, 0), Qt::UTC)
                .secsTo(QDateTime(QDate(2026, 12, 5), QTime(21, 1), Qt::UTC))));
    QCOMPARE(json.value(QStringLiteral("by")).toString(), QStringLiteral("clerk"));
}

// Another device's clock record, pulled, with a "behind_seconds" no integer holds (a broken or
// hostile writer): the board shows the record, and the number reads as 0 — the cast of such a
// double was undefined behaviour (fuzz_changes_page found the same in the server's "pending").
void TestBoardService::clockRecordWithANumberBeyondRange()
{
    Workstation w;
    QVERIFY(w.isValid());
    w.setDay(QDate(2026, 3, 20), QTime(10, 0));
    Event step;
    step.typeName = EventStore::clockMovedBack();
    step.caseId = EventStore::clockStream();
    step.data = QJsonObject {{QStringLiteral("workstation"), 3},
        {QStringLiteral("clock"), QStringLiteral("2026-03-20T05:00:00.000Z")},
        {QStringLiteral("previous"), QStringLiteral("2026-12-05T21:01:00.000Z")},
        {QStringLiteral("behind_seconds"), 1.0e20}, {QStringLiteral("date"), QStringLiteral("2026-03-20")}};
    step.id = Event::newId();
    step.branch = QStringLiteral("7501");
    step.by = QStringLiteral("system");
    step.device = QStringLiteral("other-workstation");
    step.at = w.clock().nowUtc();
    int inserted = 0;
    QString error;
    QVERIFY2(EventStore(w.db(), w.clock()).insertForeign({step}, false, &inserted, &error),
        qPrintable(error));
    QCOMPARE(inserted, 1);
    const Board b = w.board(QDate(2026, 3, 20));
    const QList<BoardEntry> &list = b.bucket(BoardBucket::Anomalies);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().codes, QStringLiteral("clock_moved_back"));
    QCOMPARE(list.first().behindSeconds, qint64(0));
}

// An event the server holds otherwise than this workstation (an administrator changed or
// deleted it there) is an anomaly of its case; the stored event stays as it was.
void TestBoardService::serverChangesAreAnomalies()
{
    Workstation w;
    QVERIFY(w.isValid());
    const QString id = arrive(w, QDate(2026, 4, 1), QStringLiteral("Дюсенова"));
    const QString quiet = arrive(w, QDate(2026, 4, 1), QStringLiteral("Ахметов"));
    const QList<Event> events = EventStore(w.db(), w.clock()).caseEvents(id);
    QVERIFY(events.size() >= 3);
    PulledDocument changed;
    changed.id = events.at(1).id;
    changed.rev = QStringLiteral("2-aaaa");
    changed.readable = true;
    changed.event = events.at(1);
    changed.event.data.insert(QStringLiteral("number"), QStringLiteral("C-forged"));
    PulledDocument deleted;
    deleted.id = events.at(2).id;
    deleted.rev = QStringLiteral("3-bbbb");
    deleted.deleted = true;
    PulledDocument same;
    same.id = events.at(0).id;
    same.rev = QStringLiteral("1-cccc");
    same.readable = true;
    same.event = events.at(0);
    InboxResult result;
    QString error;
    SyncInbox inbox(w.db(), w.clock());
    QVERIFY2(inbox.apply({changed, deleted, same}, QString(), QString(), &result, &error),
        qPrintable(error));
    QCOMPARE(result.anomalies, 2);
    QCOMPARE(result.inserted, 0);
    QCOMPARE(EventStore(w.db(), w.clock()).caseEvents(id).at(1).data, events.at(1).data);

    const Board b = w.board(QDate(2026, 4, 10));
    const QList<BoardEntry> &list = b.bucket(BoardBucket::Anomalies);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().caseId, id);
    QCOMPARE(list.first().receipt, w.receiptOf(id));
    QCOMPARE(list.first().anomalies, 2);
    const QStringList codes = list.first().codes.split(u',');
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()),
        (QSet<QString> {QStringLiteral("server_changed"), QStringLiteral("server_deleted")}));
    QCOMPARE(w.bucketOf(quiet, QDate(2026, 4, 10)), QStringLiteral("at_branch"));
    // The same change seen again is not a new one.
    QVERIFY(inbox.apply({changed}, QString(), QString(), &result, &error));
    QCOMPARE(result.anomalies, 0);
    QCOMPARE(inbox.anomalyCount(), 2);
}

void TestBoardService::everyBucketReadsItsIndex()
{
    Workstation w;
    QVERIFY(w.isValid());
    const QStringList plans = BoardQueries(w.db()).queryPlans();
    const QStringList indexes {QStringLiteral("cases_at_branch"),
        QStringLiteral("cases_at_provider"), QStringLiteral("cases_return_requested"),
        QStringLiteral("cases_interim_pending"), QStringLiteral("cases_flagged"),
        QStringLiteral("cases_issued"), QStringLiteral("cases_by_status")};
    QCOMPARE(plans.size(), indexes.size());
    for (qsizetype i = 0; i < plans.size(); ++i) {
        // The custody buckets read their index alone, never the rows (migration 10).
        const QString use = i < 4 ? QStringLiteral("USING COVERING INDEX ") : QStringLiteral("USING INDEX ");
        QVERIFY2(plans.at(i).contains(use + indexes.at(i)), qPrintable(plans.at(i)));
        // "SCAN cases USING INDEX" walks the partial index (only that state's rows); a bare
        // "SCAN cases" would read the whole table.
        for (const QString &step : plans.at(i).split(QStringLiteral("; "))) {
            QVERIFY2(!step.startsWith(QStringLiteral("SCAN cases"))
                    || step.contains(QStringLiteral("INDEX")),
                qPrintable(plans.at(i)));
        }
    }
}


void TestBoardService::bothReadersGiveTheSameRows()
{
    // The board reads its rows through SQLite's own API where the build allows it, else
    // through Qt's driver: one mapping, the same rows, every column, every bucket.
    Workstation w;
    QVERIFY(w.isValid());
    const QString kept = arrive(w, QDate(2026, 4, 1), QStringLiteral("Ёлкина"));
    const QString moved = arrive(w, QDate(2026, 4, 2), QStringLiteral("Дюсенова"));
    w.setDay(QDate(2026, 5, 4));
    QString error;
    QVERIFY2(TransferService(w.supervisor).transfer({moved}, nullptr, &error), qPrintable(error));
    // Issued elsewhere while it was with the provider: an anomaly with its list.
    QVERIFY2(issueElsewhere(w, moved, &error), qPrintable(error));
    const QString late = w.receive(QStringLiteral("abroad"), QStringLiteral("Бекова"));

    const auto describe = [](const QList<BoardRow> &rows) {
        QStringList out;
        for (const BoardRow &r : rows) {
            out.append(QStringList {r.caseId, r.receipt, r.status, r.surname, r.givenName,
                r.patronymic, r.arrivedOn.toString(Qt::ISODate),
                r.branchCustodyUntil.toString(Qt::ISODate),
                r.providerCustodyUntil.toString(Qt::ISODate), r.returnDue.toString(Qt::ISODate),
                r.interimDue.toString(Qt::ISODate), r.returnedOn.toString(Qt::ISODate),
                r.dueDate.toString(Qt::ISODate), r.submittedAt.toString(Qt::ISODateWithMs),
                r.lastEventAt.toString(Qt::ISODateWithMs), QString::number(r.anomalies),
                QString::number(r.overrides), r.anomalyCodes,
                r.firstAnomalyAt.toString(Qt::ISODateWithMs),
                QString::number(int(r.status.isNull()))}
                           .join(u'|'));
        }
        return out;
    };
    const auto read = [&](bool direct) {
        w.db().setDirectAllowed(direct);
        BoardQueries q(w.db());
        QList<QStringList> buckets;
        QList<BoardRow> rows;
        QString why;
        const auto take = [&](bool ok) {
            buckets.append(ok ? describe(rows) : QStringList {why});
        };
        take(q.atBranchKept(QDate(2026, 4, 1), {}, -1, &rows, &why));
        take(q.atProviderKept(QDate(2026, 4, 1), {}, -1, &rows, &why));
        take(q.returnRequested(&rows, &why));
        take(q.interimPending(&rows, &why));
        take(q.flagged(&rows, &why));
        take(q.sharedReceipts(&rows, &why));
        take(q.lateResults(QDate(2026, 6, 30), &rows, &why));
        take(q.issuedBetween(QDate(2026, 1, 1), QDate(2026, 12, 31), &rows, &why));
        take(q.byReceipt({w.receiptOf(kept), w.receiptOf(late)}, &rows, &why));
        take(q.byIin(w.state(late).iin, &rows, &why));
        w.db().setDirectAllowed(true);
        return buckets;
    };
    const QList<QStringList> driver = read(false);
    const QList<QStringList> direct = read(true);
    QCOMPARE(direct, driver);
    // Something in each kind of bucket, so the comparison compares rows, not empty lists.
    QCOMPARE(driver.at(0).size(), 1); // at the branch
    QVERIFY2(driver.at(1).size() == 1 && driver.at(1).first().startsWith(moved),
        qPrintable(driver.at(1).join(u'\n'))); // with the provider, read from its index
    QVERIFY2(driver.at(4).join(u'\n').contains(QStringLiteral("not_at_branch")),
        qPrintable(driver.at(4).join(u'\n'))); // flagged, with its anomaly list
    QCOMPARE(driver.at(6).size(), 1); // late
    QCOMPARE(driver.at(8).size(), 2); // by receipt
    QVERIFY(driver.at(9).size() >= 1); // by IIN
}

QTEST_GUILESS_MAIN(TestBoardService)
#include "tst_boardservice.moc"

void TestBoardService::thePagedBucketsReadAsTheWholeBoard()
{
    // The screen's overview holds a page of the two custody buckets and reads the rest page
    // by page: together, exactly the whole board's entries in its order, on any day, with
    // papers the provider sent back (kept longer) merged in and receipts shared by two cases.
    Workstation w;
    QVERIFY(w.isValid());
    QStringList papers;
    for (int day = 0; day < 14; ++day) {
        papers.append(arrive(w, QDate(2025, 12, 1).addDays(day), QStringLiteral("Ахмет%1").arg(day)));
        if (day % 4 == 0) // two papers arriving the same day: the same custody end
            papers.append(arrive(w, QDate(2025, 12, 1).addDays(day), QStringLiteral("Бек%1").arg(day)));
    }
    w.setDay(QDate(2026, 1, 6));
    QString error;
    const QStringList sent = papers.mid(0, 6);
    QVERIFY2(TransferService(w.supervisor).transfer(sent, nullptr, &error), qPrintable(error));
    w.setDay(QDate(2026, 1, 8));
    CaseState s;
    for (const QString &id : sent.mid(0, 2))
        QVERIFY2(CustodyService(w.clerk).requestReturn(id, &s, &error), qPrintable(error));
    w.setDay(QDate(2026, 1, 9));
    for (const QString &id : sent.mid(0, 2))
        QVERIFY2(CustodyService(w.clerk).recordReturned(id, QDate(), &s, &error), qPrintable(error));
    for (int day = 0; day < 5; ++day)
        papers.append(arrive(w, QDate(2026, 1, 12).addDays(day), QStringLiteral("Ким%1").arg(day)));

    const auto describe = [](const QList<BoardEntry> &list) {
        QStringList out;
        for (const BoardEntry &e : list)
            out.append(QStringLiteral("%1|%2|%3|%4|%5").arg(e.caseId, e.receipt,
                e.due.toString(Qt::ISODate), QString::number(e.daysLeft), QString::number(e.returned)));
        return out;
    };
    BoardService service(w.supervisor);
    for (const QDate &asOf : {QDate(2026, 1, 9), QDate(2026, 1, 20), QDate(2026, 2, 10),
             QDate(2026, 3, 2), QDate(2026, 4, 20)}) {
        Board whole;
        QVERIFY2(service.board(asOf, &whole, &error), qPrintable(error));
        Board overview;
        constexpr int kPage = 3;
        QVERIFY2(service.overview(asOf, kPage, &overview, &error), qPrintable(error));
        for (int i = 0; i < BoardBucketCount; ++i) {
            const BoardBucket b = BoardBucket(i);
            QCOMPARE(overview.total(b), whole.bucket(b).size());
            QCOMPARE(whole.total(b), whole.bucket(b).size());
            if (!Board::pagedBuckets().contains(b)) {
                QCOMPARE(describe(overview.bucket(b)), describe(whole.bucket(b)));
                continue;
            }
            QList<BoardEntry> walked = overview.bucket(b);
            QVERIFY(walked.size() <= kPage);
            QCOMPARE(overview.isWhole(b), whole.bucket(b).size() <= kPage);
            for (int pages = 0; pages < 100 && !walked.isEmpty(); ++pages) {
                QList<BoardEntry> more;
                QVERIFY2(service.page(b, asOf, walked.constLast(), kPage, &more, &error),
                    qPrintable(error));
                walked.append(more);
                if (more.size() < kPage)
                    break;
            }
            QCOMPARE(describe(walked), describe(whole.bucket(b)));
        }
    }
    // Something in each paged bucket on some day, returned papers among them.
    Board whole;
    QVERIFY(service.board(QDate(2026, 1, 20), &whole, &error));
    QVERIFY(whole.bucket(BoardBucket::AtBranch).size() > 6);
    QVERIFY(whole.bucket(BoardBucket::AtProvider).size() >= 4);
    QVERIFY(std::any_of(whole.bucket(BoardBucket::AtBranch).cbegin(),
        whole.bucket(BoardBucket::AtBranch).cend(), [](const BoardEntry &e) { return e.returned; }));
    // However many entries a page asks for, the same statements read it: a supervisor who
    // scrolls and sorts all day leaves no statement behind per page size.
    const BoardEntry branchFirst = whole.bucket(BoardBucket::AtBranch).constFirst();
    const BoardEntry providerFirst = whole.bucket(BoardBucket::AtProvider).constFirst();
    QList<BoardEntry> some;
    const auto readPages = [&](int limit) {
        return service.page(BoardBucket::AtBranch, QDate(2026, 1, 20), {}, limit, &some, &error)
            && service.page(BoardBucket::AtBranch, QDate(2026, 1, 20), branchFirst, limit, &some, &error)
            && service.page(BoardBucket::AtProvider, QDate(2026, 1, 20), {}, limit, &some, &error)
            && service.page(BoardBucket::AtProvider, QDate(2026, 1, 20), providerFirst, limit, &some, &error);
    };
    QVERIFY2(readPages(2), qPrintable(error));
    const std::size_t prepared = w.db().directStatements();
    for (int limit = 3; limit < 12; ++limit)
        QVERIFY2(readPages(limit), qPrintable(error));
    QCOMPARE(w.db().directStatements(), prepared);
    // A bucket read whole is never read in pages.
    QList<BoardEntry> none;
    QVERIFY(!service.page(BoardBucket::DueForTransfer, QDate(2026, 1, 20), {}, 3, &none, &error));
    QVERIFY(!BoardService(w.clerk).page(BoardBucket::AtBranch, QDate(2026, 1, 20), {}, 3, &none, &error));
}
