// The window's sync: a new workstation joining a branch with a long history reads it on a
// thread of its own, with a connection of its own. The counter's thread is never needed for
// it (here it is even blocked while the pages go in), it goes on writing its own events
// meanwhile, and the indicator shows how far the first pull got.
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>

#include "branch_support.h"
#include "storage/SettingsStore.h"
#include "ui/shell/SyncController.h"

using namespace certdesk;
using namespace certdesk::test;

class TstSyncController : public QObject
{
    Q_OBJECT

private:
    SyncServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_server.attachFixture(&error))
            QFAIL(qPrintable(error));
    }

    void firstPullRunsBesideTheWindow()
    {
        Branch branch(m_server, {QStringLiteral("dana"), QStringLiteral("aigerim")});
        QString error;
        QVERIFY2(branch.init(&error) && branch.addWorkstation(QStringLiteral("ws1"), &error)
                && branch.addWorkstation(QStringLiteral("ws2"), &error),
            qPrintable(error));
        Workstation other(branch, QStringLiteral("ws2"), QStringLiteral("dev-2"));
        other.options.pushBatch = 1000;
        QStringList cases;
        for (int i = 0; i < 60; ++i)
            cases.append(QStringLiteral("case-%1").arg(i));
        QVERIFY(other.write(QStringLiteral("dana"), cases, 3200, &error));
        QCOMPARE(other.syncOnce(120000).pushed, 3200);

        TestDatabase window;
        SettingsStore settings(window.db());
        QVERIFY2(
            branch.configFor(QStringLiteral("ws1")).save(settings, QStringLiteral("admin"), &error),
            qPrintable(error));
        SyncController controller(window.db(), window.clock());
        QVERIFY(controller.runner().syncThread() != QThread::currentThread());
        SyncOptions options;
        options.pullGroup = options.pullBatch; // each page stored, and told, on its own
        controller.runner().setOptions(options);
        QSemaphore pages;
        connect(
            &controller.runner(), &SyncRunner::progress, this,
            [&pages](qint64, qint64 pulled, qint64) {
                if (pulled > 0)
                    pages.release();
            },
            Qt::DirectConnection);
        QList<SyncStatus> seen;
        connect(&controller, &SyncController::statusChanged, this,
            [&seen](const SyncStatus &s) { seen.append(s); });
        controller.providePassword(branch.password(QStringLiteral("ws1")), false);

        // The window's thread is busy (here: blocked, not running its event loop) and the
        // pages go in all the same.
        QVERIFY2(pages.tryAcquire(3, 60000),
            "the pull needed the window's thread: it stood still while that was busy");

        // The counter writes its own events on its own connection meanwhile.
        QList<Event> mine {Event::make(EventType::Note, QStringLiteral("case-0"),
            {{QStringLiteral("text"), QStringLiteral("at the counter")}})};
        QVERIFY2(EventStore(window.db(), window.clock())
                     .append(mine,
                         Actor {QStringLiteral("aigerim"), window.db().deviceId(),
                             QStringLiteral("0101")},
                         &error),
            qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(controller.status().state, SyncStatus::State::Online, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(branch.eventDocCount(), 3201, 30000);
        QCOMPARE(EventStore(window.db(), window.clock()).eventCount(), 3201);

        // How far it got, while receiving: events, and the percentage where the server says
        // how many changes are left (CouchDB's "pending"; pouchdb-server does not say).
        CouchClient &admin = branch.admin();
        QUrlQuery one;
        one.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        const bool serverCounts
            = admin.call(QByteArrayLiteral("GET"), admin.dbUrl(QStringLiteral("/_changes"), one))
                  .json.object()
                  .contains(QLatin1String("pending"));
        // Counted per exchange: the counter's own event starts another one (sending, then
        // receiving it back) whenever it lands after the first pull ended.
        qint64 lastReceived = 0;
        qint64 mostReceived = 0;
        bool sawPercent = false;
        for (const SyncStatus &s : std::as_const(seen)) {
            if (s.state != SyncStatus::State::Receiving) {
                lastReceived = 0;
                continue;
            }
            if (s.received == 0)
                continue;
            QVERIFY(s.received >= lastReceived);
            lastReceived = s.received;
            mostReceived = std::max(mostReceived, s.received);
            const int percent = s.receivedPercent();
            if (serverCounts)
                QVERIFY2(percent >= 0 && percent <= 100, qPrintable(QString::number(percent)));
            else
                QCOMPARE(percent, -1);
            sawPercent = sawPercent || (percent > 0 && percent < 100);
        }
        QVERIFY(mostReceived >= 3200);
        QCOMPARE(sawPercent, serverCounts);
    }
};

QTEST_MAIN(TstSyncController)
#include "tst_synccontroller.moc"
