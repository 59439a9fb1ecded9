#include <QSet>
#include <QTest>

#include "domain/Role.h"

using certdesk::Permission;
using certdesk::Role;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Role)
Q_DECLARE_METATYPE(Permission)

namespace {

const QList<Permission> kAll {Permission::TakeApplication, Permission::RecordProgress,
    Permission::Issue, Permission::Override, Permission::Transfer, Permission::Archive,
    Permission::EditCalendar, Permission::EditSettings, Permission::ViewBoard,
    Permission::ViewAudit, Permission::ManageUsers, Permission::Backup,
    Permission::AcceptAppeal, Permission::DecideAppeal, Permission::CountSafe};

} // namespace

/// The permission table, cell by cell: a clerk works the counter, a supervisor runs the
/// branch (everything but user accounts), an administrator keeps the installation (users,
/// settings, audit, backups) and does no casework.
class TestRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void names();
    void permissionTexts();
};

void TestRole::table_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");

    //                           clerk  supervisor  administrator
    struct Cell
    {
        Permission p;
        const char *name;
        bool c, s, a;
    };
    const Cell table[] = {
        {Permission::TakeApplication, "take application", true, true, false},
        {Permission::RecordProgress, "record progress", true, true, false},
        {Permission::Issue, "issue", true, true, false},
        {Permission::Override, "override", false, true, false},
        {Permission::Transfer, "transfer", false, true, false},
        {Permission::Archive, "archive", false, true, false},
        {Permission::EditCalendar, "edit calendar", false, true, false},
        {Permission::EditSettings, "edit settings", false, true, true},
        {Permission::ViewBoard, "view board", false, true, false},
        {Permission::ViewAudit, "view audit", false, true, true},
        {Permission::ManageUsers, "manage users", false, false, true},
        {Permission::Backup, "backup", false, true, true},
        {Permission::AcceptAppeal, "accept appeal", true, true, false},
        {Permission::DecideAppeal, "decide appeal", false, true, false},
        {Permission::CountSafe, "count safe", false, true, false},
    };
    QCOMPARE(int(std::size(table)), int(kAll.size())); // every permission has a row
    for (const Cell &cell : table) {
        const QByteArray n(cell.name);
        QTest::newRow("clerk: " + n) << Role::Clerk << cell.p << cell.c;
        QTest::newRow("supervisor: " + n) << Role::Supervisor << cell.p << cell.s;
        QTest::newRow("administrator: " + n) << Role::Administrator << cell.p << cell.a;
    }
}

void TestRole::table()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(certdesk::roleAllows(role, permission), allowed);
}

void TestRole::names()
{
    for (const Role r : {Role::Clerk, Role::Supervisor, Role::Administrator}) {
        Role back = r == Role::Clerk ? Role::Administrator : Role::Clerk;
        QVERIFY(certdesk::roleFromName(certdesk::roleName(r), &back));
        QCOMPARE(back, r);
    }
    QCOMPARE(certdesk::roleName(Role::Clerk), u"clerk"_s);
    QCOMPARE(certdesk::roleName(Role::Supervisor), u"supervisor"_s);
    QCOMPARE(certdesk::roleName(Role::Administrator), u"administrator"_s);

    Role untouched = Role::Clerk;
    QVERIFY(!certdesk::roleFromName(u"admin"_s, &untouched));
    QVERIFY(!certdesk::roleFromName(u"Supervisor"_s, &untouched));
    QVERIFY(!certdesk::roleFromName(QString(), &untouched));
    QCOMPARE(untouched, Role::Clerk);
}

void TestRole::permissionTexts()
{
    QSet<QString> seen;
    for (const Permission p : kAll) {
        const QString text = certdesk::permissionText(p);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
}

QTEST_GUILESS_MAIN(TestRole)
#include "tst_role.moc"
