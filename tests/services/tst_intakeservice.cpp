#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include "domain/ReceiptNumber.h"
#include "services/CaseService.h"
#include "services/IntakeService.h"
#include "storage/CaseProjection.h"
#include "storage/EventStore.h"
#include "storage/ReceiptCounter.h"
#include "tst_intake_fixture.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

qint64 eventCount(Database &db)
{
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT count(*) FROM events WHERE case_id NOT LIKE 'user:%'"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

/// Submitting an application: one transaction with the receipt number, the received event
/// and the overrides, or nothing at all.
class TestIntakeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void submitsAndNumbersTheReceipt()
    {
        Counter c;
        QVERIFY(c.isValid());
        IntakeService intake(c.clerk);
        const auto r = intake.submit(selfApplication(), {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.receipt.receipt.size(), 17);
        QVERIFY2(r.receipt.receipt.startsWith(QLatin1String("0101032603020001")), qPrintable(r.receipt.receipt));
        QVERIFY(ReceiptNumber::parse(r.receipt.receipt).isValid());
        QCOMPARE(r.receipt.clerkName, QStringLiteral("Иванова Анна Сергеевна"));
        QCOMPARE(r.receipt.branchName, QStringLiteral("Astana, Yesil district"));
        QCOMPARE(r.receipt.due.kind, ServiceTerms::Kind::Electronic);
        QCOMPARE(r.receipt.due.dueAt, c.clock().nowLocal().addSecs(600));

        CaseDetails details;
        QString error;
        QVERIFY2(CaseService(c.clerk).open(r.receipt.caseId, &details, &error), qPrintable(error));
        QCOMPARE(details.events.size(), 1);
        QCOMPARE(details.state.status, CaseStatus::Submitted);
        QCOMPARE(details.state.receipt, r.receipt.receipt);
        QCOMPARE(details.state.iin, kAdultIin);
        QCOMPARE(details.state.presenterKind, QStringLiteral("self"));
        QCOMPARE(details.state.dueAt, c.clock().nowUtc().addSecs(600));
        QCOMPARE(details.received.value(QLatin1String("phone")).toString(), QStringLiteral("+77012345678"));
        QCOMPARE(details.received.value(QLatin1String("subject")).toObject().value(QLatin1String("birth_date")).toString(),
                 QStringLiteral("1987-10-08"));
        QVERIFY(!details.received.value(QLatin1String("checks")).toArray().isEmpty());
        QCOMPARE(details.application.identity.number, QStringLiteral("045123456"));

        const auto second = intake.submit(selfApplication(QStringLiteral("Бекова")), {});
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(ReceiptNumber::parse(second.receipt.receipt).sequence(), 2);
        QCOMPARE(ReceiptCounter(c.db()).last(QDate(2026, 3, 2)), 2);

        const IntakeReceipt again = CaseService(c.clerk).receiptFor(details);
        QCOMPARE(again.receipt, r.receipt.receipt);
        QCOMPARE(again.clerkName, QStringLiteral("Иванова Анна Сергеевна"));
        QCOMPARE(again.clerkPosition, QStringLiteral("specialist"));
        QCOMPARE(again.submittedLocal, r.receipt.submittedLocal);
    }

    void refusalSavesNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("expired document") << QStringLiteral("expired");
        QTest::newRow("11-digit IIN") << QStringLiteral("iin");
        QTest::newRow("no POA") << QStringLiteral("poa");
        QTest::newRow("apostille unpaid") << QStringLiteral("unpaid");
        QTest::newRow("empty") << QStringLiteral("empty");
    }

    void refusalSavesNothing()
    {
        QFETCH(QString, what);
        Counter c;
        Application a = selfApplication();
        QString rule;
        if (what == QLatin1String("expired")) {
            a.identity.expiresOn = QDate(2026, 3, 1);
            rule = QStringLiteral("identity_document_valid");
        } else if (what == QLatin1String("iin")) {
            a.subject.iin = QStringLiteral("87100840142");
            rule = QStringLiteral("iin_valid");
        } else if (what == QLatin1String("poa")) {
            a.presenter.kind = Application::PresenterKind::Representative;
            a.presenter.iin = kAgentIin;
            a.presenter.name = {QStringLiteral("Бекович"), QStringLiteral("Ержан"), QString()};
            rule = QStringLiteral("poa_required");
        } else if (what == QLatin1String("unpaid")) {
            a.purpose = Application::Purpose::Apostille;
            a.country = QStringLiteral("DE");
            rule = QStringLiteral("apostille_payment");
        } else {
            a = Application();
            rule = QStringLiteral("required");
        }
        const auto r = IntakeService(c.clerk).submit(a, {});
        QVERIFY(!r.ok);
        QVERIFY(!r.blocking.isEmpty());
        QCOMPARE(r.blocking.first().rule, rule);
        QVERIFY2(r.error.startsWith(QLatin1String("Nothing was saved")), qPrintable(r.error));
        QVERIFY(r.error.contains(r.blocking.first().message));
        QCOMPARE(eventCount(c.db()), 0);
        QCOMPARE(CaseProjection::count(c.db()), 0);
        QCOMPARE(ReceiptCounter(c.db()).last(QDate(2026, 3, 2)), 0);
    }

    void supervisorOverride()
    {
        Counter c;
        IntakeService intake(c.clerk);
        Application a = selfApplication();
        a.identity.expiresOn = QDate(2026, 2, 20);
        const QList<CheckResult> problems = IntakeChecks::problems(intake.check(a));
        QCOMPARE(problems.size(), 1);
        const CheckResult refusal = problems.first();
        QVERIFY(refusal.canOverride());

        QString error;
        // Wrong password, a clerk's account, no reason, an input error: no grant.
        QVERIFY(intake.authorizeOverrides({refusal}, QStringLiteral("boss"), QStringLiteral("wrong-password-1"),
                                          QStringLiteral("renewal in progress"), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("wrong")), qPrintable(error));
        QVERIFY(intake.authorizeOverrides({refusal}, QStringLiteral("clerk"), kClerkPassword,
                                          QStringLiteral("renewal in progress"), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("may not override")), qPrintable(error));
        QVERIFY(intake.authorizeOverrides({refusal}, QStringLiteral("boss"), kSupervisorPassword, QStringLiteral("  "), &error).isEmpty());
        QVERIFY2(error.startsWith(QLatin1String("Reason:")), qPrintable(error));
        CheckResult invalid = refusal;
        invalid.outcome = CheckResult::Outcome::Invalid;
        QVERIFY(intake.authorizeOverrides({invalid}, QStringLiteral("boss"), kSupervisorPassword,
                                          QStringLiteral("renewal in progress"), &error).isEmpty());
        // An apostille for a country that is not a party: no supervisor may pass it.
        Application ae = a;
        ae.identity.expiresOn = QDate(2030, 5, 13);
        ae.purpose = Application::Purpose::Apostille;
        ae.country = QStringLiteral("AE");
        const QList<CheckResult> barred = IntakeChecks::problems(intake.check(ae));
        QCOMPARE(barred.size(), 1);
        QVERIFY(intake
                    .authorizeOverrides(barred, QStringLiteral("boss"), kSupervisorPassword,
                        QStringLiteral("the embassy insists"), &error)
                    .isEmpty());
        QVERIFY2(error.contains(QLatin1String("no supervisor may")), qPrintable(error));

        const auto grants = intake.authorizeOverrides({refusal}, QStringLiteral(" Boss "), kSupervisorPassword,
                                                      QStringLiteral("card renewed, new one not yet issued"), &error);
        QCOMPARE(grants.size(), 1);
        const OverrideGrant *grant = &grants.first();
        QCOMPARE(grant->supervisor(), QStringLiteral("boss"));
        QCOMPARE(grant->rule(), QStringLiteral("identity_document_valid"));

        // The grant covers these facts only: another expired date needs its own override.
        Application otherDate = a;
        otherDate.identity.expiresOn = QDate(2026, 2, 21);
        QVERIFY(!intake.submit(otherDate, {*grant}).ok);

        // A grant for another rule does not pass this one.
        Application twoProblems = a;
        twoProblems.identity.issuedOn = QDate(2026, 3, 5);
        twoProblems.identity.expiresOn = QDate(2036, 3, 5);
        auto r = intake.submit(twoProblems, {*grant});
        QVERIFY(!r.ok);
        QCOMPARE(r.blocking.size(), 1);
        QCOMPARE(r.blocking.first().rule, QStringLiteral("identity_document_issued"));
        QCOMPARE(eventCount(c.db()), 0);

        r = intake.submit(a, {*grant});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.receipt.overrides, 1);
        CaseDetails details;
        QVERIFY(CaseService(c.clerk).open(r.receipt.caseId, &details, &error));
        QCOMPARE(details.events.size(), 2);
        QCOMPARE(details.events.at(0).type, EventType::Received);
        QCOMPARE(details.events.at(1).type, EventType::Override);
        QCOMPARE(details.events.at(1).by, QStringLiteral("clerk"));
        const QJsonObject o = details.events.at(1).data;
        QCOMPARE(o.value(QLatin1String("supervisor")).toString(), QStringLiteral("boss"));
        QCOMPARE(o.value(QLatin1String("rule")).toString(), QStringLiteral("identity_document_valid"));
        QCOMPARE(o.value(QLatin1String("field")).toString(), QStringLiteral("identity_document.expires_on"));
        QCOMPARE(o.value(QLatin1String("reason")).toString(), QStringLiteral("card renewed, new one not yet issued"));
        QVERIFY(!QJsonDocument(o).toJson().contains(kSupervisorPassword.toUtf8()));
        QCOMPARE(details.state.overrides, 1);
        bool recorded = false;
        for (const auto &v : details.received.value(QLatin1String("checks")).toArray()) {
            const QJsonObject check = v.toObject();
            recorded = recorded || (check.value(QLatin1String("rule")).toString() == QLatin1String("identity_document_valid")
                                    && check.value(QLatin1String("result")).toString() == QLatin1String("overridden"));
        }
        QVERIFY(recorded);
    }

    void apostilleFeeAndTerm()
    {
        Counter c;
        QString error;
        QVERIFY(SettingsStore(c.db()).setValue(QStringLiteral("fee.mci.2026"), QStringLiteral("4325"), QStringLiteral("t"), &error));
        IntakeService intake(c.clerk);
        QCOMPARE(intake.apostilleFee().amount, 2163);
        Application a = selfApplication();
        a.purpose = Application::Purpose::Apostille;
        a.country = QStringLiteral("de");
        a.fee.amount = 1; // whatever the form said, the service computes it
        a.fee.paymentRef = QStringLiteral("KASPI 55-1");
        const auto r = intake.submit(a, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.receipt.application.fee.amount, 2163);
        QCOMPARE(r.receipt.application.fee.mci, 4325);
        QCOMPARE(r.receipt.application.country, QStringLiteral("DE"));
        QCOMPARE(r.receipt.due.kind, ServiceTerms::Kind::Apostille);
        // 8 working days after Monday 2 March 2026, skipping 9 March (8 March carried over).
        QCOMPARE(r.receipt.due.dueDate, QDate(2026, 3, 13));
        CaseDetails details;
        QVERIFY(CaseService(c.clerk).open(r.receipt.caseId, &details, &error));
        QCOMPARE(details.state.dueDate, QDate(2026, 3, 13));
        QVERIFY(details.state.paper);
        QCOMPARE(details.received.value(QLatin1String("fee")).toObject().value(QLatin1String("payment_ref")).toString(),
                 QStringLiteral("KASPI 55-1"));
    }

    void onlyThoseWhoTakeApplications()
    {
        Counter c;
        Session admin(c.db(), c.clock(), User{QStringLiteral("admin"), QStringLiteral("Admin"), QString(), Role::Administrator});
        const auto r = IntakeService(admin).submit(selfApplication(), {});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("take applications")), qPrintable(r.error));
        QCOMPARE(eventCount(c.db()), 0);
    }

    void badBranchSettingsSaveNothing()
    {
        Counter c;
        QString error;
        QVERIFY(SettingsStore(c.db()).setValue(QStringLiteral("branch.code"), QStringLiteral("12"), QStringLiteral("t"), &error));
        const auto r = IntakeService(c.clerk).submit(selfApplication(), {});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("branch.code")), qPrintable(r.error));
        QCOMPARE(eventCount(c.db()), 0);
        QCOMPARE(ReceiptCounter(c.db()).last(QDate(2026, 3, 2)), 0);
    }

    void skipsNumbersAlreadyUsed()
    {
        // A database restored from an older backup has forgotten its counter, not its cases.
        Counter c;
        IntakeService intake(c.clerk);
        const auto first = intake.submit(selfApplication(), {});
        QVERIFY(first.ok);
        QSqlQuery q(c.db().db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM receipt_counter")));
        const auto second = intake.submit(selfApplication(QStringLiteral("Бекова")), {});
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(ReceiptNumber::parse(second.receipt.receipt).sequence(), 2);
    }

    void numbersRestartEachDay()
    {
        Counter c;
        IntakeService intake(c.clerk);
        QVERIFY(intake.submit(selfApplication(), {}).ok);
        c.clock().setLocal(QDate(2026, 3, 3), QTime(9, 0));
        const auto r = intake.submit(selfApplication(), {});
        QVERIFY(r.ok);
        QCOMPARE(ReceiptNumber::parse(r.receipt.receipt).date(), QDate(2026, 3, 3));
        QCOMPARE(ReceiptNumber::parse(r.receipt.receipt).sequence(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIntakeService)
#include "tst_intakeservice.moc"
