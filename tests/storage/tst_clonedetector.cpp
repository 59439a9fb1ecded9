// Cloned workstations as the storage sees them (README, "Receipt numbers"): events written
// elsewhere that carry this database's own device id renew it; events of another writer that
// carry its branch and workstation number raise an alert; what a restored database wrote
// itself before the restore is not another writer; receipt numbers shared by two cases are
// noted; and a migrated file holds what a rebuilt one would.
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "common/ForeignIntake.h"
#include "common/TestDatabase.h"
#include "domain/ReceiptNumber.h"
#include "storage/CaseProjection.h"
#include "storage/DeviceLineage.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"
#include "storage/SightingsRecount.h"
#include "storage/WorkstationAlerts.h"
#include "storage/WorkstationSightings.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

QString receipt(int workstation, int sequence, const QString &branch = QStringLiteral("0101"))
{
    QString error;
    return ReceiptNumber::compose(branch, workstation, QDate(2026, 3, 2), sequence, &error);
}

Event intake(const QString &device, const QString &number, const QString &iin, const QDateTime &at,
    const QString &caseId = QString())
{
    return foreignIntake(device, number, QStringLiteral("Ахметова"), iin, at, caseId);
}

/// A workstation's number set by its supervisor, as the audit trail writes it there
/// (WorkstationService) and a pull brings it here.
Event numberSet(const QString &device, int workstation, const QDateTime &at)
{
    Event e = Event::make(EventType::Unknown, QStringLiteral("system:workstation"),
        {{QStringLiteral("branch"), QStringLiteral("0101")},
            {QStringLiteral("workstation"), workstation},
            {QStringLiteral("previous_branch"), QStringLiteral("0101")},
            {QStringLiteral("previous_workstation"), 3}});
    e.typeName = QStringLiteral("workstation_set");
    e.at = at;
    e.by = QStringLiteral("supervisor");
    e.device = device;
    e.branch = QStringLiteral("0101");
    return e;
}

/// What a restore from a backup does to the database: a new device id (DeviceLineage).
bool restoredHere(Database &db, const Clock &clock, QString *error)
{
    return Transaction::run(db, error, [&](Transaction &tx) {
        return DeviceLineage(db, clock).renewAfterRestore(
            tx, QString(), QStringLiteral("admin"), error);
    });
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

QStringList table(Database &db, const QString &sql)
{
    return test::rowsOf(db, sql);
}

QStringList openAlerts(Database &db)
{
    QStringList out;
    for (const WorkstationAlert &a : WorkstationAlerts(db).open())
        out.append(QStringLiteral("%1 %2").arg(a.kind, a.device));
    out.sort();
    return out;
}

bool setNumber(Database &db, int workstation)
{
    QString error;
    SettingsStore s(db);
    return s.setValue(
               QStringLiteral("branch.code"), QStringLiteral("0101"), QStringLiteral("t"), &error)
        && s.setValue(QStringLiteral("branch.workstation"), QString::number(workstation),
            QStringLiteral("t"), &error);
}

} // namespace

class TestCloneDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anotherWriterWithThisNumberIsAnAlert()
    {
        TestDatabase t;
        QVERIFY(t.isValid() && setNumber(t.db(), 3));
        EventStore store(t.db(), t.clock());
        const QDateTime now = t.clock().nowUtc();
        QString error;
        // Another counter of the branch with number 4: nothing to say.
        QVERIFY2(store.insertForeign({intake(QStringLiteral("ws-4"), receipt(4, 1),
                                         QStringLiteral("871008401427"), now)},
                     false, nullptr, &error),
            qPrintable(error));
        QVERIFY(openAlerts(t.db()).isEmpty());
        // One with number 3, this one's: an alert naming it, and its sighting.
        QVERIFY2(store.insertForeign({intake(QStringLiteral("ws-x"), receipt(3, 1),
                                         QStringLiteral("760212350620"), now)},
                     true, nullptr, &error),
            qPrintable(error));
        QCOMPARE(openAlerts(t.db()), QStringList {QStringLiteral("workstation_shared ws-x")});
        QCOMPARE(table(t.db(),
                     QStringLiteral("SELECT branch, workstation, device, events FROM "
                                    "workstation_sightings ORDER BY workstation")),
            (QStringList {QStringLiteral("0101|3|ws-x|1"), QStringLiteral("0101|4|ws-4|1")}));
        // The same again (a repeated pull) adds nothing.
        QVERIFY(store.insertForeign(
            {intake(QStringLiteral("ws-x"), receipt(3, 2), QStringLiteral("760212350620"), now)},
            false, nullptr, &error));
        QCOMPARE(WorkstationAlerts(t.db()).all().size(), 1);
        // Once the other computer takes number 5 (its latest sighting), the alert closes.
        Event moved = intake(
            QStringLiteral("ws-x"), receipt(5, 1), QStringLiteral("760212350620"), now.addSecs(60));
        QVERIFY(store.insertForeign({moved}, false, nullptr, &error));
        QVERIFY(openAlerts(t.db()).isEmpty());
        QCOMPARE(
            WorkstationAlerts(t.db()).all().constFirst().clearedHow, QStringLiteral("other_moved"));
        // This database's own events never count.
        QList<Event> own {Event::make(
            EventType::Note, QStringLiteral("c"), {{QStringLiteral("text"), QStringLiteral("x")}})};
        QVERIFY(store.append(own,
            Actor {QStringLiteral("clerk"), t.db().deviceId(), QStringLiteral("0101")}, &error));
        QVERIFY(openAlerts(t.db()).isEmpty());
    }

    void aNumberSetElsewhereIsSeenBeforeItsFirstReceipt()
    {
        // Another computer took number 3, this one's, and this counter stopped. Its
        // supervisor gives it number 5: the setting, pulled here, releases this counter at
        // once, before that computer takes any receipt under its new number.
        TestDatabase t;
        QVERIFY(t.isValid() && setNumber(t.db(), 3));
        EventStore store(t.db(), t.clock());
        const QDateTime now = t.clock().nowUtc();
        QString error;
        QVERIFY2(store.insertForeign({intake(QStringLiteral("ws-x"), receipt(3, 1),
                                         QStringLiteral("760212350620"), now)},
                     false, nullptr, &error),
            qPrintable(error));
        QCOMPARE(openAlerts(t.db()), QStringList {QStringLiteral("workstation_shared ws-x")});
        QVERIFY2(store.insertForeign({numberSet(QStringLiteral("ws-x"), 5, now.addSecs(60))}, false,
                     nullptr, &error),
            qPrintable(error));
        QCOMPARE(table(t.db(),
                     QStringLiteral("SELECT branch, workstation, device, events FROM "
                                    "workstation_sightings ORDER BY workstation")),
            (QStringList {QStringLiteral("0101|3|ws-x|1"), QStringLiteral("0101|5|ws-x|1")}));
        QVERIFY(openAlerts(t.db()).isEmpty());
        QVERIFY(WorkstationSightings(t.db())
                    .claims(QStringLiteral("0101"))
                    .holders(QStringLiteral("0101"), 3)
                    .isEmpty());
        // A number set on a computer that never took a receipt is in use all the same.
        QVERIFY(store.insertForeign(
            {numberSet(QStringLiteral("ws-y"), 7, now.addSecs(120))}, false, nullptr, &error));
        QCOMPARE(WorkstationSightings(t.db())
                     .claims(QStringLiteral("0101"))
                     .heldNumbers(QStringLiteral("0101")),
            (QList<int> {5, 7}));
    }

    void ownIdWrittenElsewhereIsRenewedBeforeItIsStored()
    {
        TestDatabase t;
        QVERIFY(t.isValid() && setNumber(t.db(), 3));
        EventStore store(t.db(), t.clock());
        const QString own = t.db().deviceId();
        QString error;
        QList<Event> mine {Event::make(
            EventType::Note, QStringLiteral("c"), {{QStringLiteral("text"), QStringLiteral("x")}})};
        QVERIFY(store.append(
            mine, Actor {QStringLiteral("clerk"), own, QStringLiteral("0101")}, &error));
        const QString head = QString::fromLatin1(mine.first().hash());
        const qint64 before
            = scalar(t.db(), QStringLiteral("SELECT max(n) FROM events")).toLongLong();

        // The same event pulled back: it is this database's own, nothing happens.
        QVERIFY(store.insertForeign(mine, false, nullptr, &error));
        QCOMPARE(t.db().deviceId(), own);

        // An event under this id that this database never wrote: the copy's.
        Event copy = intake(own, receipt(3, 1), QStringLiteral("760212350620"), t.clock().nowUtc());
        copy.prev = head;
        QVERIFY2(store.insertForeign({copy}, false, nullptr, &error), qPrintable(error));
        const QString renewed = t.db().deviceId();
        QVERIFY(renewed != own);
        QCOMPARE(table(t.db(),
                     QStringLiteral("SELECT device, until <> '', until_n, reason FROM device_ids "
                                    "ORDER BY until = '', rowid")),
            (QStringList {QStringLiteral("%1|1|%2|shared").arg(own).arg(before),
                QStringLiteral("%1|0|0|").arg(renewed)}));
        // The new chain starts with the renewal, naming the old id and its head.
        const QJsonObject data = QJsonDocument::fromJson(
            scalar(t.db(), QStringLiteral("SELECT data FROM events WHERE type = 'device_renewed'"))
                .toByteArray())
                                     .object();
        QCOMPARE(data.value(QLatin1String("previous")).toString(), own);
        QCOMPARE(data.value(QLatin1String("previous_head")).toString(), head);
        QCOMPARE(data.value(QLatin1String("reason")).toString(), QStringLiteral("shared"));
        QCOMPARE(data.value(QLatin1String("evidence")).toString(), copy.id);
        QCOMPARE(scalar(t.db(),
                     QStringLiteral("SELECT device || by_user || prev || local FROM events "
                                    "WHERE type = 'device_renewed'"))
                     .toString(),
            renewed + QStringLiteral("system1"));
        // The copy's receipt was another writer's: the number is shared too.
        QCOMPARE(openAlerts(t.db()),
            (QStringList {QStringLiteral("device_shared %1").arg(own),
                QStringLiteral("workstation_shared %1").arg(own)}));
        // Events written here from now on go to the new chain.
        QList<Event> next {Event::make(
            EventType::Note, QStringLiteral("c"), {{QStringLiteral("text"), QStringLiteral("y")}})};
        QVERIFY(store.append(next,
            Actor {QStringLiteral("clerk"), t.db().deviceId(), QStringLiteral("0101")}, &error));
        QCOMPARE(next.first().device, renewed);
    }

    void whatARestoredDatabaseWroteBeforeIsItsOwn()
    {
        TestDatabase t;
        QVERIFY(t.isValid() && setNumber(t.db(), 3));
        EventStore store(t.db(), t.clock());
        const QString old = t.db().deviceId();
        QString error;
        QVERIFY2(restoredHere(t.db(), t.clock(), &error), qPrintable(error));
        QVERIFY(t.db().deviceId() != old);
        // A restore is the same number on the same computer: nothing to confirm.
        QVERIFY(openAlerts(t.db()).isEmpty());
        // The server gives back what the old id wrote after the backup, before the restore.
        const QDateTime restoredAt = t.clock().nowUtc();
        QVERIFY(store.insertForeign(
            {intake(old, receipt(3, 7), QStringLiteral("871008401427"), restoredAt.addSecs(-600))},
            false, nullptr, &error));
        QVERIFY(openAlerts(t.db()).isEmpty());
        QCOMPARE(
            scalar(t.db(), QStringLiteral("SELECT count(*) FROM workstation_sightings")).toInt(),
            0);
        // Written under the old id after the restore: another copy of the file.
        QVERIFY(store.insertForeign(
            {intake(old, receipt(3, 8), QStringLiteral("871008401427"), restoredAt.addSecs(600))},
            false, nullptr, &error));
        QCOMPARE(
            openAlerts(t.db()), QStringList {QStringLiteral("workstation_shared %1").arg(old)});
    }

    void aNewMachineRenewsTheIdOnce()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        DeviceLineage lineage(t.db(), t.clock());
        const QString first = t.db().deviceId();
        DeviceLineage::MachineCheck check;
        QString error;
        QVERIFY(lineage.checkMachine(QString(), QStringLiteral("system"), &check, &error));
        QCOMPARE(check, DeviceLineage::MachineCheck::Unknown);
        QVERIFY(
            lineage.checkMachine(QStringLiteral("pc-1"), QStringLiteral("system"), &check, &error));
        QCOMPARE(check, DeviceLineage::MachineCheck::Adopted);
        QVERIFY(
            lineage.checkMachine(QStringLiteral("pc-1"), QStringLiteral("system"), &check, &error));
        QCOMPARE(check, DeviceLineage::MachineCheck::Same);
        QCOMPARE(t.db().deviceId(), first);
        QVERIFY(openAlerts(t.db()).isEmpty());
        // The file, copied, is started on another computer.
        QVERIFY(
            lineage.checkMachine(QStringLiteral("pc-2"), QStringLiteral("system"), &check, &error));
        QCOMPARE(check, DeviceLineage::MachineCheck::Moved);
        QVERIFY(t.db().deviceId() != first);
        QCOMPARE(openAlerts(t.db()), QStringList {QStringLiteral("new_machine %1").arg(first)});
        QVERIFY(
            lineage.checkMachine(QStringLiteral("pc-2"), QStringLiteral("system"), &check, &error));
        QCOMPARE(check, DeviceLineage::MachineCheck::Same);
        QCOMPARE(lineage.entries().size(), 2);
    }

    void twoCasesWithOneReceiptAreNoted()
    {
        TestDatabase t;
        QVERIFY(t.isValid() && setNumber(t.db(), 5));
        EventStore store(t.db(), t.clock());
        const QDateTime now = t.clock().nowUtc();
        const QString shared = receipt(3, 1);
        QString error;
        QVERIFY(store.insertForeign(
            {intake(QStringLiteral("a"), shared, QStringLiteral("871008401427"), now,
                 QStringLiteral("case-a")),
                intake(QStringLiteral("b"), receipt(4, 1), QStringLiteral("871008401427"), now,
                    QStringLiteral("case-c"))},
            false, nullptr, &error));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM receipt_clashes")).toInt(), 0);
        QVERIFY(
            store.insertForeign({intake(QStringLiteral("b"), shared, QStringLiteral("760212350620"),
                                    now, QStringLiteral("case-b"))},
                false, nullptr, &error));
        const QStringList noted = table(t.db(),
            QStringLiteral("SELECT receipt, case_id FROM receipt_clashes ORDER BY case_id"));
        QCOMPARE(noted,
            (QStringList {shared + QStringLiteral("|case-a"), shared + QStringLiteral("|case-b")}));
        // Both cases stay cases of their own.
        QCOMPARE(CaseProjection::count(t.db()), 3);
        // A rebuild notes the same, and finds the same sightings.
        const QStringList sightings
            = table(t.db(), QStringLiteral("SELECT * FROM workstation_sightings ORDER BY 1, 2, 3"));
        QVERIFY(CaseProjection::rebuild(t.db(), &error));
        QCOMPARE(
            table(t.db(),
                QStringLiteral("SELECT receipt, case_id FROM receipt_clashes ORDER BY case_id")),
            noted);
        QCOMPARE(
            table(t.db(), QStringLiteral("SELECT * FROM workstation_sightings ORDER BY 1, 2, 3")),
            sightings);
    }

    void aRebuildCountsTheSightingsAsStoringDid()
    {
        // A rebuild counts the sightings on a connection of its own while it builds the
        // indexes (SightingsRecount), or in its transaction where that connection is not
        // sound: either way the rows the stored batches left, to the count.
        TestDatabase t;
        QVERIFY(t.isValid() && setNumber(t.db(), 3));
        EventStore store(t.db(), t.clock());
        const QString own = t.db().deviceId();
        QString error;
        QVERIFY2(restoredHere(t.db(), t.clock(), &error), qPrintable(error));
        const QDateTime now = t.clock().nowUtc();
        QList<Event> pulled;
        // Two other writers at two workstations of this branch, one of another branch, this
        // database's former id before and after its restore, and each kind of event that
        // names a number.
        for (int i = 0; i < 30; ++i) {
            pulled.append(intake(i % 2 ? QStringLiteral("pc-a") : QStringLiteral("pc-b"),
                receipt(4 + i % 3, i + 1, i % 5 ? QStringLiteral("0101") : QStringLiteral("0202")),
                QStringLiteral("871008401427"), now.addSecs(60 * i)));
        }
        pulled.append(
            intake(own, receipt(3, 90), QStringLiteral("871008401427"), now.addSecs(-600)));
        pulled.append(
            intake(own, receipt(3, 91), QStringLiteral("871008401427"), now.addSecs(900)));
        Event act = Event::make(EventType::Transferred, pulled.first().caseId,
            {{QStringLiteral("act"), QStringLiteral("0101-07-260302-1")}});
        Event setting = numberSet(QStringLiteral("pc-c"), 8, now.addSecs(3600));
        act.at = now.addSecs(3600);
        act.by = QStringLiteral("clerk2");
        act.device = QStringLiteral("pc-c");
        act.branch = QStringLiteral("0101");
        pulled.append(act);
        pulled.append(setting);
        for (const Event &e : std::as_const(pulled))
            QVERIFY2(store.insertForeign({e}, false, nullptr, &error), qPrintable(error));
        const QString everything
            = QStringLiteral("SELECT * FROM workstation_sightings ORDER BY 1, 2, 3");
        const QStringList stored = table(t.db(), everything);
        QCOMPARE(stored.size(), 15);
        QVERIFY(
            stored.contains(QStringLiteral("0101|7|pc-c|%1|%1|1").arg(Event::formatTime(act.at))));
        QVERIFY(
            stored.contains(QStringLiteral("0101|8|pc-c|%1|%1|1").arg(Event::formatTime(act.at))));

        for (const bool aside : {true, false}) {
            t.db().setDirectAllowed(aside);
            // The count alone, against a table emptied in the same transaction.
            QVERIFY2(Transaction::run(t.db(), &error,
                         [&](Transaction &tx) {
                             SightingsRecount recount(tx);
                             if (recount.isAside() != aside) {
                                 error = QStringLiteral("counted aside: %1").arg(recount.isAside());
                                 return false;
                             }
                             return recount.store(&error);
                         }),
                qPrintable(error));
            QCOMPARE(table(t.db(), everything), stored);
            QVERIFY2(CaseProjection::rebuild(t.db(), &error), qPrintable(error));
            QCOMPARE(table(t.db(), everything), stored);
        }
    }

    void migrationFillsTheTablesFromTheEvents()
    {
        TestDatabase fresh;
        const QString path = fresh.dir() + QStringLiteral("/old.db");
        Database old;
        QString error;
        QCOMPARE(old.openAtVersion(path, 11, &error), Database::OpenResult::Ok);
        const QString own = old.deviceId();
        auto insert = [&](int n, const QString &device, int local, const QString &caseId,
                          const QString &number) {
            QSqlQuery q(old.db());
            q.prepare(QStringLiteral(
                "INSERT INTO events(n, id, type, case_id, branch, at, by_user, device, v, data, "
                "prev, hash, local) VALUES (?, ?, 'received', ?, '0101', ?, 'c', ?, 1, ?, '', 'h', "
                "?)"));
            q.addBindValue(n);
            q.addBindValue(Event::newId());
            q.addBindValue(caseId);
            q.addBindValue(QStringLiteral("2026-03-02T05:0%1:00.000Z").arg(n));
            q.addBindValue(device);
            q.addBindValue(QStringLiteral("{\"receipt\":\"%1\"}").arg(number));
            q.addBindValue(local);
            QSqlQuery c(old.db());
            c.prepare(QStringLiteral("INSERT INTO cases(case_id, receipt, status, anomaly_list) "
                                     "VALUES (?, ?, 'submitted', '[]')"));
            c.addBindValue(caseId);
            c.addBindValue(number);
            return q.exec() && c.exec();
        };
        QVERIFY(insert(1, own, 1, QStringLiteral("c1"), receipt(3, 1)));
        QVERIFY(insert(2, QStringLiteral("other"), 0, QStringLiteral("c2"), receipt(3, 1)));
        QVERIFY(insert(3, QStringLiteral("ws-4"), 0, QStringLiteral("c3"), receipt(4, 1)));
        old.close();
        Database db;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
        QCOMPARE(table(db, QStringLiteral("SELECT device FROM device_ids")), QStringList {own});
        QCOMPARE(
            table(db,
                QStringLiteral("SELECT workstation, device FROM workstation_sightings ORDER BY 1")),
            (QStringList {QStringLiteral("3|other"), QStringLiteral("4|ws-4")}));
        QCOMPARE(table(db, QStringLiteral("SELECT case_id FROM receipt_clashes ORDER BY 1")),
            (QStringList {QStringLiteral("c1"), QStringLiteral("c2")}));
    }

    void anUpgradeCountsTheNumberSettingsItMissed()
    {
        // A file of version 15 counted no number set on another computer (step 16's
        // reason): the upgrade counts them, so a counter that number had stopped goes on.
        TestDatabase fresh;
        const QString path = fresh.dir() + QStringLiteral("/v15.db");
        QString error;
        {
            Database old;
            QCOMPARE(old.openAtVersion(path, 15, &error), Database::OpenResult::Ok);
            QVERIFY(setNumber(old, 3));
            QSqlQuery q(old.db());
            q.prepare(QStringLiteral(
                "INSERT INTO events(id, type, case_id, branch, at, by_user, device, v, data, prev, "
                "hash, local) VALUES (?, ?, ?, '0101', ?, 's', 'ws-x', 1, ?, '', 'h', 0)"));
            const QList<QStringList> rows {
                {QStringLiteral("received"), QStringLiteral("c1"),
                    QStringLiteral("2026-03-02T05:00:00.000Z"),
                    QStringLiteral("{\"receipt\":\"%1\"}").arg(receipt(3, 1))},
                {QStringLiteral("workstation_set"), QStringLiteral("system:workstation"),
                    QStringLiteral("2026-03-02T06:00:00.000Z"),
                    QStringLiteral("{\"branch\":\"0101\",\"workstation\":5}")}};
            for (const QStringList &row : rows) {
                q.addBindValue(Event::newId());
                for (const QString &value : row)
                    q.addBindValue(value);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            // What version 15 counted: the receipt alone.
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO workstation_sightings VALUES ('0101', 3, 'ws-x', "
                               "'2026-03-02T05:00:00.000Z', '2026-03-02T05:00:00.000Z', 1)")));
        }
        Database db;
        QCOMPARE(db.open(path, &error), Database::OpenResult::Ok);
        QCOMPARE(table(db,
                     QStringLiteral("SELECT workstation, device, events FROM "
                                    "workstation_sightings ORDER BY 1")),
            (QStringList {QStringLiteral("3|ws-x|1"), QStringLiteral("5|ws-x|1")}));
        QVERIFY(WorkstationSightings(db)
                    .claims(QStringLiteral("0101"))
                    .holders(QStringLiteral("0101"), 3)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCloneDetector)
#include "tst_clonedetector.moc"
