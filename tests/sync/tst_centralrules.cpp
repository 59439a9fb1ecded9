// The central rules database (docs/rules.md): the administrator sets it up and publishes a
// decree once; the workstations of two branches pull it at their sync and count the same
// deadlines from it; a branch's own change applies only where the central rules have none, and
// reaches the branch's other workstation as an event; no branch account can write the central
// database; a later publication replaces what the branches had.
#include <QJsonArray>
#include <QTest>

#include "branch_support.h"
#include "domain/RuleSet.h"
#include "domain/RulesFile.h"
#include "domain/ServiceTerms.h"
#include "storage/CalendarStore.h"
#include "storage/RulesStore.h"
#include "sync/CentralRules.h"

using namespace certdesk;
using namespace certdesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A 2028 calendar for the test: the 2027 holidays on the same days of 2028.
QByteArray calendar2028()
{
    QByteArray lines;
    const RuleUnit year2027 = RuleSet::builtIn().unit(u"calendar/2027"_s);
    for (const Holiday &h : year2027.holidays()) {
        const QDate d(2028, h.date.month(), h.date.day());
        lines += "{\"holiday\":\"" + d.toString(Qt::ISODate).toUtf8() + "\",\"kk\":\""
                 + h.nameKk.toUtf8() + "\",\"ru\":\"" + h.nameRu.toUtf8() + "\",\"en\":\""
                 + h.nameEn.toUtf8() + "\"" + (h.carriesOver ? "" : ",\"carries_over\":false")
                 + "}\n";
    }
    return lines;
}

QDate apostilleDue(Database &db, const QDateTime &submitted)
{
    // ServiceTerms keeps a reference to the calendar: it must outlive it.
    const WorkCalendar calendar = CalendarStore(db).load();
    const ServiceTerms terms(calendar, RulesStore(db).inForce().termsOn(submitted.date()));
    return terms.due(ServiceTerms::Kind::Apostille, submitted).dueDate;
}

} // namespace

class TstCentralRules : public QObject
{
    Q_OBJECT

private:
    SyncServer m_server;
    QString m_rulesDb;
    CouchClient m_admin;

    bool publish(const QByteArray &file, QString *error)
    {
        RulesFile::Contents contents;
        QList<RuleProblem> problems;
        if (!RulesFile::parse(file, &contents, &problems)) {
            *error = problems.value(0).text();
            return false;
        }
        return CentralRules::publish(m_admin, contents, u"central"_s,
                                     u"2026-12-01T09:00:00.000Z"_s, nullptr, &problems, error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_server.attachFixture(&error))
            QFAIL(qPrintable(error));
        m_rulesDb = uniqueDatabaseName(u"rules"_s);
        m_admin.setServer(m_server.url());
        m_admin.setDatabase(m_rulesDb);
        m_admin.setCredentials(m_server.adminName(), m_server.adminPassword());
        m_admin.setAdministrator(true);
        QJsonObject report;
        QVERIFY2(CentralRules::init(m_admin, &report, &error), qPrintable(error));
        QCOMPARE(report.value(u"created"_s).toBool(), true);
        // Twice is harmless.
        QVERIFY2(CentralRules::init(m_admin, &report, &error), qPrintable(error));
        QCOMPARE(report.value(u"created"_s).toBool(), false);
    }

    void cleanupTestCase()
    {
        m_admin.call(QByteArrayLiteral("DELETE"), m_admin.dbUrl(QString()));
    }

    void twoBranchesCountTheSameDeadlines()
    {
        QString error;
        QVERIFY2(publish(R"({"certdesk_rules":1,"country":"KZ","source":"Decree 2028"}
{"mci":2028,"tenge":5000}
{"term":"apostille","from":"2028-01-01","working_days":9}
)"_ba + calendar2028(),
                         &error),
                 qPrintable(error));

        Branch a(m_server, {u"aigerim"_s});
        Branch b(m_server, {u"bolat"_s});
        QVERIFY2(a.init(&error) && a.addWorkstation(u"ws-a"_s, &error), qPrintable(error));
        QVERIFY2(a.addWorkstation(u"ws-a2"_s, &error), qPrintable(error));
        QVERIFY2(b.init(&error) && b.addWorkstation(u"ws-b"_s, &error), qPrintable(error));
        Workstation wa(a, u"ws-a"_s, u"dev-a"_s);
        Workstation wa2(a, u"ws-a2"_s, u"dev-a2"_s);
        Workstation wb(b, u"ws-b"_s, u"dev-b"_s);
        for (Workstation *ws : {&wa, &wa2, &wb})
            ws->options.rulesDatabase = m_rulesDb;

        const QDateTime submitted({2028, 3, 20}, {10, 0});
        // Before the pull 2028 has no calendar here: weekends alone, 8 days.
        QVERIFY(!CalendarStore(wa.db()).load().covers(submitted.date()));
        QCOMPARE(apostilleDue(wa.db(), submitted), QDate(2028, 3, 30));

        for (Workstation *ws : {&wa, &wb}) {
            const SyncSummary s = ws->syncOnce();
            QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
            QVERIFY(s.rulesChanged);
        }
        // The published calendar: Nauryz 21-23 March 2028, 9 working days.
        RuleSet expectedRules = RuleSet::builtIn();
        RulesFile::Contents published;
        QList<RuleProblem> problems;
        QVERIFY(RulesFile::parse(R"({"certdesk_rules":1,"country":"KZ"})"_ba "\n" + calendar2028(),
                                 &published, &problems));
        expectedRules = expectedRules.overlaid(published.rules);
        const QDate expected = expectedRules.calendar().addWorkingDays(submitted.date(), 9);
        QCOMPARE(expected, QDate(2028, 4, 5));
        QCOMPARE(apostilleDue(wa.db(), submitted), expected);
        QCOMPARE(apostilleDue(wb.db(), submitted), expected);
        QCOMPARE(RulesStore(wa.db()).inForce().mci(2028), std::optional<int>(5000));
        QCOMPARE(RulesStore(wb.db()).central().source, u"Decree 2028"_s);
        QCOMPARE(RulesStore(wb.db()).central().publishedBy, u"central"_s);
        // Nothing changed on the server: the next exchange says so.
        QVERIFY(!wa.syncOnce().rulesChanged);

        // Branch A's own change: 2028's MCI is the central rules' (not applied), 2029's is not.
        RuleSet own;
        own.set(RuleUnit::mci(2028, 4000));
        own.set(RuleUnit::mci(2029, 5200));
        QList<RuleCheck::Issue> issues;
        QList<RuleChanges::Change> changes;
        QVERIFY2(RulesStore(wa.db()).change(own, {}, u"aigerim"_s, wa.clock(), u"branch"_s, &issues,
                                            &changes, &error),
                 qPrintable(error));
        QCOMPARE(changes.size(), 2);
        const RuleSet inForceA = RulesStore(wa.db()).inForce();
        QCOMPARE(inForceA.mci(2028), std::optional<int>(5000));
        QCOMPARE(inForceA.mci(2029), std::optional<int>(5200));
        QCOMPARE(RulesStore(wa.db()).shadowedByCentral(), QStringList{u"mci/2028"_s});

        // It is an event: it reaches the branch's other workstation, not the other branch.
        SyncSummary s = wa.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        s = wa2.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(RulesStore(wa2.db()).inForce().mci(2029), std::optional<int>(5200));
        QCOMPARE(RulesStore(wa2.db()).inForce().mci(2028), std::optional<int>(5000));
        QVERIFY(RulesStore(wa2.db()).inForce() == RulesStore(wa.db()).inForce());
        QCOMPARE(apostilleDue(wa2.db(), submitted), expected);
        QVERIFY(!RulesStore(wb.db()).inForce().mci(2029).has_value());

        // A later decree replaces what every branch had.
        QVERIFY2(publish(R"({"certdesk_rules":1,"country":"KZ","source":"Decree 2028, No. 2"}
{"mci":2028,"tenge":5100}
)"_ba,
                         &error),
                 qPrintable(error));
        QVERIFY(wb.syncOnce().rulesChanged);
        QCOMPARE(RulesStore(wb.db()).inForce().mci(2028), std::optional<int>(5100));
        QCOMPARE(apostilleDue(wb.db(), submitted), expected); // the calendar is still there
    }

    void branchesCannotWriteTheCentralRules()
    {
        Branch a(m_server, {u"aigerim"_s});
        QString error;
        QVERIFY2(a.init(&error) && a.addWorkstation(u"ws-w"_s, &error), qPrintable(error));
        CouchClient ws;
        ws.setServer(m_server.url());
        ws.setDatabase(m_rulesDb);
        ws.setCredentials(u"ws-w"_s, a.password(u"ws-w"_s));
        // It may read...
        const CouchResponse read = ws.call(QByteArrayLiteral("GET"), ws.dbUrl(u"/rules"_s));
        QVERIFY2(read.ok(), qPrintable(read.describe()));
        // ...and never write, with or without the current revision.
        QJsonObject doc = read.json.object();
        doc.insert(u"units"_s, QJsonArray{QJsonObject{{u"mci"_s, 2028}, {u"tenge"_s, 1}}});
        const CouchResponse put = ws.call(QByteArrayLiteral("PUT"), ws.dbUrl(u"/rules"_s),
                                          QJsonDocument(doc));
        QVERIFY2(put.status == 403 || put.status == 401, qPrintable(put.describe()));
        const CouchResponse other = ws.call(QByteArrayLiteral("PUT"), ws.dbUrl(u"/mine"_s),
                                            QJsonDocument(QJsonObject{{u"country"_s, u"KZ"_s},
                                                                      {u"units"_s, QJsonArray()}}));
        QVERIFY2(other.status == 403 || other.status == 401, qPrintable(other.describe()));
        RulesFile::Contents contents;
        QList<RuleProblem> problems;
        QVERIFY(RulesFile::parse(R"({"certdesk_rules":1,"country":"KZ"})"_ba "\n"
                                 R"({"mci":2028,"tenge":1})"_ba,
                                 &contents, &problems));
        QVERIFY(!CentralRules::publish(ws, contents, u"ws-w"_s, u"2026-12-01T09:00:00.000Z"_s,
                                       nullptr, &problems, &error));
        const CouchResponse after = m_admin.call(QByteArrayLiteral("GET"), m_admin.dbUrl(u"/rules"_s));
        QCOMPARE(after.json.object().value(u"_rev"_s), read.json.object().value(u"_rev"_s));
    }

    void badPublicationRefused()
    {
        QString error;
        const CouchResponse before = m_admin.call(QByteArrayLiteral("GET"), m_admin.dbUrl(u"/rules"_s));
        // Kazakhstan taken off the Hague list: refused before anything is written.
        QVERIFY(!publish(R"({"certdesk_rules":1,"country":"KZ"}
{"hague":"KZ","removed":true}
)"_ba,
                         &error));
        QVERIFY(!error.isEmpty());
        const CouchResponse after = m_admin.call(QByteArrayLiteral("GET"), m_admin.dbUrl(u"/rules"_s));
        QCOMPARE(after.json.object().value(u"_rev"_s), before.json.object().value(u"_rev"_s));
    }

    // A removal record says "there is none" to every branch; taking a unit back out of the
    // central document instead lets each branch's own value (or the built-in one) count again.
    void unpublishedRulesLetTheBranchValuesCountAgain()
    {
        QString error;
        QVERIFY2(publish(R"({"certdesk_rules":1,"country":"KZ","source":"Decree 2031"}
{"mci":2031,"tenge":6100}
{"term":"apostille","from":"2031-01-01","working_days":7}
)"_ba,
                         &error),
                 qPrintable(error));
        Branch branch(m_server, {u"aigerim"_s});
        QVERIFY2(branch.init(&error) && branch.addWorkstation(u"ws-u"_s, &error), qPrintable(error));
        Workstation ws(branch, u"ws-u"_s, u"dev-u"_s);
        ws.options.rulesDatabase = m_rulesDb;
        SyncSummary s = ws.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        RuleSet own;
        own.set(RuleUnit::mci(2031, 5900));
        QList<RuleCheck::Issue> issues;
        QList<RuleChanges::Change> changes;
        QVERIFY2(RulesStore(ws.db()).change(own, {}, u"aigerim"_s, ws.clock(), u"branch"_s,
                                            &issues, &changes, &error),
                 qPrintable(error));
        QCOMPARE(RulesStore(ws.db()).inForce().mci(2031), std::optional<int>(6100));
        QCOMPARE(RulesStore(ws.db()).inForce().termsOn(QDate(2031, 6, 1)).apostilleDays, 7);

        // An id that is not published: refused whole, the document untouched.
        const CouchResponse before = m_admin.call(QByteArrayLiteral("GET"), m_admin.dbUrl(u"/rules"_s));
        QJsonObject report;
        QVERIFY(!CentralRules::unpublish(m_admin, {u"mci/2031"_s, u"mci/2099"_s}, u"central"_s,
                                         u"2026-12-02T09:00:00.000Z"_s, &report, &issues, &error));
        QVERIFY2(error.contains(u"mci/2099"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"mci/2031"_s), qPrintable(error));
        CouchResponse after = m_admin.call(QByteArrayLiteral("GET"), m_admin.dbUrl(u"/rules"_s));
        QCOMPARE(after.json.object().value(u"_rev"_s), before.json.object().value(u"_rev"_s));

        QVERIFY2(CentralRules::unpublish(m_admin, {u"mci/2031"_s, u"term/apostille/2031-01-01"_s},
                                         u"central"_s, u"2026-12-02T09:00:00.000Z"_s, &report,
                                         &issues, &error),
                 qPrintable(error));
        QCOMPARE(report.value(u"unpublished"_s).toArray().size(), 2);
        after = m_admin.call(QByteArrayLiteral("GET"), m_admin.dbUrl(u"/rules"_s));
        QVERIFY(!after.json.object().value(u"units"_s).toArray().contains(
            QJsonObject{{u"mci"_s, 2031}, {u"tenge"_s, 6100}}));
        s = ws.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QVERIFY(s.rulesChanged);
        // The branch's own MCI counts again; the term falls back to the one in force before
        // (an earlier publication's, or the built-in one).
        QCOMPARE(RulesStore(ws.db()).inForce().mci(2031), std::optional<int>(5900));
        QVERIFY(!RulesStore(ws.db()).shadowedByCentral().contains(u"mci/2031"_s));
        const int apostilleDays = RulesStore(ws.db()).inForce().termsOn(QDate(2031, 6, 1)).apostilleDays;
        QVERIFY(apostilleDays != 7);
        QCOMPARE(apostilleDays, RuleSet::builtIn()
                                    .overlaid(RulesStore(ws.db()).central().rules)
                                    .termsOn(QDate(2031, 6, 1))
                                    .apostilleDays);
        QCOMPARE(RulesStore(ws.db()).central().publishedAt, u"2026-12-02T09:00:00.000Z"_s);
    }

    // Found on Apache CouchDB 3 (pouchdb-server enforces no _security): the provider's account,
    // which may not read the central rules, had every exchange end in "The central rules could
    // not be taken"; and a rules database deleted to be made again cleared a branch's central
    // rules (a decree's MCI gone, apostille applications refused) until it was published again.
    void aMissingOrUnreadableRulesDatabaseKeepsTheRules()
    {
        QString error;
        QVERIFY2(publish(R"({"certdesk_rules":1,"country":"KZ","source":"Decree 2030"}
{"mci":2030,"tenge":6000}
)"_ba,
                         &error),
                 qPrintable(error));
        Branch branch(m_server, {u"aigerim"_s});
        QVERIFY2(branch.init(&error) && branch.addWorkstation(u"ws-k"_s, &error), qPrintable(error));
        QVERIFY2(branch.addPerson(u"provider"_s, &error), qPrintable(error));
        Workstation ws(branch, u"ws-k"_s, u"dev-k"_s);
        Workstation provider(branch, u"provider"_s, u"dev-p"_s);
        ws.options.rulesDatabase = m_rulesDb;
        provider.options.rulesDatabase = m_rulesDb;
        SyncSummary s = ws.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(RulesStore(ws.db()).inForce().mci(2030), std::optional<int>(6000));

        s = provider.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));

        const CouchResponse gone = m_admin.call(QByteArrayLiteral("DELETE"), m_admin.dbUrl(QString()));
        QVERIFY2(gone.ok(), gone.body.constData());
        s = ws.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QVERIFY(!s.rulesChanged);
        QCOMPARE(RulesStore(ws.db()).inForce().mci(2030), std::optional<int>(6000));
    }
};

QTEST_GUILESS_MAIN(TstCentralRules)
#include "tst_centralrules.moc"
