// The settings a supervisor types at the command line (`sync configure`, `branch set`) pass
// the same checks as the windows: what is refused names the field and what to write, and
// nothing is saved; what is saved reads back as it was typed.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "common/TestDatabase.h"

#include "cli/certdeskctl_support.h"

using namespace certdesk;
using namespace certdesk::testing;

namespace {

QJsonObject lastObject(const Run &r)
{
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

class SettingsCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncSettingsRefused_data();
    void syncSettingsRefused();
    void syncSettingsSaved();
    void branchRefused_data();
    void branchRefused();
    void branchSaved();

private:
    /// A database with an administrator (password kAdminPassword on stdin).
    bool withAdministrator(test::TestDatabase &t);
};

namespace {

const QByteArray kAdminPassword = "Branch2026desk\n";

} // namespace

bool SettingsCliTest::withAdministrator(test::TestDatabase &t)
{
    if (!t.isValid())
        return false;
    t.db().close();
    const Run r = run({QStringLiteral("--db"), t.path(), QStringLiteral("user"),
                          QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("admin"),
                          QStringLiteral("--name"), QStringLiteral("Admin Person"),
                          QStringLiteral("--role"), QStringLiteral("administrator")},
        kAdminPassword);
    return r.code == 0;
}

void SettingsCliTest::syncSettingsRefused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("certdesk_branch_0101");
    QTest::newRow("not a web address")
        << QStringList {QStringLiteral("--server"), QStringLiteral("couch branch"),
               QStringLiteral("--remote-db"), db, QStringLiteral("--user"), QStringLiteral("ws1")}
        << QStringLiteral("Server address: \"couch branch\" is not a web address");
    QTest::newRow("no scheme") << QStringList {QStringLiteral("--server"),
        QStringLiteral("couch.example.kz:6984"), QStringLiteral("--remote-db"), db,
        QStringLiteral("--user"), QStringLiteral("ws1")}
                               << QStringLiteral("is not a web address");
    QTest::newRow("ftp") << QStringList {QStringLiteral("--server"),
        QStringLiteral("ftp://couch.example.kz"), QStringLiteral("--remote-db"), db,
        QStringLiteral("--user"), QStringLiteral("ws1")}
                         << QStringLiteral("is not a web address");
    QTest::newRow("upper-case database")
        << QStringList {QStringLiteral("--server"), QStringLiteral("https://couch.example.kz:6984"),
               QStringLiteral("--remote-db"), QStringLiteral("Branch 0101"),
               QStringLiteral("--user"), QStringLiteral("ws1")}
        << QStringLiteral("Branch database: \"Branch 0101\" is not a database name");
    QTest::newRow("no account") << QStringList {QStringLiteral("--server"),
        QStringLiteral("https://couch.example.kz"), QStringLiteral("--remote-db"), db}
                                << QStringLiteral("Account: it is empty");
    QTest::newRow("account with a noncharacter") << QStringList {QStringLiteral("--server"),
        QStringLiteral("https://couch.example.kz"), QStringLiteral("--remote-db"), db,
        QStringLiteral("--user"), QStringLiteral("ws") + QChar(0xFDD0)}
                                                 << QStringLiteral("U+FDD0");
    QTest::newRow("unreadable CA file")
        << QStringList {QStringLiteral("--server"), QStringLiteral("https://couch.example.kz"),
               QStringLiteral("--remote-db"), db, QStringLiteral("--user"), QStringLiteral("ws1"),
               QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")}
        << QStringLiteral("CA certificate: the file /nonexistent/ca.pem cannot be read");
}

void SettingsCliTest::syncSettingsRefused()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    t.db().close();
    const Run r = run(QStringList {QStringLiteral("--db"), t.path(), QStringLiteral("sync"),
                          QStringLiteral("configure")}
        + options);
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(describe(r)));

    const Run status
        = run({QStringLiteral("--db"), t.path(), QStringLiteral("sync"), QStringLiteral("status")});
    QVERIFY2(status.code == 0, qPrintable(describe(status)));
    const QJsonObject o = lastObject(status);
    QCOMPARE(o.value(QLatin1String("enabled")).toBool(), false);
    QCOMPARE(o.value(QLatin1String("server")).toString(), QString());
    QCOMPARE(o.value(QLatin1String("user")).toString(), QString());
}

void SettingsCliTest::syncSettingsSaved()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    t.db().close();
    const Run r = run({QStringLiteral("--db"), t.path(), QStringLiteral("sync"),
        QStringLiteral("configure"), QStringLiteral("--server"),
        QStringLiteral("  https://couch.example.kz:6984/ "), QStringLiteral("--remote-db"),
        QStringLiteral("certdesk_branch_0101"), QStringLiteral("--user"), QStringLiteral("ws1")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const Run status
        = run({QStringLiteral("--db"), t.path(), QStringLiteral("sync"), QStringLiteral("status")});
    const QJsonObject o = lastObject(status);
    QCOMPARE(o.value(QLatin1String("enabled")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("server")).toString(),
        QStringLiteral("https://couch.example.kz:6984/"));
    QCOMPARE(o.value(QLatin1String("database")).toString(), QStringLiteral("certdesk_branch_0101"));
    QCOMPARE(o.value(QLatin1String("user")).toString(), QStringLiteral("ws1"));
}

void SettingsCliTest::branchRefused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const auto opts = [](const char *name, const QString &value) {
        return QStringList {QString::fromLatin1(name), value};
    };
    QTest::newRow("code with a letter")
        << opts("--code", QStringLiteral("75O1")) << QStringLiteral("The branch code");
    QTest::newRow("code of five digits")
        << opts("--code", QStringLiteral("75011")) << QStringLiteral("The branch code");
    QTest::newRow("workstation 0")
        << opts("--workstation", QStringLiteral("0")) << QStringLiteral("workstation number 0");
    QTest::newRow("workstation 100")
        << opts("--workstation", QStringLiteral("100")) << QStringLiteral("workstation number 100");
    QTest::newRow("workstation in words") << opts("--workstation", QStringLiteral("two"))
                                          << QStringLiteral("workstation: \"two\" is not a number");
    QTest::newRow("category") << opts("--category", QStringLiteral("city"))
                              << QStringLiteral(
                                     "category: \"city\" is neither regional nor district");
    QTest::newRow("name with U+FFFF") << opts("--name", QStringLiteral("Филиал") + QChar(0xFFFF))
                                      << QStringLiteral("holds U+FFFF (a noncharacter)");
    QTest::newRow("name with a byte-order mark")
        << opts("--name", QStringLiteral("Фили") + QChar(0xFEFF) + QStringLiteral("ал"))
        << QStringLiteral("holds U+FEFF");
    QTest::newRow("name of spaces only")
        << opts("--name", QStringLiteral("   ")) << QStringLiteral("branch name");
}

void SettingsCliTest::branchRefused()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    test::TestDatabase t;
    QVERIFY(withAdministrator(t));
    const QStringList show {
        QStringLiteral("--db"), t.path(), QStringLiteral("branch"), QStringLiteral("show")};
    const Run before = run(show);
    QVERIFY2(before.code == 0, qPrintable(describe(before)));
    const Run r = run(QStringList {QStringLiteral("--db"), t.path(), QStringLiteral("branch"),
                          QStringLiteral("set")}
            + options + QStringList {QStringLiteral("--as"), QStringLiteral("admin")},
        kAdminPassword);
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(describe(r)));
    const Run after = run(show);
    QCOMPARE(after.out, before.out);
}

void SettingsCliTest::branchSaved()
{
    test::TestDatabase t;
    QVERIFY(withAdministrator(t));
    const Run r
        = run({QStringLiteral("--db"), t.path(), QStringLiteral("branch"), QStringLiteral("set"),
                  QStringLiteral("--code"), QStringLiteral("7501"), QStringLiteral("--workstation"),
                  QStringLiteral("03"), QStringLiteral("--name"),
                  QStringLiteral("  Алматы   филиал №1 "), QStringLiteral("--category"),
                  QStringLiteral("district"), QStringLiteral("--as"), QStringLiteral("admin")},
            kAdminPassword);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject expected {{QStringLiteral("code"), QStringLiteral("7501")},
        {QStringLiteral("workstation"), 3},
        {QStringLiteral("name"), QStringLiteral("Алматы филиал №1")},
        {QStringLiteral("category"), QStringLiteral("district")},
        {QStringLiteral("utc_offset_minutes"), 300}}; // as every database starts
    QCOMPARE(lastObject(r), expected);
    const Run show
        = run({QStringLiteral("--db"), t.path(), QStringLiteral("branch"), QStringLiteral("show")});
    QCOMPARE(lastObject(show), expected);
}

QTEST_GUILESS_MAIN(SettingsCliTest)
#include "tst_settings_cli.moc"
