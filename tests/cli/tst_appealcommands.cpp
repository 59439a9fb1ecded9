// certdeskctl appeals, driven in-process as a script would: `appeals terms` answers what the
// register would store for an appeal received on a day, from the same domain code, across the
// calendar; `appeals list --as-of` is the register as it stood on that day (docs/certdeskctl.md,
// "appeals"; docs/appeals.md, "Readings").

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "cli/inprocess_support.h"
#include "common/TestDatabase.h"
#include "services/AppealService.h"
#include "services/Session.h"
#include "storage/CalendarStore.h"

using namespace certdesk;
using namespace certdesk::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestAppealCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terms_data();
    void terms();
    void termsUsageErrors_data();
    void termsUsageErrors();
    void termsFollowTheLiveCalendar();
    void listAsOfLeavesOutLaterAppeals();
};

void TestAppealCommands::terms_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("json");
    auto row = [](const char *name, const QStringList &args, const char *json) {
        QTest::newRow(name) << (QStringList {u"appeals"_s, u"terms"_s} + args) << QByteArray(json);
    };
    // Friday 20 March 2026, before Nauryz (23-25 March off): decision on 15 April; the whole
    // term extended to at most two months from receipt: 20 May.
    row("appeal before Nauryz", {u"--kind"_s, u"appeal"_s, u"--received"_s, u"2026-03-20"_s},
        R"({"kind":"appeal","received":"2026-03-20","learned_on":"","referral_due":"2026-03-30",
            "decision_due":"2026-04-15","extension_limit":"2026-05-20","compliance_due":"2026-04-01",
            "filing_until":"","filed_late":false})");
    // A complaint is decided in 20 working days and not extended; its filing term runs three
    // months from the day of learning.
    row("complaint in time",
        {u"--kind"_s, u"complaint"_s, u"--received"_s, u"2026-03-20"_s, u"--aware"_s,
            u"2026-01-15"_s},
        R"({"kind":"complaint","received":"2026-03-20","learned_on":"2026-01-15",
            "referral_due":"2026-03-30","decision_due":"2026-04-22","extension_limit":"",
            "compliance_due":"2026-04-01","filing_until":"2026-04-15","filed_late":false})");
    // Learned 30 November 2025: three months end on Saturday 28 February, so Monday 2 March.
    row("complaint late",
        {u"--kind"_s, u"complaint"_s, u"--received"_s, u"2026-03-20"_s, u"--aware"_s,
            u"2025-11-30"_s},
        R"({"kind":"complaint","received":"2026-03-20","learned_on":"2025-11-30",
            "referral_due":"2026-03-30","decision_due":"2026-04-22","extension_limit":"",
            "compliance_due":"2026-04-01","filing_until":"2026-03-02","filed_late":true})");
    row("complaint without the day of learning",
        {u"--kind"_s, u"complaint"_s, u"--received"_s, u"2026-03-20"_s},
        R"({"kind":"complaint","received":"2026-03-20","learned_on":"","referral_due":"2026-03-30",
            "decision_due":"2026-04-22","extension_limit":"","compliance_due":"2026-04-01",
            "filing_until":"","filed_late":false})");
    // Received on Saturday 2 May: counted from Monday; 7 May and 11 May (9 May carried) off.
    row("appeal on a Saturday", {u"--kind"_s, u"appeal"_s, u"--received"_s, u"2026-05-02"_s},
        R"({"kind":"appeal","received":"2026-05-02","learned_on":"","referral_due":"2026-05-06",
            "decision_due":"2026-05-26","extension_limit":"2026-07-02","compliance_due":"2026-05-12",
            "filing_until":"","filed_late":false})");
    // 31 March + 2 months = 31 May, a Sunday: the limit is Monday 1 June.
    row("limit on a Sunday", {u"--kind"_s, u"appeal"_s, u"--received=2026-03-31"_s},
        R"({"kind":"appeal","received":"2026-03-31","learned_on":"","referral_due":"2026-04-03",
            "decision_due":"2026-04-21","extension_limit":"2026-06-01","compliance_due":"2026-04-07",
            "filing_until":"","filed_late":false})");
    // 1, 2 and 7 January off. 31 December 2025 + 2 months: no 31 February, so 28 February 2026, a
    // Saturday: 2 March.
    row("over the new year", {u"--kind"_s, u"appeal"_s, u"--received"_s, u"2025-12-31"_s},
        R"({"kind":"appeal","received":"2025-12-31","learned_on":"","referral_due":"2026-01-08",
            "decision_due":"2026-01-26","extension_limit":"2026-03-02","compliance_due":"2026-01-12",
            "filing_until":"","filed_late":false})");
}

void TestAppealCommands::terms()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, json);
    const CliRun r = runCli(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json(), parse(json.constData()));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestAppealCommands::termsUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const QStringList &args, const QString &message) {
        QTest::newRow(name) << (QStringList {u"appeals"_s, u"terms"_s} + args) << message;
    };
    row("no kind", {u"--received"_s, u"2026-03-20"_s}, u"--kind"_s);
    row("unknown kind", {u"--kind"_s, u"petition"_s, u"--received"_s, u"2026-03-20"_s},
        u"(got \"petition\")"_s);
    row("no day of receipt", {u"--kind"_s, u"appeal"_s}, u"--received"_s);
    row("not a date", {u"--kind"_s, u"appeal"_s, u"--received"_s, u"20.03.2026"_s},
        u"\"20.03.2026\" is not a date"_s);
    row("day of learning for an appeal",
        {u"--kind"_s, u"appeal"_s, u"--received"_s, u"2026-03-20"_s, u"--aware"_s, u"2026-03-01"_s},
        u"complaints only"_s);
    row("learned after receipt",
        {u"--kind"_s, u"complaint"_s, u"--received"_s, u"2026-03-20"_s, u"--aware"_s,
            u"2026-03-21"_s},
        u"after --received"_s);
    row("extra words", {u"--kind"_s, u"appeal"_s, u"--received"_s, u"2026-03-20"_s, u"now"_s},
        u"appeals terms --kind appeal|complaint"_s);
}

void TestAppealCommands::termsUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = runCli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestAppealCommands::termsFollowTheLiveCalendar()
{
    // With --db, the branch's live calendar (as the register uses it): a supervisor made
    // Monday 30 March a day off, so the referral moves to the 31st.
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    const QString path = t.path();
    CliRun r = runCli({u"--db"_s, path, u"workdays"_s, u"add"_s, u"2026-03-20"_s, u"3"_s});
    QCOMPARE(r.json().value(u"date"_s).toString(), u"2026-03-30"_s);
    CalendarStore store(t.db());
    const WorkCalendar cal = store.load();
    QList<DaySwap> swaps = cal.swaps();
    swaps.append(DaySwap {QDate(2026, 3, 30), false, u"decree"_s});
    QString error;
    QVERIFY2(store.save(WorkCalendar(cal.holidays(), swaps), &error), qPrintable(error));
    r = runCli({u"--db"_s, path, u"appeals"_s, u"terms"_s, u"--kind"_s, u"appeal"_s,
        u"--received"_s, u"2026-03-20"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(u"referral_due"_s).toString(), u"2026-03-31"_s);
    // And the register stores the same: an appeal accepted on that day.
    t.clock().setLocal(QDate(2026, 3, 20));
    Session clerk(t.db(), t.clock(), User {u"clerk"_s, u"Ахметова Дана"_s, QString(), Role::Clerk});
    const AppealService::Result accepted = AppealService(clerk).accept(Appeal());
    QVERIFY2(accepted.ok, qPrintable(accepted.error));
    const QJsonObject json = r.json();
    QCOMPARE(
        accepted.state.referralDue.toString(Qt::ISODate), json.value(u"referral_due"_s).toString());
    QCOMPARE(
        accepted.state.decisionDue.toString(Qt::ISODate), json.value(u"decision_due"_s).toString());
    QCOMPARE(accepted.state.extensionLimit.toString(Qt::ISODate),
        json.value(u"extension_limit"_s).toString());
    QCOMPARE(accepted.state.complianceDue.toString(Qt::ISODate),
        json.value(u"compliance_due"_s).toString());
}

void TestAppealCommands::listAsOfLeavesOutLaterAppeals()
{
    // The register "as it stood on" a day holds the appeals received by then, their terms
    // judged on that day; one received later did not exist yet.
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    Session clerk(t.db(), t.clock(), User {u"clerk"_s, u"Ахметова Дана"_s, QString(), Role::Clerk});
    for (const QDate &day : {QDate(2026, 3, 2), QDate(2026, 3, 16), QDate(2026, 3, 20)}) {
        t.clock().setLocal(day);
        QVERIFY(AppealService(clerk).accept(Appeal()).ok);
    }
    auto received = [&](const QString &asOf) {
        QStringList args {u"--db"_s, t.path(), u"appeals"_s, u"list"_s};
        if (!asOf.isEmpty())
            args += {u"--as-of"_s, asOf};
        const CliRun r = runCli(args);
        QStringList days;
        for (const QJsonValue &v : r.json().value(u"appeals"_s).toArray())
            days.append(v.toObject().value(u"received_on"_s).toString());
        days.sort();
        return days;
    };
    QCOMPARE(received(u"2026-03-16"_s), (QStringList {u"2026-03-02"_s, u"2026-03-16"_s}));
    QCOMPARE(received(u"2026-03-15"_s), QStringList {u"2026-03-02"_s});
    QCOMPARE(received(u"2026-03-01"_s), QStringList());
    // Without --as-of: every appeal, whatever the clock says today.
    QCOMPARE(received(QString()).size(), 3);
    const CliRun r
        = runCli({u"--db"_s, t.path(), u"appeals"_s, u"list"_s, u"--as-of"_s, u"2026-03-16"_s});
    QCOMPARE(r.json().value(u"count"_s).toInt(), 2);
    QCOMPARE(r.json().value(u"as_of"_s).toString(), u"2026-03-16"_s);
}

QTEST_GUILESS_MAIN(TestAppealCommands)
#include "tst_appealcommands.moc"
