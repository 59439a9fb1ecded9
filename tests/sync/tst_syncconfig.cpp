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

    void typedSettings_data()
    {
        QTest::addColumn<QStringList>("typed"); // server, database, account, CA file
        QTest::addColumn<QString>("refusal");   // empty: accepted
        const QString db = QStringLiteral("certdesk_branch_0101");
        const QString https = QStringLiteral("https://couch.example.kz:6984");
        QTest::newRow("sync off") << QStringList{QString(), QString(), QString(), QString()} << QString();
        QTest::newRow("trimmed") << QStringList{u' ' + https + u' ', u' ' + db, QStringLiteral(" ws1 "), QString()}
                                 << QString();
        QTest::newRow("http with user info") << QStringList{QStringLiteral("http://u:p@10.0.0.5:5984/"), db,
                                                            QStringLiteral("ws1"), QString()}
                                             << QString();
        QTest::newRow("spaces in the address") << QStringList{QStringLiteral("https://couch example"), db,
                                                              QStringLiteral("ws1"), QString()}
                                               << QStringLiteral("Server address");
        QTest::newRow("no host") << QStringList{QStringLiteral("https://"), db, QStringLiteral("ws1"), QString()}
                                 << QStringLiteral("Server address");
        QTest::newRow("a query") << QStringList{https + QStringLiteral("/?x=1"), db, QStringLiteral("ws1"), QString()}
                                 << QStringLiteral("Server address");
        QTest::newRow("a noncharacter in the address")
            << QStringList{https + QChar(0xFFFF), db, QStringLiteral("ws1"), QString()} << QStringLiteral("Server address");
        QTest::newRow("database with a capital") << QStringList{https, QStringLiteral("Certdesk"), QStringLiteral("ws1"),
                                                                QString()}
                                                 << QStringLiteral("Branch database");
        QTest::newRow("no account") << QStringList{https, db, QStringLiteral("  "), QString()}
                                    << QStringLiteral("Account: it is empty");
        QTest::newRow("account with a lone surrogate")
            << QStringList{https, db, QStringLiteral("ws") + QChar(0xD800), QString()} << QStringLiteral("U+D800");
    }

    void typedSettings()
    {
        QFETCH(QStringList, typed);
        QFETCH(QString, refusal);
        SyncConfig c;
        c.user = QStringLiteral("unchanged");
        QString error;
        const bool ok = SyncConfig::fromTyped(typed.at(0), typed.at(1), typed.at(2), typed.at(3), &c, &error);
        if (!refusal.isEmpty()) {
            QVERIFY(!ok);
            QVERIFY2(error.contains(refusal), qPrintable(error));
            QCOMPARE(c.user, QStringLiteral("unchanged"));
            return;
        }
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(c.database, typed.at(1).trimmed());
        QCOMPARE(c.user, typed.at(2).trimmed());
        // What is saved is typed again the same.
        SyncConfig again;
        QVERIFY2(SyncConfig::fromTyped(c.server.toString(), c.database, c.user, c.caFile, &again, &error), qPrintable(error));
        QCOMPARE(again.server, c.server);
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
