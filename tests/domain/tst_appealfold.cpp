#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <random>

#include "domain/AppealFold.h"

using certdesk::Appeal;
using certdesk::AppealChecks;
using certdesk::AppealFold;
using certdesk::AppealState;
using certdesk::AppealStatus;
using certdesk::CaseFold;
using certdesk::Event;
using certdesk::EventType;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kOffset = 5 * 3600; // Asia/Almaty

QDateTime local(const QDate &d, int hour = 10)
{
    return QDateTime(d, QTime(hour, 0), QTimeZone(kOffset)).toUTC();
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// An appeal received on Monday 2 March 2026, its deadlines as the service computes them over
// the 2026 calendar (tst_appealterms checks those): referral 5 Mar, decision 27 Mar (appeal)
// or 3 Apr (complaint), extension limit 28 May (27 May is Kurban Ait), compliance 10 Mar.
const QDate kReceived(2026, 3, 2);

/// The events of one appeal with readable, sortable ids.
class Story
{
public:
    explicit Story(const QString &stream = u"appeal:1"_s)
        : m_stream(stream)
    {
    }

    Event add(EventType type, const QDate &on, QJsonObject data = {})
    {
        Event e;
        e.id = u"e%1"_s.arg(++m_seq, 2, 10, QLatin1Char('0'));
        e.type = type;
        e.typeName = certdesk::eventTypeName(type);
        e.caseId = m_stream;
        e.branch = u"7501"_s;
        e.at = local(on).addSecs(m_seq);
        e.by = u"boss"_s;
        e.device = u"ws-1"_s;
        e.data = data;
        m_events.append(e);
        return e;
    }
    void receive(bool otherBody = false, bool complaint = false, bool withPoints = false,
        const QDate &filingUntil = QDate())
    {
        Appeal a;
        a.about = complaint ? Appeal::About::Decision : Appeal::About::Service;
        a.applicant.name = {u"Жумабаев"_s, u"Ерлан"_s, u"Серикович"_s};
        a.applicant.iin = u"760212350620"_s;
        a.addressee = u"Директор"_s;
        a.otherBody = otherBody;
        a.essence = u"Суть"_s;
        a.date = kReceived;
        a.isSigned = !withPoints;
        QJsonObject d = a.toJson();
        d.insert(u"number"_s, u"A7501012603020015"_s);
        d.insert(u"date"_s, iso(kReceived));
        d.insert(u"referral_due"_s, u"2026-03-05"_s);
        d.insert(u"decision_due"_s, complaint ? u"2026-04-03"_s : u"2026-03-27"_s);
        d.insert(u"extension_limit"_s, complaint ? u"2026-06-03"_s : u"2026-05-28"_s);
        if (filingUntil.isValid())
            d.insert(u"filing_until"_s, iso(filingUntil));
        if (withPoints) {
            d.insert(u"compliance"_s,
                AppealChecks::toJson({{u"signature"_s, u"missing"_s},
                    {u"applicant.address"_s, u"missing"_s}}));
            d.insert(u"compliance_due"_s, u"2026-03-10"_s);
        }
        d.insert(u"clerk"_s,
            QJsonObject {{u"name"_s, u"Ахметова Дана Маратовна"_s},
                {u"position"_s, u"specialist"_s}});
        add(EventType::AppealReceived, kReceived, d);
    }
    void extend(const QDate &on, const QDate &until, const QDate &noticeDue = QDate())
    {
        add(EventType::AppealExtended, on,
            {{u"date"_s, iso(on)}, {u"until"_s, iso(until)}, {u"reason"_s, u"запрос"_s},
                {u"notice_due"_s, noticeDue.isValid() ? iso(noticeDue) : QString()}});
    }
    void addNamed(const QString &typeName, const QDate &on)
    {
        add(EventType::Unknown, on);
        m_events.last().typeName = typeName;
    }
    void at(EventType type, const QDate &on, QJsonObject data = {})
    {
        data.insert(u"date"_s, iso(on));
        add(type, on, data);
    }
    /// The appeal as accepted since complaints are not extended: no extension limit stored.
    void withoutExtensionLimit() { m_events.first().data.remove(u"extension_limit"_s); }
    const QList<Event> &events() const { return m_events; }
    AppealState fold() const { return AppealFold::fold(m_events, kOffset); }

private:
    QString m_stream;
    QList<Event> m_events;
    int m_seq = 0;
};

QStringList codes(const AppealState &s)
{
    QStringList out;
    for (const certdesk::Anomaly &a : s.anomalies)
        out.append(a.code);
    return out;
}

QStringList pendingOf(const AppealState &s)
{
    QStringList out;
    for (const certdesk::AppealDeadline &d : s.pending())
        out.append(d.what + u'@' + iso(d.due));
    return out;
}

} // namespace

/// The appeal fold: an appeal's deadlines read from its events, what is pending and overdue on
/// a day, deemed refusal, referral and extension with their notices, compliance points, late
/// complaints, withdrawal before the decision, impossible sequences kept as anomalies, and
/// the same state whatever order the events come in.
class TestAppealFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeNames();
    void received();
    void deemedRefusalFromTheDayAfter();
    void referral();
    void referralWithoutNotice();
    void extension();
    void extensionLimits();
    void complaintsAreNotExtended();
    void compliance();
    void lateComplaint();
    void decision();
    void withdrawal();
    void foreignEvents();
    void caseFoldTurnsAppealEventsAway();
    void orderIndependent();
    void allowedActionsMatchTheFold();
};

void TestAppealFold::typeNames()
{
    // The contract with the central server: these names never change (docs/appeals.md).
    const QList<QPair<EventType, QString>> names {
        {EventType::AppealReceived, u"appeal_received"_s},
        {EventType::AppealAmended, u"appeal_amended"_s},
        {EventType::AppealReferred, u"appeal_referred"_s},
        {EventType::AppealNotified, u"appeal_notified"_s},
        {EventType::AppealExtended, u"appeal_extended"_s},
        {EventType::AppealTermRestored, u"appeal_term_restored"_s},
        {EventType::AppealDecided, u"appeal_decided"_s},
        {EventType::AppealWithdrawn, u"appeal_withdrawn"_s},
    };
    for (const auto &[type, name] : names) {
        QCOMPARE(certdesk::eventTypeName(type), name);
        QCOMPARE(certdesk::eventTypeFromName(name), type);
        QVERIFY(certdesk::isAppealEventType(type));
    }
    QVERIFY(!certdesk::isAppealEventType(EventType::Note));
    QVERIFY(!certdesk::isAppealEventType(EventType::Received));
    QVERIFY(!certdesk::isAppealEventType(EventType::Unknown));
    QVERIFY(AppealFold::isAppealStream(AppealFold::newStreamId()));
    QVERIFY(!AppealFold::isAppealStream(u"user:boss"_s));
}

void TestAppealFold::received()
{
    Story st;
    st.receive();
    const AppealState s = st.fold();
    QCOMPARE(s.status, AppealStatus::Open);
    QCOMPARE(s.appealId, u"appeal:1"_s);
    QCOMPARE(s.number, u"A7501012603020015"_s);
    QCOMPARE(s.receivedOn, kReceived);
    QCOMPARE(s.clerkName, u"Ахметова Дана Маратовна"_s);
    QCOMPARE(s.appeal.applicant.name.surname, u"Жумабаев"_s);
    QCOMPARE(s.appeal.kind(), Appeal::Kind::Appeal);
    QCOMPARE(s.decisionDue, QDate(2026, 3, 27));
    QCOMPARE(s.originalDecisionDue, QDate(2026, 3, 27));
    QVERIFY(s.anomalies.isEmpty());
    // Addressed to this body: only the decision is owed.
    QCOMPARE(pendingOf(s), QStringList {u"decision@2026-03-27"_s});
    QCOMPARE(s.nextDue(), QDate(2026, 3, 27));
    QVERIFY(s.flags(kReceived).isEmpty());
}

void TestAppealFold::deemedRefusalFromTheDayAfter()
{
    Story st;
    st.receive();
    const AppealState s = st.fold();
    QVERIFY(!s.isDeemedRefused(QDate(2026, 3, 27)));
    QVERIFY(!s.isOverdue(QDate(2026, 3, 27)));
    QVERIFY(s.isDeemedRefused(QDate(2026, 3, 28)));
    QVERIFY(s.isOverdue(QDate(2026, 3, 28)));
    QCOMPARE(s.flags(QDate(2026, 3, 30)), QStringList {u"deemed_refusal"_s});
}

void TestAppealFold::referral()
{
    Story st;
    st.receive(true);
    AppealState s = st.fold();
    QCOMPARE(pendingOf(s), (QStringList {u"referral@2026-03-05"_s, u"decision@2026-03-27"_s}));
    QVERIFY(s.flags(QDate(2026, 3, 5)).isEmpty());
    QCOMPARE(s.flags(QDate(2026, 3, 6)), QStringList {u"referral_overdue"_s});

    st.at(EventType::AppealReferred, QDate(2026, 3, 5),
        {{u"to"_s, u"КПСиСУ"_s}, {u"ref"_s, u"12-3"_s}, {u"notified_on"_s, u"2026-03-05"_s}});
    s = st.fold();
    QCOMPARE(s.status, AppealStatus::Referred);
    QCOMPARE(s.referredTo, u"КПСиСУ"_s);
    QVERIFY(!s.referredLate());
    QVERIFY(s.pending().isEmpty());
    QVERIFY(!s.isDeemedRefused(QDate(2026, 6, 1))); // decided elsewhere now
    QVERIFY(s.flags(QDate(2026, 6, 1)).isEmpty());
}

void TestAppealFold::referralWithoutNotice()
{
    Story st;
    st.receive(true);
    st.at(EventType::AppealReferred, QDate(2026, 3, 6), {{u"to"_s, u"КПСиСУ"_s}});
    AppealState s = st.fold();
    QVERIFY(s.referredLate());
    QCOMPARE(pendingOf(s), QStringList {u"referral_notice@2026-03-05"_s});
    QCOMPARE(s.flags(QDate(2026, 3, 6)), QStringList {u"referral_notice_overdue"_s});
    QVERIFY(s.allowedActions().contains(EventType::AppealNotified));

    st.at(EventType::AppealNotified, QDate(2026, 3, 6), {{u"about"_s, u"referral"_s}});
    s = st.fold();
    QCOMPARE(s.referralNotifiedOn, QDate(2026, 3, 6));
    QVERIFY(s.pending().isEmpty());
    QVERIFY(!s.allowedActions().contains(EventType::AppealNotified));
    // A second notice of the same referral is harmless.
    st.at(EventType::AppealNotified, QDate(2026, 3, 7), {{u"about"_s, u"referral"_s}});
    s = st.fold();
    QVERIFY(s.anomalies.isEmpty());
    QCOMPARE(s.referralNotifiedOn, QDate(2026, 3, 6));
}

void TestAppealFold::extension()
{
    Story st;
    st.receive();
    // Decided on the last day of the term, still in time; the notice is due 3 working days
    // later: 30, 31 March, 1 April.
    st.extend(QDate(2026, 3, 27), QDate(2026, 5, 15), QDate(2026, 4, 1));
    AppealState s = st.fold();
    QVERIFY(s.anomalies.isEmpty());
    QCOMPARE(s.decisionDue, QDate(2026, 5, 15));
    QCOMPARE(s.originalDecisionDue, QDate(2026, 3, 27));
    QCOMPARE(pendingOf(s),
        (QStringList {u"extension_notice@2026-04-01"_s, u"decision@2026-05-15"_s}));
    QVERIFY(!s.isDeemedRefused(QDate(2026, 4, 1)));
    QVERIFY(s.flags(QDate(2026, 4, 1)).isEmpty());
    QCOMPARE(s.flags(QDate(2026, 4, 2)), QStringList {u"extension_notice_overdue"_s});

    st.at(EventType::AppealNotified, QDate(2026, 3, 30), {{u"about"_s, u"extension"_s}});
    s = st.fold();
    QCOMPARE(s.extensions.size(), 1);
    QCOMPARE(s.extensions.first().notifiedOn, QDate(2026, 3, 30));
    QCOMPARE(pendingOf(s), QStringList {u"decision@2026-05-15"_s});

    // A second extension, up to the limit counted from the original deadline.
    st.extend(QDate(2026, 5, 14), QDate(2026, 5, 28), QDate(2026, 5, 19));
    s = st.fold();
    QVERIFY(s.anomalies.isEmpty());
    QCOMPARE(s.decisionDue, QDate(2026, 5, 28));
    QVERIFY(s.isDeemedRefused(QDate(2026, 5, 29)));
}

void TestAppealFold::extensionLimits()
{
    Story late;
    late.receive();
    late.extend(QDate(2026, 3, 30), QDate(2026, 4, 30)); // the deadline had passed
    QCOMPARE(codes(late.fold()), QStringList {u"extended_after_due"_s});
    QCOMPARE(late.fold().decisionDue, QDate(2026, 3, 27));

    Story tooLong;
    tooLong.receive();
    tooLong.extend(QDate(2026, 3, 20), QDate(2026, 5, 29));
    QCOMPARE(codes(tooLong.fold()), QStringList {u"extension_too_long"_s});
    QCOMPARE(tooLong.fold().decisionDue, QDate(2026, 3, 27));

    Story notLater;
    notLater.receive();
    notLater.extend(QDate(2026, 3, 20), QDate(2026, 3, 27));
    QCOMPARE(codes(notLater.fold()), QStringList {u"extension_not_later"_s});

    Story twice;
    twice.receive();
    twice.extend(QDate(2026, 3, 20), QDate(2026, 4, 30));
    twice.extend(QDate(2026, 4, 20), QDate(2026, 6, 1)); // past 28 May
    QCOMPARE(codes(twice.fold()), QStringList {u"extension_too_long"_s});
    QCOMPARE(twice.fold().decisionDue, QDate(2026, 4, 30));
}

void TestAppealFold::complaintsAreNotExtended()
{
    // A complaint accepted with no extension limit (docs/appeals.md, "Readings"): an
    // extension that reaches it, from an older workstation, is kept as an anomaly.
    Story st;
    st.receive(false, true);
    st.withoutExtensionLimit();
    st.extend(QDate(2026, 3, 20), QDate(2026, 4, 30));
    AppealState s = st.fold();
    QCOMPARE(codes(s), QStringList {u"extension_not_allowed"_s});
    QCOMPARE(s.decisionDue, QDate(2026, 4, 3));
    QVERIFY(!s.allowedActions().contains(EventType::AppealExtended));

    // One accepted before, with a limit stored, keeps the limit it was accepted with.
    Story older;
    older.receive(false, true);
    QVERIFY(older.fold().allowedActions().contains(EventType::AppealExtended));
    older.extend(QDate(2026, 3, 20), QDate(2026, 4, 30));
    s = older.fold();
    QVERIFY(s.anomalies.isEmpty());
    QCOMPARE(s.decisionDue, QDate(2026, 4, 30));

    // An appeal is extended as before.
    Story appeal;
    appeal.receive();
    QVERIFY(appeal.fold().allowedActions().contains(EventType::AppealExtended));
}

void TestAppealFold::compliance()
{
    Story st;
    st.receive(false, false, true);
    AppealState s = st.fold();
    QCOMPARE(s.compliance.size(), 2);
    QCOMPARE(pendingOf(s), (QStringList {u"compliance@2026-03-10"_s, u"decision@2026-03-27"_s}));
    QCOMPARE(s.flags(QDate(2026, 3, 11)), QStringList {u"compliance_overdue"_s});

    // The applicant signs and gives the address: the service sends the points still open.
    st.at(EventType::AppealAmended, QDate(2026, 3, 4),
        {{u"supplied"_s,
             QJsonObject {{u"signed"_s, true},
                 {u"applicant"_s, QJsonObject {{u"address"_s, u"Алматы, Абая 1"_s}}}}},
            {u"compliance"_s, QJsonArray()}});
    s = st.fold();
    QVERIFY(s.compliance.isEmpty());
    QCOMPARE(s.compliedOn, QDate(2026, 3, 4));
    QVERIFY(s.appeal.isSigned);
    QCOMPARE(s.appeal.applicant.address, u"Алматы, Абая 1"_s);
    QCOMPARE(s.appeal.applicant.iin, u"760212350620"_s); // untouched parts stay
    QCOMPARE(pendingOf(s), QStringList {u"decision@2026-03-27"_s});
}

void TestAppealFold::lateComplaint()
{
    Story st;
    st.receive(false, true, false, QDate(2026, 2, 27)); // filing term ended before receipt
    AppealState s = st.fold();
    QVERIFY(s.filedLate());
    QCOMPARE(s.appeal.kind(), Appeal::Kind::Complaint);
    QCOMPARE(s.decisionDue, QDate(2026, 4, 3));
    QCOMPARE(s.flags(kReceived), QStringList {u"term_restoration"_s});
    QVERIFY(s.allowedActions().contains(EventType::AppealTermRestored));

    st.at(EventType::AppealTermRestored, QDate(2026, 3, 3), {{u"reason"_s, u"болезнь"_s}});
    s = st.fold();
    QVERIFY(s.termRestored);
    QVERIFY(s.flags(kReceived).isEmpty());
    QVERIFY(!s.allowedActions().contains(EventType::AppealTermRestored));

    Story referred;
    referred.receive(true, true, false, QDate(2026, 2, 27));
    referred.at(EventType::AppealReferred, QDate(2026, 3, 3), {{u"notified_on"_s, u"2026-03-03"_s}});
    QVERIFY(referred.fold().filedLate());
    QVERIFY(referred.fold().flags(QDate(2026, 3, 4)).isEmpty()); // the competent body decides

    Story inTime;
    inTime.receive(false, true, false, QDate(2026, 3, 2)); // the last day is the day of receipt
    QVERIFY(!inTime.fold().filedLate());
    inTime.at(EventType::AppealTermRestored, QDate(2026, 3, 3));
    QCOMPARE(codes(inTime.fold()), QStringList {u"not_allowed_now"_s});
}

void TestAppealFold::decision()
{
    Story st;
    st.receive();
    st.at(EventType::AppealDecided, QDate(2026, 3, 30),
        {{u"outcome"_s, u"rejected"_s}, {u"summary"_s, u"нет оснований"_s}});
    AppealState s = st.fold();
    QCOMPARE(s.status, AppealStatus::Decided);
    QCOMPARE(s.outcome, u"rejected"_s);
    QVERIFY(s.decidedLate());
    QCOMPARE(s.closedOn, QDate(2026, 3, 30));
    QVERIFY(s.pending().isEmpty());
    QVERIFY(!s.isDeemedRefused(QDate(2026, 4, 30)));

    st.at(EventType::AppealDecided, QDate(2026, 3, 31), {{u"outcome"_s, u"satisfied"_s}});
    s = st.fold();
    QCOMPARE(codes(s), QStringList {u"decided_twice"_s});
    QCOMPARE(s.outcome, u"rejected"_s);
    QCOMPARE(s.flags(QDate(2026, 4, 1)), QStringList {u"anomalies"_s});
}

void TestAppealFold::withdrawal()
{
    Story st;
    st.receive();
    st.at(EventType::AppealWithdrawn, QDate(2026, 3, 10), {{u"reason"_s, u"решено"_s}});
    AppealState s = st.fold();
    QCOMPARE(s.status, AppealStatus::Withdrawn);
    QCOMPARE(s.withdrawnOn, QDate(2026, 3, 10));
    QVERIFY(s.pending().isEmpty());
    QVERIFY(!s.isDeemedRefused(QDate(2026, 5, 1)));

    Story referred;
    referred.receive(true);
    referred.at(EventType::AppealReferred, QDate(2026, 3, 3), {{u"notified_on"_s, u"2026-03-03"_s}});
    referred.at(EventType::AppealWithdrawn, QDate(2026, 3, 10));
    QCOMPARE(referred.fold().status, AppealStatus::Withdrawn);

    Story afterDecision;
    afterDecision.receive();
    afterDecision.at(EventType::AppealDecided, QDate(2026, 3, 20), {{u"outcome"_s, u"satisfied"_s}});
    afterDecision.at(EventType::AppealWithdrawn, QDate(2026, 3, 23));
    s = afterDecision.fold();
    QCOMPARE(s.status, AppealStatus::Decided);
    QCOMPARE(codes(s), QStringList {u"not_allowed_now"_s});
}

void TestAppealFold::foreignEvents()
{
    Story st;
    st.at(EventType::AppealDecided, QDate(2026, 3, 1));
    st.receive();
    st.add(EventType::Issued, QDate(2026, 3, 3));
    st.addNamed(u"appeal_mediated"_s, QDate(2026, 3, 4)); // a type of a future version
    st.add(EventType::Note, QDate(2026, 3, 5), {{u"text"_s, u"звонил"_s}});
    const AppealState s = st.fold();
    // The appeal folds first whatever its time, so the early decision is simply a decision.
    QCOMPARE(s.status, AppealStatus::Decided);
    QCOMPARE(codes(s), (QStringList {u"wrong_stream"_s, u"unknown_type"_s}));
    for (const certdesk::Anomaly &a : s.anomalies)
        QVERIFY(!AppealFold::describe(a, kOffset).isEmpty());

    Story orphan;
    orphan.at(EventType::AppealReferred, QDate(2026, 3, 3));
    QCOMPARE(codes(orphan.fold()), QStringList {u"before_received"_s});
    QCOMPARE(orphan.fold().status, AppealStatus::None);
}

void TestAppealFold::caseFoldTurnsAppealEventsAway()
{
    Story st(u"case-1"_s);
    st.add(EventType::Received, kReceived, {{u"purpose"_s, u"domestic"_s}});
    st.receive();
    const certdesk::CaseState c = CaseFold::fold(st.events(), kOffset);
    QCOMPARE(c.anomalies.size(), 1);
    QCOMPARE(c.anomalies.first().code, u"wrong_stream"_s);
    QCOMPARE(c.status, certdesk::CaseStatus::Submitted);
    QVERIFY(!CaseFold::describe(c.anomalies.first(), kOffset).contains(u"does not know"_s));
}

void TestAppealFold::orderIndependent()
{
    Story st;
    st.receive(true, true, true, QDate(2026, 2, 1));
    st.at(EventType::AppealAmended, QDate(2026, 3, 3),
        {{u"supplied"_s, QJsonObject {{u"signed"_s, true}}},
            {u"compliance"_s,
                AppealChecks::toJson({{u"applicant.address"_s, u"missing"_s}})}});
    st.at(EventType::AppealTermRestored, QDate(2026, 3, 3));
    st.at(EventType::AppealReferred, QDate(2026, 3, 4), {{u"to"_s, u"X"_s}});
    st.at(EventType::AppealNotified, QDate(2026, 3, 5), {{u"about"_s, u"referral"_s}});
    st.at(EventType::AppealWithdrawn, QDate(2026, 3, 6));
    const QJsonObject expected = st.fold().toJson();
    QList<Event> events = st.events();
    std::mt19937 rng(42);
    for (int i = 0; i < 20; ++i) {
        std::shuffle(events.begin(), events.end(), rng);
        QCOMPARE(AppealFold::fold(events, kOffset).toJson(), expected);
    }
    QCOMPARE(st.fold().status, AppealStatus::Withdrawn);
    QVERIFY(st.fold().anomalies.isEmpty());
}

void TestAppealFold::allowedActionsMatchTheFold()
{
    // What the register offers, the fold accepts; what it hides, the fold refuses as an
    // anomaly. Notes are never steps; repeated notices and restorations are harmless.
    struct Start
    {
        const char *name;
        std::function<void(Story &)> build;
    };
    const QList<Start> starts {
        {"open", [](Story &s) { s.receive(); }},
        {"open, late complaint", [](Story &s) { s.receive(false, true, false, QDate(2026, 1, 1)); }},
        {"open, extended",
            [](Story &s) {
                s.receive();
                s.extend(QDate(2026, 3, 10), QDate(2026, 4, 10));
            }},
        {"referred",
            [](Story &s) {
                s.receive(true);
                s.at(EventType::AppealReferred, QDate(2026, 3, 3));
            }},
        {"referred, notified",
            [](Story &s) {
                s.receive(true);
                s.at(EventType::AppealReferred, QDate(2026, 3, 3),
                    {{u"notified_on"_s, u"2026-03-03"_s}});
            }},
        {"decided",
            [](Story &s) {
                s.receive();
                s.at(EventType::AppealDecided, QDate(2026, 3, 10));
            }},
        {"withdrawn",
            [](Story &s) {
                s.receive();
                s.at(EventType::AppealWithdrawn, QDate(2026, 3, 10));
            }},
    };
    const QList<EventType> types {EventType::AppealAmended, EventType::AppealReferred,
        EventType::AppealNotified, EventType::AppealExtended, EventType::AppealTermRestored,
        EventType::AppealDecided, EventType::AppealWithdrawn, EventType::Note,
        EventType::AppealReceived};
    for (const Start &start : starts) {
        Story base;
        start.build(base);
        const AppealState before = base.fold();
        QVERIFY2(before.anomalies.isEmpty(), start.name);
        const QList<EventType> allowed = before.allowedActions();
        for (const EventType type : types) {
            Story st = base;
            QJsonObject data;
            if (type == EventType::AppealExtended)
                data = {{u"until"_s, iso(before.decisionDue.addDays(7))}};
            if (type == EventType::AppealNotified)
                data = {{u"about"_s,
                    before.status == AppealStatus::Referred ? u"referral"_s : u"extension"_s}};
            st.at(type, QDate(2026, 3, 16), data);
            const AppealState after = st.fold();
            const bool quiet = type == EventType::Note
                || (type == EventType::AppealNotified && before.status == AppealStatus::Referred);
            const bool expectAnomaly = !allowed.contains(type) && !quiet;
            QVERIFY2(after.anomalies.isEmpty() != expectAnomaly,
                qPrintable(u"%1 while %2: %3"_s.arg(certdesk::eventTypeName(type),
                    QLatin1String(start.name),
                    expectAnomaly ? u"should be an anomaly"_s : u"should be accepted"_s)));
        }
    }
}

QTEST_GUILESS_MAIN(TestAppealFold)
#include "tst_appealfold.moc"
