// CaseStateJson writes the cases.anomaly_list text directly; it must be byte for byte what
// QJsonDocument makes of CaseState::toJson()'s anomalies, or a rebuild would differ from the
// projection (and from what migration 11 kept of older rows).
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include "domain/CaseStateJson.h"

using namespace certdesk;

Q_DECLARE_METATYPE(certdesk::CaseState)

class TestCaseStateJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQJsonDocument_data();
    void sameAsQJsonDocument();
};

namespace {

QDateTime utc(int y, int m, int d, int h = 10, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0).addMSecs(ms), QTimeZone::utc());
}

CaseState everyField()
{
    CaseState s;
    s.caseId = QStringLiteral("5d0c3a52-22c1-4c1e-b0a4-7f1f8e0b9d21");
    s.receipt = QStringLiteral("7501-01-260302-0001");
    s.branch = QStringLiteral("7501");
    s.channel = QStringLiteral("counter");
    s.status = CaseStatus::AtProvider;
    s.purpose = QStringLiteral("apostille");
    s.paper = true;
    s.country = QStringLiteral("DE");
    s.iin = QStringLiteral("871008401427");
    s.surname = QStringLiteral("Сейткалиева");
    s.givenName = QStringLiteral("Айгүл");
    s.patronymic = QStringLiteral("Маратқызы");
    s.presenterKind = QStringLiteral("representative");
    s.submittedAt = utc(2026, 3, 2, 4, 123);
    s.submittedBy = QStringLiteral("clerk");
    s.dueDate = QDate(2026, 3, 16);
    s.dueAt = utc(2026, 3, 2, 4, 600123);
    s.certificateNumber = QStringLiteral("260303-0001234");
    s.certificateDate = QDate(2026, 3, 3);
    s.outcome = QStringLiteral("no_record");
    s.interimDue = QDate(2026, 3, 6);
    s.reapplyFrom = QDate(2026, 3, 31);
    s.interimGiven = true;
    s.refusalReason = QStringLiteral("data \"do not\" match\nsee act");
    s.arrivedOn = QDate(2026, 3, 4);
    s.branchCustodyUntil = QDate(2026, 4, 4);
    s.providerCustodyUntil = QDate(2026, 6, 4);
    s.transferredOn = QDate(2026, 4, 6);
    s.transferAct = QStringLiteral("TA-20260406");
    s.returnRequestedOn = QDate(2026, 4, 20);
    s.returnDue = QDate(2026, 4, 21);
    s.returnedOn = QDate(2026, 4, 21);
    s.issuedOn = QDate(2026, 4, 22);
    s.issuedTo = QStringLiteral("self");
    s.archivedOn = QDate(2026, 6, 10);
    s.closedOn = QDate(2026, 4, 22);
    s.prints = 2;
    s.duplicates = 1;
    s.overrides = 3;
    s.eventCount = 11;
    s.lastEventAt = utc(2026, 4, 22, 6, 5);
    for (int i = 0; i < 2; ++i) {
        Anomaly a;
        a.eventId = QStringLiteral("e%1").arg(i);
        a.eventType = QStringLiteral("issued");
        a.at = utc(2026, 4, 23, 5 + i);
        a.by = QStringLiteral("clerk2");
        a.device = QStringLiteral("7501-ws03");
        a.code = QStringLiteral("issued_twice");
        a.message = QStringLiteral("\"issued\" by clerk2 \\ again\t(%1)").arg(i);
        s.anomalies.append(a);
    }
    return s;
}

} // namespace

void TestCaseStateJson::sameAsQJsonDocument_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::newRow("empty") << CaseState();
    QTest::newRow("every field") << everyField();
    CaseState odd = everyField();
    odd.status = CaseStatus::Withdrawn;
    odd.paper = false;
    odd.interimGiven = false;
    odd.prints = -1;
    odd.surname = QStringLiteral("O'Neil 😀 \x01");
    odd.anomalies.first().at = QDateTime();
    odd.dueAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone(5 * 3600));
    QTest::newRow("odd values") << odd;
}

void TestCaseStateJson::sameAsQJsonDocument()
{
    QFETCH(CaseState, state);
    QCOMPARE(CaseStateJson::anomalies(state),
             QJsonDocument(state.toJson().value(QLatin1String("anomalies")).toArray())
                 .toJson(QJsonDocument::Compact));
}

QTEST_APPLESS_MAIN(TestCaseStateJson)
#include "tst_casestatejson.moc"
