// certdeskctl notices, the real binary against the test SMS gateway (the CTest fixture's):
// listing, a gateway refused with the field named, sending refused until a supervisor names
// the notifier, a gateway answering 503 (exit 1, the notice failing and retried), then sent
// once with the secret read from stdin.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include "cli/certdeskctl_support.h"
#include "common/NoticeCases.h"
#include "common/TestDatabase.h"
#include "services/UserService.h"
#include "smsgateway_support.h"

using namespace certdesk;
using namespace certdesk::testing;
using certdesk::test::TestSmsGateway;

namespace {

const QString kPassword = QStringLiteral("Supervisor-Pass-2026");

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TstNoticesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listNotifierGatewaySend()
    {
        TestSmsGateway gateway;
        QString error;
        QVERIFY2(gateway.attach(&error), qPrintable(error));
        certdesk::test::TestDatabase t;
        QVERIFY(t.isValid());
        QVERIFY2(UserService::createAccount(t.db(), t.clock(),
                     User {QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан"), QString(),
                         Role::Supervisor},
                     kPassword, QStringLiteral("test"), &error, 1000),
            qPrintable(error));
        EventStore store(t.db(), t.clock());
        const Actor clerk {QStringLiteral("clerk"), t.db().deviceId(), QStringLiteral("0101")};
        const QString caseId = Event::newId();
        QVERIFY(certdesk::test::paperAtBranch(store, clerk, caseId, QStringLiteral("+77015556677"),
            true, t.clock().today(), &error, QStringLiteral("ru")));
        const QString now = t.clock().nowLocal().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        const QString later
            = t.clock().nowLocal().addSecs(120).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        auto ctl = [&](const QString &at, const QStringList &args, const QByteArray &in = {}) {
            return run(
                QStringList {QStringLiteral("--db"), t.path(), QStringLiteral("--as-of-now"), at}
                    + args,
                in);
        };

        auto eventCount = [&t](const QString &type) {
            QSqlQuery q(t.db().db());
            q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE type = ?"));
            q.addBindValue(type);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };

        Run r = ctl(now, {QStringLiteral("notices"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(json(r).value(u"notices").toArray().size(), 0);
        QVERIFY(!json(r).value(u"notifier").toObject().value(u"why_not").toString().isEmpty());

        r = ctl(now,
            {QStringLiteral("notices"), QStringLiteral("gateway"), QStringLiteral("set"),
                QStringLiteral("--url"), gateway.smsUrl().toString(), QStringLiteral("--sender"),
                QStringLiteral("ЦОН Есиль"), QStringLiteral("--login"),
                QStringLiteral("branch0101"), QStringLiteral("--as"), QStringLiteral("boss")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("Sender name"), qPrintable(describe(r)));
        r = ctl(now,
            {QStringLiteral("notices"), QStringLiteral("gateway"), QStringLiteral("set"),
                QStringLiteral("--url"), gateway.smsUrl().toString(), QStringLiteral("--sender"),
                QStringLiteral("CON-0101"), QStringLiteral("--login"), QStringLiteral("branch0101"),
                QStringLiteral("--as"), QStringLiteral("boss")},
            kPassword.toUtf8() + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        // Nobody named to send: queued, not sent.
        r = ctl(now, {QStringLiteral("notices"), QStringLiteral("send")}, "s3cret\n");
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QCOMPARE(json(r).value(u"queued").toInt(), 1);
        QVERIFY(!json(r).value(u"not_sent_because").toString().isEmpty());
        QCOMPARE(gateway.received().size(), 0);

        r = ctl(now,
            {QStringLiteral("notices"), QStringLiteral("notifier"), QStringLiteral("set"),
                QStringLiteral("--as"), QStringLiteral("boss")},
            kPassword.toUtf8() + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(json(r).value(u"notifier").toObject().value(u"may_send").toBool(), true);
        QCOMPARE(json(r).value(u"unchanged").toBool(), false);
        // The same command again changes nothing and writes nothing.
        const int designations = eventCount(QStringLiteral("notifier_set"));
        QCOMPARE(designations, 1);
        r = ctl(now,
            {QStringLiteral("notices"), QStringLiteral("notifier"), QStringLiteral("set"),
                QStringLiteral("--as"), QStringLiteral("boss")},
            kPassword.toUtf8() + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(json(r).value(u"unchanged").toBool(), true);
        QCOMPARE(eventCount(QStringLiteral("notifier_set")), designations);

        // The gateway is down: exit 1, the notice failing, tried again after a minute.
        QVERIFY(gateway.failNext(QStringLiteral("503"), 1, &error));
        r = ctl(now, {QStringLiteral("notices"), QStringLiteral("send")}, "s3cret\n");
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QCOMPARE(json(r).value(u"failed").toInt(), 1);
        r = ctl(now, {QStringLiteral("notices"), QStringLiteral("list")});
        const QJsonObject failing = json(r).value(u"notices").toArray().at(0).toObject();
        QCOMPARE(failing.value(u"state").toString(), QStringLiteral("failing"));
        QVERIFY(failing.value(u"last_error").toString().contains(QStringLiteral("503")));
        QCOMPARE(failing.value(u"last_failure").toString(), QStringLiteral("refused"));
        QCOMPARE(failing.value(u"last_status").toInt(), 503);

        r = ctl(later, {QStringLiteral("notices"), QStringLiteral("send")}, "s3cret\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(json(r).value(u"sent").toInt(), 1);
        r = ctl(later, {QStringLiteral("notices"), QStringLiteral("send")}, "s3cret\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(json(r).value(u"sent").toInt(), 0);

        const QJsonArray got = gateway.received();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).toObject().value(u"to").toString(), QStringLiteral("+77015556677"));
        QCOMPARE(
            got.at(0).toObject().value(u"auth").toString(), QStringLiteral("branch0101:s3cret"));
        QVERIFY(
            got.at(0).toObject().value(u"text").toString().startsWith(QStringLiteral("Справка")));
        r = ctl(later,
            {QStringLiteral("notices"), QStringLiteral("list"), QStringLiteral("--case"), caseId});
        const QJsonObject sent = json(r).value(u"notices").toArray().at(0).toObject();
        QCOMPARE(sent.value(u"state").toString(), QStringLiteral("sent"));
        QCOMPARE(sent.value(u"reference").toString(), QStringLiteral("gw-1"));
        QCOMPARE(sent.value(u"failures").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TstNoticesCli)
#include "tst_notices_cli.moc"
