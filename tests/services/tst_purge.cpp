// Retention purge: personal data of cases closed longer ago than the setting leaves the
// event log and the cases table; counts stay; the audit chain still verifies; and only a
// supervisor or administrator may run it.
#include <QtTest>

#include <QSqlError>
#include <QSqlQuery>

#include "common/TestDatabase.h"
#include "domain/Appeal.h"
#include "services/AppealService.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/PurgeService.h"
#include "services/Session.h"
#include "storage/EventStore.h"
#include "storage/Purge.h"
#include "storage/SettingsStore.h"

using namespace certdesk;

namespace {

const QString kIin = QStringLiteral("871008401427");
const QString kAgentIin = QStringLiteral("760212350620");
const QString kSurname = QStringLiteral("Ахметова");
const QString kDocument = QStringLiteral("N12345678");

QJsonObject application(const QString &receipt)
{
    return {
        {QStringLiteral("receipt"), receipt},
        {QStringLiteral("purpose"), QStringLiteral("domestic")},
        {QStringLiteral("result_form"), QStringLiteral("electronic")},
        {QStringLiteral("phone"), QStringLiteral("+77011234567")},
        {QStringLiteral("subject"),
         QJsonObject{
             {QStringLiteral("iin"), kIin},
             {QStringLiteral("surname"), kSurname},
             {QStringLiteral("given_name"), QStringLiteral("Айгерим")},
             {QStringLiteral("patronymic"), QStringLiteral("Болатовна")},
             {QStringLiteral("birth_date"), QStringLiteral("1987-10-08")},
             {QStringLiteral("previous"),
              QJsonArray{QJsonObject{{QStringLiteral("surname"), QStringLiteral("Омарова")}}}}}},
        {QStringLiteral("presenter"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("representative")},
                     {QStringLiteral("iin"), kAgentIin},
                     {QStringLiteral("surname"), QStringLiteral("Серикбаев")},
                     {QStringLiteral("identity_document"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("id_card")},
                                  {QStringLiteral("number"), kDocument},
                                  {QStringLiteral("issuer"), QStringLiteral("МВД РК")}}}}},
        {QStringLiteral("poa"),
         QJsonObject{{QStringLiteral("notary"), QStringLiteral("Жумабаева Г.")},
                     {QStringLiteral("registration_number"), QStringLiteral("1234")},
                     {QStringLiteral("issued_on"), QStringLiteral("2021-12-01")}}},
    };
}

QString allText(Database &db)
{
    QString out;
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT data FROM events"));
    while (q.next())
        out += q.value(0).toString();
    q.exec(QStringLiteral("SELECT iin || surname || given_name || patronymic || anomaly_list FROM cases"));
    while (q.next())
        out += q.value(0).toString();
    return out;
}

QMap<QString, int> countsByStatus(Database &db)
{
    QMap<QString, int> out;
    QSqlQuery q(db.db());
    q.exec(QStringLiteral(
        "SELECT status || '/' || purpose || '/' || closed_on, count(*) FROM cases GROUP BY 1"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

} // namespace

class TestPurge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    Session as(Role role)
    {
        return Session(m_t->db(), m_t->clock(),
                       User{QStringLiteral("boss"), QStringLiteral("Boss"), QString(), role});
    }

    /// An electronic case received and completed on the given branch-local day.
    void completedCase(const QString &caseId, const QDate &day, bool complete = true)
    {
        m_t->clock().setLocal(day, QTime(10, 0));
        QList<Event> events{
            Event::make(EventType::Received, caseId, application(QStringLiteral("R-") + caseId))};
        if (complete) {
            events.append(
                Event::make(EventType::ResultRecorded, caseId,
                            {{QStringLiteral("certificate_number"), QStringLiteral("260101-1")},
                             {QStringLiteral("certificate_date"), day.toString(Qt::ISODate)},
                             {QStringLiteral("outcome"), QStringLiteral("no_record")}}));
        }
        QString error;
        QVERIFY2(EventStore(m_t->db(), m_t->clock())
                     .append(events,
                             Actor{QStringLiteral("clerk"), m_t->db().deviceId(),
                                   QStringLiteral("0101")},
                             &error),
                 qPrintable(error));
    }

    QString statusOf(const QString &caseId)
    {
        QSqlQuery q(m_t->db().db());
        q.prepare(QStringLiteral("SELECT status || ':' || iin || ':' || surname || ':' || receipt "
                                 "FROM cases WHERE case_id = ?"));
        q.addBindValue(caseId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(m_t->isValid());
        completedCase(QStringLiteral("old"), QDate(2022, 3, 1));
        completedCase(QStringLiteral("older"), QDate(2021, 5, 4));
        completedCase(QStringLiteral("recent"), QDate(2025, 6, 2));
        completedCase(QStringLiteral("open"), QDate(2021, 5, 5), false);
        m_t->clock().setLocal(QDate(2026, 3, 2), QTime(10, 0));
    }

    void clerkIsRefused()
    {
        Session clerk = as(Role::Clerk);
        PurgeResult result;
        QString error;
        QVERIFY(!PurgeService(clerk).purge(QDate(2026, 3, 2), false, &result, &error));
        QVERIFY(error.contains(QStringLiteral("supervisor")));
        QVERIFY(allText(m_t->db()).contains(kIin));
    }

    void redactsOnlyCasesPastRetention()
    {
        const QMap<QString, int> before = countsByStatus(m_t->db());
        Session supervisor = as(Role::Supervisor);
        PurgeResult result;
        QString error;
        QVERIFY2(PurgeService(supervisor).purge(QDate(2026, 3, 2), false, &result, &error),
                 qPrintable(error));
        QCOMPARE(result.retentionMonths, 36);
        QCOMPARE(result.closedOnOrBefore, QDate(2023, 3, 2));
        QCOMPARE(result.cases, 2);
        // Both events of each case: the application, and the result, whose certificate number
        // leads to one person's certificate.
        QCOMPARE(result.eventsRedacted, 4);

        QCOMPARE(statusOf(QStringLiteral("old")), QStringLiteral("completed:::R-old"));
        QCOMPARE(statusOf(QStringLiteral("older")), QStringLiteral("completed:::R-older"));
        QVERIFY(statusOf(QStringLiteral("recent")).contains(kIin));
        QVERIFY(statusOf(QStringLiteral("open")).contains(kIin)); // not closed: kept
        QCOMPARE(countsByStatus(m_t->db()), before);

        const QList<Event> old
            = EventStore(m_t->db(), m_t->clock()).caseEvents(QStringLiteral("old"));
        const QString data = QString::fromUtf8(QJsonDocument(old.first().data).toJson());
        for (const QString &personal :
             {kIin, kAgentIin, kSurname, kDocument, QStringLiteral("Омарова"),
              QStringLiteral("+7701"), QStringLiteral("1987-10-08"), QStringLiteral("Жумабаева"),
              QStringLiteral("МВД")})
            QVERIFY2(!data.contains(personal), qPrintable(personal));
        // What anonymous counts need stays.
        QCOMPARE(old.first().data.value(QLatin1String("purpose")).toString(),
                 QStringLiteral("domestic"));
        QCOMPARE(old.first().data.value(QLatin1String("receipt")).toString(),
                 QStringLiteral("R-old"));
        QCOMPARE(old.first()
                     .data.value(QLatin1String("presenter"))
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("representative"));
        QVERIFY(old.first().data.value(QLatin1String("redacted")).toBool());
    }

    void purgesClosedAppealsKeepingTheRegister()
    {
        // Two appeals of 2022: one decided then, one never decided (still owed: kept).
        m_t->clock().setLocal(QDate(2022, 3, 1), QTime(11, 0));
        Session supervisor(m_t->db(), m_t->clock(),
                           User{QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан Ержанович"),
                                QStringLiteral("руководитель филиала"), Role::Supervisor});
        Appeal a;
        a.about = Appeal::About::Service;
        a.applicant.name = {QStringLiteral("Жумабаев"), QStringLiteral("Ерлан"), QStringLiteral("Серикович")};
        a.applicant.iin = kAgentIin;
        a.applicant.address = QStringLiteral("г. Алматы, ул. Абая, 10");
        a.applicant.phone = QStringLiteral("+77019998877");
        a.addressee = QStringLiteral("Директор филиала");
        a.essence = QStringLiteral("Долгое ожидание в очереди");
        a.date = QDate(2022, 3, 1);
        a.isSigned = true;
        AppealService appeals(supervisor);
        const AppealService::Result decided = appeals.accept(a);
        QVERIFY2(decided.ok, qPrintable(decided.error));
        const AppealService::Result pending = appeals.accept(a);
        QVERIFY2(pending.ok, qPrintable(pending.error));
        QString error;
        m_t->clock().setLocal(QDate(2022, 3, 10), QTime(15, 0));
        QVERIFY2(appeals.decide(decided.state.appealId, QStringLiteral("satisfied"),
                                QStringLiteral("Ерлан Жумабаев принят вне очереди"),
                                QDate(2022, 3, 10), &error),
                 qPrintable(error));

        m_t->clock().setLocal(QDate(2026, 3, 2), QTime(10, 0));
        PurgeResult result;
        QVERIFY2(PurgeService(supervisor).purge(QDate(2026, 3, 2), false, &result, &error),
                 qPrintable(error));
        QCOMPARE(result.cases, 2);
        QCOMPARE(result.appeals, 1);

        auto row = [this](const QString &appealId) {
            QSqlQuery q(m_t->db().db());
            q.prepare(QStringLiteral("SELECT status || '|' || number || '|' || kind || '|' || "
                                     "applicant || '|' || iin || '|' || closed_on || '|' || state "
                                     "FROM appeals WHERE appeal_id = ?"));
            q.addBindValue(appealId);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        };
        const QString purged = row(decided.state.appealId);
        QVERIFY2(purged.startsWith(QStringLiteral("decided|%1|appeal|||2022-03-10|")
                                       .arg(decided.state.number)),
                 qPrintable(purged));
        for (const QString &personal : {kAgentIin, QStringLiteral("Жумабаев"), QStringLiteral("Абая"),
                                        QStringLiteral("+7701999"), QStringLiteral("очереди"),
                                        QStringLiteral("Серикбаев")})
            QVERIFY2(!purged.contains(personal), qPrintable(personal));
        QVERIFY(row(pending.state.appealId).contains(kAgentIin));

        // Every event of the decided appeal lost its personal data; the register keys stayed.
        QSqlQuery q(m_t->db().db());
        q.prepare(QStringLiteral("SELECT data FROM events WHERE case_id = ?"));
        q.addBindValue(decided.state.appealId);
        QVERIFY(q.exec());
        int events = 0;
        while (q.next()) {
            ++events;
            const QString data = q.value(0).toString();
            QVERIFY2(!data.contains(kAgentIin) && !data.contains(QStringLiteral("Жумабаев")),
                     qPrintable(data));
        }
        QCOMPARE(events, 2);
        AuditReport report;
        QVERIFY(AuditService::verifyDatabase(m_t->db(), &report, &error));
        QVERIFY2(report.ok(),
                 qPrintable(QString::fromUtf8(QJsonDocument(report.toJson()).toJson())));

        // Nothing new the second time.
        QVERIFY(PurgeService(supervisor).purge(QDate(2026, 3, 2), false, &result, &error));
        QCOMPARE(result.appeals, 0);
    }

    void auditStillVerifiesAndCatchesLaterEdits()
    {
        Session supervisor = as(Role::Supervisor);
        PurgeResult result;
        QString error;
        QVERIFY(PurgeService(supervisor).purge(QDate(2026, 3, 2), false, &result, &error));
        AuditReport report;
        QVERIFY(AuditService::verifyDatabase(m_t->db(), &report, &error));
        QVERIFY2(report.ok(),
                 qPrintable(QString::fromUtf8(QJsonDocument(report.toJson()).toJson())));
        QCOMPARE(report.redacted, 4);

        // The purge events themselves carry no personal data.
        const QList<Event> records
            = EventStore(m_t->db(), m_t->clock()).caseEvents(Purge::stream());
        QCOMPARE(records.size(), 2);
        QVERIFY(!QJsonDocument(records.first().data).toJson().contains(kIin.toUtf8()));
        QCOMPARE(records.first().by, QStringLiteral("boss"));

        // A redacted row is still protected: editing it is found.
        {
            QSqlQuery q(m_t->db().db());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_immutable_update")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE events SET data = replace(data, 'domestic', "
                                      "'abroad') WHERE case_id = 'old' AND type = 'received'")));
        }
        QVERIFY(AuditService::verifyDatabase(m_t->db(), &report, &error));
        QVERIFY(!report.ok());
    }

    void purgeIsIdempotentAndDryRunChangesNothing()
    {
        Session admin = as(Role::Administrator);
        PurgeService purge(admin);
        PurgeResult result;
        QString error;
        QVERIFY(purge.purge(QDate(2026, 3, 2), true, &result, &error));
        QCOMPARE(result.cases, 2);
        QVERIFY(allText(m_t->db()).contains(kIin));
        QCOMPARE(EventStore(m_t->db(), m_t->clock()).caseEvents(Purge::stream()).size(), 0);
        QVERIFY(purge.purge(QDate(2026, 3, 2), false, &result, &error));
        QCOMPARE(result.cases, 2);
        QVERIFY(purge.purge(QDate(2026, 3, 2), false, &result, &error));
        QCOMPARE(result.cases, 0);
    }

    void anotherWorkstationsPurgeRecordLeavesOurCopyDue()
    {
        // ws02 purged "old" there, and its record came in with the sync. This database's own
        // copy of the case still holds the person's data: the purge decides from that.
        Event record;
        record.id = Event::newId();
        record.typeName = Purge::eventType();
        record.caseId = Purge::stream();
        record.data = {{QStringLiteral("case_id"), QStringLiteral("old")},
            {QStringLiteral("as_of"), QStringLiteral("2026-03-01")},
            {QStringLiteral("retention_months"), 36}, {QStringLiteral("events"), QJsonArray()}};
        record.at = m_t->clock().nowUtc().addSecs(-3600);
        record.by = QStringLiteral("boss2");
        record.device = QStringLiteral("ws02");
        record.branch = QStringLiteral("0101");
        QString error;
        QVERIFY2(
            EventStore(m_t->db(), m_t->clock()).insertForeign({record}, false, nullptr, &error),
            qPrintable(error));

        Session supervisor = as(Role::Supervisor);
        PurgeResult result;
        QVERIFY2(PurgeService(supervisor).purge(QDate(2026, 3, 2), false, &result, &error),
            qPrintable(error));
        QCOMPARE(result.cases, 2);
        QCOMPARE(statusOf(QStringLiteral("old")), QStringLiteral("completed:::R-old"));
        const QList<Event> old
            = EventStore(m_t->db(), m_t->clock()).caseEvents(QStringLiteral("old"));
        for (const Event &e : old)
            QVERIFY(!QJsonDocument(e.data).toJson().contains(kIin.toUtf8()));
        AuditReport report;
        QVERIFY(AuditService::verifyDatabase(m_t->db(), &report, &error));
        QVERIFY2(
            report.ok(), qPrintable(QString::fromUtf8(QJsonDocument(report.toJson()).toJson())));
    }

    void restoredOlderBackupIsPurgedAgain()
    {
        // A backup taken before a purge still holds the data. Restored, it gets the purge
        // records back through the sync (they are on the server) — and must still be purged.
        const QString backup = m_t->dir() + QStringLiteral("/before-purge.db");
        QString error;
        QVERIFY2(
            BackupService::write(m_t->db(), m_t->clock(), QStringLiteral("boss"), backup, &error),
            qPrintable(error));
        Session supervisor = as(Role::Supervisor);
        PurgeResult result;
        QVERIFY2(PurgeService(supervisor).purge(QDate(2026, 3, 2), false, &result, &error),
            qPrintable(error));
        QCOMPARE(result.cases, 2);
        const QList<Event> records
            = EventStore(m_t->db(), m_t->clock()).caseEvents(Purge::stream());
        QCOMPARE(records.size(), 2);

        m_t->db().close();
        QVERIFY2(BackupService::restore(
                     backup, m_t->path(), m_t->clock(), QStringLiteral("boss"), nullptr, &error),
            qPrintable(error));
        QCOMPARE(m_t->db().open(m_t->path(), &error), Database::OpenResult::Ok);
        QVERIFY(statusOf(QStringLiteral("old")).contains(kIin)); // back with the backup
        QVERIFY2(EventStore(m_t->db(), m_t->clock()).insertForeign(records, false, nullptr, &error),
            qPrintable(error));

        Session again(m_t->db(), m_t->clock(),
            User {QStringLiteral("boss"), QStringLiteral("Boss"), QString(), Role::Supervisor});
        QVERIFY2(PurgeService(again).purge(QDate(2026, 3, 2), false, &result, &error),
            qPrintable(error));
        QCOMPARE(result.cases, 2);
        QCOMPARE(statusOf(QStringLiteral("old")), QStringLiteral("completed:::R-old"));
        QCOMPARE(statusOf(QStringLiteral("older")), QStringLiteral("completed:::R-older"));
        // Nothing left to do after that.
        QVERIFY(PurgeService(again).purge(QDate(2026, 3, 2), false, &result, &error));
        QCOMPARE(result.cases, 0);
    }

    void retentionIsASetting()
    {
        QString error;
        QVERIFY(SettingsStore(m_t->db()).setValue(QStringLiteral("privacy.retention_months"),
                                                  QStringLiteral("6"), QStringLiteral("t"),
                                                  &error));
        Session supervisor = as(Role::Supervisor);
        PurgeResult result;
        QVERIFY(PurgeService(supervisor).purge(QDate(2026, 3, 2), false, &result, &error));
        QCOMPARE(result.cases, 3);
        QVERIFY(!statusOf(QStringLiteral("recent")).contains(kIin));
        QVERIFY(statusOf(QStringLiteral("open")).contains(kIin));
        QVERIFY(SettingsStore(m_t->db()).setValue(QStringLiteral("privacy.retention_months"),
                                                  QStringLiteral("0"), QStringLiteral("t"),
                                                  &error));
        QVERIFY(!PurgeService(supervisor).purge(QDate(2026, 3, 2), false, &result, &error));
        QVERIFY(error.contains(QStringLiteral("privacy.retention_months")));
    }

    void theLogRefusesUpdatesOutsideAPurge()
    {
        QSqlQuery q(m_t->db().db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE events SET data = '{}' WHERE case_id = 'old'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("immutable")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM events WHERE case_id = 'old'")));
        // A purge window does not let anything but the data change.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO purge_window VALUES ('test')")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE events SET by_user = 'x' WHERE case_id = 'old'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM purge_window")));
    }

    void redactDataKeepsOnlyKnownNonPersonalKeys()
    {
        const QJsonObject in{{QStringLiteral("purpose"), QStringLiteral("abroad")},
                             {QStringLiteral("some_new_field"), QStringLiteral("Иванов")},
                             {QStringLiteral("collector"),
                              QJsonObject{{QStringLiteral("kind"), QStringLiteral("self")},
                                          {QStringLiteral("iin"), kIin}}}};
        const QJsonObject out = Purge::redactData(in);
        QCOMPARE(out.value(QLatin1String("purpose")).toString(), QStringLiteral("abroad"));
        QVERIFY(!out.contains(QLatin1String("some_new_field")));
        QCOMPARE(out.value(QLatin1String("collector")).toObject(),
                 (QJsonObject{{QStringLiteral("kind"), QStringLiteral("self")}}));
        QVERIFY(out.value(QLatin1String("redacted")).toBool());
        // Nothing personal: nothing changes, no marker.
        const QJsonObject plain{{QStringLiteral("purpose"), QStringLiteral("abroad")}};
        QCOMPARE(Purge::redactData(plain), plain);
    }
};

QTEST_GUILESS_MAIN(TestPurge)
#include "tst_purge.moc"
