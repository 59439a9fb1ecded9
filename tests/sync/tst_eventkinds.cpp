// Every kind of event CertDesk writes — each case and appeal type, each account and system
// type, the scheduled backup the workstation records on its own, a supervisor's change of the
// rules — is accepted by the validate function "sync init" installs: written here by the
// services that write them, pushed by the workstation's account, nothing refused.
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include "branch_support.h"
#include "common/NoticeCases.h"
#include "services/AuditTrail.h"
#include "services/BackupService.h"
#include "services/SafeCountService.h"
#include "services/Session.h"
#include "storage/NoticeStore.h"
#include "storage/Purge.h"
#include "storage/RulesStore.h"

using namespace certdesk;
using namespace certdesk::test;

class TstEventKinds : public QObject
{
    Q_OBJECT

private:
    SyncServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_server.attachFixture(&error))
            QFAIL(qPrintable(error));
    }

    void everyKindIsAccepted()
    {
        Branch branch(m_server, {QStringLiteral("aigerim"), QStringLiteral("admin")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error),
            qPrintable(error));
        Workstation ws(branch, QStringLiteral("ws1"), QStringLiteral("dev-1"));
        const Actor clerk {QStringLiteral("aigerim"), ws.db().deviceId(), QStringLiteral("0101")};

        QSet<QString> kinds;
        // Case and appeal events, as a clerk writes them.
        for (int t = int(EventType::Received); t <= int(EventType::AppealWithdrawn); ++t) {
            const EventType type = EventType(t);
            QVERIFY2(!eventTypeName(type).isEmpty(), "an event type without a name");
            const QString stream = isAppealEventType(type)
                ? QStringLiteral("appeal:") + Event::newId()
                : QStringLiteral("case-1");
            QList<Event> one {Event::make(type, stream, {{QStringLiteral("n"), t}})};
            QVERIFY2(ws.store().append(one, clerk, &error), qPrintable(error));
            kinds.insert(eventTypeName(type));
        }
        // The notices: the workstation queues and records them itself (by "system", on a case
        // stream), and a supervisor names the notifier.
        {
            const QString paper = Event::newId();
            QVERIFY2(paperAtBranch(ws.store(), clerk, paper, QStringLiteral("+77012345678"), true,
                         ws.clock().today(), &error),
                qPrintable(error));
            NoticeStore notices(ws.db(), ws.clock());
            int queued = 0;
            QVERIFY2(notices.queueDue(&queued, &error), qPrintable(error));
            QCOMPARE(queued, 1);
            const QString id = notices.notices(paper).value(0).record.id;
            QDateTime next;
            NoticeFailure refused;
            refused.cause = NoticeFailure::Cause::Refused;
            refused.httpStatus = 503;
            refused.detail = QStringLiteral("HTTP 503");
            QVERIFY2(notices.recordFailed(id, refused, &next, &error), qPrintable(error));
            QVERIFY2(notices.recordSent(id, QStringLiteral("gw-1"), &error), qPrintable(error));
            QVERIFY2(
                notices.designate(ws.db().deviceId(), QStringLiteral("aigerim"), nullptr, &error),
                qPrintable(error));
            kinds.insert(NotifierDesignation::type());
        }
        // The count of the safe, a missing paper found again, another count and a write-off,
        // by a supervisor.
        {
            const QString paper = Event::newId();
            QVERIFY2(paperAtBranch(ws.store(), clerk, paper, QString(), false, ws.clock().today(),
                         &error),
                qPrintable(error));
            Session boss(ws.db(), ws.clock(),
                User {QStringLiteral("aigerim"), QStringLiteral("Ахметова Айгерим"), QString(),
                    Role::Supervisor});
            SafeCountService count(boss);
            for (int round = 0; round < 2; ++round) {
                QVERIFY2(count.start(&error), qPrintable(error));
                QVERIFY2(count.finish(nullptr, &error), qPrintable(error));
            }
            QVERIFY2(count.found(QStringLiteral("CERT 7/123"), nullptr, &error), qPrintable(error));
            QVERIFY2(count.start(&error) && count.finish(nullptr, &error), qPrintable(error));
            QVERIFY2(count.writeOff(paper, QStringLiteral("Act of loss No. 1"), &error),
                qPrintable(error));
            kinds.insert(SafeCount::countedType());
            kinds.insert(SafeCount::foundType());
            kinds.insert(SafeCount::writtenOffType());
        }
        // The scheduled backup: the workstation's own doing (first: it is due only while no
        // backup was recorded).
        QString written;
        QVERIFY2(
            BackupService::backupIfDue(ws.db(), ws.clock(), &written, &error), qPrintable(error));
        QVERIFY(!written.isEmpty());
        QFile::remove(written);
        // A backup the file's owner makes with certdeskctl, without signing in.
        written = ws.path() + QStringLiteral(".by-hand.certdesk-backup");
        QVERIFY2(
            BackupService::write(ws.db(), ws.clock(), Event::commandLineAuthor(), written, &error),
            qPrintable(error));
        QFile::remove(written);

        // The account and system streams, as the services record them.
        for (const QString &type : AuditTrail::types()) {
            const QString stream = type == AuditTrail::personalDataPurged() ? Purge::stream()
                : type == AuditTrail::backupMade() || type == AuditTrail::restored()
                ? AuditTrail::systemStream(QStringLiteral("backup"))
                : AuditTrail::accountStream(QStringLiteral("aigerim"));
            QVERIFY2(Transaction::run(ws.db(), &error,
                         [&](Transaction &tx) {
                             return AuditTrail::record(
                                 tx, ws.clock(), QStringLiteral("admin"), stream, type, {}, &error);
                         }),
                qPrintable(error));
            kinds.insert(type);
        }
        // A supervisor's change of the rules (docs/rules.md).
        {
            RuleSet change;
            change.set(RuleUnit::mci(2027, 4500));
            QList<RuleCheck::Issue> issues;
            QVERIFY2(RulesStore(ws.db()).change(change, {}, QStringLiteral("aigerim"), ws.clock(),
                         QStringLiteral("decree"), &issues, nullptr, &error),
                qPrintable(error));
            kinds.insert(RuleChanges::type());
        }
        // Nothing CertDesk knows of is left out of this test.
        QSet<QString> queued;
        QSet<QString> authors;
        for (const Event &e : ws.store().unpushed(10000)) {
            queued.insert(e.typeName);
            authors.insert(e.by);
        }
        QCOMPARE(queued, kinds);
        QVERIFY(authors.contains(Event::systemAuthor()));
        QVERIFY(authors.contains(Event::commandLineAuthor()));

        const qint64 total = ws.store().unpushedCount();
        const SyncSummary s = ws.syncOnce();
        QVERIFY2(s.complete && s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.refused, 0);
        QCOMPARE(s.pushed, total);
        QCOMPARE(ws.store().unpushedCount(), 0);
        QCOMPARE(branch.eventDocCount(), total);
    }
};

QTEST_GUILESS_MAIN(TstEventKinds)
#include "tst_eventkinds.moc"
