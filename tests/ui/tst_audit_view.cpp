// The audit view: supervisors filter the log by user, action, case and dates and verify the
// chains; a clerk sees the refusal; details never show personal data.
#include <QtTest>

#include <QComboBox>
#include <QSignalSpy>
#include <QSqlQuery>

#include "common/TestDatabase.h"
#include "services/AuthService.h"
#include "services/BackupService.h"
#include "services/UserService.h"
#include "storage/EventStore.h"
#include "ui/admin/AuditView.h"
#include "ui/admin/AuditViewModel.h"

using namespace certdesk;

namespace {

constexpr int kFast = 1000;
const QString kPassword = QStringLiteral("Counter2026desk");
const QString kIin = QStringLiteral("871008401427");

} // namespace

class TestAuditView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    Session as(Role role)
    {
        return Session(
            m_t->db(), m_t->clock(), User {QStringLiteral("boss"), QString(), QString(), role});
    }

    QStringList column(AuditView &view, int column)
    {
        QStringList out;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            out.append(view.model()->index(row, column).data().toString());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(m_t->isValid());
        QString error;
        QVERIFY(UserService::createAccount(m_t->db(), m_t->clock(),
            User {QStringLiteral("aliya"), QStringLiteral("Aliya"), QString(), Role::Clerk},
            kPassword, QStringLiteral("admin"), &error, kFast));
        m_t->clock().advanceDays(1);
        QVERIFY(
            AuthService(m_t->db(), m_t->clock()).signIn(QStringLiteral("aliya"), kPassword).ok());
        QList<Event> events {Event::make(EventType::Received, QStringLiteral("case-1"),
            {{QStringLiteral("receipt"), QStringLiteral("R-1")},
                {QStringLiteral("purpose"), QStringLiteral("domestic")},
                {QStringLiteral("subject"),
                    QJsonObject {{QStringLiteral("iin"), kIin},
                        {QStringLiteral("surname"), QStringLiteral("Ахметова")}}}})};
        QVERIFY(
            EventStore(m_t->db(), m_t->clock())
                .append(events,
                    Actor {QStringLiteral("aliya"), m_t->db().deviceId(), QStringLiteral("0101")},
                    &error));
    }

    void clerkSeesTheRefusal()
    {
        Session clerk = as(Role::Clerk);
        AuditView view(clerk);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.status().contains(QStringLiteral("see the audit log")));
    }

    void showsAndFilters()
    {
        Session boss = as(Role::Supervisor);
        AuditView view(boss);
        QCOMPARE(view.model()->rowCount(), 3); // newest first
        QCOMPARE(column(view, AuditViewModel::ActionColumn),
            (QStringList {QStringLiteral("received"), QStringLiteral("signed_in"),
                QStringLiteral("account_created")}));
        QCOMPARE(view.model()->index(0, AuditViewModel::CaseColumn).data().toString(),
            QStringLiteral("R-1"));
        // Details never carry personal data.
        for (const QString &details : column(view, AuditViewModel::DetailsColumn)) {
            QVERIFY2(!details.contains(kIin), qPrintable(details));
            QVERIFY(!details.contains(QStringLiteral("Ахметова")));
        }
        QVERIFY(column(view, AuditViewModel::DetailsColumn)
                    .first()
                    .contains(QStringLiteral("domestic")));

        view.setUser(QStringLiteral("admin"));
        view.refresh();
        QCOMPARE(column(view, AuditViewModel::ActionColumn),
            QStringList {QStringLiteral("account_created")});

        view.setUser(QString());
        view.setCase(QStringLiteral("R-1"));
        view.refresh();
        QCOMPARE(view.model()->rowCount(), 1);

        view.setCase(QString());
        view.setAction(QStringLiteral("signed_in"));
        view.refresh();
        QCOMPARE(view.model()->rowCount(), 1);

        // Dates in branch time: the account was created the day before the rest.
        view.setAction(QString());
        const QDate today = m_t->clock().today();
        view.setDates(today, today);
        view.refresh();
        QCOMPARE(view.model()->rowCount(), 2);
        view.setDates(today.addDays(-1), today.addDays(-1));
        view.refresh();
        QCOMPARE(view.model()->rowCount(), 1);
    }

    // A scheduled backup is the workstation's own doing: the log says so, in words, and the
    // user filter offers it as such.
    void scheduledBackupShowsAsTheWorkstation()
    {
        QString written, error;
        QVERIFY2(BackupService::backupIfDue(m_t->db(), m_t->clock(), &written, &error),
            qPrintable(error));
        QVERIFY(!written.isEmpty());
        Session boss = as(Role::Supervisor);
        AuditView view(boss);
        QCOMPARE(view.model()->index(0, AuditViewModel::ActionColumn).data().toString(),
            QStringLiteral("backup_made"));
        const QString author = view.model()->index(0, AuditViewModel::UserColumn).data().toString();
        QCOMPARE(author, QStringLiteral("this workstation (automatic)"));
        auto *users = view.findChild<QComboBox *>(QStringLiteral("userCombo"));
        QVERIFY(users);
        QVERIFY(users->findText(QStringLiteral("this workstation (automatic)")) >= 0);
        QVERIFY(users->findText(QStringLiteral("system")) < 0);
        QFile::remove(written);
    }

    void verifiesAndReportsTampering()
    {
        Session boss = as(Role::Supervisor);
        AuditView view(boss);
        QSignalSpy verified(&view, &AuditView::verified);
        view.verify();
        // It runs beside the window, which says so meanwhile.
        QVERIFY2(view.status().contains(QStringLiteral("Verifying")), qPrintable(view.status()));
        QVERIFY(verified.wait(60000));
        QVERIFY2(view.status().contains(QStringLiteral("no sign of tampering")),
            qPrintable(view.status()));
        {
            QSqlQuery q(m_t->db().db());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_immutable_update")));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE events SET by_user = 'boss' WHERE type = 'received'")));
        }
        view.verify();
        QVERIFY(verified.wait(60000));
        QVERIFY2(view.status().contains(QStringLiteral("changed outside CertDesk")),
            qPrintable(view.status()));
    }
};

QTEST_MAIN(TestAuditView)
#include "tst_audit_view.moc"
