// The end-of-day count of the safe through its service: a supervisor's count finds the
// missing and the unexpected papers by name and is one event; a count abandoned half-way
// records nothing; a missing paper is an anomaly on the board until a later count or a
// "found" scan finds it, or a supervisor writes it off with a reason; a clerk is refused;
// a rebuild of the projection gives the same anomalies.

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "tst_lifecycle_fixture.h"

#include "common/TestDatabase.h"
#include "services/CustodyService.h"
#include "services/ResultService.h"
#include "services/SafeCountService.h"
#include "storage/CaseProjection.h"
#include "storage/SafeCountQueries.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

struct Paper
{
    QString caseId;
    QString receipt;
    QString certificate;
    QString name;
};

/// What the certificate's QR code holds where the branch set no verification link
/// (CertificateDocument::verificationPayload; tst_safecountreport scans the printed one).
QString certificateQr(const QString &number, const QDate &date)
{
    return QStringLiteral("CERT %1 %2").arg(number, date.toString(Qt::ISODate));
}

int rowCount(Database &db, const QString &table)
{
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

QStringList missingOnBoard(Workstation &w, const QDate &day)
{
    QStringList out;
    const Board board = w.board(day);
    for (const BoardEntry &e : board.bucket(BoardBucket::Anomalies)) {
        if (e.codes.split(u',').contains(SafeCount::missingCode()))
            out.append(e.name + u'|' + e.receipt);
    }
    return out;
}

QStringList names(const QList<SafePaper> &papers)
{
    QStringList out;
    for (const SafePaper &p : papers)
        out.append(p.name);
    return out;
}

} // namespace

class TestSafeCountService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workstation> m_w;
    QList<Paper> m_papers; ///< at the branch: Абаев, Бекова, Ганиев, Дауова
    Paper m_issued; ///< Есенов, handed over

    /// The provider's certificate and the paper's arrival, on 5 March, for a case taken on
    /// 2 March.
    Paper toBranch(const QString &caseId, const QString &surname, int n)
    {
        Workstation &w = *m_w;
        Paper p;
        p.caseId = caseId;
        CertificateResult r;
        r.number = QStringLiteral("1010045870%1").arg(n);
        r.date = QDate(2026, 3, 5);
        r.outcome = QStringLiteral("no_record");
        QString error;
        if (!ResultService(w.clerk).recordCertificate(p.caseId, r, nullptr, &error))
            qWarning("result: %s", qPrintable(error));
        if (!CustodyService(w.clerk).recordArrival(p.caseId, QDate(2026, 3, 5), nullptr, &error))
            qWarning("arrival: %s", qPrintable(error));
        p.receipt = w.receiptOf(p.caseId);
        p.certificate = r.number;
        p.name = surname + QStringLiteral(" Ерлан Серикович");
        return p;
    }

    int safeEvents()
    {
        QList<Event> events;
        QString error;
        SafeCountQueries(m_w->db()).events(&events, &error);
        return int(events.size());
    }

private Q_SLOTS:
    void init()
    {
        m_w = std::make_unique<Workstation>();
        QVERIFY(m_w->isValid());
        m_papers.clear();
        const QStringList surnames {QStringLiteral("Абаев"), QStringLiteral("Бекова"),
            QStringLiteral("Ганиев"), QStringLiteral("Дауова"), QStringLiteral("Есенов")};
        m_w->setDay(QDate(2026, 3, 2));
        QStringList ids;
        for (const QString &surname : surnames)
            ids.append(m_w->receive(QStringLiteral("abroad"), surname));
        m_w->setDay(QDate(2026, 3, 5));
        for (int i = 0; i < 4; ++i)
            m_papers.append(toBranch(ids.at(i), surnames.at(i), i + 1));
        m_issued = toBranch(ids.at(4), surnames.at(4), 5);
        QString error;
        QVERIFY2(IssuanceService(m_w->clerk)
                     .issue(m_issued.caseId, Workstation::self(), nullptr, &error),
            qPrintable(error));
        m_w->setDay(QDate(2026, 3, 6), QTime(18, 0));
    }

    void aClerkIsRefused()
    {
        SafeCountService count(m_w->clerk);
        QString error;
        QVERIFY(!count.start(&error));
        QVERIFY2(error.contains(QLatin1String("may not count the paper certificates in the safe")),
            qPrintable(error));
        QVERIFY(error.contains(QLatin1String("ask a supervisor")));
        QVERIFY(!count.isRunning());
        QVERIFY(!count.scan(m_papers.at(0).receipt).accepted);
        QVERIFY(!count.writeOff(m_papers.at(0).receipt, QStringLiteral("lost"), &error));
        QVERIFY(error.contains(QLatin1String("may not count")));
        QCOMPARE(safeEvents(), 0);
    }

    void aCountFindsTheMissingAndTheUnexpectedByName()
    {
        Workstation &w = *m_w;
        const qint64 before = EventStore(w.db(), w.clock()).eventCount();
        SafeCountService count(w.supervisor);
        QString error;
        QVERIFY2(count.start(&error), qPrintable(error));

        // Typed, grouped as on the receipt.
        SafeScanResult r = count.scan(ReceiptNumber::format(m_papers.at(0).receipt));
        QVERIFY2(r.accepted, qPrintable(r.message));
        QCOMPARE(r.outcome, SafeCount::Outcome::Counted);
        QVERIFY2(r.message.contains(m_papers.at(0).name), qPrintable(r.message));
        // The certificate's QR code as the scanner types it.
        r = count.scan(certificateQr(m_papers.at(1).certificate, QDate(2026, 3, 5)));
        QVERIFY2(r.accepted, qPrintable(r.message));
        QCOMPARE(r.outcome, SafeCount::Outcome::Counted);
        QCOMPARE(r.paper.caseId, m_papers.at(1).caseId);
        // Again: counted once, and said so.
        r = count.scan(m_papers.at(0).receipt);
        QVERIFY(r.repeated());
        QVERIFY2(r.message.startsWith(QLatin1String("Already counted")), qPrintable(r.message));
        // The issued paper: not expected in the safe, and where the record says it is.
        r = count.scan(certificateQr(m_issued.certificate, QDate(2026, 3, 5)));
        QVERIFY2(r.accepted, qPrintable(r.message));
        QCOMPARE(r.outcome, SafeCount::Outcome::Unexpected);
        QVERIFY2(r.message.contains(QLatin1String("Not expected")), qPrintable(r.message));
        // Neither a receipt nor a certificate: refused, naming the rule; nothing counted.
        r = count.scan(QStringLiteral("hello"));
        QVERIFY(!r.accepted);
        QVERIFY2(r.message.contains(QLatin1String("receipt number (17 digits)")),
            qPrintable(r.message));
        QCOMPARE(count.presented(), 3);
        // Nothing is written while the count runs.
        QCOMPARE(EventStore(w.db(), w.clock()).eventCount(), before);

        SafeCountReport report;
        QVERIFY2(count.finish(&report, &error), qPrintable(error));
        QVERIFY(!count.isRunning());
        QVERIFY(report.recorded());
        QCOMPARE(report.expected, 4);
        QCOMPARE(names(report.counted), (QStringList {m_papers.at(0).name, m_papers.at(1).name}));
        QCOMPARE(names(report.missing), (QStringList {m_papers.at(2).name, m_papers.at(3).name}));
        QCOMPARE(names(report.unexpected), QStringList {m_issued.name});
        QCOMPARE(report.unexpected.at(0).status, QStringLiteral("issued"));
        QCOMPARE(report.date, QDate(2026, 3, 6));
        QCOMPARE(report.supervisorName, QStringLiteral("Серикбаев Нурлан Ержанович"));

        // One event, in the stream of the safe, by the supervisor.
        QCOMPARE(EventStore(w.db(), w.clock()).eventCount(), before + 1);
        const QList<Event> events = EventStore(w.db(), w.clock()).caseEvents(SafeCount::stream());
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).id, report.countId);
        QCOMPARE(events.at(0).typeName, SafeCount::countedType());
        QCOMPARE(events.at(0).by, QStringLiteral("boss"));

        // The missing papers are anomalies on the board, by name and receipt.
        QCOMPARE(missingOnBoard(w, QDate(2026, 3, 6)),
            (QStringList {m_papers.at(2).name + u'|' + m_papers.at(2).receipt,
                m_papers.at(3).name + u'|' + m_papers.at(3).receipt}));
        // Flagged on the day of the count; still in its custody bucket too (the record says
        // it is at the branch until someone acts).
        const Board board = w.board(QDate(2026, 3, 9));
        const QList<BoardEntry> &flagged = board.bucket(BoardBucket::Anomalies);
        const auto e = std::find_if(flagged.cbegin(), flagged.cend(),
            [&](const BoardEntry &x) { return x.caseId == m_papers.at(2).caseId; });
        QVERIFY(e != flagged.cend());
        QCOMPARE(e->due, QDate(2026, 3, 6));
        QCOMPARE(e->codes, SafeCount::missingCode());
        QCOMPARE(w.bucketOf(m_papers.at(2).caseId, QDate(2026, 3, 9)), QStringLiteral("at_branch"));
        const QJsonObject json = e->toJson(BoardBucket::Anomalies);
        QCOMPARE(json.value(QLatin1String("codes")).toArray(),
            QJsonArray {SafeCount::missingCode()});
    }

    void aCountAbandonedHalfWayRecordsNothing()
    {
        Workstation &w = *m_w;
        const qint64 events = EventStore(w.db(), w.clock()).eventCount();
        const int outbox = rowCount(w.db(), QStringLiteral("outbox"));
        const QStringList cases = casesTable(w.db());
        {
            SafeCountService count(w.supervisor);
            QString error;
            QVERIFY2(count.start(&error), qPrintable(error));
            QVERIFY(count.scan(m_papers.at(0).receipt).accepted);
            QVERIFY(count.scan(m_papers.at(1).receipt).accepted);
            QCOMPARE(count.presented(), 2);
            count.abandon();
            QVERIFY(!count.isRunning());
            SafeCountReport report;
            QVERIFY(!count.finish(&report, &error));
            QVERIFY2(error.contains(QLatin1String("No count is running")), qPrintable(error));
            // Another count, left running when the window closes (the service goes).
            QVERIFY2(count.start(&error), qPrintable(error));
            QVERIFY(count.scan(m_papers.at(2).receipt).accepted);
        }
        QCOMPARE(EventStore(w.db(), w.clock()).eventCount(), events);
        QCOMPARE(rowCount(w.db(), QStringLiteral("outbox")), outbox);
        QCOMPARE(casesTable(w.db()), cases);
        QCOMPARE(safeEvents(), 0);
        QVERIFY(missingOnBoard(w, QDate(2026, 3, 6)).isEmpty());
    }

    void aDryRunRecordsNothing()
    {
        Workstation &w = *m_w;
        const qint64 events = EventStore(w.db(), w.clock()).eventCount();
        SafeCountService count(w.supervisor);
        QString error;
        QVERIFY2(count.start(&error), qPrintable(error));
        count.scan(m_papers.at(0).receipt);
        SafeCountReport report;
        QVERIFY2(count.finish(&report, &error, true), qPrintable(error));
        QVERIFY(!report.recorded());
        QCOMPARE(report.missing.size(), 3);
        QCOMPARE(EventStore(w.db(), w.clock()).eventCount(), events);
    }

    void aMissingPaperStaysUntilFoundOrWrittenOff()
    {
        Workstation &w = *m_w;
        const QDate day(2026, 3, 6);
        SafeCountService count(w.supervisor);
        QString error;
        QVERIFY2(count.start(&error), qPrintable(error));
        count.scan(m_papers.at(0).receipt);
        SafeCountReport report;
        QVERIFY2(count.finish(&report, &error), qPrintable(error));
        QCOMPARE(missingOnBoard(w, day).size(), 3);

        // A write-off needs a reason, a supervisor, and a paper that is missing.
        QVERIFY(!count.writeOff(m_papers.at(1).receipt, QStringLiteral("   "), &error));
        QVERIFY2(error.startsWith(QLatin1String("Reason:")), qPrintable(error));
        QVERIFY(!SafeCountService(w.clerk).writeOff(
            m_papers.at(1).receipt, QStringLiteral("lost"), &error));
        QVERIFY(!count.writeOff(m_papers.at(0).receipt, QStringLiteral("lost"), &error));
        QVERIFY2(error.contains(QLatin1String("not missing")), qPrintable(error));
        QCOMPARE(safeEvents(), 1);

        QVERIFY2(count.writeOff(ReceiptNumber::format(m_papers.at(1).receipt),
                     QStringLiteral("Act of loss No. 4 of 06.03.2026"), &error),
            qPrintable(error));
        QCOMPARE(missingOnBoard(w, day).size(), 2);
        const QList<Event> events = EventStore(w.db(), w.clock()).caseEvents(SafeCount::stream());
        QCOMPARE(events.last().typeName, SafeCount::writtenOffType());
        QCOMPARE(events.last().data.value(QLatin1String("reason")).toString(),
            QStringLiteral("Act of loss No. 4 of 06.03.2026"));
        QCOMPARE(events.last().data.value(QLatin1String("count")).toString(), report.countId);

        // Found again, scanned outside a count.
        MissingPaperLine found;
        QVERIFY2(count.found(certificateQr(m_papers.at(2).certificate, QDate(2026, 3, 5)),
                     &found, &error),
            qPrintable(error));
        QCOMPARE(found.paper.caseId, m_papers.at(2).caseId);
        QCOMPARE(missingOnBoard(w, day),
            QStringList {m_papers.at(3).name + u'|' + m_papers.at(3).receipt});
        QVERIFY(!count.found(m_papers.at(2).receipt, nullptr, &error));

        // The next day's count has it presented: no anomaly left.
        w.setDay(QDate(2026, 3, 9), QTime(18, 0));
        QVERIFY2(count.start(&error), qPrintable(error));
        for (const Paper &p : std::as_const(m_papers))
            count.scan(p.receipt);
        QVERIFY2(count.finish(&report, &error), qPrintable(error));
        QVERIFY(report.missing.isEmpty());
        QVERIFY(missingOnBoard(w, QDate(2026, 3, 9)).isEmpty());
    }

    void anUnexpectedCertificateIsFoundByItsIndex()
    {
        // A paper the count did not expect is looked up by its certificate's number, which
        // only the provider's event holds: on an index, not a walk over every result of the
        // branch (47.6 s on a million cases before it).
        Workstation &w = *m_w;
        QList<SafePaper> papers;
        QString error;
        const SafeCountQueries queries(w.db());
        QVERIFY2(queries.byCertificate(m_issued.certificate, &papers, &error), qPrintable(error));
        QCOMPARE(papers.size(), 1);
        QCOMPARE(papers.at(0).caseId, m_issued.caseId);
        QCOMPARE(papers.at(0).certificateNumber, m_issued.certificate);
        QVERIFY2(queries.byCertificate(QStringLiteral("NO-SUCH-1"), &papers, &error),
            qPrintable(error));
        QVERIFY(papers.isEmpty());

        QSqlQuery plan(w.db().db());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + SafeCountQueries::byCertificateSql()));
        plan.addBindValue(m_issued.certificate);
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        QVERIFY2(steps.join(u'\n').contains(QLatin1String("USING INDEX events_by_certificate")),
            qPrintable(steps.join(u'\n')));
    }

    void aRebuildGivesTheSameAnomalies()
    {
        Workstation &w = *m_w;
        SafeCountService count(w.supervisor);
        QString error;
        QVERIFY2(count.start(&error), qPrintable(error));
        count.scan(m_papers.at(3).receipt);
        QVERIFY2(count.finish(nullptr, &error), qPrintable(error));
        QVERIFY2(count.writeOff(m_papers.at(0).receipt, QStringLiteral("lost"), &error),
            qPrintable(error));
        const QDate day(2026, 3, 6);
        const QStringList before = missingOnBoard(w, day);
        QCOMPARE(before.size(), 2);
        const QJsonObject board = w.board(day).toJson();
        QVERIFY2(CaseProjection::rebuild(w.db(), &error), qPrintable(error));
        QCOMPARE(missingOnBoard(w, day), before);
        QCOMPARE(w.board(day).toJson(), board);
    }
};

QTEST_GUILESS_MAIN(TestSafeCountService)
#include "tst_safecountservice.moc"
