// certdeskctl board and sweep, driven in-process as a script would: provider and branch
// events imported with `events import`, then the JSON of both commands compared with what
// the rules give at several dates (docs/certdeskctl.md, "Board and sweep").

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "cli/inprocess_support.h"

using namespace certdesk;
using namespace certdesk::testing;

namespace {

QString makeEvent(const QString &type, const QString &caseId, const QString &at,
    const QJsonObject &data, const QString &by = QStringLiteral("clerk"))
{
    const QJsonObject e {
        {QStringLiteral("_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("type"), type}, {QStringLiteral("case_id"), caseId},
        {QStringLiteral("branch"), QStringLiteral("7501")}, {QStringLiteral("at"), at},
        {QStringLiteral("by"), by}, {QStringLiteral("device"), by + QStringLiteral("-device")},
        {QStringLiteral("v"), 1}, {QStringLiteral("data"), data}};
    return QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)) + u'\n';
}

/// A paper case received, resulted and arrived on `arrived` (branch date).
QString paperCase(const QString &caseId, const QString &receipt, const QString &arrived)
{
    const QJsonObject subject {{QStringLiteral("iin"), QStringLiteral("760212350620")},
        {QStringLiteral("surname"), QStringLiteral("Жумабаев")},
        {QStringLiteral("given_name"), QStringLiteral("Ерлан")}};
    return makeEvent(QStringLiteral("received"), caseId, arrived + QStringLiteral("T03:00:00.000Z"),
               {{QStringLiteral("receipt"), receipt},
                   {QStringLiteral("purpose"), QStringLiteral("abroad")},
                   {QStringLiteral("result_form"), QStringLiteral("paper")},
                   {QStringLiteral("subject"), subject}})
        + makeEvent(QStringLiteral("result"), caseId, arrived + QStringLiteral("T03:30:00.000Z"),
            {{QStringLiteral("certificate_number"), QStringLiteral("KZ-") + receipt},
                {QStringLiteral("certificate_date"), arrived},
                {QStringLiteral("outcome"), QStringLiteral("no_record")}},
            QStringLiteral("provider"))
        + makeEvent(QStringLiteral("arrived"), caseId, arrived + QStringLiteral("T05:00:00.000Z"),
            {{QStringLiteral("date"), arrived}});
}

QStringList ids(const QJsonObject &json, const QString &bucket)
{
    QStringList out;
    for (const QJsonValue &v : json.value(bucket).toArray())
        out.append(v.toObject().value(QStringLiteral("case_id")).toString());
    return out;
}

QJsonObject entry(const QJsonObject &json, const QString &bucket, const QString &caseId)
{
    for (const QJsonValue &v : json.value(bucket).toArray()) {
        if (v.toObject().value(QStringLiteral("case_id")).toString() == caseId)
            return v.toObject();
    }
    return QJsonObject();
}

} // namespace

class TestBoardCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    const QString m_nauryz = QStringLiteral("c0000000-0000-4000-8000-000000000001");
    const QString m_returned = QStringLiteral("c0000000-0000-4000-8000-000000000002");
    const QString m_leap = QStringLiteral("c0000000-0000-4000-8000-000000000003");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("branch.db"));
        QString events = paperCase(m_nauryz, QStringLiteral("A-1"), QStringLiteral("2026-02-23"));
        events += paperCase(m_returned, QStringLiteral("A-2"), QStringLiteral("2025-12-29"));
        events += makeEvent(QStringLiteral("transferred"), m_returned,
            QStringLiteral("2026-02-02T05:00:00.000Z"),
            {{QStringLiteral("date"), QStringLiteral("2026-02-02")},
                {QStringLiteral("act"), QStringLiteral("7501-01-260202-1")}},
            QStringLiteral("boss"));
        events += makeEvent(QStringLiteral("return_requested"), m_returned,
            QStringLiteral("2026-03-06T05:00:00.000Z"),
            {{QStringLiteral("date"), QStringLiteral("2026-03-06")},
                {QStringLiteral("due"), QStringLiteral("2026-03-10")}});
        // Arrived on 30 Nov 2027: provider custody ends on 29 Feb 2028 (a leap day).
        events += paperCase(m_leap, QStringLiteral("A-3"), QStringLiteral("2027-11-30"));
        events += makeEvent(QStringLiteral("transferred"), m_leap,
            QStringLiteral("2027-12-31T05:00:00.000Z"),
            {{QStringLiteral("date"), QStringLiteral("2027-12-31")},
                {QStringLiteral("act"), QStringLiteral("7501-01-271231-1")}},
            QStringLiteral("boss"));
        const CliRun imported = runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("events"), QStringLiteral("import")},
            events);
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QCOMPARE(imported.json().value(QStringLiteral("imported")).toInt(), 12);
    }

    void boardAtDates()
    {
        CliRun r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("board"),
            QStringLiteral("--as-of"), QStringLiteral("2026-03-23")});
        QCOMPARE(r.code, 0);
        QJsonObject j = r.json();
        QCOMPARE(j.keys().size(), 8);
        QCOMPARE(ids(j, QStringLiteral("at_branch")), QStringList {m_nauryz});
        QCOMPARE(entry(j, QStringLiteral("at_branch"), m_nauryz)
                     .value(QStringLiteral("days_left"))
                     .toInt(),
            0);
        QCOMPARE(entry(j, QStringLiteral("at_branch"), m_nauryz)
                     .value(QStringLiteral("receipt"))
                     .toString(),
            QStringLiteral("A-1"));
        QCOMPARE(ids(j, QStringLiteral("return_requested")), QStringList {m_returned});
        QCOMPARE(ids(j, QStringLiteral("at_provider")), QStringList {m_leap});

        // 24 March: due for transfer, due on 26 March (Nauryz days off in between).
        j = runCli({QStringLiteral("--db"), m_db, QStringLiteral("board"),
                       QStringLiteral("--as-of=2026-03-24")})
                .json();
        QJsonObject e = entry(j, QStringLiteral("due_for_transfer"), m_nauryz);
        QCOMPARE(e.value(QStringLiteral("due")).toString(), QStringLiteral("2026-03-26"));
        QCOMPARE(e.value(QStringLiteral("today")).toBool(), false);
        QCOMPARE(e.value(QStringLiteral("overdue")).toBool(), false);
        QVERIFY(ids(j, QStringLiteral("at_branch")).isEmpty());
        e = entry(j, QStringLiteral("return_requested"), m_returned);
        QCOMPARE(e.value(QStringLiteral("overdue")).toBool(), true);
        QCOMPARE(e.value(QStringLiteral("due")).toString(), QStringLiteral("2026-03-10"));

        // 29 Feb 2028 is the provider's last day; 1 March it is to be archived (due 1 March).
        j = runCli({QStringLiteral("--db"), m_db, QStringLiteral("board"),
                       QStringLiteral("--as-of"), QStringLiteral("2028-02-29")})
                .json();
        QCOMPARE(entry(j, QStringLiteral("at_provider"), m_leap)
                     .value(QStringLiteral("days_left"))
                     .toInt(),
            0);
        j = runCli({QStringLiteral("--db"), m_db, QStringLiteral("board"),
                       QStringLiteral("--as-of"), QStringLiteral("2028-03-01")})
                .json();
        e = entry(j, QStringLiteral("to_archive"), m_leap);
        QCOMPARE(e.value(QStringLiteral("due")).toString(), QStringLiteral("2028-03-01"));
        QCOMPARE(e.value(QStringLiteral("today")).toBool(), true);
    }

    void sweepAtDates()
    {
        CliRun r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("sweep"),
            QStringLiteral("--as-of"), QStringLiteral("2026-03-25")});
        QCOMPARE(r.code, 0);
        QJsonObject j = r.json();
        QCOMPARE(j.keys(),
            (QStringList {QStringLiteral("due_for_transfer"), QStringLiteral("interim_notice_due"),
                QStringLiteral("late_results"), QStringLiteral("return_requested"),
                QStringLiteral("to_archive")}));
        QVERIFY(ids(j, QStringLiteral("due_for_transfer")).isEmpty());
        QCOMPARE(ids(j, QStringLiteral("return_requested")), QStringList {m_returned});
        QVERIFY(r.err.contains(QStringLiteral("1 case(s) need a person's action on 2026-03-25")));

        j = runCli({QStringLiteral("--db"), m_db, QStringLiteral("sweep"),
                       QStringLiteral("--as-of"), QStringLiteral("2026-03-26")})
                .json();
        QCOMPARE(ids(j, QStringLiteral("due_for_transfer")), QStringList {m_nauryz});

        // Sweep only reads: the board is unchanged afterwards.
        j = runCli({QStringLiteral("--db"), m_db, QStringLiteral("board"),
                       QStringLiteral("--as-of"), QStringLiteral("2026-03-26")})
                .json();
        QCOMPARE(ids(j, QStringLiteral("due_for_transfer")), QStringList {m_nauryz});
    }

    void lateResults()
    {
        // Received on Monday 2 March with the paper due on 10 March; no result came. From
        // 11 March the provider is late: on the board and in the sweep, days overdue counted.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("late.db"));
        const QString late = QStringLiteral("c0000000-0000-4000-8000-000000000009");
        const QJsonObject subject {{QStringLiteral("iin"), QStringLiteral("760212350620")},
            {QStringLiteral("surname"), QStringLiteral("Жумабаев")}};
        const QString events = makeEvent(QStringLiteral("received"), late,
            QStringLiteral("2026-03-02T05:00:00.000Z"),
            {{QStringLiteral("receipt"), QStringLiteral("L-1")},
                {QStringLiteral("purpose"), QStringLiteral("abroad")},
                {QStringLiteral("result_form"), QStringLiteral("paper")},
                {QStringLiteral("due"), QStringLiteral("2026-03-10")},
                {QStringLiteral("subject"), subject}});
        QCOMPARE(
            runCli({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("import")},
                events)
                .code,
            0);
        CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("board"),
            QStringLiteral("--as-of"), QStringLiteral("2026-03-10")});
        QVERIFY(r.json().contains(QStringLiteral("late_results")));
        QVERIFY(ids(r.json(), QStringLiteral("late_results")).isEmpty());
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("board"), QStringLiteral("--as-of"),
            QStringLiteral("2026-03-13")});
        QCOMPARE(ids(r.json(), QStringLiteral("late_results")), QStringList {late});
        const QJsonObject e = entry(r.json(), QStringLiteral("late_results"), late);
        QCOMPARE(e.value(QStringLiteral("due")).toString(), QStringLiteral("2026-03-10"));
        QCOMPARE(e.value(QStringLiteral("days_overdue")).toInt(), 3);
        QCOMPARE(e.value(QStringLiteral("receipt")).toString(), QStringLiteral("L-1"));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("sweep"), QStringLiteral("--as-of"),
            QStringLiteral("2026-03-13")});
        QCOMPARE(ids(r.json(), QStringLiteral("late_results")), QStringList {late});
        QVERIFY2(r.err.contains(QStringLiteral("1 case(s) need a person's action on 2026-03-13")),
            qPrintable(r.err));
    }

    void usageErrors()
    {
        CliRun r = runCli(
            {QStringLiteral("board"), QStringLiteral("--as-of"), QStringLiteral("2026-03-26")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--db")));
        r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("board"),
            QStringLiteral("--as-of"), QStringLiteral("2026-02-30")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("--as-of")));
        r = runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("sweep"), QStringLiteral("extra")});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestBoardCommand)
#include "tst_boardcommand.moc"
