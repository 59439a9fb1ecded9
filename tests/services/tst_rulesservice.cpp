// The rules in force at a branch (docs/rules.md) through the services: a supervisor's change
// is one rules_changed event and rewrites the calendar tables in the same transaction; a
// refused change writes nothing; the intake's fee and deadline come from the rules in force,
// never from an assumed MCI; values an older version kept as settings still count; the
// central layer decides where it has a unit; the fold and a re-projection give the same rules.
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include "domain/RulesFile.h"
#include "services/IntakeService.h"
#include "services/RulesService.h"
#include "storage/CalendarStore.h"
#include "storage/RulesStore.h"
#include "storage/Transaction.h"
#include "tst_intake_fixture.h"

using namespace certdesk;
using namespace certdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 rulesEvents(Database &db)
{
    QSqlQuery q(db.db());
    q.exec(u"SELECT count(*) FROM events WHERE case_id = 'system:rules'"_s);
    return q.next() ? q.value(0).toLongLong() : -1;
}

Application apostille()
{
    Application a = selfApplication();
    a.purpose = Application::Purpose::Apostille;
    a.country = u"DE"_s;
    a.fee.paymentRef = u"KASPI 55-1"_s;
    return a;
}

} // namespace

class TestRulesService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feeAndDeadlineAsBefore()
    {
        Counter c;
        QVERIFY(c.isValid());
        IntakeService intake(c.clerk);
        QCOMPARE(intake.apostilleFee().amount, 2163);
        QVERIFY(intake.feeProblem().isEmpty());
        QCOMPARE(intake.feeText(), u"2163 ₸ (0.5 MCI; MCI 2026 = 4325 ₸)"_s);
        const auto r = intake.submit(apostille(), {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.receipt.application.fee.amount, 2163);
        QCOMPARE(r.receipt.due.dueDate, QDate(2026, 3, 13));
        QVERIFY(intake.calendarWarning(r.receipt.due).isEmpty());
    }

    void noMciNoFee()
    {
        Counter c;
        QVERIFY(c.isValid());
        c.clock().setLocal({2028, 3, 2});
        IntakeService intake(c.clerk);
        QCOMPARE(intake.apostilleFee().amount, 0);
        QVERIFY2(intake.feeProblem().contains(u"2028"_s), qPrintable(intake.feeProblem()));
        QVERIFY(intake.feeText().contains(u"MCI of 2028"_s));
        const qint64 before = rulesEvents(c.db());
        const auto r = intake.submit(apostille(), {});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"2028"_s), qPrintable(r.error));
        QCOMPARE(rulesEvents(c.db()), before);
        // A deadline in 2028 is counted with weekends alone, and said to be.
        Application domestic = selfApplication();
        domestic.purpose = Application::Purpose::Abroad;
        const ServiceTerms::Due due = intake.dueNow(domestic);
        QVERIFY2(intake.calendarWarning(due).contains(u"2028"_s), qPrintable(intake.calendarWarning(due)));
    }

    void supervisorsChangeIsOneEvent()
    {
        Counter c;
        QVERIFY(c.isValid());
        Session boss(c.db(), c.clock(),
                     User{u"boss"_s, u"Серикбаев Нурлан Ержанович"_s, QString(), Role::Supervisor});
        RulesService service(boss);
        RuleSet change;
        change.set(RuleUnit::mci(2028, 5000));
        // A 2028 calendar: Nauryz only (the checks want names in three languages).
        change.set(RuleUnit::calendar(
            2028, {Holiday{{2028, 3, 21}, u"Наурыз"_s, u"Наурыз"_s, u"Nauryz"_s, true}}, {}));
        const RulesService::Result r = service.change(change, {}, u"decree"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.changes.size(), 2);
        QCOMPARE(rulesEvents(c.db()), 1);
        // The calendar tables hold 2028 at once.
        QVERIFY(CalendarStore(c.db()).load().covers({2028, 3, 21}));
        QVERIFY(!CalendarStore(c.db()).load().isWorkingDay({2028, 3, 21}));

        c.clock().setLocal({2028, 3, 2});
        IntakeService intake(c.clerk);
        QCOMPARE(intake.apostilleFee().amount, 2500);

        // The fold of the events is the layer; projecting again changes nothing.
        const RuleSet inForce = RulesStore(c.db()).inForce();
        QString error;
        QVERIFY(Transaction::run(c.db(), &error, [&](Transaction &tx) {
            return RulesStore(c.db()).projectInTransaction(tx, &error);
        }));
        QVERIFY(RulesStore(c.db()).inForce() == inForce);
        QVERIFY(CalendarStore(c.db()).load().covers({2028, 3, 21}));

        // Withdrawn: 2028 has no calendar again.
        const RulesService::Result back = service.change(RuleSet(), {u"calendar/2028"_s}, QString());
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(rulesEvents(c.db()), 2);
        QVERIFY(!CalendarStore(c.db()).load().covers({2028, 3, 21}));
    }

    void refusedChangeWritesNothing()
    {
        Counter c;
        QVERIFY(c.isValid());
        Session boss(c.db(), c.clock(), User{u"boss"_s, u"Boss"_s, QString(), Role::Supervisor});
        RuleSet change;
        change.set(RuleUnit::mci(2027, 0));
        RulesService::Result r = RulesService(boss).change(change, {}, QString());
        QVERIFY(!r.ok);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.first().message.contains(u"the MCI of 2027 is 0"_s));
        QCOMPARE(rulesEvents(c.db()), 0);

        // A file: every problem with its line, nothing changed.
        r = RulesService(boss).importFile(R"({"certdesk_rules":1,"country":"KZ"}
{"mci":2027,"tenge":4500}
{"swap":"2027-13-01","working":true}
)"_ba);
        QVERIFY(!r.ok);
        QCOMPARE(r.problems.value(0).line, 3);
        QCOMPARE(rulesEvents(c.db()), 0);
        QVERIFY(!RulesStore(c.db()).inForce().mci(2027).has_value());

        // Another country's rules.
        r = RulesService(boss).importFile(R"({"certdesk_rules":1,"country":"KG"}
{"mci":2027,"tenge":4500}
)"_ba);
        QVERIFY(!r.ok);
        QCOMPARE(r.problems.value(0).line, 1);

        // A clerk may not change the rules at all.
        r = RulesService(c.clerk).change(RuleSet(), {}, QString());
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(rulesEvents(c.db()), 0);
    }

    void olderSettingsStillCount()
    {
        Counter c;
        QVERIFY(c.isValid());
        QString error;
        QVERIFY(SettingsStore(c.db()).setValue(u"fee.mci.2027"_s, u"4500"_s, u"t"_s, &error));
        QVERIFY(SettingsStore(c.db()).setValue(u"term.apostille_days"_s, u"10"_s, u"t"_s, &error));
        const RuleSet rules = RulesStore(c.db()).inForce();
        QCOMPARE(rules.mci(2027), std::optional<int>(4500));
        QCOMPARE(rules.termsOn({2026, 3, 2}).apostilleDays, 10);
    }

    void centralDecidesWhereItHasAUnit()
    {
        Counter c;
        QVERIFY(c.isValid());
        Session boss(c.db(), c.clock(), User{u"boss"_s, u"Boss"_s, QString(), Role::Supervisor});
        RuleSet own;
        own.set(RuleUnit::mci(2027, 4400));
        own.set(RuleUnit::mci(2028, 4600));
        QVERIFY(RulesService(boss).change(own, {}, QString()).ok);

        const QJsonObject doc{{u"country"_s, u"KZ"_s},
                              {u"source"_s, u"Decree"_s},
                              {u"units"_s, QJsonArray{RuleUnit::mci(2027, 4500).toJson()}}};
        bool changed = false;
        QString error;
        RulesStore store(c.db());
        QVERIFY2(store.setCentral(doc, &changed, &error), qPrintable(error));
        QVERIFY(changed);
        QCOMPARE(store.inForce().mci(2027), std::optional<int>(4500));
        QCOMPARE(store.inForce().mci(2028), std::optional<int>(4600));
        QCOMPARE(store.shadowedByCentral(), QStringList{u"mci/2027"_s});
        QVERIFY(store.setCentral(doc, &changed, &error));
        QVERIFY(!changed);

        // Bad central rules are not taken: the branch keeps what it had.
        const QJsonObject bad{{u"country"_s, u"KZ"_s},
                              {u"units"_s, QJsonArray{RuleUnit::mci(2027, 0).toJson()}}};
        QVERIFY(!store.setCentral(bad, &changed, &error));
        QCOMPARE(store.inForce().mci(2027), std::optional<int>(4500));

        QVERIFY(store.clearCentral(&changed, &error));
        QVERIFY(changed);
        QCOMPARE(store.inForce().mci(2027), std::optional<int>(4400));
    }
};

QTEST_GUILESS_MAIN(TestRulesService)
#include "tst_rulesservice.moc"
