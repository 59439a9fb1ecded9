#include <QTest>

#include "domain/WorkstationClaims.h"

#include <QTimeZone>

using namespace certdesk;

namespace {

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, minute), QTimeZone::utc());
}

WorkstationSighting seen(const QString &device, int workstation, const QDateTime &last,
    const QString &branch = QStringLiteral("0101"))
{
    return {branch, workstation, device, last.addSecs(-3600), last, 1};
}

QStringList devices(const QList<WorkstationSighting> &list)
{
    QStringList out;
    for (const WorkstationSighting &s : list)
        out.append(s.device);
    out.sort();
    return out;
}

} // namespace

/// Who else holds a workstation number: a writer holds the number of its latest sighting, and
/// a database that took a new id hands the old one's sightings on.
class TestWorkstationClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWriterHoldsTheNumberOfItsLatestSighting()
    {
        const WorkstationClaims claims(
            {seen(QStringLiteral("x"), 3, at(9)), seen(QStringLiteral("x"), 4, at(11)),
                seen(QStringLiteral("y"), 3, at(10)),
                seen(QStringLiteral("z"), 3, at(12), QStringLiteral("0202"))},
            {});
        // x moved from 3 to 4; y still uses 3; z is another branch.
        QCOMPARE(
            devices(claims.holders(QStringLiteral("0101"), 3)), QStringList {QStringLiteral("y")});
        QCOMPARE(
            devices(claims.holders(QStringLiteral("0101"), 4)), QStringList {QStringLiteral("x")});
        QCOMPARE(claims.heldNumbers(QStringLiteral("0101")), (QList<int> {3, 4}));
        QVERIFY(claims.holders(QStringLiteral("0101"), 5).isEmpty());
        QCOMPARE(
            devices(claims.holders(QStringLiteral("0202"), 3)), QStringList {QStringLiteral("z")});
    }

    void aRenewalAfterTheLastUseHandsTheOldIdOn()
    {
        // Copy b renewed d to d2 at 11:00 and set number 4; d's last use by it was at 10:00.
        const QList<WorkstationSighting> sightings {
            seen(QStringLiteral("d"), 3, at(10)), seen(QStringLiteral("d2"), 4, at(11, 30))};
        const WorkstationClaims handedOn(
            sightings, {{QStringLiteral("d"), QStringLiteral("d2"), at(11)}});
        QVERIFY(handedOn.holders(QStringLiteral("0101"), 3).isEmpty());
        QCOMPARE(devices(handedOn.holders(QStringLiteral("0101"), 4)),
            QStringList {QStringLiteral("d2")});
        // Without the renewal, d still holds 3.
        const WorkstationClaims unknown(sightings, {});
        QCOMPARE(
            devices(unknown.holders(QStringLiteral("0101"), 3)), QStringList {QStringLiteral("d")});
    }

    void anIdStillWrittenAfterItsRenewalStillCounts()
    {
        // One copy left d at 11:00, but another copy still wrote as d at 12:00.
        const WorkstationClaims claims({seen(QStringLiteral("d"), 3, at(12))},
            {{QStringLiteral("d"), QStringLiteral("d2"), at(11)}});
        QCOMPARE(
            devices(claims.holders(QStringLiteral("0101"), 3)), QStringList {QStringLiteral("d")});
    }
};

QTEST_APPLESS_MAIN(TestWorkstationClaims)
#include "tst_workstationclaims.moc"
