// The paper certificate and the interim notice rendered to PDF and read back as text: both
// languages, the person's data, the result wording, number and date, the duplicate mark on
// a reprint, the apostille area only on the composite service. CERTDESK_PRINT_DIR keeps
// copies of the PDFs for looking at them.

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "print/CertificateDocument.h"
#include "print/InterimNoticeDocument.h"

using namespace certdesk;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

CertificateDocument::Data sample()
{
    CertificateDocument::Data d;
    d.certificateNumber = QStringLiteral("10100458712");
    d.certificateDate = QDate(2026, 3, 2);
    d.outcome = QStringLiteral("no_record");
    d.surname = QStringLiteral("Әбілқасымова");
    d.givenName = QStringLiteral("Гүлнұр");
    d.patronymic = QStringLiteral("Серікқызы");
    d.iin = QStringLiteral("871008401427");
    d.birthDate = QDate(1987, 10, 8);
    d.purpose = QStringLiteral("abroad");
    d.country = QStringLiteral("DE");
    d.receipt = QStringLiteral("75010126030200427");
    d.branchName = QStringLiteral("Астана, Есильский район");
    d.branchCode = QStringLiteral("7501");
    d.printedOn = QDate(2026, 3, 3);
    d.verification
        = CertificateDocument::verificationPayload(d.certificateNumber, d.certificateDate);
    return d;
}

} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString save(const Document &doc)
    {
        const QString path = m_dir.filePath(doc.fileName() + QStringLiteral(".pdf"));
        QString error;
        if (!doc.savePdf(path, &error))
            qWarning("%s", qPrintable(error));
        const QString keep = qEnvironmentVariable("CERTDESK_PRINT_DIR");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(keep + u'/' + doc.fileName() + QStringLiteral(".pdf"));
            QFile::copy(path, keep + u'/' + doc.fileName() + QStringLiteral(".pdf"));
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is not installed: scripts/dev.sh installs it");
        QVERIFY(m_dir.isValid());
    }

    void originalNoRecord()
    {
        const QString path = save(CertificateDocument(sample()));
        QCOMPARE(pdfPages(path), 1);
        const QString text = pdfText(path);
        for (const char *expected :
            {"СОТТЫЛЫҒЫНЫҢ БАР-ЖОҒЫ ТУРАЛЫ АНЫҚТАМА", "СПРАВКА О НАЛИЧИИ ЛИБО ОТСУТСТВИИ СУДИМОСТИ",
                "10100458712", "02.03.2026", "Әбілқасымова Гүлнұр Серікқызы", "871008401427",
                "08.10.1987", "сведения о судимости отсутствуют", "соттылығы туралы мәліметтер жоқ",
                "Германия (DE)", "7501-01-260302-0042-7", "Астана, Есильский район", "03.03.2026",
                "QR"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)),
                qPrintable(QString::fromUtf8(expected) + QStringLiteral(" missing in: ") + text));
        }
        QVERIFY(!text.contains(QStringLiteral("ДУБЛИКАТ")));
        QVERIFY(!text.contains(QStringLiteral("APOSTILLE")));
        QVERIFY(!text.contains(QStringLiteral("имеются сведения")));
    }

    void duplicateWithApostille()
    {
        CertificateDocument::Data d = sample();
        d.purpose = QStringLiteral("apostille");
        d.copy = 2;
        d.apostilleNumber = QStringLiteral("AP-2026-0007");
        d.apostilleDate = QDate(2026, 3, 2);
        const CertificateDocument doc(d);
        QVERIFY(doc.fileName().endsWith(QStringLiteral("copy-2")));
        const QString path = save(doc);
        QCOMPARE(pdfPages(path), 1);
        const QString text = pdfText(path);
        for (const char *expected : {"ТЕЛНҰСҚА", "ДУБЛИКАТ", "экземпляр 2", "APOSTILLE",
                 "Convention de La Haye du 5 octobre 1961", "AP-2026-0007", "с апостилем",
                 "дубликат № 1"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)),
                qPrintable(QString::fromUtf8(expected) + QStringLiteral(" missing in: ") + text));
        }
    }

    void recordFound()
    {
        CertificateDocument::Data d = sample();
        d.outcome = QStringLiteral("record_found");
        d.details
            = QStringLiteral("Осуждена 12.05.2009 по ст. 190 ч. 1 УК РК; судимость погашена.");
        const QString text = pdfText(save(CertificateDocument(d)));
        QVERIFY(text.contains(QStringLiteral("имеются сведения о судимости")));
        QVERIFY(text.contains(QStringLiteral("соттылығы туралы мәліметтер бар")));
        QVERIFY(text.contains(QStringLiteral("ст. 190 ч. 1 УК РК")));
        QVERIFY(!text.contains(QStringLiteral("отсутствуют")));
    }

    void verificationPayload()
    {
        QCOMPARE(CertificateDocument::verificationPayload(QStringLiteral("N1"), QDate(2026, 3, 2)),
            QByteArray("CERT N1 2026-03-02"));
        QCOMPARE(CertificateDocument::verificationPayload(QStringLiteral("N1"), QDate(2026, 3, 2),
                     QStringLiteral("https://verify.example/c?n=%1&d=%2")),
            QByteArray("https://verify.example/c?n=N1&d=2026-03-02"));
    }

    void interimNotice()
    {
        InterimNoticeDocument::Data d;
        d.receipt = QStringLiteral("75010126031900017");
        d.submittedOn = QDate(2026, 3, 19);
        d.subjectName = QStringLiteral("Жумабаев Ерлан Серикович");
        d.iin = QStringLiteral("760212350620");
        d.interimDue = QDate(2026, 3, 30);
        d.reapplyFrom = QDate(2026, 4, 21);
        d.givenOn = QDate(2026, 3, 26);
        d.branchName = QStringLiteral("Астана, Есильский район");
        d.branchCode = QStringLiteral("7501");
        d.clerkName = QStringLiteral("Ахметова Дана Болатовна");
        d.clerkPosition = QStringLiteral("главный специалист");
        const QString path = save(InterimNoticeDocument(d));
        QCOMPARE(pdfPages(path), 1);
        const QString text = pdfText(path);
        for (const char *expected :
            {"Аралық жауап", "Промежуточный ответ", "дополнительную идентификационную проверку",
                "начиная с 21.04.2026", "21.04.2026", "19.03.2026", "30.03.2026", "26.03.2026",
                "Жумабаев Ерлан Серикович", "7501-01-260319-0001-7", "Ахметова Д.Б., главный"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)),
                qPrintable(QString::fromUtf8(expected) + QStringLiteral(" missing in: ") + text));
        }
        // The IIN is masked on a notice handed over the counter.
        QVERIFY(!text.contains(QStringLiteral("760212350620")));
    }
};

QTEST_MAIN(TestCertificate)
#include "tst_certificate.moc"
