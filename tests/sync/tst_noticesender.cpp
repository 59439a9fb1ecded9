// The sender against the test SMS gateway (tests/sync/sms_gateway.js, started by the CTest
// fixture): one SMS per notice, only with consent, only from the notifier workstation; a
// gateway that answers 503, closes the connection or hangs leaves the notice queued and
// failing, retried with a growing wait on the injectable clock.
#include <QSignalSpy>
#include <QTest>

#include "common/NoticeCases.h"
#include "common/TestDatabase.h"
#include "domain/NoticeText.h"
#include "smsgateway_support.h"
#include "storage/NoticeStore.h"
#include "sync/NoticeSender.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kPhone = QStringLiteral("+77012345678");

NoticeSendSummary pass(NoticeSender &sender)
{
    QSignalSpy done(&sender, &NoticeSender::finished);
    sender.sendDue();
    if (!done.wait(20000))
        return NoticeSendSummary {0, 0, 0, QStringLiteral("the pass did not end"), {}};
    return done.takeFirst().at(0).value<NoticeSendSummary>();
}

} // namespace

class TstNoticeSender : public QObject
{
    Q_OBJECT

private:
    TestSmsGateway m_gateway;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<NoticeSender> m_sender;
    Actor m_clerk;

    SmsGatewayConfig config() const
    {
        SmsGatewayConfig c;
        c.url = m_gateway.smsUrl();
        c.sender = QStringLiteral("CON-0101");
        c.login = QStringLiteral("branch0101");
        return c;
    }

    QString caseAtBranch(
        bool consent, const QString &phone = kPhone, const QString &language = QStringLiteral("kk"))
    {
        const QString id = Event::newId();
        EventStore store(m_db->db(), m_db->clock());
        QString error;
        if (!paperAtBranch(
                store, m_clerk, id, phone, consent, m_db->clock().today(), &error, language))
            qWarning("%s", qPrintable(error));
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_gateway.attach(&error), qPrintable(error));
    }

    void init()
    {
        QString error;
        QVERIFY2(m_gateway.reset(&error), qPrintable(error));
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_clerk = {QStringLiteral("aigerim"), m_db->db().deviceId(), QStringLiteral("0101")};
        m_sender = std::make_unique<NoticeSender>(m_db->db(), m_db->clock());
        m_sender->configure(config(), QStringLiteral("s3cret"));
        m_sender->setTimeoutMs(1500);
    }

    void cleanup()
    {
        m_sender.reset();
        m_db.reset();
    }

    void oneSmsPerNoticeOnlyWithConsent()
    {
        const QString agreed = caseAtBranch(true, kPhone, QStringLiteral("ru"));
        caseAtBranch(false, QStringLiteral("+77019998877"));
        caseAtBranch(true, QString());
        NoticeStore notices(m_db->db(), m_db->clock());
        int queued = -1;
        QString error;
        QVERIFY2(notices.queueDue(&queued, &error), qPrintable(error));
        QCOMPARE(queued, 1);
        QVERIFY2(notices.queueDue(&queued, &error), qPrintable(error));
        QCOMPARE(queued, 0); // the same id: queued once
        QVERIFY2(
            notices.designate(m_db->db().deviceId(), QStringLiteral("supervisor"), nullptr, &error),
            qPrintable(error));

        NoticeSendSummary s = pass(*m_sender);
        QVERIFY2(s.notAllowed.isEmpty(), qPrintable(s.notAllowed));
        QCOMPARE(s.sent, 1);
        const QJsonArray got = m_gateway.received();
        QCOMPARE(got.size(), 1);
        const QJsonObject sms = got.at(0).toObject();
        QCOMPARE(sms.value(u"to").toString(), kPhone);
        QCOMPARE(sms.value(u"from").toString(), QStringLiteral("CON-0101"));
        QCOMPARE(sms.value(u"auth").toString(), QStringLiteral("branch0101:s3cret"));
        const QList<NoticeEntry> list = notices.notices(agreed);
        QCOMPARE(list.size(), 1);
        QCOMPARE(sms.value(u"id").toString(), list[0].record.id);
        QCOMPARE(sms.value(u"text").toString(),
            NoticeText::text(
                Notice::Kind::Arrived, QStringLiteral("ru"), m_db->clock().today().addMonths(1)));
        QCOMPARE(list[0].record.state(), NoticeRecord::State::Sent);
        QCOMPARE(list[0].record.reference, QStringLiteral("gw-1"));

        // Nothing twice, however often the pass runs.
        s = pass(*m_sender);
        QCOMPARE(s.sent, 0);
        QCOMPARE(m_gateway.received().size(), 1);
    }

    void nothingToANumberWithoutConsent()
    {
        // A notice queued for a case without consent (written elsewhere, pulled) is not sent.
        const QString refused = caseAtBranch(false);
        EventStore store(m_db->db(), m_db->clock());
        const CaseState s = CaseFold::fold(store.caseEvents(refused), 0);
        Event forged = Event::make(EventType::NoticeQueued, refused,
            {{QStringLiteral("notice"), QStringLiteral("arrived")},
                {QStringLiteral("phone"), kPhone}, {QStringLiteral("text"), QStringLiteral("x")}});
        forged.id = Notice::idFor(refused, Notice::Kind::Arrived, s.custodyEventId);
        forged.at = m_db->clock().nowUtc();
        forged.by = Event::systemAuthor();
        forged.device = QStringLiteral("another-ws");
        forged.branch = QStringLiteral("0101");
        int inserted = 0;
        QString error;
        QVERIFY2(store.insertForeign({forged}, false, &inserted, &error), qPrintable(error));
        NoticeStore notices(m_db->db(), m_db->clock());
        QVERIFY(notices.designate(
            m_db->db().deviceId(), QStringLiteral("supervisor"), nullptr, &error));
        const NoticeSendSummary sum = pass(*m_sender);
        QCOMPARE(sum.sent, 0);
        QCOMPARE(m_gateway.received().size(), 0);
        QCOMPARE(notices.notices(refused).value(0).stillDue, false);
    }

    void onlyTheNotifierSends()
    {
        caseAtBranch(true);
        NoticeStore notices(m_db->db(), m_db->clock());
        QString error;
        QVERIFY(notices.queueDue(nullptr, &error));
        NoticeSendSummary s = pass(*m_sender);
        QVERIFY(!s.notAllowed.isEmpty());
        QCOMPARE(s.waiting, 1);
        QVERIFY(notices.designate(
            QStringLiteral("another-workstation"), QStringLiteral("supervisor"), nullptr, &error));
        s = pass(*m_sender);
        QVERIFY(!s.notAllowed.isEmpty());
        QCOMPARE(m_gateway.received().size(), 0);
        // No gateway set up: nothing, and says so.
        NoticeSender unconfigured(m_db->db(), m_db->clock());
        s = pass(unconfigured);
        QVERIFY(!s.notAllowed.isEmpty());
    }

    void nothingWithoutTheGatewaysSecret()
    {
        caseAtBranch(true);
        NoticeStore notices(m_db->db(), m_db->clock());
        QString error;
        QVERIFY(notices.queueDue(nullptr, &error));
        QVERIFY(notices.designate(
            m_db->db().deviceId(), QStringLiteral("supervisor"), nullptr, &error));
        // A workstation whose credential store holds no secret: it must not try without one.
        NoticeSender noSecret(m_db->db(), m_db->clock());
        noSecret.configure(config(), QString());
        const NoticeSendSummary s = pass(noSecret);
        QCOMPARE(s.sent, 0);
        QVERIFY(s.notAllowed.contains(QStringLiteral("secret")));
        QCOMPARE(s.waiting, 1);
        QCOMPARE(m_gateway.received().size(), 0);
    }

    void failuresAreRetriedWithBackoff_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("cause");
        QTest::addColumn<int>("status");
        QTest::newRow("503") << QStringLiteral("503") << int(NoticeFailure::Cause::Refused) << 503;
        QTest::newRow("connection closed")
            << QStringLiteral("refuse") << int(NoticeFailure::Cause::Unreachable) << 0;
        QTest::newRow("no answer")
            << QStringLiteral("hang") << int(NoticeFailure::Cause::NoAnswer) << 0;
    }
    void failuresAreRetriedWithBackoff()
    {
        QFETCH(QString, mode);
        QFETCH(int, cause);
        QFETCH(int, status);
        const QString id = caseAtBranch(true);
        caseAtBranch(true, QStringLiteral("+77011112233"));
        NoticeStore notices(m_db->db(), m_db->clock());
        QString error;
        QVERIFY(notices.queueDue(nullptr, &error));
        QVERIFY(notices.designate(
            m_db->db().deviceId(), QStringLiteral("supervisor"), nullptr, &error));
        // Down until told otherwise (Qt's HTTP layer may send a request again on a connection
        // closed before any answer: the notice id lets a gateway drop such a repeat).
        QVERIFY2(m_gateway.failNext(mode, 100, &error), qPrintable(error));

        const QDateTime start = m_db->clock().nowUtc();
        NoticeSendSummary s = pass(*m_sender);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.sent, 0);
        QCOMPARE(s.waiting, 1); // the pass stops at a gateway that fails
        QList<NoticeEntry> all = notices.notices();
        QCOMPARE(all.size(), 2);
        const NoticeEntry failing = all[0].record.failures ? all[0] : all[1];
        QCOMPARE(failing.record.state(), NoticeRecord::State::Failing);
        // Why, as a cause the screens can say in any language; the gateway's words beside it.
        QCOMPARE(int(failing.record.lastFailure.cause), cause);
        QCOMPARE(failing.record.lastFailure.httpStatus, status);
        QVERIFY(!failing.record.lastFailure.detail.isEmpty());
        QCOMPARE(failing.record.nextAttemptAt, start.addSecs(60));

        // The other one is tried next, and fails too (the gateway is still down).
        s = pass(*m_sender);
        QCOMPARE(s.failed, 1);
        // Both wait their minute: a pass now tries nothing.
        s = pass(*m_sender);
        QCOMPARE(s.failed + s.sent, 0);

        QVERIFY(m_gateway.failNext(mode, 0, &error)); // back up
        m_db->clock().set(start.addSecs(60));
        s = pass(*m_sender);
        QCOMPARE(s.sent, 2);
        QCOMPARE(m_gateway.received().size(), 2);
        for (const NoticeEntry &e : notices.notices()) {
            QCOMPARE(e.record.state(), NoticeRecord::State::Sent);
            QCOMPARE(e.record.failures, 1);
        }
        Q_UNUSED(id);
    }

    void theWaitGrowsWhileTheGatewayStaysDown()
    {
        caseAtBranch(true);
        NoticeStore notices(m_db->db(), m_db->clock());
        QString error;
        QVERIFY(notices.queueDue(nullptr, &error));
        QVERIFY(notices.designate(
            m_db->db().deviceId(), QStringLiteral("supervisor"), nullptr, &error));
        QVERIFY(m_gateway.failNext(QStringLiteral("503"), 3, &error));
        QDateTime t = m_db->clock().nowUtc();
        for (qint64 wait : {60, 120, 240}) {
            const NoticeSendSummary s = pass(*m_sender);
            QCOMPARE(s.failed, 1);
            const NoticeRecord r = notices.notices().value(0).record;
            QCOMPARE(r.nextAttemptAt, t.addSecs(wait));
            m_db->clock().set(t.addSecs(wait - 1));
            QCOMPARE(pass(*m_sender).failed, 0); // not yet
            t = t.addSecs(wait);
            m_db->clock().set(t);
        }
        QCOMPARE(pass(*m_sender).sent, 1);
        QCOMPARE(m_gateway.received().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstNoticeSender)
#include "tst_noticesender.moc"
