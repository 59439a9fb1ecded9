// certdeskctl user ...: the first administrator on an empty database, then account
// administration as a signed-in administrator; passwords come from stdin, never argv.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cli/certdeskctl_support.h"

using namespace Qt::StringLiterals;
using namespace certdesk::testing;

namespace {

QList<QJsonObject> lines(const Run &r)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : r.out.split('\n')) {
        if (!line.isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

} // namespace

class TestUsersCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QStringList db(const QStringList &args) { return QStringList{u"--db"_s, m_db} + args; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"branch.db"_s);
    }

    void firstAccountMustBeAnAdministrator()
    {
        const Run r = run(db({u"user"_s, u"add"_s, u"--login"_s, u"clerk"_s, u"--name"_s,
                              u"Clerk One"_s, u"--role"_s, u"clerk"_s}),
                          "Counter2026desk\n");
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY(r.err.contains("administrator"));
        QVERIFY(r.out.isEmpty());
    }

    void firstAdministratorFromStdin()
    {
        const Run weak = run(db({u"user"_s, u"add"_s, u"--login"_s, u"admin"_s, u"--name"_s,
                                 u"Admin Person"_s, u"--role"_s, u"administrator"_s}),
                             "short\n");
        QVERIFY2(weak.code == 1, qPrintable(describe(weak)));
        QVERIFY(weak.err.contains("at least 10"));

        const Run r = run(db({u"user"_s, u"add"_s, u"--login"_s, u"admin"_s, u"--name"_s,
                              u"Admin Person"_s, u"--role"_s, u"administrator"_s}),
                          "Branch2026desk\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(QJsonDocument::fromJson(r.out).object(),
                 (QJsonObject{{u"login"_s, u"admin"_s},
                              {u"role"_s, u"administrator"_s},
                              {u"created"_s, true}}));
    }

    void passwordIsNeverAnArgument()
    {
        const Run r = run(db({u"user"_s, u"add"_s, u"--login"_s, u"x"_s, u"--name"_s, u"X"_s,
                              u"--role"_s, u"clerk"_s, u"--password"_s, u"Branch2026desk"_s,
                              u"--as"_s, u"admin"_s}));
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
    }

    void laterAccountsNeedAnAdministrator()
    {
        // Without --as: refused before any password is read.
        Run r = run(db({u"user"_s, u"add"_s, u"--login"_s, u"clerk"_s, u"--name"_s,
                        u"Clerk One"_s, u"--role"_s, u"clerk"_s}),
                    "Counter2026desk\n");
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        QVERIFY(r.err.contains("--as"));
        // With a wrong administrator password: refused.
        r = run(db({u"user"_s, u"add"_s, u"--login"_s, u"clerk"_s, u"--name"_s, u"Clerk One"_s,
                    u"--role"_s, u"clerk"_s, u"--as"_s, u"admin"_s}),
                "wrong\nCounter2026desk\n");
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        // Administrator's password, then the new one, one per line.
        r = run(db({u"user"_s, u"add"_s, u"--login"_s, u"clerk"_s, u"--name"_s, u"Clerk One"_s,
                    u"--position"_s, u"specialist"_s, u"--role"_s, u"clerk"_s, u"--as"_s,
                    u"admin"_s}),
                "Branch2026desk\nCounter2026desk\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void clerkCannotAdminister()
    {
        const Run r = run(db({u"user"_s, u"role"_s, u"clerk"_s, u"administrator"_s, u"--as"_s,
                              u"clerk"_s}),
                          "Counter2026desk\n");
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY(r.err.contains("manage users"));
    }

    void listShowsAccountsWithoutSecrets()
    {
        const Run r = run(db({u"user"_s, u"list"_s, u"--as"_s, u"admin"_s}), "Branch2026desk\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QList<QJsonObject> users = lines(r);
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(1).value(u"login"_s).toString(), u"clerk"_s);
        QCOMPARE(users.at(1).value(u"position"_s).toString(), u"specialist"_s);
        QVERIFY(!r.out.contains("hash"));
        QVERIFY(!r.out.contains("salt"));
    }

    void resetRoleDisableAndOwnPassword()
    {
        Run r = run(db({u"user"_s, u"reset"_s, u"clerk"_s, u"--as"_s, u"admin"_s}),
                    "Branch2026desk\nFresh2026pass\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run(db({u"user"_s, u"passwd"_s, u"--as"_s, u"clerk"_s}),
                "Fresh2026pass\nMine2027secret\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run(db({u"user"_s, u"role"_s, u"clerk"_s, u"supervisor"_s, u"--as"_s, u"admin"_s}),
                "Branch2026desk\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run(db({u"user"_s, u"disable"_s, u"clerk"_s, u"--as"_s, u"admin"_s}),
                "Branch2026desk\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run(db({u"user"_s, u"list"_s, u"--as"_s, u"clerk"_s}), "Mine2027secret\n");
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY(r.err.contains("disabled"));
        r = run(db({u"user"_s, u"disable"_s, u"admin"_s, u"--as"_s, u"admin"_s}),
                "Branch2026desk\n");
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
    }

    void everythingIsInTheAudit()
    {
        const Run r = run(db({u"audit"_s, u"log"_s, u"--case"_s, u"user:clerk"_s, u"--as"_s,
                              u"admin"_s}),
                          "Branch2026desk\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QStringList actions;
        for (const QJsonObject &o : lines(r))
            actions.prepend(o.value(u"action"_s).toString()); // newest first in the log
        QCOMPARE(actions,
                 (QStringList{u"account_created"_s, u"signed_in"_s, u"password_reset"_s,
                              u"signed_in"_s, u"password_changed"_s, u"account_changed"_s,
                              u"account_changed"_s}));
        // The verification finds nothing wrong with all of it.
        const Run verify = run(db({u"audit"_s, u"verify"_s}));
        QVERIFY2(verify.code == 0, qPrintable(describe(verify)));
    }
};

QTEST_GUILESS_MAIN(TestUsersCli)
#include "tst_users_cli.moc"
