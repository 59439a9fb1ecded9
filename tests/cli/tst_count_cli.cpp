// certdeskctl count, as a script drives it (docs/certdeskctl.md, "count"): the password and
// the scanned lines on stdin, the result as JSON; missing, found and write-off; a clerk is
// refused; a dry run and a run with nothing but refused lines record nothing of the count.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "cli/certdeskctl_support.h"
#include "domain/ReceiptNumber.h"

using namespace certdesk;
using namespace certdesk::testing;

namespace {

const QByteArray kSupervisor = "Bakylau-2026!\n";
const QByteArray kClerk = "Tanba-2026!\n";

QString makeEvent(const QString &type, const QString &caseId, const QString &at,
    const QJsonObject &data, const QString &by = QStringLiteral("clerk"))
{
    const QJsonObject e {
        {QStringLiteral("_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("type"), type}, {QStringLiteral("case_id"), caseId},
        {QStringLiteral("branch"), QStringLiteral("7501")}, {QStringLiteral("at"), at},
        {QStringLiteral("by"), by}, {QStringLiteral("device"), QStringLiteral("count-test-ws")},
        {QStringLiteral("v"), 1}, {QStringLiteral("data"), data}};
    return QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)) + u'\n';
}

struct Paper
{
    QString caseId;
    QString receipt;
    QString certificate;
    QString surname;
};

/// A paper case taken, resulted and arrived in March 2026.
QString paperCase(const Paper &p, int minute)
{
    const QString at = QStringLiteral("2026-03-02T03:%1:00.000Z").arg(minute, 2, 10, QLatin1Char('0'));
    const QJsonObject subject {{QStringLiteral("iin"), QStringLiteral("760212350620")},
        {QStringLiteral("surname"), p.surname}, {QStringLiteral("given_name"), QStringLiteral("Ерлан")}};
    return makeEvent(QStringLiteral("received"), p.caseId, at,
               {{QStringLiteral("receipt"), p.receipt},
                   {QStringLiteral("purpose"), QStringLiteral("abroad")},
                   {QStringLiteral("result_form"), QStringLiteral("paper")},
                   {QStringLiteral("subject"), subject}})
        + makeEvent(QStringLiteral("result"), p.caseId, QStringLiteral("2026-03-04T03:00:00.000Z"),
            {{QStringLiteral("certificate_number"), p.certificate},
                {QStringLiteral("certificate_date"), QStringLiteral("2026-03-04")},
                {QStringLiteral("outcome"), QStringLiteral("no_record")}},
            QStringLiteral("provider"))
        + makeEvent(QStringLiteral("arrived"), p.caseId, QStringLiteral("2026-03-05T05:00:00.000Z"),
            {{QStringLiteral("date"), QStringLiteral("2026-03-05")}});
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QStringList field(const QJsonArray &list, const char *name)
{
    QStringList out;
    for (const QJsonValue &v : list)
        out.append(v.toObject().value(QLatin1String(name)).toString());
    return out;
}

} // namespace

class TestCountCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QList<Paper> m_papers; ///< at the branch
    Paper m_issued;
    QStringList m_demoAtBranch; ///< the demo's own papers at the branch (receipts)

    QStringList db(const QStringList &args) const
    {
        return QStringList {QStringLiteral("--db"), m_db} + args;
    }

    QStringList missingReceipts()
    {
        const Run r = run(db({QStringLiteral("count"), QStringLiteral("missing")}));
        return field(json(r).value(QLatin1String("missing")).toArray(), "receipt");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("branch.db"));
        Run r = run(db({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("300"),
            QStringLiteral("--seed"), QStringLiteral("1")}));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run(db({QStringLiteral("board")}));
        m_demoAtBranch = field(json(r).value(QLatin1String("at_branch")).toArray(), "receipt")
            + field(json(r).value(QLatin1String("due_for_transfer")).toArray(), "receipt");

        QString events;
        int n = 0;
        for (const char *surname : {"Абаев", "Бекова", "Ганиев", "Есенов"}) {
            ++n;
            Paper p;
            p.caseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            p.receipt = ReceiptNumber::compose(
                QStringLiteral("7501"), 9, QDate(2026, 3, 2), n, nullptr);
            p.certificate = QStringLiteral("20260304%1").arg(n);
            p.surname = QString::fromUtf8(surname);
            events += paperCase(p, n);
            if (n < 4)
                m_papers.append(p);
            else
                m_issued = p;
        }
        events += makeEvent(QStringLiteral("issued"), m_issued.caseId,
            QStringLiteral("2026-03-06T05:00:00.000Z"),
            {{QStringLiteral("date"), QStringLiteral("2026-03-06")},
                {QStringLiteral("collector"), QJsonObject {{QStringLiteral("kind"), QStringLiteral("self")}}}});
        r = run(db({QStringLiteral("events"), QStringLiteral("import")}), events.toUtf8());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void aClerkIsRefused()
    {
        const qint64 before = eventCount(m_db);
        const Run r = run(db({QStringLiteral("count"), QStringLiteral("--as"), QStringLiteral("clerk")}),
            kClerk + m_papers.at(0).receipt.toUtf8() + '\n');
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("may not count the paper certificates in the safe"),
            qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        // The sign-in is recorded; nothing of a count.
        QCOMPARE(eventCount(m_db), before + 1);
        QVERIFY(missingReceipts().isEmpty());
    }

    void aDryRunRecordsNothing()
    {
        const qint64 before = eventCount(m_db);
        const QString pdf = m_dir.filePath(QStringLiteral("trial.pdf"));
        const Run r = run(db({QStringLiteral("count"), QStringLiteral("--dry-run"),
                              QStringLiteral("--pdf"), pdf, QStringLiteral("--as"),
                              QStringLiteral("supervisor")}),
            kSupervisor + m_papers.at(0).receipt.toUtf8() + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject j = json(r);
        QCOMPARE(j.value(QLatin1String("recorded")).toBool(true), false);
        QCOMPARE(j.value(QLatin1String("count_id")).toString(), QString());
        QCOMPARE(j.value(QLatin1String("counted")).toArray().size(), 1);
        QVERIFY(QFile(pdf).size() > 1000);
        QCOMPARE(eventCount(m_db), before + 1); // the sign-in only
        QVERIFY(missingReceipts().isEmpty());
    }

    void aCountFromStdin()
    {
        const qint64 before = eventCount(m_db);
        const QString pdf = m_dir.filePath(QStringLiteral("count.pdf"));
        QByteArray input = kSupervisor;
        input += ReceiptNumber::format(m_papers.at(0).receipt).toUtf8() + '\n';
        input += "CERT " + m_papers.at(1).certificate.toUtf8() + " 2026-03-04\n";
        input += m_papers.at(0).receipt.toUtf8() + "\n\n";
        input += "CERT " + m_issued.certificate.toUtf8() + " 2026-03-04\n";
        input += "hello\n";
        const Run r = run(db({QStringLiteral("count"), QStringLiteral("--pdf"), pdf,
                              QStringLiteral("--as"), QStringLiteral("supervisor")}),
            input);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject j = json(r);
        QVERIFY(j.value(QLatin1String("recorded")).toBool());
        QVERIFY(!j.value(QLatin1String("count_id")).toString().isEmpty());
        QCOMPARE(j.value(QLatin1String("by")).toString(), QStringLiteral("supervisor"));
        QCOMPARE(j.value(QLatin1String("expected")).toInt(), 3 + m_demoAtBranch.size());
        QCOMPARE(field(j.value(QLatin1String("counted")).toArray(), "receipt"),
            (QStringList {m_papers.at(0).receipt, m_papers.at(1).receipt}));
        QCOMPARE(field(j.value(QLatin1String("counted")).toArray(), "name"),
            (QStringList {QStringLiteral("Абаев Ерлан"), QStringLiteral("Бекова Ерлан")}));
        QStringList missing = m_demoAtBranch;
        missing.append(m_papers.at(2).receipt);
        missing.sort();
        QCOMPARE(field(j.value(QLatin1String("missing")).toArray(), "receipt"), missing);
        const QJsonArray unexpected = j.value(QLatin1String("unexpected")).toArray();
        QCOMPARE(unexpected.size(), 1);
        QCOMPARE(unexpected.at(0).toObject().value(QLatin1String("status")).toString(),
            QStringLiteral("issued"));
        QCOMPARE(unexpected.at(0).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("Есенов Ерлан"));
        QCOMPARE(j.value(QLatin1String("refused_lines")).toInt(), 1);
        QVERIFY2(r.err.contains("line 3: already_counted"), qPrintable(describe(r)));
        QVERIFY2(r.err.contains("line 6: refused"), qPrintable(describe(r)));
        QVERIFY(QFile(pdf).size() > 1000);
        // The sign-in and the one event of the count.
        QCOMPARE(eventCount(m_db), before + 2);
        QCOMPARE(missingReceipts(), missing);

        // The board lists them as anomalies.
        const Run board = run(db({QStringLiteral("board")}));
        QStringList flagged;
        for (const QJsonValue &v : json(board).value(QLatin1String("anomalies")).toArray()) {
            if (v.toObject().value(QLatin1String("codes")).toArray().contains(
                    QJsonValue(QStringLiteral("missing_at_count"))))
                flagged.append(v.toObject().value(QLatin1String("receipt")).toString());
        }
        flagged.sort();
        QCOMPARE(flagged, missing);
    }

    void writeOffAndFound()
    {
        const QString ganiev = m_papers.at(2).receipt;
        Run r = run(db({QStringLiteral("count"), QStringLiteral("write-off"), QStringLiteral("--receipt"),
                        ganiev, QStringLiteral("--as"), QStringLiteral("supervisor")}),
            kSupervisor);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("Reason:"), qPrintable(describe(r)));
        r = run(db({QStringLiteral("count"), QStringLiteral("write-off"), QStringLiteral("--receipt"),
                    ganiev, QStringLiteral("--reason"), QStringLiteral("Act of loss No. 4"),
                    QStringLiteral("--as"), QStringLiteral("clerk")}),
            kClerk);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY(missingReceipts().contains(ganiev));

        r = run(db({QStringLiteral("count"), QStringLiteral("write-off"), QStringLiteral("--receipt"),
                    ReceiptNumber::format(ganiev), QStringLiteral("--reason"),
                    QStringLiteral("Act of loss No. 4"), QStringLiteral("--as"),
                    QStringLiteral("supervisor")}),
            kSupervisor);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(json(r).value(QLatin1String("written_off")).toBool(), true);
        QCOMPARE(json(r).value(QLatin1String("receipt")).toString(), ganiev);
        QVERIFY(!missingReceipts().contains(ganiev));
        // Not missing any more: refused.
        r = run(db({QStringLiteral("count"), QStringLiteral("write-off"), QStringLiteral("--receipt"),
                    ganiev, QStringLiteral("--reason"), QStringLiteral("again"),
                    QStringLiteral("--as"), QStringLiteral("supervisor")}),
            kSupervisor);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));

        if (m_demoAtBranch.isEmpty())
            return;
        const QString demo = m_demoAtBranch.first();
        r = run(db({QStringLiteral("count"), QStringLiteral("found"), QStringLiteral("--as"),
                    QStringLiteral("supervisor")}),
            kSupervisor + demo.toUtf8() + "\n" + ganiev.toUtf8() + "\n");
        QCOMPARE(r.code, 1); // the second line is no missing paper
        QCOMPARE(field(json(r).value(QLatin1String("found")).toArray(), "receipt"), QStringList {demo});
        QCOMPARE(json(r).value(QLatin1String("refused_lines")).toInt(), 1);
        QVERIFY(!missingReceipts().contains(demo));
    }

    void usageErrors()
    {
        Run r = run(db({QStringLiteral("count"), QStringLiteral("bogus")}));
        QCOMPARE(r.code, 2);
        r = run(db({QStringLiteral("count"), QStringLiteral("write-off"), QStringLiteral("--reason"),
            QStringLiteral("x"), QStringLiteral("--as"), QStringLiteral("supervisor")}));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--receipt"));
    }
};

QTEST_GUILESS_MAIN(TestCountCli)
#include "tst_count_cli.moc"
