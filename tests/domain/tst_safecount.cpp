#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <random>

#include "domain/ReceiptNumber.h"
#include "domain/SafeCount.h"

using namespace certdesk;

namespace {

QString receipt(int sequence)
{
    QString error;
    const QString r = ReceiptNumber::compose(
        QStringLiteral("0101"), 3, QDate(2026, 3, 2), sequence, &error);
    Q_ASSERT(!r.isEmpty());
    return r;
}

SafePaper paper(int n, const QString &status = QStringLiteral("at_branch"))
{
    SafePaper p;
    p.caseId = QStringLiteral("case-%1").arg(n);
    p.receipt = receipt(n);
    p.certificateNumber = QStringLiteral("1010045871%1").arg(n);
    p.name = QStringLiteral("Person %1").arg(n);
    p.status = status;
    p.scanned = p.receipt;
    return p;
}

Event countEvent(const QString &id, const QDateTime &at, const SafeCount &count)
{
    Event e = Event::make(EventType::Unknown, SafeCount::stream(),
        count.eventData(at.date(), at.addSecs(-600)));
    e.id = id;
    e.typeName = SafeCount::countedType();
    e.at = at;
    e.by = QStringLiteral("supervisor");
    return e;
}

Event writeOff(const QString &id, const QDateTime &at, const SafePaper &p)
{
    Event e = Event::make(EventType::Unknown, SafeCount::stream(),
        SafeCount::writeOffData(p.caseId, p.receipt, QStringLiteral("c1"), QStringLiteral("lost")));
    e.id = id;
    e.typeName = SafeCount::writtenOffType();
    e.at = at;
    return e;
}

QStringList caseIds(const QList<SafePaper> &papers)
{
    QStringList out;
    for (const SafePaper &p : papers)
        out.append(p.caseId);
    return out;
}

QStringList caseIds(const QList<MissingPaper> &papers)
{
    QStringList out;
    for (const MissingPaper &p : papers)
        out.append(p.caseId);
    return out;
}

} // namespace

/// The count of the safe: reading what was scanned or typed, and the reconciliation of the
/// papers presented with the ledger's papers in branch custody.
class TestSafeCount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsATypedOrScannedReceiptNumber()
    {
        const QString r = receipt(42);
        for (const QString &typed : {r, ReceiptNumber::format(r), QStringLiteral("  ") + r + u' '}) {
            const SafeScan s = SafeScan::parse(typed);
            QVERIFY2(s.isValid(), qPrintable(s.error));
            QCOMPARE(s.kind, SafeScan::Kind::Receipt);
            QCOMPARE(s.receipt, r);
            QCOMPARE(s.key(), QStringLiteral("receipt:") + r);
        }
    }

    void readsTheCertificatesQrCode()
    {
        // What CertificateDocument::verificationPayload writes without a link.
        SafeScan s = SafeScan::parse(QStringLiteral("CERT 10100458712 2026-03-02"));
        QCOMPARE(s.kind, SafeScan::Kind::Certificate);
        QCOMPARE(s.certificateNumber, QStringLiteral("10100458712"));
        QCOMPARE(s.certificateDate, QDate(2026, 3, 2));
        // A scanner typing with the Russian or Kazakh layout switched on.
        s = SafeScan::parse(QStringLiteral("\u0441\u0443\u043a\u0435 10100458712 2026-03-02"));
        QCOMPARE(s.kind, SafeScan::Kind::Certificate);
        QCOMPARE(s.certificateNumber, QStringLiteral("10100458712"));
        // The branch's verification link.
        const QString link = QStringLiteral("https://verify.example.kz/c?n=%1&d=%2");
        s = SafeScan::parse(
            QStringLiteral("https://verify.example.kz/c?n=10100458712&d=2026-03-02"), link);
        QCOMPARE(s.kind, SafeScan::Kind::Certificate);
        QCOMPARE(s.certificateNumber, QStringLiteral("10100458712"));
        QCOMPARE(s.certificateDate, QDate(2026, 3, 2));
        // Another site's link is no certificate of this branch's.
        s = SafeScan::parse(QStringLiteral("https://other.example/c?n=1&d=2026-03-02"), link);
        QVERIFY(!s.isValid());
    }

    void refusesWhatIsNeitherNamingTheRule()
    {
        SafeScan s = SafeScan::parse(QStringLiteral("hello"));
        QVERIFY(!s.isValid());
        QVERIFY2(s.error.contains(QLatin1String("neither the QR code of a paper certificate")),
            qPrintable(s.error));
        QVERIFY(s.error.contains(QLatin1String("receipt number (17 digits)")));

        QString r = receipt(7);
        r[15] = r.at(15) == u'9' ? u'0' : QChar(r.at(15).unicode() + 1);
        s = SafeScan::parse(r);
        QVERIFY(!s.isValid());
        QVERIFY2(s.error.contains(QLatin1String("check digit")), qPrintable(s.error));

        s = SafeScan::parse(QStringLiteral("12345"));
        QVERIFY(!s.isValid());
        QVERIFY2(s.error.contains(QLatin1String("must have 17")), qPrintable(s.error));

        s = SafeScan::parse(QStringLiteral("   "));
        QVERIFY(!s.isValid());
        QVERIFY(s.error.contains(QLatin1String("Nothing was scanned")));
    }

    void reconcilesCountedMissingAndUnexpected()
    {
        SafeCount count({paper(3), paper(1), paper(2)});
        QCOMPARE(count.expectedCount(), 3);
        QVERIFY(count.isEmpty());

        SafeScan byCertificate;
        byCertificate.kind = SafeScan::Kind::Certificate;
        byCertificate.certificateNumber = paper(2).certificateNumber;
        const SafePaper *two = count.expectedFor(byCertificate);
        QVERIFY(two);
        QCOMPARE(two->caseId, QStringLiteral("case-2"));
        QCOMPARE(count.add(*two), SafeCount::Outcome::Counted);
        // The same paper again, by its receipt this time: counted once.
        QCOMPARE(count.add(paper(2)), SafeCount::Outcome::AlreadyCounted);
        QCOMPARE(count.presented(), 1);

        // An issued paper: the ledger says it left the safe.
        QCOMPARE(count.add(paper(9, QStringLiteral("issued"))), SafeCount::Outcome::Unexpected);
        QCOMPARE(count.add(paper(9, QStringLiteral("issued"))),
            SafeCount::Outcome::AlreadyUnexpected);
        // A paper of no case here.
        SafePaper unknown;
        unknown.scanned = QStringLiteral("CERT 999 2026-01-01");
        QCOMPARE(count.add(unknown), SafeCount::Outcome::Unexpected);
        QCOMPARE(count.add(unknown), SafeCount::Outcome::AlreadyUnexpected);
        // A receipt number of no case, typed once grouped and once as digits: one paper.
        SafePaper typed;
        typed.receipt = receipt(77);
        typed.scanned = ReceiptNumber::format(typed.receipt);
        QCOMPARE(count.add(typed), SafeCount::Outcome::Unexpected);
        typed.scanned = typed.receipt;
        QCOMPARE(count.add(typed), SafeCount::Outcome::AlreadyUnexpected);

        QCOMPARE(count.presented(), 4);
        QCOMPARE(caseIds(count.counted()), QStringList {QStringLiteral("case-2")});
        // By receipt number.
        QCOMPARE(caseIds(count.missing()),
            (QStringList {QStringLiteral("case-1"), QStringLiteral("case-3")}));
        QCOMPARE(count.unexpected().size(), 3);
        QCOMPARE(count.unexpected().at(0).status, QStringLiteral("issued"));
        QVERIFY(count.unexpected().at(1).caseId.isEmpty());
    }

    void finishingReadsTheLedgerAgain()
    {
        SafeCount count({paper(1), paper(2)});
        count.add(paper(1));
        // Meanwhile paper 1 was issued and paper 3 arrived.
        const SafeCount again = count.reconciledWith({paper(2), paper(3)});
        QCOMPARE(again.counted().size(), 0);
        QCOMPARE(caseIds(again.unexpected()), QStringList {QStringLiteral("case-1")});
        QCOMPARE(caseIds(again.missing()),
            (QStringList {QStringLiteral("case-2"), QStringLiteral("case-3")}));
    }

    void theEventHoldsNoNames()
    {
        SafeCount count({paper(1), paper(2)});
        count.add(paper(1));
        count.add(paper(5, QStringLiteral("transferred")));
        const QJsonObject data = count.eventData(QDate(2026, 3, 2),
            QDateTime(QDate(2026, 3, 2), QTime(13, 0), Qt::UTC));
        QCOMPARE(data.value(QLatin1String("date")).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(data.value(QLatin1String("expected")).toInt(), 2);
        QCOMPARE(data.value(QLatin1String("counted")).toArray().size(), 1);
        QCOMPARE(data.value(QLatin1String("missing")).toArray().at(0).toObject().value(
                     QLatin1String("case_id")),
            QJsonValue(QStringLiteral("case-2")));
        const QJsonObject unexpected
            = data.value(QLatin1String("unexpected")).toArray().at(0).toObject();
        QCOMPARE(unexpected.value(QLatin1String("status")).toString(), QStringLiteral("transferred"));
        QCOMPARE(unexpected.value(QLatin1String("scanned")).toString(), paper(5).receipt);
        const QByteArray text = QJsonDocument(data).toJson();
        QVERIFY(!text.contains("Person"));
    }

    void missingPapersStayOpenUntilFoundOrWrittenOff()
    {
        const QDateTime day1(QDate(2026, 3, 2), QTime(13, 0), Qt::UTC);
        SafeCount first({paper(1), paper(2), paper(3)});
        first.add(paper(1));
        SafeCount second({paper(2), paper(3), paper(4)});
        second.add(paper(2)); // found at the next count
        second.add(paper(4));
        QList<Event> events {countEvent(QStringLiteral("c1"), day1, first),
            writeOff(QStringLiteral("w1"), day1.addSecs(3600), paper(3)),
            countEvent(QStringLiteral("c2"), day1.addDays(1), second)};

        QList<MissingPaper> open = openMissingPapers(events.mid(0, 1));
        QCOMPARE(caseIds(open), (QStringList {QStringLiteral("case-2"), QStringLiteral("case-3")}));
        QCOMPARE(open.at(0).countId, QStringLiteral("c1"));
        QCOMPARE(open.at(0).date, QDate(2026, 3, 2));
        QCOMPARE(open.at(0).receipt, paper(2).receipt);

        open = openMissingPapers(events.mid(0, 2));
        QCOMPARE(caseIds(open), QStringList {QStringLiteral("case-2")});

        // The second count misses paper 3 again (still in the ledger): it is open again, named
        // by the later count; paper 2 was presented.
        open = openMissingPapers(events);
        QCOMPARE(caseIds(open), QStringList {QStringLiteral("case-3")});
        QCOMPARE(open.at(0).countId, QStringLiteral("c2"));

        // Whatever order the events were read in (a pull brings them in any).
        std::mt19937 random(17);
        for (int i = 0; i < 10; ++i) {
            std::shuffle(events.begin(), events.end(), random);
            QCOMPARE(caseIds(openMissingPapers(events)), QStringList {QStringLiteral("case-3")});
        }
    }

    void anUnexpectedPresentationFindsAMissingPaper()
    {
        const QDateTime day1(QDate(2026, 3, 2), QTime(13, 0), Qt::UTC);
        SafeCount first({paper(1)});
        // Issued meanwhile without the paper in hand; the next count finds it in the safe.
        SafeCount second(QList<SafePaper> {});
        second.add(paper(1, QStringLiteral("issued")));
        QCOMPARE(second.unexpected().size(), 1);
        QVERIFY(openMissingPapers({countEvent(QStringLiteral("c1"), day1, first),
                                     countEvent(QStringLiteral("c2"), day1.addDays(1), second)})
                    .isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSafeCount)
#include "tst_safecount.moc"
