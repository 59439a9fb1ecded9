// certdeskctl rules (docs/certdeskctl.md, docs/rules.md): the built-in rules export as a file
// that reads back; a supervisor's import changes the deadlines `term` and `workdays` give with
// --db, one rules_changed event; a bad file is refused whole, every problem as "line N:
// reason", exit 1, nothing changed; a clerk may not import; without --db nothing changes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "common/TestDatabase.h"
#include "domain/RuleSet.h"
#include "domain/RulesFile.h"

#include "cli/certdeskctl_support.h"

using namespace certdesk;
using namespace certdesk::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kAdmin = "Branch2026desk\n";
const QByteArray kSupervisor = "Kilim9OyuZhol\n";
const QByteArray kClerk = "Dombra5KuyTau\n";

QJsonObject lastObject(const Run &r)
{
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

class RulesCliTest : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_db;
    QTemporaryDir m_dir;
    QString m_path;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        return path;
    }
    Run ctl(QStringList args, const QByteArray &input = QByteArray())
    {
        args.prepend(m_path);
        args.prepend(u"--db"_s);
        return run(args, input);
    }
    QString due(const QString &submitted, bool withDb)
    {
        QStringList args{u"term"_s, u"--kind"_s, u"apostille"_s, u"--submitted"_s, submitted};
        const Run r = withDb ? ctl(args) : run(args);
        return lastObject(r).value(u"due"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.isValid() && m_dir.isValid());
        m_path = m_db.path();
        m_db.db().close();
        Run r = ctl({u"user"_s, u"add"_s, u"--login"_s, u"admin"_s, u"--name"_s, u"Admin Person"_s,
                     u"--role"_s, u"administrator"_s},
                    kAdmin);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = ctl({u"user"_s, u"add"_s, u"--login"_s, u"aliya"_s, u"--name"_s, u"Aliya Supervisor"_s,
                 u"--role"_s, u"supervisor"_s, u"--as"_s, u"admin"_s},
                kAdmin + kSupervisor);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = ctl({u"user"_s, u"add"_s, u"--login"_s, u"bota"_s, u"--name"_s, u"Bota Clerk"_s,
                 u"--role"_s, u"clerk"_s, u"--as"_s, u"admin"_s},
                kAdmin + kClerk);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void builtInExportReadsBack()
    {
        const Run r = run({u"rules"_s, u"export"_s});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        RulesFile::Contents c;
        QList<RuleProblem> problems;
        QVERIFY(RulesFile::parse(r.out, &c, &problems));
        QVERIFY(c.rules == RuleSet::builtIn());
        // The database's rules in force start as the built-in ones.
        const Run inForce = ctl({u"rules"_s, u"export"_s});
        QVERIFY2(inForce.code == 0, qPrintable(describe(inForce)));
        QVERIFY(RulesFile::parse(inForce.out, &c, &problems));
        QVERIFY(c.rules == RuleSet::builtIn());
    }

    void deadlinesAsBefore()
    {
        // The answers without rules of the branch: with and without --db alike.
        QCOMPARE(due(u"2026-03-20T10:00"_s, false), u"2026-04-06"_s);
        QCOMPARE(due(u"2026-03-20T10:00"_s, true), u"2026-04-06"_s);
        QCOMPARE(due(u"2027-01-11T10:00"_s, true), u"2027-01-21"_s);
    }

    void badFileRefusedWhole()
    {
        const qint64 before = eventCount(m_path);
        const QString path = write(u"bad.rules"_s, R"({"certdesk_rules":1,"country":"KZ"}
{"mci":2027,"tenge":4500}
{"mci":2028,"tenge":0}
{"holiday":"2027-02-30","kk":"a","ru":"b","en":"c"}
{"hague":"XX","in_force":"2027-01-01"}
)"_ba);
        const Run r = ctl({u"rules"_s, u"import"_s, path, u"--as"_s, u"aliya"_s}, kSupervisor);
        QCOMPARE(r.code, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(u"line 3: the MCI of 2028 is 0"_s), qPrintable(err));
        QVERIFY2(err.contains(u"line 4: \"holiday\": 2027-02-30 does not exist"_s), qPrintable(err));
        QVERIFY2(err.contains(u"line 5: \"XX\" is not a known country code"_s), qPrintable(err));
        QCOMPARE(eventCount(m_path), before);
        const QJsonObject shown = lastObject(ctl({u"rules"_s, u"show"_s}));
        QVERIFY(!shown.value(u"mci"_s).toObject().contains(u"2027"_s));

        // Sound lines, but rules in force that could not work: refused the same way.
        const QString whole = write(u"whole.rules"_s, R"({"certdesk_rules":1,"country":"KZ"}
{"mci":2027,"tenge":4500}
{"hague":"KZ","removed":true}
)"_ba);
        const Run w = ctl({u"rules"_s, u"import"_s, whole, u"--as"_s, u"aliya"_s}, kSupervisor);
        QCOMPARE(w.code, 1);
        QVERIFY2(w.err.contains("line 3: Kazakhstan (KZ) must stay a Hague party"), w.err.constData());
        QCOMPARE(eventCount(m_path), before);
    }

    void clerkMayNotImport()
    {
        const QString path = write(u"clerk.rules"_s, R"({"certdesk_rules":1,"country":"KZ"}
{"mci":2027,"tenge":4500}
)"_ba);
        const qint64 before = eventCount(m_path);
        const Run r = ctl({u"rules"_s, u"import"_s, path, u"--as"_s, u"bota"_s}, kClerk);
        QCOMPARE(r.code, 1);
        // Only the sign-in is recorded.
        QCOMPARE(eventCount(m_path), before + 1);
        QVERIFY(!lastObject(ctl({u"rules"_s, u"show"_s})).value(u"mci"_s).toObject().contains(u"2027"_s));
    }

    void importChangesDeadlines()
    {
        const QString path = write(u"decree.rules"_s, R"({"certdesk_rules":1,"country":"KZ","source":"Decree No. 1"}
{"mci":2027,"tenge":4500}
{"term":"apostille","from":"2027-01-01","working_days":10}
)"_ba);
        Run r = ctl({u"rules"_s, u"import"_s, path, u"--as"_s, u"aliya"_s}, kSupervisor);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonArray changed = lastObject(r).value(u"changed"_s).toArray();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).toObject().value(u"unit"_s).toString(), u"mci/2027"_s);
        QVERIFY(changed.at(0).toObject().value(u"before"_s).isNull());

        QCOMPARE(due(u"2027-01-11T10:00"_s, true), u"2027-01-25"_s);
        QCOMPARE(due(u"2026-03-20T10:00"_s, true), u"2026-04-06"_s); // before its date
        QCOMPARE(due(u"2027-01-11T10:00"_s, false), u"2027-01-21"_s); // built in

        const QJsonObject shown
            = lastObject(ctl({u"--as-of-now"_s, u"2027-01-11T10:00"_s, u"rules"_s, u"show"_s}));
        QCOMPARE(shown.value(u"mci"_s).toObject().value(u"2027"_s).toInt(), 4500);
        QCOMPARE(shown.value(u"apostille_fee"_s).toObject().value(u"tenge"_s).toInt(), 2250);

        // The event says who and what.
        r = ctl({u"events"_s, u"export"_s});
        QByteArray line;
        for (const QByteArray &l : r.out.split('\n'))
            if (l.contains("\"rules_changed\""))
                line = l;
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        QCOMPARE(e.value(u"by"_s).toString(), u"aliya"_s);
        QCOMPARE(e.value(u"case_id"_s).toString(), u"system:rules"_s);
        QCOMPARE(e.value(u"data"_s).toObject().value(u"source"_s).toString(), u"Decree No. 1"_s);

        // The same file again changes nothing and writes nothing.
        const qint64 before = eventCount(m_path);
        r = ctl({u"rules"_s, u"import"_s, path, u"--as"_s, u"aliya"_s}, kSupervisor);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(lastObject(r).value(u"unchanged"_s).toBool(), true);
        QCOMPARE(eventCount(m_path), before + 1); // the sign-in
    }

    void yearWithoutCalendarWarns()
    {
        const QString path = write(u"withdraw.rules"_s, R"({"certdesk_rules":1,"country":"KZ"}
{"calendar":2027,"removed":true}
)"_ba);
        Run r = ctl({u"rules"_s, u"import"_s, path, u"--as"_s, u"aliya"_s}, kSupervisor);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = ctl({u"workdays"_s, u"check"_s, u"2027-03-22"_s});
        QCOMPARE(lastObject(r).value(u"working"_s).toBool(), true); // Nauryz 2027 gone
        QVERIFY2(r.err.contains("counted with weekends alone"), r.err.constData());
        QCOMPARE(lastObject(run({u"workdays"_s, u"check"_s, u"2027-03-22"_s})).value(u"working"_s).toBool(),
                 false);

        // Withdrawn from the branch's own: the built-in year is back.
        r = ctl({u"rules"_s, u"withdraw"_s, u"calendar/2027"_s, u"--as"_s, u"aliya"_s}, kSupervisor);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = ctl({u"workdays"_s, u"check"_s, u"2027-03-22"_s});
        QCOMPARE(lastObject(r).value(u"working"_s).toBool(), false);
        QVERIFY(r.err.isEmpty());
    }

    void rebuildKeepsTheRules()
    {
        const Run before = ctl({u"rules"_s, u"export"_s});
        Run r = ctl({u"rebuild"_s});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const Run after = ctl({u"rules"_s, u"export"_s});
        QCOMPARE(after.out, before.out);
        QCOMPARE(due(u"2027-01-11T10:00"_s, true), u"2027-01-25"_s);
    }
};

QTEST_GUILESS_MAIN(RulesCliTest)
#include "tst_rules_cli.moc"
