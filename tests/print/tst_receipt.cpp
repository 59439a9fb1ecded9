#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"
#include "print/QrCode.h"
#include "print/ReceiptDocument.h"

using namespace certdesk;

namespace {

ReceiptDocument::Data sample(Application::Purpose purpose)
{
    ReceiptDocument::Data d;
    QString error;
    d.receipt = ReceiptNumber::compose(QStringLiteral("0101"), 3, QDate(2026, 3, 2), 42, &error);
    d.submittedLocal = QDateTime(QDate(2026, 3, 2), QTime(10, 5));
    d.clerkName = QStringLiteral("Иванова Анна Сергеевна");
    d.clerkPosition = QStringLiteral("главный специалист");
    d.branchName = QStringLiteral("Астана, Есильский район");
    d.branchCode = QStringLiteral("0101");
    Application &a = d.application;
    a.subject.iin = QStringLiteral("871008401427");
    a.subject.name = {QStringLiteral("Әбілқасымова"), QStringLiteral("Гүлнұр"), QStringLiteral("Серікқызы")};
    a.presenter.name = a.subject.name;
    a.phone = QStringLiteral("+77012345678");
    a.purpose = purpose;
    if (purpose == Application::Purpose::Apostille) {
        a.country = QStringLiteral("DE");
        a.fee = {2163, 4325, QStringLiteral("KASPI-778899")};
        d.due.kind = ServiceTerms::Kind::Apostille;
        d.due.dueDate = QDate(2026, 3, 13);
    } else {
        d.due.kind = ServiceTerms::Kind::Electronic;
        d.due.dueAt = QDateTime(QDate(2026, 3, 2), QTime(10, 15));
    }
    return d;
}

/// The text of a PDF as pdftotext reads it (layout kept, so lines stay lines).
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

/// The intake receipt rendered to PDF and read back as text: every required item, both
/// languages, one page at A5 and at A4.
class TestReceipt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is not installed: scripts/dev.sh installs it");
    }

    void printsEverythingTheIssueAsksFor_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("purpose");
        QTest::newRow("A5 apostille") << int(QPageSize::A5) << int(Application::Purpose::Apostille);
        QTest::newRow("A4 apostille") << int(QPageSize::A4) << int(Application::Purpose::Apostille);
        QTest::newRow("A5 electronic") << int(QPageSize::A5) << int(Application::Purpose::Domestic);
    }

    void printsEverythingTheIssueAsksFor()
    {
        QFETCH(int, page);
        QFETCH(int, purpose);
        QTemporaryDir dir;
        const auto data = sample(Application::Purpose(purpose));
        const ReceiptDocument receipt(data);
        Document::PageSetup setup = receipt.defaultPageSetup();
        setup.size = QPageSize::PageSizeId(page);
        const QString path = dir.filePath(receipt.fileName() + QStringLiteral(".pdf"));
        QString error;
        QVERIFY2(receipt.savePdf(path, setup, &error), qPrintable(error));
        if (qEnvironmentVariableIsSet("CERTDESK_KEEP_PDF"))
            QFile::copy(path, QString::fromLocal8Bit(qgetenv("CERTDESK_KEEP_PDF")) + QStringLiteral("-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QCOMPARE(pdfPages(path), 1);

        const QString text = pdfText(path);
        const QString simplified = text.simplified();
        auto has = [&](const QString &needle) {
            if (!simplified.contains(needle))
                qWarning("missing \"%s\" in:\n%s", qPrintable(needle), qPrintable(text));
            return simplified.contains(needle);
        };
        QVERIFY(has(ReceiptNumber::format(data.receipt)));
        QVERIFY(has(QStringLiteral("Расписка о приёме документов")));
        QVERIFY(has(QStringLiteral("Құжаттарды қабылдау туралы қолхат")));
        QVERIFY(has(QStringLiteral("02.03.2026 10:05")));
        QVERIFY(has(QStringLiteral("Иванова А.С., главный специалист")));
        QVERIFY(has(QStringLiteral("Астана, Есильский район (код 0101)")));
        QVERIFY(has(QStringLiteral("Выдача справки о наличии либо отсутствии судимости")));
        QVERIFY(has(QStringLiteral("Соттылығының бар-жоғы туралы анықтама беру")));
        QVERIFY(has(QStringLiteral("Әбілқасымова Г.С.")));
        QVERIFY(has(QStringLiteral("8710••••1427")));
        QVERIFY(!simplified.contains(QLatin1String("871008401427"))); // the IIN only masked
        if (purpose == int(Application::Purpose::Apostille)) {
            QVERIFY(has(QStringLiteral("до 13.03.2026")));
            QVERIFY(has(QStringLiteral("13.03.2026 ж. дейін")));
            QVERIFY(has(QStringLiteral("Документ, удостоверяющий личность")));
            QVERIFY(has(QStringLiteral("Германия (DE)")));
            QVERIFY(has(QStringLiteral("2163 ₸")));
            QVERIFY(has(QStringLiteral("KASPI-778899")));
        } else {
            QVERIFY(has(QStringLiteral("до 02.03.2026 10:15")));
            QVERIFY(has(QStringLiteral("личный кабинет на портале eGov")));
        }
    }

    void qrCarriesTheNumber()
    {
        const auto data = sample(Application::Purpose::Domestic);
        const QrCode code = QrCode::encode(data.receipt.toLatin1());
        QVERIFY(code.isValid());
        QVERIFY(code.size() >= 21);
    }

    void initialsFromFullNames()
    {
        QCOMPARE(ReceiptDocument::surnameInitials(QStringLiteral("Иванова Анна Сергеевна")), QStringLiteral("Иванова А.С."));
        QCOMPARE(ReceiptDocument::surnameInitials(QStringLiteral(" Smith  John ")), QStringLiteral("Smith J."));
        QCOMPARE(ReceiptDocument::surnameInitials(QStringLiteral("Назарбаев")), QStringLiteral("Назарбаев"));
        QCOMPARE(ReceiptDocument::surnameInitials(QString()), QString());
    }

    void longTextFlowsOntoANewPage()
    {
        // The framework breaks pages instead of drawing past the bottom.
        class Long : public Document
        {
        public:
            QString fileName() const override { return QStringLiteral("long"); }
            void write(DocumentWriter &w) const override
            {
                w.setFooter(DocumentText(QStringLiteral("төменгі"), QStringLiteral("нижний")));
                for (int i = 0; i < 80; ++i)
                    w.row(DocumentText(QStringLiteral("Жол %1").arg(i), QStringLiteral("Строка %1").arg(i)), QStringLiteral("мән %1").arg(i));
            }
        };
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(Long().savePdf(path, &error), qPrintable(error));
        QVERIFY(pdfPages(path) >= 3);
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Строка 79")));
        QCOMPARE(text.count(QStringLiteral("нижний")), pdfPages(path));
    }
};

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
