// certdeskctl as a script sees it: the real binary, its exact JSON forms and exit codes
// (docs/certdeskctl.md): 0 done / yes, 1 a rule says no, 2 usage or I/O error with a
// message on stderr and nothing on stdout.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/DamagedFile.h"
#include "common/TestDatabase.h"
#include "storage/CalendarStore.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"

#include "cli/certdeskctl_support.h"

using namespace certdesk;
using certdesk::test::fileHash;

using namespace certdesk::testing;

namespace {

QString certdeskctl()
{
    return qEnvironmentVariable("CERTDESK_BINARY_DIR") + QStringLiteral("/certdeskctl");
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

/// The one JSON object a command prints, or an empty object when stdout is not exactly that.
QJsonObject outputObject(const Run &r)
{
    if (!r.out.endsWith('\n') || r.out.count('\n') != 1)
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

QStringList dumpCases(const QString &path)
{
    Database db;
    QString error;
    if (db.open(path, &error) != Database::OpenResult::Ok)
        return {error};
    return test::casesTable(db);
}

/// A branch database with a few cases along the lifecycle, written at two workstations and
/// pulled from the provider, with Cyrillic names.
bool fillBranch(test::TestDatabase &t, QString *error)
{
    EventStore store(t.db(), t.clock());
    const Actor clerk{QStringLiteral("clerk1"), QStringLiteral("ws-1"), QStringLiteral("7501")};
    const Actor other{QStringLiteral("clerk2"), QStringLiteral("ws-2"), QStringLiteral("7501")};
    QList<Event> received;
    for (int i = 0; i < 6; ++i) {
        received.append(Event::make(
            EventType::Received, QStringLiteral("case-%1").arg(i),
            {{QStringLiteral("receipt"), QStringLiteral("7501-01-260302-000%1").arg(i)},
             {QStringLiteral("purpose"), i % 2 ? QStringLiteral("abroad") : QStringLiteral("domestic")},
             {QStringLiteral("due"), QStringLiteral("2026-03-10")},
             {QStringLiteral("subject"),
              QJsonObject{{QStringLiteral("iin"), QStringLiteral("871008401427")},
                          {QStringLiteral("surname"), QStringLiteral("Сәрсенбаева")},
                          {QStringLiteral("given_name"), QStringLiteral("Әйгерім")}}}}));
    }
    if (!store.append(received, clerk, error))
        return false;
    t.clock().advanceDays(3);
    QList<Event> results;
    for (int i = 0; i < 6; ++i) {
        Event e = Event::make(EventType::ResultRecorded, QStringLiteral("case-%1").arg(i),
                              {{QStringLiteral("certificate_number"), QStringLiteral("KZ-%1").arg(i)},
                               {QStringLiteral("outcome"), QStringLiteral("no_record")}});
        e.at = t.clock().nowUtc().addSecs(-i);
        e.by = QStringLiteral("kpssu");
        e.device = QStringLiteral("provider");
        e.branch = QStringLiteral("7501");
        results.append(e);
    }
    if (!store.insertForeign(results, false, nullptr, error))
        return false;
    t.clock().advanceDays(2);
    QList<Event> paper{Event::make(EventType::Arrived, QStringLiteral("case-1")),
                       Event::make(EventType::Arrived, QStringLiteral("case-3")),
                       Event::make(EventType::Issued, QStringLiteral("case-3"))};
    if (!store.append(paper, other, error))
        return false;
    QList<Event> twice{Event::make(EventType::Issued, QStringLiteral("case-3"))};
    return store.append(twice, clerk, error);
}

} // namespace

class CertdeskctlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void answers_data();
    void answers();
    void usageErrors_data();
    void usageErrors();
    void versionAndHelp();
    void exportImportRoundTrip();
    void malformedImportIsRefused_data();
    void malformedImportIsRefused();
    void rebuild();
    void anOlderFileSaysItIsUpgraded();
    void unreadableDatabases();
    void workdaysUseLiveCalendar();
    void datesAreRefusedUnlessWrittenExactly_data();
    void datesAreRefusedUnlessWrittenExactly();
    void asOfNowIsBranchTime();
    void killedDemoLeavesTheFileWhole();
};

void CertdeskctlTest::initTestCase()
{
    QVERIFY2(QFile::exists(certdeskctl()), qPrintable(certdeskctl()));
}

void CertdeskctlTest::answers_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("json");

    auto row = [](const char *name, const QStringList &args, int code, const char *json) {
        QTest::newRow(name) << args << code << QByteArray(json);
    };
    const QString iin = QStringLiteral("iin");
    row("iin female", {iin, QStringLiteral("871008401427")}, 0,
        R"json({"birth_date":"1987-10-08","century":1900,"kind":"individual","number":"871008401427","sex":"female","valid":true})json");
    row("iin male", {iin, QStringLiteral("760212350620")}, 0,
        R"json({"birth_date":"1976-02-12","century":1900,"kind":"individual","number":"760212350620","sex":"male","valid":true})json");
    row("iin with spaces and hyphens", {iin, QStringLiteral("8710 0840-1427")}, 0,
        R"json({"birth_date":"1987-10-08","century":1900,"kind":"individual","number":"871008401427","sex":"female","valid":true})json");
    row("bin", {iin, QStringLiteral("940140000385")}, 0,
        R"json({"entity_attribute":"head office","entity_type":"resident legal entity","kind":"legal_entity","number":"940140000385","registered":"1994-01","valid":true})json");
    row("iin check digit", {iin, QStringLiteral("871008401428")}, 1,
        R"json({"error":"the check digit (the last) does not match: the number was mistyped","kind":null,"number":"871008401428","valid":false})json");
    row("iin both passes 10", {iin, QStringLiteral("000813159890")}, 1,
        R"json({"error":"no check digit exists for these first 11 digits: the number was mistyped","kind":null,"number":"000813159890","valid":false})json");
    row("iin length", {iin, QStringLiteral("12")}, 1,
        R"json({"error":"the number has 2 digit(s); it must have exactly 12","kind":null,"number":"12","valid":false})json");
    row("iin century digit", {iin, QStringLiteral("871008001427")}, 1,
        R"json({"error":"digit 7 is 0; the century-and-sex digit must be 1 to 6","kind":null,"number":"871008001427","valid":false})json");

    const QString workdays = QStringLiteral("workdays");
    const QString check = QStringLiteral("check");
    row("working day", {workdays, check, QStringLiteral("2026-03-10")}, 0,
        R"json({"date":"2026-03-10","kind":"working","working":true})json");
    row("weekend", {workdays, check, QStringLiteral("2026-03-07")}, 1,
        R"json({"date":"2026-03-07","kind":"weekend","reason":"weekend","working":false})json");
    row("holiday on a Sunday", {workdays, check, QStringLiteral("2026-03-08")}, 1,
        R"json({"date":"2026-03-08","kind":"holiday","reason":"International Women's Day","working":false})json");
    row("carried over", {workdays, check, QStringLiteral("2026-03-24")}, 1,
        R"json({"carried_from":"2026-03-21","date":"2026-03-24","kind":"carried_over","reason":"day off carried over from Nauryz (2026-03-21)","working":false})json");
    row("Kurban Ait 2026", {workdays, check, QStringLiteral("2026-05-27")}, 1,
        R"json({"date":"2026-05-27","kind":"holiday","reason":"Kurban Ait","working":false})json");
    row("add over Nauryz", {workdays, QStringLiteral("add"), QStringLiteral("2026-03-20"), QStringLiteral("1")}, 0,
        R"json({"date":"2026-03-26"})json");
    row("add zero", {workdays, QStringLiteral("add"), QStringLiteral("2026-03-21"), QStringLiteral("0")}, 0,
        R"json({"date":"2026-03-21"})json");
    row("add ten", {workdays, QStringLiteral("add"), QStringLiteral("2026-03-02"), QStringLiteral("10")}, 0,
        R"json({"date":"2026-03-17"})json");
    row("between", {workdays, QStringLiteral("between"), QStringLiteral("2026-03-20"), QStringLiteral("2026-03-26")}, 0,
        R"json({"from":"2026-03-20","to":"2026-03-26","working_days":1})json");

    const QString term = QStringLiteral("term");
    const QString kind = QStringLiteral("--kind");
    const QString submitted = QStringLiteral("--submitted");
    const QString category = QStringLiteral("--branch-category");
    const QString monday = QStringLiteral("2026-03-02T10:00");
    row("term electronic", {term, kind, QStringLiteral("electronic"), submitted, monday}, 0,
        R"json({"due":"2026-03-02T10:10"})json");
    row("term electronic at midnight", {term, kind, QStringLiteral("electronic"), submitted, QStringLiteral("2026-03-02T23:55")}, 0,
        R"json({"due":"2026-03-03T00:05"})json");
    row("term additional check", {term, kind, QStringLiteral("additional-check"), submitted, monday}, 0,
        R"json({"due":"2026-03-10","interim_due":"2026-03-06","reapply_from":"2026-04-06"})json");
    row("term paper regional", {term, kind, QStringLiteral("paper"), category, QStringLiteral("regional"), submitted, monday}, 0,
        R"json({"due":"2026-03-10"})json");
    row("term paper district", {term, kind, QStringLiteral("paper"), category, QStringLiteral("district"), submitted, monday}, 0,
        R"json({"due":"2026-03-17"})json");
    row("term apostille", {term, kind, QStringLiteral("apostille"), submitted, monday}, 0,
        R"json({"due":"2026-03-13"})json");

    const QString custody = QStringLiteral("custody");
    row("custody", {custody, QStringLiteral("--arrived"), QStringLiteral("2026-01-31")}, 0,
        R"json({"arrived":"2026-01-31","branch_custody_until":"2026-02-28","provider_custody_until":"2026-04-30","transfer_due":"2026-03-02"})json");
    row("custody leap year and return", {custody, QStringLiteral("--arrived"), QStringLiteral("2024-01-31"),
                                          QStringLiteral("--return-requested"), QStringLiteral("2024-03-07")}, 0,
        R"json({"arrived":"2024-01-31","branch_custody_until":"2024-02-29","provider_custody_until":"2024-04-30","return_due":"2024-03-11","transfer_due":"2024-03-01"})json");
    row("custody return over Nauryz", {custody, QStringLiteral("--arrived"), QStringLiteral("2026-02-10"),
                                       QStringLiteral("--return-requested"), QStringLiteral("2026-03-20")}, 0,
        R"json({"arrived":"2026-02-10","branch_custody_until":"2026-03-10","provider_custody_until":"2026-05-10","return_due":"2026-03-26","transfer_due":"2026-03-11"})json");
}

void CertdeskctlTest::answers()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QByteArray, json);
    const Run r = run(args);
    QVERIFY2(r.code == code, qPrintable(describe(r)));
    QCOMPARE(outputObject(r), parse(json.constData()));
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void CertdeskctlTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    auto row = [](const char *name, const QStringList &args, const char *message) {
        QTest::newRow(name) << args << QString::fromUtf8(message);
    };
    row("no command", {}, "Usage: certdeskctl");
    row("unknown command", {QStringLiteral("frobnicate")}, "unknown command \"frobnicate\"");
    row("day that does not exist", {QStringLiteral("workdays"), QStringLiteral("check"), QStringLiteral("2026-02-31")},
        "\"2026-02-31\" is not a date");
    row("not a date", {QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("31.03.2026"), QStringLiteral("1")},
        "\"31.03.2026\" is not a date");
    row("negative count", {QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2026-03-02"), QStringLiteral("-1")},
        "N \"-1\"");
    row("workdays without subcommand", {QStringLiteral("workdays")}, "usage: certdeskctl workdays");
    row("iin without number", {QStringLiteral("iin")}, "usage: certdeskctl iin NUMBER");
    row("term unknown kind", {QStringLiteral("term"), QStringLiteral("--kind"), QStringLiteral("courier"),
                              QStringLiteral("--submitted"), QStringLiteral("2026-03-02T10:00")},
        "(got \"courier\")");
    row("term paper without category", {QStringLiteral("term"), QStringLiteral("--kind"), QStringLiteral("paper"),
                                        QStringLiteral("--submitted"), QStringLiteral("2026-03-02T10:00")},
        "--branch-category");
    row("term bad time", {QStringLiteral("term"), QStringLiteral("--kind"), QStringLiteral("electronic"),
                          QStringLiteral("--submitted"), QStringLiteral("2026-02-30T10:00")},
        "--submitted \"2026-02-30T10:00\"");
    row("custody without arrival", {QStringLiteral("custody")}, "usage: certdeskctl custody");
    row("custody return before arrival", {QStringLiteral("custody"), QStringLiteral("--arrived"), QStringLiteral("2026-03-10"),
                                          QStringLiteral("--return-requested"), QStringLiteral("2026-03-01")},
        "is before --arrived");
    row("export without --db", {QStringLiteral("events"), QStringLiteral("export")}, "needs --db FILE");
    row("import without --db", {QStringLiteral("events"), QStringLiteral("import")}, "needs --db FILE");
    row("rebuild without --db", {QStringLiteral("rebuild")}, "needs --db FILE");
    row("events bad subcommand", {QStringLiteral("events"), QStringLiteral("delete")}, "usage: certdeskctl --db FILE events");
    row("bad --as-of-now", {QStringLiteral("--as-of-now"), QStringLiteral("tomorrow"), QStringLiteral("iin"),
                            QStringLiteral("871008401427")},
        "--as-of-now \"tomorrow\"");
}

void CertdeskctlTest::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(message), qPrintable(describe(r)));
}

void CertdeskctlTest::versionAndHelp()
{
    Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QCOMPARE(outputObject(r),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("certdeskctl")},
                          {QStringLiteral("version"), QStringLiteral(CERTDESK_VERSION)},
                          {QStringLiteral("schema"), Database::latestVersion()}}));
    QVERIFY(r.err.isEmpty());

    // Asked for, help is the answer: stdout, exit 0. Only a missing command is a usage error.
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        r = run({flag});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.isEmpty(), qPrintable(describe(r)));
        const QString help = QString::fromUtf8(r.out);
        QVERIFY(help.startsWith(QLatin1String("Usage: certdeskctl")));
        for (const char *command : {"iin NUMBER", "workdays check DATE", "term --kind", "custody --arrived",
                                    "events export", "rebuild"})
            QVERIFY2(help.contains(QLatin1String(command)), command);
    }
}

void CertdeskctlTest::exportImportRoundTrip()
{
    test::TestDatabase source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    QString error;
    QVERIFY2(fillBranch(source, &error), qPrintable(error));
    source.db().close();

    const Run exported = run({QStringLiteral("--db"), source.path(), QStringLiteral("events"),
                              QStringLiteral("export")});
    QVERIFY2(exported.code == 0, qPrintable(describe(exported)));
    const QList<QByteArray> lines = exported.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 16);
    QCOMPARE(exported.out.count('\n'), 16);
    for (const QByteArray &line : lines) {
        const QJsonObject doc = QJsonDocument::fromJson(line).object();
        for (const char *field : {"_id", "type", "case_id", "branch", "at", "by", "device", "v", "data"})
            QVERIFY2(doc.contains(QLatin1String(field)), line.constData());
    }
    QVERIFY(exported.err.contains("exported 16 events"));

    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("copy.db"));
    const QStringList importArgs{QStringLiteral("events"), QStringLiteral("import"), QStringLiteral("--db"), target};
    Run imported = run(importArgs, exported.out);
    QVERIFY2(imported.code == 0, qPrintable(describe(imported)));
    QCOMPARE(outputObject(imported), parse(R"json({"already_present":0,"imported":16,"read":16,"receipts_stopped":false})json"));

    const Run again = run({QStringLiteral("--db"), target, QStringLiteral("events"), QStringLiteral("export")});
    QVERIFY2(again.code == 0, qPrintable(describe(again)));
    QCOMPARE(again.out, exported.out);
    const QStringList cases = dumpCases(source.path());
    QCOMPARE(cases.size(), 6);
    QCOMPARE(dumpCases(target), cases);

    // Importing the same events again finds every one already present and changes nothing.
    imported = run(importArgs, exported.out);
    QVERIFY2(imported.code == 0, qPrintable(describe(imported)));
    QCOMPARE(outputObject(imported), parse(R"json({"already_present":16,"imported":0,"read":16,"receipts_stopped":false})json"));
    QCOMPARE(eventCount(target), 16);
    QCOMPARE(dumpCases(target), cases);
}

void CertdeskctlTest::malformedImportIsRefused_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"_id\": \"x\", ") << QStringLiteral("line 3: not a JSON object");
    QTest::newRow("JSON array") << QByteArray("[1, 2]") << QStringLiteral("line 3: not a JSON object");
    QTest::newRow("no author")
        << QByteArray(R"json({"_id":"e-x","type":"note","case_id":"c","branch":"7501","at":"2026-03-02T05:00:00.000Z","device":"d","v":1,"data":{}})json")
        << QStringLiteral("line 3: event e-x does not say who wrote it");
    QTest::newRow("bad time")
        << QByteArray(R"json({"_id":"e-y","type":"note","case_id":"c","branch":"7501","at":"yesterday","by":"u","device":"d","v":1,"data":{}})json")
        << QStringLiteral("line 3: event e-y has no valid time");
}

void CertdeskctlTest::malformedImportIsRefused()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, message);
    const QByteArray good1 = R"json({"_id":"e-1","type":"received","case_id":"c1","branch":"7501","at":"2026-03-02T05:00:00.000Z","by":"clerk1","device":"ws-1","v":1,"data":{"purpose":"domestic"}})json";
    const QByteArray good2 = R"json({"_id":"e-2","type":"note","case_id":"c1","branch":"7501","at":"2026-03-02T06:00:00.000Z","by":"clerk1","device":"ws-1","v":1,"data":{}})json";
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    t.db().close();
    const QByteArray input = good1 + '\n' + good2 + '\n' + bad + '\n' + good2 + '\n';
    const Run r = run({QStringLiteral("--db"), t.path(), QStringLiteral("events"), QStringLiteral("import")}, input);
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(describe(r)));
    QVERIFY2(r.err.contains("nothing was imported"), qPrintable(describe(r)));
    QCOMPARE(eventCount(t.path()), 0);

    // The good lines alone go in.
    const Run ok = run({QStringLiteral("--db"), t.path(), QStringLiteral("events"), QStringLiteral("import")},
                       good1 + '\n' + good2 + '\n');
    QVERIFY2(ok.code == 0, qPrintable(describe(ok)));
    QCOMPARE(outputObject(ok), parse(R"json({"already_present":0,"imported":2,"read":2,"receipts_stopped":false})json"));
}

void CertdeskctlTest::rebuild()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QString error;
    QVERIFY2(fillBranch(t, &error), qPrintable(error));
    const QStringList before = dumpCases(t.path());
    {
        QSqlQuery q(t.db().db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM cases WHERE case_id = 'case-2'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET status = 'submitted' WHERE case_id = 'case-3'")));
    }
    t.db().close();
    QVERIFY(dumpCases(t.path()) != before);

    const Run r = run({QStringLiteral("--db"), t.path(), QStringLiteral("rebuild")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QJsonObject o = outputObject(r);
    QVERIFY2(o.value(QLatin1String("milliseconds")).isDouble(), r.out.constData());
    QVERIFY(o.value(QLatin1String("milliseconds")).toInteger() >= 0);
    o.remove(QLatin1String("milliseconds"));
    QCOMPARE(o, parse(R"json({"cases":6,"events":16})json"));
    QCOMPARE(dumpCases(t.path()), before);
}

void CertdeskctlTest::anOlderFileSaysItIsUpgraded()
{
    // The first command on a file of an older version checks and upgrades it (minutes on a
    // large branch): stderr says so before the wait, and only that once.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        Database old;
        QString error;
        QCOMPARE(old.openAtVersion(path, Database::latestVersion() - 1, &error),
            Database::OpenResult::Ok);
    }
    const QStringList board {QStringLiteral("--db"), path, QStringLiteral("board")};
    const Run first = run(board);
    QVERIFY2(first.code == 0, qPrintable(describe(first)));
    QVERIFY2(first.err.contains("bringing it up to date for this version"),
        qPrintable(describe(first)));
    QVERIFY(!Database::needsUpgrade(path));
    const Run second = run(board);
    QVERIFY2(second.code == 0 && second.err.isEmpty(), qPrintable(describe(second)));
}

void CertdeskctlTest::unreadableDatabases()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.db"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 100; ++i)
            file.write("not a database at all\n");
    }
    const QByteArray textHash = fileHash(text);
    Run r = run({QStringLiteral("--db"), text, QStringLiteral("events"), QStringLiteral("export")});
    QVERIFY2(r.code == 2 && r.out.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(r.err.contains("damaged"), qPrintable(describe(r)));
    QCOMPARE(fileHash(text), textHash);

    const QString newer = dir.filePath(QStringLiteral("newer.db"));
    {
        Database db;
        QString error;
        QCOMPARE(db.open(newer, &error), Database::OpenResult::Ok);
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 1)));
    }
    const QByteArray newerHash = fileHash(newer);
    r = run({QStringLiteral("workdays"), QStringLiteral("check"), QStringLiteral("2026-03-10"),
             QStringLiteral("--db"), newer});
    QVERIFY2(r.code == 2 && r.out.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(r.err.contains("newer CertDesk"), qPrintable(describe(r)));
    QCOMPARE(fileHash(newer), newerHash);

    r = run({QStringLiteral("--db"), dir.filePath(QStringLiteral("missing/folder/x.db")), QStringLiteral("rebuild")});
    QVERIFY2(r.code == 2 && r.out.isEmpty() && !r.err.isEmpty(), qPrintable(describe(r)));
}

void CertdeskctlTest::workdaysUseLiveCalendar()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    auto check = [&](const char *date) {
        // --db after the command: global options go anywhere.
        return run({QStringLiteral("workdays"), QStringLiteral("check"), QString::fromLatin1(date),
                    QStringLiteral("--db"), t.path()});
    };
    auto add = [&](const char *date, const char *n) {
        return run({QStringLiteral("--db"), t.path(), QStringLiteral("workdays"), QStringLiteral("add"),
                    QString::fromLatin1(date), QString::fromLatin1(n)});
    };
    Run r = check("2026-03-10");
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(add("2026-03-06", "1").out, QByteArray("{\"date\":\"2026-03-10\"}\n"));

    // A supervisor records a decree: Tuesday 10 March off, Saturday 14 March worked.
    CalendarStore store(t.db());
    const WorkCalendar seeded = store.load();
    QList<DaySwap> swaps = seeded.swaps();
    swaps.append(DaySwap{QDate(2026, 3, 10), false, QStringLiteral("Decree No. 1 of 2026")});
    swaps.append(DaySwap{QDate(2026, 3, 14), true, QStringLiteral("Decree No. 1 of 2026")});
    QString error;
    QVERIFY2(store.save(WorkCalendar(seeded.holidays(), swaps), &error), qPrintable(error));

    r = check("2026-03-10");
    QVERIFY2(r.code == 1, qPrintable(describe(r)));
    QCOMPARE(outputObject(r),
             parse(R"json({"date":"2026-03-10","kind":"decree","reason":"Decree No. 1 of 2026","working":false})json"));
    r = check("2026-03-14");
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(outputObject(r), parse(R"json({"date":"2026-03-14","kind":"working","working":true})json"));
    QCOMPARE(add("2026-03-06", "1").out, QByteArray("{\"date\":\"2026-03-11\"}\n"));
    QCOMPARE(add("2026-03-11", "3").out, QByteArray("{\"date\":\"2026-03-14\"}\n"));

    // A holiday removed from the live calendar is a working day for this branch only.
    QList<Holiday> holidays;
    for (const Holiday &h : seeded.holidays()) {
        if (h.date != QDate(2026, 5, 27))
            holidays.append(h);
    }
    QVERIFY2(store.save(WorkCalendar(holidays, swaps), &error), qPrintable(error));
    QCOMPARE(check("2026-05-27").code, 0);
    // Without --db the built-in calendar answers as before.
    QCOMPARE(run({QStringLiteral("workdays"), QStringLiteral("check"), QStringLiteral("2026-05-27")}).code, 1);
    QCOMPARE(run({QStringLiteral("workdays"), QStringLiteral("check"), QStringLiteral("2026-03-10")}).code, 0);
}

void CertdeskctlTest::datesAreRefusedUnlessWrittenExactly_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const QStringList &args, const char *message) {
        QTest::newRow(name) << args << QString::fromUtf8(message);
    };
    const QString asOf = QStringLiteral("--as-of");
    const QString board = QStringLiteral("board");
    row("board, empty", {board, asOf, QString()}, "--as-of \"\" is not a date");
    row("board, slashes", {board, asOf, QStringLiteral("2026/02/03")},
        "--as-of \"2026/02/03\" is not a date");
    row("board, dots", {board, asOf, QStringLiteral("03.02.2026")},
        "--as-of \"03.02.2026\" is not a date");
    row("board, no separators", {board, asOf, QStringLiteral("20260203")},
        "--as-of \"20260203\" is not a date");
    row("board, a time too", {board, asOf, QStringLiteral("2026-02-03T10:00")},
        "--as-of \"2026-02-03T10:00\" is not a date");
    row("board, = form empty", {board, QStringLiteral("--as-of=")}, "--as-of \"\" is not a date");
    row("sweep, short month", {QStringLiteral("sweep"), asOf, QStringLiteral("2026-2-03")},
        "--as-of \"2026-2-03\" is not a date");
    row("sweep, spaces", {QStringLiteral("sweep"), asOf, QStringLiteral(" 2026-02-03")},
        "is not a date");
    row("appeals, empty", {QStringLiteral("appeals"), QStringLiteral("list"), asOf, QString()},
        "--as-of \"\" is not a date");
    row("appeals, other digits",
        {QStringLiteral("appeals"), QStringLiteral("list"), asOf, QStringLiteral("٢٠٢٦-02-03")},
        "is not a date");
    row("purge, slashes",
        {QStringLiteral("purge"), asOf, QStringLiteral("2026/02/03"), QStringLiteral("--as"),
            QStringLiteral("admin")},
        "--as-of \"2026/02/03\" is not a date");
    row("audit log, empty from",
        {QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--from"), QString(),
            QStringLiteral("--as"), QStringLiteral("admin")},
        "--from \"\" is not a date");
    const QString now = QStringLiteral("--as-of-now");
    row("now, empty", {now, QString(), board}, "--as-of-now \"\"");
    row("now, date only", {now, QStringLiteral("2026-03-02"), board}, "--as-of-now \"2026-03-02\"");
    row("now, UTC mark", {now, QStringLiteral("2026-03-02T10:00Z"), board},
        "--as-of-now \"2026-03-02T10:00Z\"");
    row("now, an offset", {now, QStringLiteral("2026-03-02T10:00+06:00"), board},
        "--as-of-now \"2026-03-02T10:00+06:00\"");
    row("now, a space", {now, QStringLiteral("2026-03-02 10:00"), board},
        "--as-of-now \"2026-03-02 10:00\"");
    row("now, no such hour", {now, QStringLiteral("2026-03-02T24:30"), board},
        "--as-of-now \"2026-03-02T24:30\"");
}

void CertdeskctlTest::datesAreRefusedUnlessWrittenExactly()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    t.db().close();
    const QByteArray before = fileHash(t.path());
    const Run r = run(QStringList {QStringLiteral("--db"), t.path()} + args, "Baptau-2026!\n");
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(describe(r)));
}

void CertdeskctlTest::asOfNowIsBranchTime()
{
    // --as-of-now is the branch's wall time: read with the branch's own offset (here UTC+6),
    // never with one assumed before the database was read.
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QString error;
    QVERIFY(SettingsStore(t.db()).setValue(QStringLiteral("branch.utc_offset_minutes"),
        QStringLiteral("360"), QStringLiteral("test"), &error));
    t.db().close();
    const QStringList list {QStringLiteral("appeals"), QStringLiteral("list")};
    for (const auto &[now, day] :
        {std::pair {"2026-03-02T23:30", "2026-03-02"}, std::pair {"2026-03-03T00:30", "2026-03-03"},
            std::pair {"2026-03-02T05:30", "2026-03-02"}}) {
        const Run r = run(QStringList {QStringLiteral("--db"), t.path(),
                              QStringLiteral("--as-of-now"), QString::fromLatin1(now)}
            + list);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(
            outputObject(r).value(QLatin1String("as_of")).toString(), QString::fromLatin1(day));
    }
}

void CertdeskctlTest::killedDemoLeavesTheFileWhole()
{
    // SIGKILL in the middle of a demo, as a power cut or the task manager would: the file
    // must keep every index and trigger its schema promises, and the demo can start again.
    test::TestDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    auto objects = [](const QString &path) {
        QStringList out;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master "
                                      "WHERE type IN ('index', 'trigger') ORDER BY 1"));
                while (q.next())
                    out.append(q.value(0).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("look"));
        return out;
    };
    const QStringList whole = objects(fresh.path());
    QVERIFY(whole.size() > 20);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    QProcess demo;
    demo.start(certdeskctl(),
        {QStringLiteral("--db"), path, QStringLiteral("--as-of-now"),
            QStringLiteral("2026-03-02T10:00"), QStringLiteral("demo"), QStringLiteral("--cases"),
            QStringLiteral("200000"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY(demo.waitForStarted(30000));
    QByteArray progress;
    // Killed once it is writing cases (its progress line counts them).
    QTRY_VERIFY_WITH_TIMEOUT(
        (progress += demo.readAllStandardError()).contains(" / 200000 cases"), 240000);
    demo.kill();
    QVERIFY(demo.waitForFinished(30000));
    QCOMPARE(demo.exitStatus(), QProcess::CrashExit);

    // Looked at the way anyone would, before CertDesk opens it again.
    QCOMPARE(objects(path), whole);
    Run r = run({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(objects(path), whole);
    r = run({QStringLiteral("--db"), path, QStringLiteral("--as-of-now"),
        QStringLiteral("2026-03-02T10:00"), QStringLiteral("demo"), QStringLiteral("--cases"),
        QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(objects(path), whole);
}

QTEST_GUILESS_MAIN(CertdeskctlTest)
#include "tst_certdeskctl.moc"
