// Appeals through the service, as the counter and the supervisor record them: acceptance that
// is never refused, numbers, deadlines from the live calendar at dates not hard-wired anywhere
// else, the supervisor's records and their checks, the register's order, the projection kept
// in the same transaction and rebuilt identically, and the events travelling like a case's.
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include "common/TestDatabase.h"
#include "domain/AppealNumber.h"
#include "domain/ReceiptNumber.h"
#include "services/AppealService.h"
#include "services/Session.h"
#include "storage/AppealProjection.h"
#include "storage/CalendarStore.h"
#include "storage/CaseProjection.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"

using namespace certdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

User clerkUser()
{
    return User {u"clerk"_s, u"Ахметова Дана Маратовна"_s, u"ведущий специалист"_s, Role::Clerk};
}

User supervisorUser()
{
    return User {u"boss"_s, u"Серикбаев Нурлан Ержанович"_s, u"руководитель филиала"_s,
        Role::Supervisor};
}

Appeal completeAppeal(Appeal::About about = Appeal::About::Service)
{
    Appeal a;
    a.about = about;
    a.applicant.name = {u"Жумабаев"_s, u"Ерлан"_s, u"Серикович"_s};
    a.applicant.iin = u"760212350620"_s;
    a.applicant.address = u"г. Алматы, ул. Абая, 10"_s;
    a.addressee = u"Директор филиала"_s;
    a.essence = u"Долгое ожидание в очереди"_s;
    a.date = QDate(2026, 3, 1);
    a.isSigned = true;
    if (about != Appeal::About::Service)
        a.learnedOn = QDate(2026, 2, 20);
    return a;
}

QStringList dump(Database &db, const char *table)
{
    QStringList out;
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
    const QSqlRecord columns = q.record();
    while (q.next()) {
        QString row;
        for (int i = 0; i < columns.count(); ++i)
            row += columns.fieldName(i) + u'=' + q.value(i).toString() + u'|';
        out.append(row);
    }
    return out;
}

} // namespace

class TestAppealService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void acceptsAnEmptyAppeal();
    void acceptsCompleteWithoutPoints();
    void deadlinesFromTheCalendar();
    void liveCalendarEdits();
    void complianceTerm();
    void numbersPerDay();
    void onlyClerksAndSupervisorsAccept();
    void caseItConcerns();
    void referral();
    void extension();
    void complaintsAreNotExtended();
    void decisionAndWithdrawal();
    void lateComplaintAndAmendment();
    void registerOrder();
    void registerFilters();
    void rebuildIsIdentical();
    void travelsLikeACase();

private:
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Session> m_clerk;
    std::unique_ptr<Session> m_boss;

    AppealState accept(const Appeal &a, const QDate &day)
    {
        m_t->clock().setLocal(day, QTime(11, 30));
        const AppealService::Result r = AppealService(*m_clerk).accept(a);
        if (!r.ok)
            qWarning("accept failed: %s", qPrintable(r.error));
        return r.state;
    }
    AppealState state(const QString &id)
    {
        AppealState s;
        QString error;
        if (!AppealService(*m_boss).state(id, &s, &error))
            qWarning("state failed: %s", qPrintable(error));
        return s;
    }
};

void TestAppealService::init()
{
    m_t = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    SettingsStore settings(m_t->db());
    QString error;
    QVERIFY(settings.setValue(u"branch.code"_s, u"7501"_s, u"test"_s, &error));
    QVERIFY(settings.setValue(u"branch.workstation"_s, u"3"_s, u"test"_s, &error));
    m_clerk = std::make_unique<Session>(m_t->db(), m_t->clock(), clerkUser());
    m_boss = std::make_unique<Session>(m_t->db(), m_t->clock(), supervisorUser());
}

void TestAppealService::cleanup()
{
    // CERTDESK_KEEP_DB=PREFIX keeps each test's database for a look (certdeskctl appeals list).
    if (qEnvironmentVariableIsSet("CERTDESK_KEEP_DB") && m_t) {
        const QString to = qEnvironmentVariable("CERTDESK_KEEP_DB") + u'-'
            + QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s;
        for (const QString &suffix : {QString(), u"-wal"_s})
            QFile::copy(m_t->path() + suffix, to + suffix);
    }
    m_clerk.reset();
    m_boss.reset();
    m_t.reset();
}

void TestAppealService::acceptsAnEmptyAppeal()
{
    // Nothing at all filled in: still registered, numbered and given a receipt; every gap is
    // a point to bring into compliance.
    m_t->clock().setLocal(QDate(2026, 3, 20), QTime(16, 45));
    const AppealService::Result r = AppealService(*m_clerk).accept(Appeal());
    QVERIFY2(r.ok, qPrintable(r.error));
    const AppealState &s = r.state;
    QCOMPARE(s.status, AppealStatus::Open);
    QCOMPARE(s.compliance.size(), 7);
    QCOMPARE(s.complianceDue, QDate(2026, 4, 1));
    QCOMPARE(s.clerkName, u"Ахметова Дана Маратовна"_s);
    QCOMPARE(s.clerkPosition, u"ведущий специалист"_s);
    QCOMPARE(s.receivedOn, QDate(2026, 3, 20));
    QCOMPARE(m_t->clock().toLocal(s.receivedAt).time(), QTime(16, 45));
    const AppealNumber n = AppealNumber::parse(s.number);
    QVERIFY2(n.isValid(), qPrintable(n.errorText()));
    QCOMPARE(n.branchCode(), u"7501"_s);
    QCOMPARE(n.workstation(), 3);
    QCOMPARE(n.date(), QDate(2026, 3, 20));
    QCOMPARE(n.sequence(), 1);
    // Stored in the same write: the register has it, the cases table does not.
    QCOMPARE(AppealProjection::count(m_t->db()), 1);
    QCOMPARE(CaseProjection::count(m_t->db()), 0);
    QCOMPARE(state(s.appealId).toJson(), s.toJson());
}

void TestAppealService::acceptsCompleteWithoutPoints()
{
    const AppealState s = accept(completeAppeal(), QDate(2026, 3, 2));
    QVERIFY(s.compliance.isEmpty());
    QVERIFY(!s.complianceDue.isValid());
    QCOMPARE(s.appeal.applicant.name.surname, u"Жумабаев"_s);
    QVERIFY(s.anomalies.isEmpty());
}

void TestAppealService::deadlinesFromTheCalendar()
{
    // Friday 20 March 2026, before Nauryz (23-25 March off).
    const AppealState appeal = accept(completeAppeal(), QDate(2026, 3, 20));
    QCOMPARE(appeal.referralDue, QDate(2026, 3, 30));
    QCOMPARE(appeal.decisionDue, QDate(2026, 4, 15));
    QCOMPARE(appeal.extensionLimit, QDate(2026, 5, 20)); // two months from receipt
    const AppealState complaint = accept(completeAppeal(Appeal::About::Decision), QDate(2026, 3, 20));
    QCOMPARE(complaint.decisionDue, QDate(2026, 4, 22));
    QVERIFY(!complaint.extensionLimit.isValid()); // a complaint is not extended
    QCOMPARE(complaint.filingUntil, QDate(2026, 5, 20));
    QVERIFY(!complaint.filedLate());
    // Thursday 22 October 2026, before Republic Day (26 October off).
    const AppealState october = accept(completeAppeal(), QDate(2026, 10, 22));
    QCOMPARE(october.referralDue, QDate(2026, 10, 28));
    QCOMPARE(october.decisionDue, QDate(2026, 11, 13));

    const AppealService::Preview p = AppealService(*m_clerk).preview(completeAppeal());
    QCOMPARE(p.received, QDate(2026, 10, 22));
    QCOMPARE(p.decisionDue, QDate(2026, 11, 13));
}

void TestAppealService::liveCalendarEdits()
{
    // A decree makes Monday 1 June 2026 a day off: the supervisor's calendar counts, not the
    // built-in one.
    CalendarStore store(m_t->db());
    WorkCalendar cal = store.load();
    QList<DaySwap> swaps = cal.swaps();
    swaps.append(DaySwap {QDate(2026, 6, 1), false, u"decree"_s});
    QString error;
    QVERIFY2(store.save(WorkCalendar(cal.holidays(), swaps), &error), qPrintable(error));
    const AppealState s = accept(completeAppeal(), QDate(2026, 5, 29));
    // 29 May (Fri): 2, 3, 4 June -> referral; 15 working days -> 22 June (19 June without
    // the decree).
    QCOMPARE(s.referralDue, QDate(2026, 6, 4));
    QCOMPARE(s.decisionDue, QDate(2026, 6, 22));
}

void TestAppealService::complianceTerm()
{
    Appeal a = completeAppeal();
    a.isSigned = false;
    m_t->clock().setLocal(QDate(2026, 3, 2));
    AppealService clerk(*m_clerk);
    AppealService::Result r = clerk.accept(a, QDate(2026, 3, 2));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(u"nothing was saved"_s), qPrintable(r.error));
    r = clerk.accept(a, QDate(2026, 3, 28)); // after the decision deadline 27 March
    QVERIFY(!r.ok);
    QCOMPARE(AppealProjection::count(m_t->db()), 0);
    r = clerk.accept(a, QDate(2026, 3, 16));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.state.complianceDue, QDate(2026, 3, 16));
    QCOMPARE(r.state.compliance.size(), 1);
}

void TestAppealService::numbersPerDay()
{
    QStringList numbers;
    for (int i = 0; i < 3; ++i)
        numbers.append(accept(completeAppeal(), QDate(2026, 3, 2)).number);
    numbers.append(accept(completeAppeal(), QDate(2026, 3, 3)).number);
    QCOMPARE(AppealNumber::parse(numbers.at(0)).sequence(), 1);
    QCOMPARE(AppealNumber::parse(numbers.at(2)).sequence(), 3);
    QCOMPARE(AppealNumber::parse(numbers.at(3)).sequence(), 1);
    QCOMPARE(AppealNumber::parse(numbers.at(3)).date(), QDate(2026, 3, 3));
    numbers.removeDuplicates();
    QCOMPARE(numbers.size(), 4);
}

void TestAppealService::onlyClerksAndSupervisorsAccept()
{
    Session admin(m_t->db(), m_t->clock(),
        User {u"admin"_s, u"Админов Админ"_s, u"администратор"_s, Role::Administrator});
    const AppealService::Result r = AppealService(admin).accept(completeAppeal());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(u"accept appeals"_s), qPrintable(r.error));
    QVERIFY(AppealService(*m_boss).accept(completeAppeal()).ok);
}

void TestAppealService::caseItConcerns()
{
    const QString receipt
        = ReceiptNumber::compose(u"7501"_s, 3, QDate(2026, 3, 2), 1, nullptr);
    QList<Event> events {Event::make(EventType::Received, Event::newId(),
        {{u"receipt"_s, receipt}, {u"purpose"_s, u"domestic"_s}})};
    QString error;
    QVERIFY(EventStore(m_t->db(), m_t->clock()).append(events, m_clerk->actor(), &error));
    Appeal a = completeAppeal(Appeal::About::Action);
    a.caseReceipt = ReceiptNumber::format(receipt);
    const AppealState s = accept(a, QDate(2026, 3, 3));
    QCOMPARE(s.appeal.caseReceipt, receipt);
    QCOMPARE(s.caseId, events.first().caseId);
    QList<AppealRow> rows;
    QVERIFY(AppealQueries(m_t->db()).byCase(events.first().caseId, &rows, &error));
    QCOMPARE(rows.size(), 1);
    // The case's own fold never sees the appeal.
    QCOMPARE(CaseFold::fold(EventStore(m_t->db(), m_t->clock()).caseEvents(s.caseId),
                 m_t->clock().utcOffsetSeconds())
                 .anomalies.size(),
        0);
}

void TestAppealService::referral()
{
    Appeal a = completeAppeal(Appeal::About::Decision);
    a.otherBody = true;
    const AppealState s = accept(a, QDate(2026, 3, 20));
    QCOMPARE(s.pending().first().what, u"referral"_s);
    QString error;
    // A clerk may not refer.
    QVERIFY(!AppealService(*m_clerk).refer(s.appealId, u"КПСиСУ"_s, QString(), QDate(2026, 3, 20),
        QDate(), &error));
    QVERIFY(error.contains(u"supervisor"_s));
    AppealService boss(*m_boss);
    m_t->clock().setLocal(QDate(2026, 3, 27));
    QVERIFY(!boss.refer(s.appealId, QString(), QString(), QDate(2026, 3, 27), QDate(), &error));
    QVERIFY(error.startsWith(u"Competent body"_s));
    QVERIFY(!boss.refer(s.appealId, u"КПСиСУ"_s, QString(), QDate(2026, 3, 30), QDate(), &error));
    QVERIFY(error.contains(u"future"_s));
    QVERIFY(!boss.refer(s.appealId, u"КПСиСУ"_s, QString(), QDate(2026, 3, 19), QDate(), &error));
    QVERIFY(error.contains(u"before the appeal was received"_s));
    QVERIFY2(boss.refer(s.appealId, u"КПСиСУ"_s, u"№ 12-3"_s, QDate(2026, 3, 27), QDate(), &error),
        qPrintable(error));
    AppealState after = state(s.appealId);
    QCOMPARE(after.status, AppealStatus::Referred);
    QVERIFY(!after.referredLate());
    QCOMPARE(after.flags(QDate(2026, 3, 31)), QStringList {u"referral_notice_overdue"_s});
    QVERIFY(!boss.notify(s.appealId, u"extension"_s, QDate(2026, 3, 27), QString(), &error));
    QVERIFY(boss.notify(s.appealId, u"referral"_s, QDate(2026, 3, 27), u"SMS"_s, &error));
    after = state(s.appealId);
    QVERIFY(after.pending().isEmpty());
    QVERIFY(!boss.notify(s.appealId, u"referral"_s, QDate(2026, 3, 27), QString(), &error));
    QVERIFY(error.contains(u"nobody is owed a notice"_s));
    QVERIFY(after.anomalies.isEmpty());
}

void TestAppealService::extension()
{
    // APPC art. 76(2): the term "may be extended ... but to no more than two months": the
    // whole term, counted from the day of receipt (docs/appeals.md, "Readings").
    const AppealState s = accept(completeAppeal(), QDate(2026, 3, 20)); // decision due 15 Apr
    QCOMPARE(s.extensionLimit, QDate(2026, 5, 20));
    AppealService boss(*m_boss);
    QString error;
    m_t->clock().setLocal(QDate(2026, 4, 17));
    // After the deadline: deemed refused, no extension.
    QVERIFY(!boss.extend(s.appealId, QDate(2026, 5, 15), u"нужен ответ провайдера"_s,
        QDate(2026, 4, 17), &error));
    QVERIFY2(error.contains(u"deemed refused"_s), qPrintable(error));
    QVERIFY(!boss.extend(s.appealId, QDate(2026, 5, 15), u"надо"_s, QDate(2026, 4, 15), &error));
    QVERIFY(error.startsWith(u"Reason"_s));
    // Two months from the original deadline (15 June) is too late: two months from receipt.
    QVERIFY(!boss.extend(
        s.appealId, QDate(2026, 5, 21), u"нужен ответ провайдера"_s, QDate(2026, 4, 15), &error));
    QVERIFY2(error.contains(u"20.05.2026"_s) && error.contains(u"20.03.2026"_s), qPrintable(error));
    QVERIFY(!boss.extend(
        s.appealId, QDate(2026, 6, 15), u"нужен ответ провайдера"_s, QDate(2026, 4, 15), &error));
    QVERIFY(!boss.extend(s.appealId, QDate(2026, 5, 11), u"нужен ответ провайдера"_s,
        QDate(2026, 4, 15), &error)); // 9 May (a Saturday) carried over to Monday
    QVERIFY2(error.contains(u"not a working day"_s), qPrintable(error));
    QVERIFY(!boss.extend(s.appealId, QDate(2026, 4, 15), u"нужен ответ провайдера"_s,
        QDate(2026, 4, 15), &error));
    QVERIFY(error.contains(u"later than"_s));
    QVERIFY(!AppealService(*m_clerk).extend(s.appealId, QDate(2026, 5, 15),
        u"нужен ответ провайдера"_s, QDate(2026, 4, 15), &error));

    // Decided on the last day, to the last possible day.
    QVERIFY2(boss.extend(s.appealId, QDate(2026, 5, 20), u"нужен ответ провайдера"_s,
                 QDate(2026, 4, 15), &error),
        qPrintable(error));
    AppealState after = state(s.appealId);
    QCOMPARE(after.decisionDue, QDate(2026, 5, 20));
    QCOMPARE(after.extensions.size(), 1);
    QCOMPARE(after.extensions.first().noticeDue, QDate(2026, 4, 20)); // 16, 17, 20 April
    QVERIFY(!after.isDeemedRefused(QDate(2026, 4, 17)));
    QCOMPARE(after.flags(QDate(2026, 4, 21)), QStringList {u"extension_notice_overdue"_s});
    QVERIFY(boss.notify(s.appealId, u"extension"_s, QDate(2026, 4, 17), u"письмо"_s, &error));
    QVERIFY(state(s.appealId).flags(QDate(2026, 4, 21)).isEmpty());
    QVERIFY(state(s.appealId).isDeemedRefused(QDate(2026, 5, 21)));
}

void TestAppealService::complaintsAreNotExtended()
{
    // The extension of APPC art. 76(2) is the appeal's; a complaint is decided within its own
    // 20 working days (DOMAIN.md section 7): the register offers no extension and refuses one.
    const AppealState s = accept(completeAppeal(Appeal::About::Decision), QDate(2026, 3, 20));
    QCOMPARE(s.decisionDue, QDate(2026, 4, 22));
    QVERIFY(!s.extensionLimit.isValid());
    QVERIFY(!s.allowedActions().contains(EventType::AppealExtended));
    QVERIFY(s.allowedActions().contains(EventType::AppealDecided));
    m_t->clock().setLocal(QDate(2026, 4, 1));
    QString error;
    QVERIFY(!AppealService(*m_boss).extend(
        s.appealId, QDate(2026, 5, 8), u"нужен ответ провайдера"_s, QDate(2026, 4, 1), &error));
    QVERIFY2(error.contains(u"complaint"_s) && error.contains(u"22.04.2026"_s), qPrintable(error));
    QCOMPARE(state(s.appealId).decisionDue, QDate(2026, 4, 22));
}

void TestAppealService::decisionAndWithdrawal()
{
    const AppealState s = accept(completeAppeal(), QDate(2026, 3, 2));
    AppealService boss(*m_boss);
    QString error;
    m_t->clock().setLocal(QDate(2026, 3, 10));
    QVERIFY(!boss.decide(s.appealId, u"maybe"_s, QString(), QDate(2026, 3, 10), &error));
    QVERIFY(!AppealService(*m_clerk).decide(s.appealId, u"satisfied"_s, QString(),
        QDate(2026, 3, 10), &error));
    QVERIFY(boss.decide(s.appealId, u"partly_satisfied"_s, u"приняты меры"_s, QDate(2026, 3, 10),
        &error));
    const AppealState decided = state(s.appealId);
    QCOMPARE(decided.status, AppealStatus::Decided);
    QCOMPARE(decided.outcome, u"partly_satisfied"_s);
    QVERIFY(!decided.decidedLate());
    // No withdrawal after the decision, no second decision.
    QVERIFY(!AppealService(*m_clerk).withdraw(s.appealId, QString(), QDate(2026, 3, 10), &error));
    QVERIFY2(error.contains(u"decided"_s), qPrintable(error));
    QVERIFY(!boss.decide(s.appealId, u"rejected"_s, QString(), QDate(2026, 3, 10), &error));
    QVERIFY(state(s.appealId).anomalies.isEmpty());

    const AppealState other = accept(completeAppeal(), QDate(2026, 3, 3));
    m_t->clock().setLocal(QDate(2026, 3, 5));
    QVERIFY(AppealService(*m_clerk).withdraw(other.appealId, u"вопрос решён"_s, QDate(2026, 3, 5),
        &error));
    QCOMPARE(state(other.appealId).status, AppealStatus::Withdrawn);
    QVERIFY(state(other.appealId).pending().isEmpty());
}

void TestAppealService::lateComplaintAndAmendment()
{
    // Filed without the day of learning: the point is recorded; when the applicant brings
    // it, the term is computed and the complaint turns out late.
    Appeal a = completeAppeal(Appeal::About::Inaction);
    a.learnedOn = QDate();
    const AppealState s = accept(a, QDate(2026, 6, 1));
    QCOMPARE(s.compliance.size(), 1);
    QCOMPARE(s.compliance.first().field, u"learned_on"_s);
    QCOMPARE(s.complianceDue, QDate(2026, 6, 8));
    QVERIFY(!s.filedLate());

    AppealService clerk(*m_clerk);
    QString error;
    m_t->clock().setLocal(QDate(2026, 6, 3));
    QVERIFY(!clerk.amend(s.appealId, s.appeal, &error));
    QVERIFY(error.startsWith(u"Nothing was changed"_s));
    Appeal changedKind = s.appeal;
    changedKind.about = Appeal::About::Service;
    QVERIFY(!clerk.amend(s.appealId, changedKind, &error));

    Appeal amended = s.appeal;
    amended.learnedOn = QDate(2026, 2, 27); // 3 months: 27 May, so 1 June is late
    QVERIFY2(clerk.amend(s.appealId, amended, &error), qPrintable(error));
    AppealState after = state(s.appealId);
    QVERIFY(after.compliance.isEmpty());
    QCOMPARE(after.compliedOn, QDate(2026, 6, 3));
    QCOMPARE(after.filingUntil, QDate(2026, 5, 28)); // 27 May is Kurban Ait
    QVERIFY(after.filedLate());
    QCOMPARE(after.flags(QDate(2026, 6, 3)), QStringList {u"term_restoration"_s});

    AppealService boss(*m_boss);
    QVERIFY(!boss.restoreTerm(s.appealId, u"?"_s, QDate(2026, 6, 3), &error));
    QVERIFY(boss.restoreTerm(s.appealId, u"болезнь заявителя"_s, QDate(2026, 6, 3), &error));
    QVERIFY(state(s.appealId).flags(QDate(2026, 6, 3)).isEmpty());
    QVERIFY(!boss.restoreTerm(s.appealId, u"болезнь заявителя"_s, QDate(2026, 6, 3), &error));
    QVERIFY(error.contains(u"no term to restore"_s));
}

void TestAppealService::registerOrder()
{
    Appeal a = completeAppeal();
    a.applicant.name.surname = u"Первый"_s; // decision due 27 Mar
    accept(a, QDate(2026, 3, 2));
    a.applicant.name.surname = u"Второй"_s; // referral due 5 Mar, decision 27 Mar
    a.otherBody = true;
    accept(a, QDate(2026, 3, 2));
    a.applicant.name.surname = u"Третий"_s; // decision due 15 Apr
    a.otherBody = false;
    accept(a, QDate(2026, 3, 20));
    a.applicant.name.surname = u"Четвёртый"_s; // withdrawn: nothing owed
    const AppealState w = accept(a, QDate(2026, 3, 20));
    QString error;
    QVERIFY(AppealService(*m_clerk).withdraw(w.appealId, QString(), QDate(2026, 3, 20), &error));

    QList<AppealRow> rows;
    AppealService clerk(*m_clerk);
    AppealFilter all;
    all.scope = AppealFilter::Scope::All;
    QVERIFY(clerk.list(QDate(2026, 3, 4), all, 100, &rows, &error));
    auto surnames = [](const QList<AppealRow> &list) {
        QStringList out;
        for (const AppealRow &r : list)
            out.append(r.applicant.section(u' ', 0, 0));
        return out;
    };
    // Nothing overdue on 4 March: by next term (5 Mar, 27 Mar, 15 Apr), closed last.
    QCOMPARE(surnames(rows), (QStringList {u"Второй"_s, u"Первый"_s, u"Третий"_s, u"Четвёртый"_s}));
    // 31 March: the second (referral missed 5 Mar) and the first (decision missed 27 Mar) are
    // overdue, the earliest missed on top.
    QVERIFY(clerk.list(QDate(2026, 3, 31), all, 100, &rows, &error));
    QCOMPARE(surnames(rows), (QStringList {u"Второй"_s, u"Первый"_s, u"Третий"_s, u"Четвёртый"_s}));
    QVERIFY(rows.at(0).isOverdue(QDate(2026, 3, 31)));
    QVERIFY(rows.at(1).isOverdue(QDate(2026, 3, 31)));
    QVERIFY(!rows.at(2).isOverdue(QDate(2026, 3, 31)));
    // Once the second is referred (notified at once), it leaves the pending list.
    m_t->clock().setLocal(QDate(2026, 3, 31));
    QVERIFY(AppealService(*m_boss).refer(rows.at(0).appealId, u"КПСиСУ"_s, QString(),
        QDate(2026, 3, 31), QDate(2026, 3, 31), &error));
    QVERIFY(clerk.list(QDate(2026, 4, 16), AppealFilter(), 100, &rows, &error));
    QCOMPARE(surnames(rows), (QStringList {u"Первый"_s, u"Третий"_s}));
    QVERIFY(AppealService(*m_boss).overdue(QDate(2026, 4, 16), &rows, &error));
    QCOMPARE(surnames(rows), (QStringList {u"Первый"_s, u"Третий"_s}));
    QVERIFY(AppealService(*m_boss).overdue(QDate(2026, 3, 27), &rows, &error));
    QVERIFY(rows.isEmpty());
    QVERIFY(!AppealService(*m_clerk).overdue(QDate(2026, 3, 27), &rows, &error));
}

void TestAppealService::registerFilters()
{
    Appeal a = completeAppeal();
    const AppealState first = accept(a, QDate(2026, 3, 2));
    a.applicant.name = {u"Ёлкина"_s, u"Анна"_s, QString()};
    a.applicant.iin = u"871008401427"_s;
    accept(a, QDate(2026, 3, 3));
    AppealService clerk(*m_clerk);
    QList<AppealRow> rows;
    QString error;
    auto find = [&](const QString &text) {
        AppealFilter f;
        f.scope = AppealFilter::Scope::All;
        f.text = text;
        clerk.list(QDate(2026, 3, 3), f, 100, &rows, &error);
        return rows.size();
    };
    QCOMPARE(find(AppealNumber::format(first.number)), 1);
    QCOMPARE(rows.first().appealId, first.appealId);
    QCOMPARE(find(u"а"_s + first.number.mid(1)), 1); // Cyrillic letter, as typed
    QCOMPARE(find(u"871008401427"_s), 1);
    QCOMPARE(find(u"елкин"_s), 1); // ё read as е
    QCOMPARE(find(u"ЖУМАБ"_s), 1);
    QCOMPARE(find(u"%"_s), 0);
    QCOMPARE(find(QString()), 2);
    AppealFilter closed;
    closed.scope = AppealFilter::Scope::Closed;
    QVERIFY(clerk.list(QDate(2026, 3, 3), closed, 100, &rows, &error));
    QVERIFY(rows.isEmpty());
    AppealFilter overdue;
    overdue.overdueOnly = true;
    QVERIFY(clerk.list(QDate(2026, 3, 28), overdue, 100, &rows, &error));
    QCOMPARE(rows.size(), 1); // 2 Mar: due 27 Mar; 3 Mar: due 30 Mar
    AppealFilter days;
    days.receivedFrom = QDate(2026, 3, 3);
    QVERIFY(clerk.list(QDate(2026, 3, 3), days, 100, &rows, &error));
    QCOMPARE(rows.size(), 1);
}

void TestAppealService::rebuildIsIdentical()
{
    Appeal a = completeAppeal(Appeal::About::Decision);
    a.otherBody = true;
    a.isSigned = false;
    const AppealState one = accept(a, QDate(2026, 3, 2));
    const AppealState two = accept(completeAppeal(), QDate(2026, 3, 3));
    QString error;
    m_t->clock().setLocal(QDate(2026, 3, 4));
    AppealService boss(*m_boss);
    QVERIFY(boss.refer(one.appealId, u"КПСиСУ"_s, QString(), QDate(2026, 3, 4), QDate(), &error));
    QVERIFY(boss.extend(two.appealId, QDate(2026, 4, 30), u"нужен ответ провайдера"_s,
        QDate(2026, 3, 4), &error));
    QVERIFY(AppealService(*m_clerk).note(two.appealId, u"звонил заявитель"_s, &error));

    const QStringList before = dump(m_t->db(), "appeals");
    QCOMPARE(before.size(), 2);
    QVERIFY2(AppealProjection::rebuild(m_t->db(), &error), qPrintable(error));
    QCOMPARE(dump(m_t->db(), "appeals"), before);
    // The cases rebuild keeps the appeals too (one rebuild for the whole database).
    QSqlQuery wipe(m_t->db().db());
    QVERIFY(wipe.exec(u"DELETE FROM appeals"_s));
    QVERIFY2(CaseProjection::rebuild(m_t->db(), &error), qPrintable(error));
    QCOMPARE(dump(m_t->db(), "appeals"), before);
    QCOMPARE(CaseProjection::count(m_t->db()), 0);
}

void TestAppealService::travelsLikeACase()
{
    // Another workstation pulls this one's appeal events: the same register row appears
    // there, and the events are in the outbox to be pushed.
    const AppealState s = accept(completeAppeal(), QDate(2026, 3, 2));
    QString error;
    m_t->clock().setLocal(QDate(2026, 3, 3));
    QVERIFY(AppealService(*m_boss).decide(s.appealId, u"satisfied"_s, u"ок"_s, QDate(2026, 3, 3),
        &error));
    EventStore here(m_t->db(), m_t->clock());
    QList<Event> outbox;
    for (const Event &e : here.unpushed(100)) {
        if (e.caseId == s.appealId)
            outbox.append(e);
    }
    QCOMPARE(outbox.size(), 2);

    test::TestDatabase other;
    QVERIFY(other.isValid());
    QList<Event> reversed(outbox.crbegin(), outbox.crend());
    int inserted = 0;
    QVERIFY2(EventStore(other.db(), other.clock()).insertForeign(reversed, false, &inserted, &error),
        qPrintable(error));
    QCOMPARE(inserted, 2);
    QCOMPARE(dump(other.db(), "appeals"), dump(m_t->db(), "appeals"));
    QCOMPARE(CaseProjection::count(other.db()), 0);
}

QTEST_GUILESS_MAIN(TestAppealService)
#include "tst_appealservice.moc"
