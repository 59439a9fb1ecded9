// certdeskctl application pdf: the application for signature of a case written to a PDF file
// by the real binary, read back with pdftotext; the copy mark follows the prints recorded on
// the case; a receipt no case has, an online order and bad usage are refused with a reason.

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "cli/certdeskctl_support.h"
#include "common/TestDatabase.h"
#include "domain/ReceiptNumber.h"
#include "services/IntakeService.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "storage/SettingsStore.h"

using namespace certdesk;
using namespace certdesk::testing;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

Application representative()
{
    Application a;
    a.subject.iin = QStringLiteral("871008401427");
    a.subject.name = {QStringLiteral("Ахметова"), QStringLiteral("Айгуль"), QString()};
    a.presenter.kind = Application::PresenterKind::Representative;
    a.presenter.iin = QStringLiteral("760212350620");
    a.presenter.name = {QStringLiteral("Жумабаев"), QStringLiteral("Ерлан"), QString()};
    a.presenter.poa.notary = QStringLiteral("Сапарова Д.К.");
    a.presenter.poa.registrationNumber = QStringLiteral("2026-77");
    a.presenter.poa.issuedOn = QDate(2026, 1, 10);
    a.presenter.poa.principalIin = a.subject.iin;
    a.presenter.poa.agentIin = a.presenter.iin;
    a.identity.number = QStringLiteral("045123456");
    a.identity.issuer = QStringLiteral("МВД РК");
    a.identity.issuedOn = QDate(2020, 5, 14);
    a.identity.expiresOn = QDate(2030, 5, 13);
    a.phone = QStringLiteral("+77012345678");
    return a;
}

} // namespace

class TestApplicationCli : public QObject
{
    Q_OBJECT

    test::TestDatabase m_t;
    IntakeReceipt m_receipt;

    Run pdf(const QStringList &naming, const QString &out)
    {
        return run(QStringList {QStringLiteral("--db"), m_t.path(), QStringLiteral("application"),
                       QStringLiteral("pdf")}
            + naming + QStringList {QStringLiteral("--out"), out});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
            "pdftotext (poppler-utils) is not installed");
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QString error;
        SettingsStore settings(m_t.db());
        QVERIFY2(settings.setValue(QStringLiteral("branch.code"), QStringLiteral("0101"),
                     QStringLiteral("test"), &error)
                && settings.setValue(QStringLiteral("branch.name"),
                    QStringLiteral("Астана, Есильский район"), QStringLiteral("test"), &error),
            qPrintable(error));
        // The clerk's account gives the name and position the signature line prints.
        QVERIFY2(UserService::createAccount(m_t.db(), m_t.clock(),
                     User {QStringLiteral("clerk"), QStringLiteral("Иванова Анна Сергеевна"),
                         QStringLiteral("specialist"), Role::Clerk},
                     QStringLiteral("Counter-Pass-2026"), QStringLiteral("test"), &error, 1000),
            qPrintable(error));
        Session clerk(m_t.db(), m_t.clock(),
            User {QStringLiteral("clerk"), QStringLiteral("Иванова Анна Сергеевна"),
                QStringLiteral("specialist"), Role::Clerk});
        const auto r = IntakeService(clerk).submit(representative(), {});
        QVERIFY2(r.ok, qPrintable(r.error));
        m_receipt = r.receipt;
    }

    void theOriginalWhileNoPrintIsRecorded()
    {
        const QString out = QDir(m_t.dir()).filePath(QStringLiteral("original.pdf"));
        const Run r
            = pdf({QStringLiteral("--receipt"), ReceiptNumber::format(m_receipt.receipt)}, out);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QLatin1String("case_id")).toString(), m_receipt.caseId);
        QCOMPARE(json.value(QLatin1String("receipt")).toString(), m_receipt.receipt);
        QCOMPARE(json.value(QLatin1String("copy")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("file")).toString(), QFileInfo(out).absoluteFilePath());
        const QString text = pdfText(out);
        QVERIFY2(text.contains(QStringLiteral("ӨТІНІШ / ЗАЯВЛЕНИЕ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("о выдаче справки о наличии либо отсутствии судимости")));
        QVERIFY(text.contains(QStringLiteral("871008401427")));
        QVERIFY(text.contains(QStringLiteral("760212350620")));
        QVERIFY(text.contains(QStringLiteral("нотариус Сапарова Д.К.")));
        QVERIFY(text.contains(QStringLiteral("Иванова А.С., specialist")));
        QVERIFY(!text.contains(QStringLiteral("КОПИЯ")));
    }

    void aCopyOnceAPrintIsRecorded()
    {
        Session clerk(m_t.db(), m_t.clock(),
            User {QStringLiteral("clerk"), QStringLiteral("Иванова Анна Сергеевна"),
                QStringLiteral("specialist"), Role::Clerk});
        QString error;
        QVERIFY2(IntakeService(clerk).recordApplicationPrint(m_receipt.caseId, 1, &error),
            qPrintable(error));
        const qint64 events = eventCount(m_t.path());
        const QString out = QDir(m_t.dir()).filePath(QStringLiteral("copy.pdf"));
        const Run r = pdf({QStringLiteral("--case"), m_receipt.caseId}, out);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("copy")).toInt(), 2);
        const QString text = pdfText(out);
        QVERIFY2(text.contains(QStringLiteral("КОПИЯ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("КӨШІРМЕ")));
        QVERIFY(text.contains(QStringLiteral("экземпляр 2")));
        QCOMPARE(eventCount(m_t.path()), events); // a file is not a print: nothing recorded
    }

    void refusals()
    {
        const QString out = QDir(m_t.dir()).filePath(QStringLiteral("x.pdf"));
        // A receipt number no case has (valid check digit, another sequence).
        QString error;
        const QString other
            = ReceiptNumber::compose(QStringLiteral("0101"), 1, QDate(2026, 1, 5), 9, &error);
        Run r = pdf({QStringLiteral("--receipt"), other}, out);
        QVERIFY2(r.code == 1 && r.out.isEmpty(), qPrintable(describe(r)));
        QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("no case has receipt")));
        // A mistyped receipt number.
        QString typo = m_receipt.receipt;
        typo[3] = typo.at(3) == u'9' ? QChar(u'0') : QChar(typo.at(3).unicode() + 1);
        r = pdf({QStringLiteral("--receipt"), typo}, out);
        QVERIFY2(r.code == 1 && r.out.isEmpty(), qPrintable(describe(r)));
        // Usage: both ways of naming the case, or neither, or no --out.
        r = pdf({QStringLiteral("--receipt"), m_receipt.receipt, QStringLiteral("--case"),
                    m_receipt.caseId},
            out);
        QVERIFY2(r.code == 2 && r.out.isEmpty(), qPrintable(describe(r)));
        r = run({QStringLiteral("--db"), m_t.path(), QStringLiteral("application"),
            QStringLiteral("pdf"), QStringLiteral("--case"), m_receipt.caseId});
        QVERIFY2(r.code == 2 && QString::fromUtf8(r.err).contains(QStringLiteral("--out")),
            qPrintable(describe(r)));
        // A folder that cannot be written.
        r = pdf({QStringLiteral("--case"), m_receipt.caseId},
            QDir(m_t.dir()).filePath(QStringLiteral("no/such/folder/a.pdf")));
        QVERIFY2(r.code == 2 && r.out.isEmpty(), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestApplicationCli)
#include "tst_application_cli.moc"
