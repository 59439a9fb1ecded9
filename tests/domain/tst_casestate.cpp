#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <random>

#include "domain/CaseState.h"

using certdesk::Anomaly;
using certdesk::CaseFold;
using certdesk::CaseState;
using certdesk::CaseStatus;
using certdesk::Event;
using certdesk::EventType;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(CaseStatus)

namespace {

constexpr int kBranchOffset = 5 * 3600; // Asia/Almaty, UTC+5

/// UTC instant of a branch-local date and hour.
QDateTime local(const QDate &d, int hour = 10, int minute = 0)
{
    return QDateTime(d, QTime(hour, minute), QTimeZone(kBranchOffset)).toUTC();
}

/// Writes the events of one case with readable, sortable ids (e01, e02, ...).
class Story
{
public:
    Event add(EventType type, const QDateTime &at, const QJsonObject &data = {},
        const QString &by = u"clerk1"_s, const QString &device = u"ws-1"_s)
    {
        Event e;
        e.id = u"e%1"_s.arg(++m_seq, 2, 10, QLatin1Char('0'));
        e.type = type;
        e.typeName = certdesk::eventTypeName(type);
        e.caseId = u"case-1"_s;
        e.branch = u"ALA-01"_s;
        e.at = at;
        e.by = by;
        e.device = device;
        e.data = data;
        m_events.append(e);
        return e;
    }
    Event addNamed(const QString &typeName, const QDateTime &at)
    {
        Event e = add(EventType::Unknown, at);
        e.typeName = typeName;
        m_events.last() = e;
        return e;
    }
    const QList<Event> &events() const { return m_events; }
    CaseState fold() const { return CaseFold::fold(m_events, kBranchOffset); }

    // Common beginnings.
    void receivedPaper(const QDate &on)
    {
        add(EventType::Received, local(on),
            {{u"receipt"_s, u"ALA-01-2026-000123"_s}, {u"purpose"_s, u"abroad"_s},
                {u"country"_s, u"DE"_s}, {u"due"_s, u"2026-03-10"_s},
                {u"subject"_s,
                    QJsonObject {{u"iin"_s, u"871008401427"_s}, {u"surname"_s, u"Ахметова"_s},
                        {u"given_name"_s, u"Айгерим"_s}, {u"patronymic"_s, u"Сериковна"_s}}},
                {u"presenter"_s, QJsonObject {{u"kind"_s, u"self"_s}}}});
    }
    void receivedElectronic(const QDate &on)
    {
        add(EventType::Received, local(on),
            {{u"receipt"_s, u"ALA-01-2026-000124"_s}, {u"purpose"_s, u"domestic"_s},
                {u"due"_s, Event::formatTime(local(on).addSecs(600))},
                {u"subject"_s, QJsonObject {{u"iin"_s, u"760212350620"_s}}},
                {u"presenter"_s, QJsonObject {{u"kind"_s, u"self"_s}}}});
    }
    void result(const QDateTime &at)
    {
        add(EventType::ResultRecorded, at,
            {{u"certificate_number"_s, u"10100123456789"_s},
                {u"certificate_date"_s,
                    at.toTimeZone(QTimeZone(kBranchOffset)).date().toString(Qt::ISODate)},
                {u"outcome"_s, u"no_record"_s}});
    }

private:
    QList<Event> m_events;
    int m_seq = 0;
};

/// The state without the bookkeeping an anomalous event is allowed to touch.
QJsonObject substance(const CaseState &s)
{
    QJsonObject o = s.toJson();
    o.remove(u"anomalies"_s);
    o.remove(u"event_count"_s);
    o.remove(u"last_event_at"_s);
    return o;
}

QStringList names(const QList<EventType> &types)
{
    QStringList out;
    for (const EventType t : types)
        out.append(certdesk::eventTypeName(t));
    return out;
}

const QList<EventType> kAllTypes {EventType::Received, EventType::OnlineOrder,
    EventType::ResultRecorded, EventType::AdditionalCheck, EventType::InterimNotice,
    EventType::Refused, EventType::Arrived, EventType::Printed, EventType::Issued,
    EventType::Transferred, EventType::ReturnRequested, EventType::Returned, EventType::Archived,
    EventType::Withdrawn, EventType::Override, EventType::Note, EventType::ApplicationPrinted,
    EventType::Unknown};

} // namespace

/// The case fold (ARCHITECTURE.md "Data"): every lifecycle path, custody dates derived on
/// arrival, order independence, and impossible sequences kept as anomalies that never
/// change the state.
class TestCaseState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusNames();
    void electronicCompleted();
    void paperIssued();
    void transferReturnIssue();
    void transferArchived();
    void additionalCheckThenResult();
    void refusal_data();
    void refusal();
    void withdrawal_data();
    void withdrawal();
    void onlineOrder();
    void custodyDatesOnArrival_data();
    void custodyDatesOnArrival();
    void outOfOrderInput();
    void sameAtSortsById();
    void anyOrderAnySkewOneState();
    void anomaliesAreDescribedInBranchTime();
    void issuedTwiceOnTwoDevices();
    void issuedAfterTransfer();
    void transferWhenNotAtBranch();
    void eventBeforeReceived();
    void providerClockBehind();
    void receivedTwice();
    void unknownType();
    void reprintsCounted();
    void applicationPrintsCounted();
    void allowedActions_data();
    void allowedActions();
    void allowedActionsMatchTheFold_data();
    void allowedActionsMatchTheFold();

private:
    /// Events that bring a case to the given status (interim: an interim notice given too).
    static Story reach(CaseStatus status, bool interim = false);
    static void actionRows(bool withNone);
};

Story TestCaseState::reach(CaseStatus status, bool interim)
{
    Story s;
    const QDate d0(2026, 3, 2);
    switch (status) {
    case CaseStatus::None:
        return s;
    case CaseStatus::Completed:
        s.receivedElectronic(d0);
        s.result(local(d0, 10, 8));
        return s;
    case CaseStatus::ResultReady:
    case CaseStatus::AtBranch:
    case CaseStatus::AtProvider:
    case CaseStatus::ReturnRequested:
    case CaseStatus::Issued:
    case CaseStatus::Archived:
        break;
    default:
        s.receivedPaper(d0);
        if (status == CaseStatus::AdditionalCheck) {
            s.add(EventType::AdditionalCheck, local(d0.addDays(1)),
                {{u"due"_s, u"2026-03-10"_s}, {u"interim_due"_s, u"2026-03-06"_s},
                    {u"reapply_from"_s, u"2026-04-06"_s}},
                u"provider"_s, u"provider"_s);
            if (interim)
                s.add(EventType::InterimNotice, local(d0.addDays(2)));
        } else if (status == CaseStatus::Refused) {
            s.add(EventType::Refused, local(d0.addDays(3)), {{u"reason"_s, u"x"_s}});
        } else if (status == CaseStatus::Withdrawn) {
            s.add(EventType::Withdrawn, local(d0.addDays(1)));
        }
        return s;
    }
    s.receivedPaper(d0);
    s.result(local(QDate(2026, 3, 6)));
    if (status == CaseStatus::ResultReady)
        return s;
    s.add(EventType::Arrived, local(QDate(2026, 3, 10)));
    if (status == CaseStatus::Issued)
        s.add(EventType::Issued, local(QDate(2026, 3, 12)),
            {{u"collector"_s, QJsonObject {{u"kind"_s, u"self"_s}}}});
    if (status == CaseStatus::AtBranch || status == CaseStatus::Issued)
        return s;
    s.add(EventType::Transferred, local(QDate(2026, 4, 13)), {{u"act"_s, u"A-17"_s}});
    if (status == CaseStatus::ReturnRequested)
        s.add(EventType::ReturnRequested, local(QDate(2026, 5, 4)), {{u"due"_s, u"2026-05-05"_s}});
    if (status == CaseStatus::Archived)
        s.add(EventType::Archived, local(QDate(2026, 6, 11)), {}, u"provider"_s, u"provider"_s);
    return s;
}

void TestCaseState::statusNames()
{
    const QList<CaseStatus> all {CaseStatus::None, CaseStatus::Submitted,
        CaseStatus::AdditionalCheck, CaseStatus::ResultReady, CaseStatus::AtBranch,
        CaseStatus::AtProvider, CaseStatus::ReturnRequested, CaseStatus::Issued,
        CaseStatus::Completed, CaseStatus::Refused, CaseStatus::Archived, CaseStatus::Withdrawn};
    QSet<QString> seen;
    for (const CaseStatus st : all) {
        const QString n = certdesk::caseStatusName(st);
        QVERIFY(!n.isEmpty());
        QVERIFY2(!seen.contains(n), qPrintable(n));
        seen.insert(n);
        QCOMPARE(certdesk::caseStatusFromName(n), st);
    }
    QCOMPARE(certdesk::caseStatusFromName(u"lost"_s), CaseStatus::None);
}

void TestCaseState::electronicCompleted()
{
    const CaseState s = reach(CaseStatus::Completed).fold();
    QCOMPARE(s.status, CaseStatus::Completed);
    QVERIFY(s.isClosed());
    QVERIFY(!s.paper);
    QCOMPARE(s.channel, u"counter"_s);
    QCOMPARE(s.iin, u"760212350620"_s);
    QCOMPARE(s.dueAt, local(QDate(2026, 3, 2), 10, 10));
    QCOMPARE(s.dueDate, QDate(2026, 3, 2));
    QCOMPARE(s.certificateNumber, u"10100123456789"_s);
    QCOMPARE(s.outcome, u"no_record"_s);
    QCOMPARE(s.closedOn, QDate(2026, 3, 2));
    QCOMPARE(s.paperLocation(), u"none"_s);
    QVERIFY(s.anomalies.isEmpty());
    QCOMPARE(s.eventCount, 2);
    QCOMPARE(s.caseId, u"case-1"_s);
    QCOMPARE(s.branch, u"ALA-01"_s);
}

void TestCaseState::paperIssued()
{
    Story st;
    st.receivedPaper(QDate(2026, 3, 2));
    CaseState s = st.fold();
    QCOMPARE(s.status, CaseStatus::Submitted);
    QVERIFY(s.paper);
    QCOMPARE(s.receipt, u"ALA-01-2026-000123"_s);
    QCOMPARE(s.purpose, u"abroad"_s);
    QCOMPARE(s.country, u"DE"_s);
    QCOMPARE(s.surname, u"Ахметова"_s);
    QCOMPARE(s.givenName, u"Айгерим"_s);
    QCOMPARE(s.patronymic, u"Сериковна"_s);
    QCOMPARE(s.presenterKind, u"self"_s);
    QCOMPARE(s.dueDate, QDate(2026, 3, 10));
    QVERIFY(!s.dueAt.isValid());
    QCOMPARE(s.submittedAt, local(QDate(2026, 3, 2)));
    QCOMPARE(s.submittedBy, u"clerk1"_s);
    QCOMPARE(s.paperLocation(), u"none"_s);

    st.result(local(QDate(2026, 3, 6)));
    s = st.fold();
    QCOMPARE(s.status, CaseStatus::ResultReady);
    QVERIFY(!s.isClosed());
    QCOMPARE(s.certificateDate, QDate(2026, 3, 6));

    st.add(EventType::Arrived, local(QDate(2026, 3, 10)));
    s = st.fold();
    QCOMPARE(s.status, CaseStatus::AtBranch);
    QCOMPARE(s.paperLocation(), u"branch"_s);
    QCOMPARE(s.arrivedOn, QDate(2026, 3, 10));

    st.add(EventType::Issued, local(QDate(2026, 3, 12)),
        {{u"collector"_s, QJsonObject {{u"kind"_s, u"representative"_s}}}});
    s = st.fold();
    QCOMPARE(s.status, CaseStatus::Issued);
    QVERIFY(s.isClosed());
    QCOMPARE(s.issuedOn, QDate(2026, 3, 12));
    QCOMPARE(s.issuedTo, u"representative"_s);
    QCOMPARE(s.closedOn, QDate(2026, 3, 12));
    QCOMPARE(s.paperLocation(), u"recipient"_s);
    QVERIFY(s.anomalies.isEmpty());
}

void TestCaseState::transferReturnIssue()
{
    Story st = reach(CaseStatus::AtBranch);
    st.add(EventType::Transferred, local(QDate(2026, 4, 13)), {{u"act"_s, u"A-17"_s}});
    CaseState s = st.fold();
    QCOMPARE(s.status, CaseStatus::AtProvider);
    QCOMPARE(s.paperLocation(), u"provider"_s);
    QCOMPARE(s.transferredOn, QDate(2026, 4, 13));
    QCOMPARE(s.transferAct, u"A-17"_s);

    st.add(EventType::ReturnRequested, local(QDate(2026, 5, 8)), {{u"due"_s, u"2026-05-12"_s}});
    s = st.fold();
    QCOMPARE(s.status, CaseStatus::ReturnRequested);
    QCOMPARE(s.paperLocation(), u"provider"_s);
    QCOMPARE(s.returnRequestedOn, QDate(2026, 5, 8));
    QCOMPARE(s.returnDue, QDate(2026, 5, 12));

    st.add(EventType::Returned, local(QDate(2026, 5, 12)), {}, u"provider"_s, u"provider"_s);
    s = st.fold();
    QCOMPARE(s.status, CaseStatus::AtBranch);
    QCOMPARE(s.returnedOn, QDate(2026, 5, 12));

    st.add(EventType::Issued, local(QDate(2026, 5, 13)),
        {{u"collector"_s, QJsonObject {{u"kind"_s, u"self"_s}}}});
    s = st.fold();
    QCOMPARE(s.status, CaseStatus::Issued);
    QCOMPARE(s.issuedOn, QDate(2026, 5, 13));
    QVERIFY(s.anomalies.isEmpty());
    // The custody clocks still tell the original arrival.
    QCOMPARE(s.arrivedOn, QDate(2026, 3, 10));
}

void TestCaseState::transferArchived()
{
    const CaseState s = reach(CaseStatus::Archived).fold();
    QCOMPARE(s.status, CaseStatus::Archived);
    QVERIFY(s.isClosed());
    QCOMPARE(s.archivedOn, QDate(2026, 6, 11));
    QCOMPARE(s.closedOn, QDate(2026, 6, 11));
    QCOMPARE(s.paperLocation(), u"archive"_s);
    QVERIFY(s.anomalies.isEmpty());

    // Archived straight after a return request (the person never came back).
    Story st = reach(CaseStatus::ReturnRequested);
    st.add(EventType::Archived, local(QDate(2026, 6, 11)));
    QCOMPARE(st.fold().status, CaseStatus::Archived);
    QVERIFY(st.fold().anomalies.isEmpty());
}

void TestCaseState::additionalCheckThenResult()
{
    Story st = reach(CaseStatus::AdditionalCheck);
    CaseState s = st.fold();
    QCOMPARE(s.status, CaseStatus::AdditionalCheck);
    QCOMPARE(s.dueDate, QDate(2026, 3, 10));
    QCOMPARE(s.interimDue, QDate(2026, 3, 6));
    QCOMPARE(s.reapplyFrom, QDate(2026, 4, 6));
    QVERIFY(!s.interimGiven);

    st.add(EventType::InterimNotice, local(QDate(2026, 3, 5)));
    s = st.fold();
    QCOMPARE(s.status, CaseStatus::AdditionalCheck);
    QVERIFY(s.interimGiven);

    st.result(local(QDate(2026, 3, 10)));
    s = st.fold();
    QCOMPARE(s.status, CaseStatus::ResultReady); // a paper case: the paper comes next
    QVERIFY(s.anomalies.isEmpty());

    // An electronic case goes straight to completed after the check.
    Story e;
    e.receivedElectronic(QDate(2026, 3, 2));
    e.add(EventType::AdditionalCheck, local(QDate(2026, 3, 2), 10, 9));
    e.result(local(QDate(2026, 3, 6)));
    QCOMPARE(e.fold().status, CaseStatus::Completed);
    QCOMPARE(e.fold().closedOn, QDate(2026, 3, 6));
}

void TestCaseState::refusal_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<bool>("interim");
    QTest::newRow("submitted") << CaseStatus::Submitted << false;
    QTest::newRow("additional check") << CaseStatus::AdditionalCheck << false;
    QTest::newRow("after interim notice") << CaseStatus::AdditionalCheck << true;
    QTest::newRow("composite, result ready") << CaseStatus::ResultReady << false;
}

void TestCaseState::refusal()
{
    QFETCH(CaseStatus, from);
    QFETCH(bool, interim);
    Story st = reach(from, interim);
    st.add(EventType::Refused, local(QDate(2026, 3, 20)),
        {{u"reason"_s, u"no apostille: the provider's motivated decision"_s}}, u"provider"_s,
        u"provider"_s);
    const CaseState s = st.fold();
    QCOMPARE(s.status, CaseStatus::Refused);
    QVERIFY(s.isClosed());
    QCOMPARE(s.refusalReason, u"no apostille: the provider's motivated decision"_s);
    QCOMPARE(s.closedOn, QDate(2026, 3, 20));
    QVERIFY(s.anomalies.isEmpty());
}

void TestCaseState::withdrawal_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::newRow("submitted") << CaseStatus::Submitted;
    QTest::newRow("additional check") << CaseStatus::AdditionalCheck;
}

void TestCaseState::withdrawal()
{
    QFETCH(CaseStatus, from);
    Story st = reach(from);
    st.add(EventType::Withdrawn, local(QDate(2026, 3, 4)));
    const CaseState s = st.fold();
    QCOMPARE(s.status, CaseStatus::Withdrawn);
    QVERIFY(s.isClosed());
    QCOMPARE(s.closedOn, QDate(2026, 3, 4));
    QVERIFY(s.anomalies.isEmpty());
}

void TestCaseState::onlineOrder()
{
    Story st;
    st.add(EventType::OnlineOrder, local(QDate(2026, 3, 3)),
        {{u"purpose"_s, u"abroad"_s}, {u"certificate_number"_s, u"10100999"_s},
            {u"certificate_date"_s, u"2026-03-02"_s}, {u"outcome"_s, u"no_record"_s},
            {u"subject"_s, QJsonObject {{u"iin"_s, u"871008401427"_s}}}},
        u"provider"_s, u"provider"_s);
    CaseState s = st.fold();
    QCOMPARE(s.status, CaseStatus::ResultReady);
    QCOMPARE(s.channel, u"online"_s);
    QVERIFY(s.paper);
    QCOMPARE(s.certificateNumber, u"10100999"_s);
    QCOMPARE(s.certificateDate, QDate(2026, 3, 2));

    st.add(EventType::Arrived, local(QDate(2026, 3, 5)));
    st.add(EventType::Issued, local(QDate(2026, 3, 6)),
        {{u"collector"_s, QJsonObject {{u"kind"_s, u"self"_s}}}});
    s = st.fold();
    QCOMPARE(s.status, CaseStatus::Issued);
    QCOMPARE(s.arrivedOn, QDate(2026, 3, 5));
    QVERIFY(s.anomalies.isEmpty());
}

void TestCaseState::custodyDatesOnArrival_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("explicitDate");
    QTest::addColumn<QDate>("arrived");
    QTest::addColumn<QDate>("branchUntil");
    QTest::addColumn<QDate>("providerUntil");

    QTest::newRow("plain") << local(QDate(2026, 3, 10)) << QString() << QDate(2026, 3, 10)
                           << QDate(2026, 4, 10) << QDate(2026, 6, 10);
    QTest::newRow("31 Jan") << local(QDate(2026, 1, 31)) << QString() << QDate(2026, 1, 31)
                            << QDate(2026, 2, 28) << QDate(2026, 4, 30);
    QTest::newRow("30 Nov 2025") << local(QDate(2025, 11, 30)) << QString() << QDate(2025, 11, 30)
                                 << QDate(2025, 12, 30) << QDate(2026, 2, 28);
    // 01:00 at the branch is still the previous day in UTC: the branch date counts.
    QTest::newRow("just after branch midnight")
        << local(QDate(2026, 1, 31), 1) << QString() << QDate(2026, 1, 31) << QDate(2026, 2, 28)
        << QDate(2026, 4, 30);
    QTest::newRow("just before branch midnight")
        << local(QDate(2026, 1, 30), 23, 30) << QString() << QDate(2026, 1, 30)
        << QDate(2026, 2, 28) << QDate(2026, 4, 30);
    // A date the person recorded (a late entry) wins over the moment of writing.
    QTest::newRow("recorded date")
        << local(QDate(2026, 2, 2)) << u"2026-01-31"_s << QDate(2026, 1, 31) << QDate(2026, 2, 28)
        << QDate(2026, 4, 30);
}

void TestCaseState::custodyDatesOnArrival()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, explicitDate);
    QFETCH(QDate, arrived);
    QFETCH(QDate, branchUntil);
    QFETCH(QDate, providerUntil);

    Story st;
    st.receivedPaper(QDate(2025, 11, 1));
    st.result(local(QDate(2025, 11, 7)));
    QJsonObject data;
    if (!explicitDate.isEmpty())
        data.insert(u"date"_s, explicitDate);
    st.add(EventType::Arrived, at, data);
    const CaseState s = st.fold();
    QCOMPARE(s.status, CaseStatus::AtBranch);
    QCOMPARE(s.arrivedOn, arrived);
    QCOMPARE(s.branchCustodyUntil, branchUntil);
    QCOMPARE(s.providerCustodyUntil, providerUntil);
}

void TestCaseState::outOfOrderInput()
{
    Story st = reach(CaseStatus::AtBranch);
    st.add(EventType::Printed, local(QDate(2026, 3, 10), 11));
    st.add(EventType::Note, local(QDate(2026, 3, 11)), {{u"text"_s, u"called"_s}});
    st.add(EventType::Transferred, local(QDate(2026, 4, 13)), {{u"act"_s, u"A-17"_s}});
    st.add(EventType::ReturnRequested, local(QDate(2026, 5, 8)), {{u"due"_s, u"2026-05-12"_s}});
    st.add(EventType::Returned, local(QDate(2026, 5, 12)));
    st.add(EventType::Issued, local(QDate(2026, 5, 13)), {}, u"clerk1"_s, u"ws-1"_s);
    st.add(EventType::Issued, local(QDate(2026, 5, 13), 11), {}, u"clerk2"_s, u"ws-2"_s);
    const QJsonObject expected = st.fold().toJson();
    QCOMPARE(st.fold().status, CaseStatus::Issued);
    QCOMPARE(st.fold().anomalies.size(), 1);

    QList<Event> events = st.events();
    std::reverse(events.begin(), events.end());
    QCOMPARE(CaseFold::fold(events, kBranchOffset).toJson(), expected);
    std::mt19937 random(20260302); // fixed seed: the same orders on every run
    for (int i = 0; i < 200; ++i) {
        std::shuffle(events.begin(), events.end(), random);
        const QJsonObject got = CaseFold::fold(events, kBranchOffset).toJson();
        if (got != expected)
            QFAIL(qPrintable(u"order %1 folds differently"_s.arg(i)));
    }
}

void TestCaseState::sameAtSortsById()
{
    // Two devices wrote at the same millisecond: the id decides, on every workstation.
    Story st = reach(CaseStatus::AtBranch);
    const QDateTime t = local(QDate(2026, 3, 12));
    const Event first = st.add(EventType::Issued, t, {}, u"clerk2"_s, u"ws-2"_s);
    const Event second = st.add(EventType::Issued, t, {}, u"clerk1"_s, u"ws-1"_s);
    QVERIFY(first.id < second.id);
    QList<Event> events = st.events();
    std::reverse(events.begin(), events.end());
    const CaseState s = CaseFold::fold(events, kBranchOffset);
    QCOMPARE(s.anomalies.size(), 1);
    QCOMPARE(s.anomalies.first().eventId, second.id);
    QCOMPARE(s.anomalies.first().by, u"clerk1"_s);
    QCOMPARE(s.toJson(), st.fold().toJson());
}

void TestCaseState::anyOrderAnySkewOneState()
{
    // The provider's clock a minute behind the counter's: its result is stamped before the
    // application it answers. Every order the events can be read in folds to one state —
    // the one fold the projection, the rebuild and the audit share.
    Story st;
    st.receivedElectronic(QDate(2026, 3, 2));
    st.result(local(QDate(2026, 3, 2)).addSecs(-60));
    st.add(EventType::Note, local(QDate(2026, 3, 2)).addSecs(-3600), {{u"text"_s, u"early"_s}},
        u"clerk2"_s, u"ws-2"_s);
    const CaseState expected = st.fold();
    QCOMPARE(expected.status, CaseStatus::Completed);
    QVERIFY(expected.anomalies.isEmpty());
    QList<Event> events = st.events();
    std::sort(
        events.begin(), events.end(), [](const Event &a, const Event &b) { return a.id < b.id; });
    do {
        QCOMPARE(CaseFold::fold(events, kBranchOffset).toJson(), expected.toJson());
    } while (std::next_permutation(
        events.begin(), events.end(), [](const Event &a, const Event &b) { return a.id < b.id; }));
}

void TestCaseState::anomaliesAreDescribedInBranchTime()
{
    Story st = reach(CaseStatus::Issued);
    // Issued again at 23:30 on 12 March, branch time (18:30 UTC).
    st.add(EventType::Issued, local(QDate(2026, 3, 12), 23, 30), {}, u"clerk2"_s, u"ws-2"_s);
    const CaseState s = st.fold();
    QCOMPARE(s.anomalies.size(), 1);
    const QString words = CaseFold::describe(s.anomalies.first(), kBranchOffset);
    QVERIFY2(words.contains(u"12.03.2026 23:30"_s), qPrintable(words));
    QVERIFY2(!words.contains(u"UTC"_s), qPrintable(words));
    // A branch an hour further east reads the same moment an hour later, on the next day.
    const QString east = CaseFold::describe(s.anomalies.first(), kBranchOffset + 3600);
    QVERIFY2(east.contains(u"13.03.2026 00:30"_s), qPrintable(east));
}

void TestCaseState::issuedTwiceOnTwoDevices()
{
    Story st = reach(CaseStatus::AtBranch);
    st.add(EventType::Issued, local(QDate(2026, 3, 12)),
        {{u"collector"_s, QJsonObject {{u"kind"_s, u"self"_s}}}}, u"clerk1"_s, u"ws-1"_s);
    const CaseState before = st.fold();
    const Event dup = st.add(EventType::Issued, local(QDate(2026, 3, 13)),
        {{u"collector"_s, QJsonObject {{u"kind"_s, u"representative"_s}}}}, u"clerk2"_s, u"ws-2"_s);
    const CaseState s = st.fold();
    QCOMPARE(s.status, CaseStatus::Issued);
    QCOMPARE(s.issuedOn, QDate(2026, 3, 12));
    QCOMPARE(s.issuedTo, u"self"_s);
    QCOMPARE(substance(s), substance(before));
    QCOMPARE(s.anomalies.size(), 1);
    const Anomaly &a = s.anomalies.first();
    QCOMPARE(a.code, u"issued_twice"_s);
    QCOMPARE(a.eventId, dup.id);
    QCOMPARE(a.eventType, u"issued"_s);
    QCOMPARE(a.by, u"clerk2"_s);
    QCOMPARE(a.device, u"ws-2"_s);
    QCOMPARE(a.at, dup.at);
    QVERIFY(a.message.contains(u"2026-03-12"_s));
    QVERIFY(a.message.contains(u"clerk2"_s));
    QCOMPARE(s.toJson().value(u"anomalies"_s).toArray().size(), 1);
}

void TestCaseState::issuedAfterTransfer()
{
    Story st = reach(CaseStatus::AtProvider);
    const CaseState before = st.fold();
    st.add(EventType::Issued, local(QDate(2026, 4, 20)));
    const CaseState s = st.fold();
    QCOMPARE(s.status, CaseStatus::AtProvider);
    QVERIFY(!s.issuedOn.isValid());
    QCOMPARE(substance(s), substance(before));
    QCOMPARE(s.anomalies.size(), 1);
    QCOMPARE(s.anomalies.first().code, u"not_at_branch"_s);
}

void TestCaseState::transferWhenNotAtBranch()
{
    for (const CaseStatus from : {CaseStatus::Submitted, CaseStatus::ResultReady,
             CaseStatus::AtProvider, CaseStatus::Issued}) {
        Story st = reach(from);
        const CaseState before = st.fold();
        st.add(EventType::Transferred, local(QDate(2026, 6, 20)));
        const CaseState s = st.fold();
        QCOMPARE(s.status, from);
        QCOMPARE(substance(s), substance(before));
        QCOMPARE(s.anomalies.size(), 1);
        QCOMPARE(s.anomalies.first().code, u"not_at_branch"_s);
    }
}

void TestCaseState::eventBeforeReceived()
{
    Story st;
    st.add(EventType::Arrived, local(QDate(2026, 3, 1)));
    CaseState s = st.fold();
    QCOMPARE(s.status, CaseStatus::None);
    QVERIFY(!s.arrivedOn.isValid());
    QCOMPARE(s.anomalies.size(), 1);
    QCOMPARE(s.anomalies.first().code, u"before_received"_s);
    QVERIFY(s.anomalies.first().message.contains(u"arrived"_s));

    // The application received later still starts the case normally.
    st.receivedPaper(QDate(2026, 3, 2));
    s = st.fold();
    QCOMPARE(s.status, CaseStatus::Submitted);
    QCOMPARE(s.anomalies.size(), 1);

    // A note may come first: it is no lifecycle step.
    Story n;
    n.add(EventType::Note, local(QDate(2026, 3, 1)));
    QVERIFY(n.fold().anomalies.isEmpty());
}

void TestCaseState::providerClockBehind()
{
    // The provider stamps its result two minutes "before" the counter's application: two
    // machines, two clocks. The application still folds first and the case moves on.
    Story st;
    st.receivedElectronic(QDate(2026, 3, 2));
    st.add(EventType::ResultRecorded, local(QDate(2026, 3, 2), 9, 58),
           {{u"certificate_number"_s, u"N-1"_s}, {u"outcome"_s, u"no_record"_s}},
           u"provider"_s, u"provider"_s);
    const CaseState s = st.fold();
    QVERIFY2(s.anomalies.isEmpty(), qPrintable(s.anomalies.value(0).message));
    QCOMPARE(s.status, CaseStatus::Completed);
    QCOMPARE(s.certificateNumber, u"N-1"_s);
}

void TestCaseState::receivedTwice()
{
    Story st;
    st.receivedPaper(QDate(2026, 3, 2));
    const CaseState before = st.fold();
    st.add(EventType::Received, local(QDate(2026, 3, 3)),
        {{u"receipt"_s, u"OTHER"_s}, {u"purpose"_s, u"domestic"_s}}, u"clerk2"_s, u"ws-2"_s);
    const CaseState s = st.fold();
    QCOMPARE(s.receipt, u"ALA-01-2026-000123"_s);
    QCOMPARE(substance(s), substance(before));
    QCOMPARE(s.anomalies.size(), 1);
    QCOMPARE(s.anomalies.first().code, u"received_twice"_s);

    // An online order for a case already received is the same impossibility.
    st.add(EventType::OnlineOrder, local(QDate(2026, 3, 4)));
    QCOMPARE(st.fold().anomalies.size(), 2);
    QCOMPARE(substance(st.fold()), substance(before));
}

void TestCaseState::unknownType()
{
    Story st = reach(CaseStatus::AtBranch);
    const CaseState before = st.fold();
    st.addNamed(u"courier_dispatched"_s, local(QDate(2026, 3, 11)));
    const CaseState s = st.fold();
    QCOMPARE(s.status, CaseStatus::AtBranch);
    QCOMPARE(substance(s), substance(before));
    QCOMPARE(s.anomalies.size(), 1);
    QCOMPARE(s.anomalies.first().code, u"unknown_type"_s);
    QCOMPARE(s.anomalies.first().eventType, u"courier_dispatched"_s);
    QVERIFY(s.anomalies.first().message.contains(u"courier_dispatched"_s));
}

void TestCaseState::reprintsCounted()
{
    Story st = reach(CaseStatus::AtBranch);
    st.add(EventType::Printed, local(QDate(2026, 3, 10), 11));
    st.add(EventType::Printed, local(QDate(2026, 3, 10), 12));
    st.add(EventType::Override, local(QDate(2026, 3, 10), 13));
    const CaseState s = st.fold();
    QCOMPARE(s.prints, 2);
    QCOMPARE(s.duplicates, 1);
    QCOMPARE(s.overrides, 1);
    QCOMPARE(s.status, CaseStatus::AtBranch);
    QVERIFY(s.anomalies.isEmpty());
}

void TestCaseState::applicationPrintsCounted()
{
    // At intake, then again after the case closed: both counted, nothing else changes, and
    // the next print is the third copy.
    Story st = reach(CaseStatus::Submitted);
    CaseState before = st.fold();
    QVERIFY(before.hasCounterApplication());
    QCOMPARE(before.nextApplicationCopy(), 1);
    st.add(EventType::ApplicationPrinted, local(QDate(2026, 3, 2), 11), {{u"copy"_s, 1}});
    const CaseState once = st.fold();
    QCOMPARE(once.applicationPrints, 1);
    QJsonObject expected = substance(before);
    expected.insert(u"application_prints"_s, 1);
    QCOMPARE(substance(once), expected);
    QCOMPARE(once.status, CaseStatus::Submitted);
    Story issued = reach(CaseStatus::Issued);
    issued.add(EventType::ApplicationPrinted, local(QDate(2026, 12, 1), 11), {{u"copy"_s, 1}});
    issued.add(EventType::ApplicationPrinted, local(QDate(2026, 12, 1), 12), {{u"copy"_s, 2}});
    const CaseState s = issued.fold();
    QCOMPARE(s.applicationPrints, 2);
    QCOMPARE(s.nextApplicationCopy(), 3);
    QCOMPARE(s.status, CaseStatus::Issued);
    QCOMPARE(s.prints, reach(CaseStatus::Issued).fold().prints); // not the certificate's count
    QVERIFY(s.anomalies.isEmpty());
    QCOMPARE(s.toJson().value(u"application_prints"_s).toInt(), 2);

    // An online order was signed on the portal: the branch prints no application for it.
    Story online;
    online.add(EventType::OnlineOrder, local(QDate(2026, 3, 3)),
        {{u"purpose"_s, u"abroad"_s}, {u"certificate_number"_s, u"10100999"_s},
            {u"certificate_date"_s, u"2026-03-02"_s}, {u"outcome"_s, u"no_record"_s}},
        u"provider"_s, u"provider"_s);
    QVERIFY(!online.fold().hasCounterApplication());
    online.add(EventType::ApplicationPrinted, local(QDate(2026, 3, 4)), {{u"copy"_s, 1}});
    const CaseState o = online.fold();
    QCOMPARE(o.applicationPrints, 0);
    QCOMPARE(o.anomalies.size(), 1);
    QCOMPARE(o.anomalies.first().code, u"not_allowed_now"_s);
}

void TestCaseState::allowedActions_data()
{
    actionRows(true);
}

void TestCaseState::actionRows(bool withNone)
{
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<bool>("interim");
    QTest::addColumn<QStringList>("actions");

    auto row = [](const char *name, CaseStatus st, bool interim, const char *list) {
        QTest::newRow(name) << st << interim
                            << QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts);
    };
    if (withNone) // a case with no events has no view to offer actions in
        row("none", CaseStatus::None, false, "");
    row("submitted", CaseStatus::Submitted, false,
        "result additional_check refused withdrawn note");
    row("additional check", CaseStatus::AdditionalCheck, false,
        "interim_notice result refused withdrawn note");
    row("additional check, interim given", CaseStatus::AdditionalCheck, true,
        "result refused withdrawn note");
    row("result ready", CaseStatus::ResultReady, false, "arrived printed refused note");
    row("at branch", CaseStatus::AtBranch, false, "issued printed transferred note");
    row("at provider", CaseStatus::AtProvider, false, "return_requested returned archived note");
    row("return requested", CaseStatus::ReturnRequested, false, "returned archived note");
    row("issued", CaseStatus::Issued, false, "printed note");
    row("completed", CaseStatus::Completed, false, "note");
    row("refused", CaseStatus::Refused, false, "note");
    row("archived", CaseStatus::Archived, false, "note");
    row("withdrawn", CaseStatus::Withdrawn, false, "note");
}

void TestCaseState::allowedActions()
{
    QFETCH(CaseStatus, status);
    QFETCH(bool, interim);
    QFETCH(QStringList, actions);

    const CaseState s = reach(status, interim).fold();
    QCOMPARE(s.status, status);
    QVERIFY(s.anomalies.isEmpty());
    QCOMPARE(names(s.allowedActions()), actions);
}

void TestCaseState::allowedActionsMatchTheFold_data()
{
    actionRows(false);
}

void TestCaseState::allowedActionsMatchTheFold()
{
    // What the case view offers, the fold accepts; what it hides, the fold refuses as an
    // anomaly. Exceptions: notes and overrides are never lifecycle steps, and a second
    // interim notice is harmless, so the fold takes it quietly though the view hides it.
    QFETCH(CaseStatus, status);
    QFETCH(bool, interim);

    const Story base = reach(status, interim);
    const QList<EventType> allowed = base.fold().allowedActions();
    for (const EventType type : kAllTypes) {
        Story st = base;
        if (type == EventType::Unknown)
            st.addNamed(u"future_type"_s, local(QDate(2026, 12, 1)));
        else
            st.add(type, local(QDate(2026, 12, 1)));
        const CaseState s = st.fold();
        // The application's prints are no lifecycle step either: any status of a counter case.
        const bool quiet = type == EventType::Note || type == EventType::Override
            || type == EventType::ApplicationPrinted
            || (type == EventType::InterimNotice && interim);
        const bool expectAnomaly = !allowed.contains(type) && !quiet;
        QVERIFY2(s.anomalies.isEmpty() != expectAnomaly,
            qPrintable(u"%1 while %2: %3"_s.arg(certdesk::eventTypeName(type),
                certdesk::caseStatusName(status),
                expectAnomaly ? u"should be an anomaly"_s : u"should be accepted"_s)));
    }
}

QTEST_GUILESS_MAIN(TestCaseState)
#include "tst_casestate.moc"
