// The sync settings: saved and read back without the password, empty values included; the
// branch role; the key of the credential store; and the status words a clerk reads.
#include <QTest>

#include "common/TestDatabase.h"
#include "storage/SettingsStore.h"
#include "sync/CouchClient.h"
#include "sync/SyncConfig.h"
#include "sync/SyncStatus.h"

using namespace certdesk;

class TstSyncConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripWithEmptyValues()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        SettingsStore settings(db.db());
        QVERIFY(!SyncConfig::load(settings).isEnabled()); // the embedded default
        SyncConfig c;
        c.server = QUrl(QStringLiteral("https://couch.example.kz:6984"));
        c.database = QStringLiteral("certdesk_branch_0101");
        c.user = QStringLiteral("ws-0101-01");
        QString error;
        QVERIFY2(c.save(settings, QStringLiteral("admin"), &error), qPrintable(error));
        const SyncConfig back = SyncConfig::load(settings);
        QCOMPARE(back.server, c.server);
        QCOMPARE(back.database, c.database);
        QCOMPARE(back.user, c.user);
        QCOMPARE(back.caFile, QString());
        QVERIFY(back.isEnabled());
    }

    void branchRole()
    {
        QCOMPARE(SyncConfig::roleForDatabase(QStringLiteral("certdesk_branch_0101")),
            QStringLiteral("branch_0101"));
        QCOMPARE(SyncConfig::roleForDatabase(QStringLiteral("other")), QStringLiteral("other"));
        QCOMPARE(SyncConfig::databaseNameForBranch(QStringLiteral("7501")),
            QStringLiteral("certdesk_branch_7501"));
    }

    void credentialKeyHasNoSecret()
    {
        SyncConfig c;
        c.server = QUrl(QStringLiteral("https://user:secret@couch.example.kz:6984/"));
        c.database = QStringLiteral("certdesk_branch_0101");
        c.user = QStringLiteral("ws");
        QCOMPARE(c.credentialKey(),
            QStringLiteral("ws@https://couch.example.kz:6984/certdesk_branch_0101"));
    }

    void unreadableCaFileIsRefusedWithTheWayOut()
    {
        CouchClient client;
        QString error;
        QVERIFY(!client.setCaFile(QStringLiteral("/nonexistent/ca.pem"), &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/ca.pem")));
        QVERIFY(error.contains(QLatin1String("choose")));
        QVERIFY(client.setCaFile(QString(), &error));
    }

    void statusWords()
    {
        SyncStatus s;
        s.state = SyncStatus::State::Offline;
        s.reason = QStringLiteral("The central server cannot be reached.");
        s.nextStep = QStringLiteral("Next try at 10:00.");
        QCOMPARE(s.title(), QStringLiteral("Offline"));
        QCOMPARE(s.summary(),
            QStringLiteral("Offline — The central server cannot be reached. — "
                           "Next try at 10:00."));
        QCOMPARE(SyncStatus::stateName(SyncStatus::State::Online), QStringLiteral("online"));
    }
};

QTEST_GUILESS_MAIN(TstSyncConfig)
#include "tst_syncconfig.moc"
