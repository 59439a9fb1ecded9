// One CertDesk per database: a second start on the same file brings the first forward and
// leaves, without opening the database; a start on another file, or after the first has
// gone (even killed), opens normally.

#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "ui/shell/SingleInstance.h"

using namespace certdesk;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString binary() const
    {
        return qEnvironmentVariable("CERTDESK_BINARY_DIR") + QStringLiteral("/certdesk");
    }

    /// The real program on a database, headless; it stays at its sign-in until killed.
    std::unique_ptr<QProcess> start(const QString &db)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p->setProcessEnvironment(env);
        p->start(binary(), {QStringLiteral("--db"), db});
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(binary()), qPrintable(binary()));
    }

    void aSecondClaimOnTheSameFileIsRefused()
    {
        const QString db = m_dir.filePath(QStringLiteral("one.db"));
        SingleInstance first(db);
        QVERIFY(first.claim());
        SingleInstance second(db);
        QVERIFY(!second.claim());
        QVERIFY(second.refusal().contains(QStringLiteral("already open")));
        // Another database is another counter.
        SingleInstance other(m_dir.filePath(QStringLiteral("two.db")));
        QVERIFY(other.claim());
    }

    void theFirstHearsTheSecond()
    {
        const QString db = m_dir.filePath(QStringLiteral("heard.db"));
        SingleInstance first(db);
        QVERIFY(first.claim());
        QSignalSpy asked(&first, &SingleInstance::activationRequested);
        // The second CertDesk is another process: it asks, the first comes forward and answers.
        std::unique_ptr<QProcess> second = start(db);
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 20000);
        // It may have left while the first answered (waitForFinished() is false then).
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), QProcess::NotRunning, 20000);
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        // Said in the language of the counter, naming the database.
        QVERIFY2(second->readAllStandardError().contains("heard.db"), "no word to the person");
        QVERIFY(!QFileInfo::exists(db)); // the second never opened (nor created) the database
    }

    void twoProgramsOnOneDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("branch.db"));
        std::unique_ptr<QProcess> first = start(db);
        QVERIFY(first->waitForStarted());
        // The first holds the file once it has started.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(db + QStringLiteral(".window-lock")), 20000);
        std::unique_ptr<QProcess> second = start(db);
        QVERIFY2(second->waitForFinished(20000), "a second CertDesk opened the same database");
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(first->state(), QProcess::Running);

        // Killed, the first leaves no lock behind that would keep the counter out.
        first->kill();
        QVERIFY(first->waitForFinished(20000));
        SingleInstance after(db);
        QVERIFY(after.claim());
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
