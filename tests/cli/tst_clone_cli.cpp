// Cloned workstations through certdeskctl (README, "Receipt numbers"): branch set refuses a
// number another computer was seen using; a copied file that meets its original's events
// through "events import" takes a new device id and stops its receipt numbers; a third
// database that receives both copies' chains tells the story in "audit verify" instead of
// calling it tampering; a copy first used on another computer renews its id at once; and
// "device renew" is the documented way to do it by hand.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "cli/certdeskctl_support.h"

using namespace Qt::StringLiterals;
using namespace certdesk::testing;

namespace {

const QByteArray kAdmin = "Baptau-2026!\n";

QJsonObject json(const Run &r)
{
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
}

} // namespace

class TestCloneCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_original;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    static Run at(
        const QString &db, const QStringList &args, const QByteArray &input = QByteArray())
    {
        return run(
            QStringList {u"--db"_s, db, u"--as-of-now"_s, u"2026-03-02T12:00"_s} + args, input);
    }

    /// A copy of the demo branch, as a technician makes one.
    QString copyOfOriginal(const QString &name)
    {
        const QString target = file(name);
        QFile::remove(target);
        return QFile::copy(m_original, target) ? target : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // One computer for every command, whatever identity this machine has (or lacks).
        qputenv("CERTDESK_MACHINE_ID", "first-computer");
        // Demo branch 7501: this database is workstation 4, its neighbours 1, 2 and 3.
        m_original = file(u"original.db"_s);
        const Run demo = at(m_original, {u"demo"_s, u"--cases"_s, u"60"_s, u"--years"_s, u"1"_s});
        QVERIFY2(demo.code == 0, qPrintable(describe(demo)));
    }

    void branchSetRefusesANumberAnotherComputerUses()
    {
        const QString db = copyOfOriginal(u"set.db"_s);
        QVERIFY(!db.isEmpty());
        const Run taken = at(
            db, {u"branch"_s, u"set"_s, u"--workstation"_s, u"2"_s, u"--as"_s, u"admin"_s}, kAdmin);
        QVERIFY2(taken.code == 1, qPrintable(describe(taken)));
        QVERIFY2(taken.err.contains("already used by another computer")
                && taken.err.contains("in use: 1, 2, 3"),
            qPrintable(describe(taken)));
        QVERIFY(taken.out.isEmpty());
        const Run freeNumber = at(
            db, {u"branch"_s, u"set"_s, u"--workstation"_s, u"5"_s, u"--as"_s, u"admin"_s}, kAdmin);
        QVERIFY2(freeNumber.code == 0, qPrintable(describe(freeNumber)));
        QCOMPARE(json(freeNumber).value(u"workstation"_s).toInt(), 5);
        // Its own number stays its own.
        const Run own = at(
            db, {u"branch"_s, u"set"_s, u"--workstation"_s, u"4"_s, u"--as"_s, u"admin"_s}, kAdmin);
        QVERIFY2(own.code == 0, qPrintable(describe(own)));
    }

    void aCopyMeetingItsOriginalByImportTakesANewId()
    {
        // A branch database that wrote one event of its own, copied as it stands. Each copy
        // then writes under the same device id: a backup, recorded as an event.
        const QString a = file(u"copy-a.db"_s);
        const Run first = at(a, {u"backup"_s, file(u"a-1.bak"_s)});
        QVERIFY2(first.code == 0, qPrintable(describe(first)));
        const QString b = file(u"copy-b.db"_s);
        QVERIFY(QFile::copy(a, b));
        const Run showA = at(a, {u"device"_s, u"show"_s});
        const QString device = json(showA).value(u"device"_s).toString();
        QCOMPARE(json(at(b, {u"device"_s, u"show"_s})).value(u"device"_s).toString(), device);
        QVERIFY(!json(showA).value(u"receipts_stopped"_s).toBool());
        QVERIFY(at(a, {u"backup"_s, file(u"a-2.bak"_s)}).code == 0);
        QVERIFY(at(b, {u"backup"_s, file(u"b-2.bak"_s)}).code == 0);

        // B meets A's events: its own id on an event it did not write.
        const Run exported = at(a, {u"events"_s, u"export"_s});
        QVERIFY2(exported.code == 0, qPrintable(describe(exported)));
        const Run imported = at(b, {u"events"_s, u"import"_s}, exported.out);
        QVERIFY2(imported.code == 0, qPrintable(describe(imported)));
        QVERIFY2(
            json(imported).value(u"receipts_stopped"_s).toBool(), qPrintable(describe(imported)));
        QVERIFY2(imported.err.contains("copied"), qPrintable(describe(imported)));

        const QJsonObject shown = json(at(b, {u"device"_s, u"show"_s}));
        QVERIFY(shown.value(u"device"_s).toString() != device);
        QVERIFY(shown.value(u"receipts_stopped"_s).toBool());
        QCOMPARE(shown.value(u"ids"_s).toArray().size(), 2);
        QCOMPARE(shown.value(u"ids"_s).toArray().first().toObject().value(u"reason"_s).toString(),
            u"shared"_s);
        // The supervisor's board has it.
        const QJsonObject board = json(at(b, {u"board"_s}));
        const QJsonArray alerts = board.value(u"workstation_alerts"_s).toArray();
        QVERIFY2(!alerts.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(board).toJson())));
        QCOMPARE(alerts.first().toObject().value(u"kind"_s).toString(), u"device_shared"_s);
        // Both keep a verifiable audit trail.
        for (const QString &db : {a, b}) {
            const Run verify = at(db, {u"audit"_s, u"verify"_s});
            QVERIFY2(verify.code == 0, qPrintable(describe(verify)));
        }

        // A third database receives both copies' chains: a fork of one device's chain, told as
        // the copy it was.
        const QString c = file(u"third.db"_s);
        QVERIFY(at(c, {u"events"_s, u"import"_s}, exported.out).code == 0);
        const Run fromB = at(b, {u"events"_s, u"export"_s});
        QVERIFY(at(c, {u"events"_s, u"import"_s}, fromB.out).code == 0);
        const Run verify = at(c, {u"audit"_s, u"verify"_s});
        QVERIFY2(verify.code == 0, qPrintable(describe(verify)));
        QStringList kinds;
        for (const QJsonValue &s : json(verify).value(u"stories"_s).toArray())
            kinds.append(s.toObject().value(u"kind"_s).toString());
        QVERIFY2(kinds.contains(u"copied"_s) && kinds.contains(u"renewed"_s),
            qPrintable(describe(verify)));
        QVERIFY(verify.err.contains("copied"));
    }

    void aCopyFirstUsedOnAnotherComputerRenewsAtOnce()
    {
        const QString db = copyOfOriginal(u"moved.db"_s);
        const QString device = json(at(db, {u"device"_s, u"show"_s})).value(u"device"_s).toString();
        qputenv("CERTDESK_MACHINE_ID", "another-computer");
        const Run add = at(db,
            {u"user"_s, u"add"_s, u"--login"_s, u"dana"_s, u"--name"_s, u"Clerk Person"_s,
                u"--role"_s, u"clerk"_s, u"--as"_s, u"admin"_s},
            kAdmin + "Counter2026desk\n");
        QVERIFY2(add.code == 0, qPrintable(describe(add)));
        QVERIFY2(add.err.contains("another computer"), qPrintable(describe(add)));
        const QJsonObject shown = json(at(db, {u"device"_s, u"show"_s}));
        QVERIFY(shown.value(u"device"_s).toString() != device);
        QCOMPARE(shown.value(u"ids"_s).toArray().first().toObject().value(u"reason"_s).toString(),
            u"new_machine"_s);
        QVERIFY(shown.value(u"receipts_stopped"_s).toBool());
        // Nobody else uses number 4: the supervisor confirms it, and the stop ends.
        const Run confirm = at(
            db, {u"branch"_s, u"set"_s, u"--workstation"_s, u"4"_s, u"--as"_s, u"admin"_s}, kAdmin);
        QVERIFY2(confirm.code == 0, qPrintable(describe(confirm)));
        QVERIFY(!json(at(db, {u"device"_s, u"show"_s})).value(u"receipts_stopped"_s).toBool());
        const Run verify = at(db, {u"audit"_s, u"verify"_s});
        QVERIFY2(verify.code == 0, qPrintable(describe(verify)));
        qputenv("CERTDESK_MACHINE_ID", "first-computer");
    }

    void deviceRenewByHand()
    {
        const QString db = copyOfOriginal(u"renew.db"_s);
        const QString device = json(at(db, {u"device"_s, u"show"_s})).value(u"device"_s).toString();
        const Run clerk = at(db, {u"device"_s, u"renew"_s, u"--as"_s, u"clerk"_s}, "Tanba-2026!\n");
        QVERIFY2(clerk.code == 1, qPrintable(describe(clerk)));
        const Run renew = at(db, {u"device"_s, u"renew"_s, u"--as"_s, u"admin"_s}, kAdmin);
        QVERIFY2(renew.code == 0, qPrintable(describe(renew)));
        QVERIFY(json(renew).value(u"device"_s).toString() != device);
        QVERIFY(json(renew).value(u"receipts_stopped"_s).toBool());
        QVERIFY(at(db, {u"device"_s, u"show"_s, u"extra"_s}).code == 2);
    }
};

QTEST_GUILESS_MAIN(TestCloneCli)
#include "tst_clone_cli.moc"
