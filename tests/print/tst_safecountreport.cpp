// The report of a count of the safe, rendered to PDF and read back: the branch, the times,
// the totals, the missing, the unexpected (with where the record puts them) and the counted
// papers by receipt number and name, the supervisor's signature line, the trial mark of a dry
// run. And the certificate's own QR code, as printed, leads the count to its case.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "domain/SafeCount.h"
#include "print/CertificateDocument.h"
#include "print/SafeCountReportDocument.h"

using namespace certdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

SafeCountReportDocument::Data data()
{
    SafeCountReportDocument::Data d;
    d.branchName = u"Астана, Есильский район"_s;
    d.branchCode = u"7501"_s;
    d.startedLocal = QDateTime(QDate(2026, 3, 20), QTime(18, 5));
    d.finishedLocal = QDateTime(QDate(2026, 3, 20), QTime(18, 21));
    d.supervisorName = u"Серикбаев Нурлан Ержанович"_s;
    d.supervisorPosition = u"руководитель отдела"_s;
    d.expected = 3;
    d.counted = {{u"c1"_s, u"75010126022000017"_s, QString(), u"Жумабаев Ерлан Серикович"_s,
        u"at_branch"_s, QString()}};
    d.missing = {{u"c2"_s, u"75010126022000025"_s, QString(), u"Касымова Айгуль Маратовна"_s,
                     u"at_branch"_s, QString()},
        {u"c4"_s, u"75010126022000033"_s, QString(), u"Нурланов Дәурен Маратұлы"_s,
            u"at_branch"_s, QString()}};
    d.unexpected = {{u"c3"_s, u"75010126021900011"_s, QString(),
        u"Әбілқасымова Гүлнұр Серікқызы"_s, u"at_provider"_s, QString()}};
    return d;
}

} // namespace

class TestSafeCountReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void theReportListsEveryPaperByName()
    {
        const QString path = m_dir.filePath(u"count.pdf"_s);
        QString error;
        QVERIFY2(SafeCountReportDocument(data()).savePdf(path, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QString flat = text.simplified();
        for (const QString &phrase : {u"Отчёт о пересчёте бумажных справок в сейфе"_s,
                 u"Астана, Есильский район (7501)"_s, u"20.03.2026 18:05"_s, u"20.03.2026 18:21"_s,
                 u"Отсутствующие бумажные справки: 2"_s, u"Жоқ қағаз анықтамалар: 2"_s,
                 u"7501-01-260220-0002-5"_s, u"Касымова Айгуль Маратовна"_s,
                 u"7501-01-260220-0003-3"_s, u"Нурланов Дәурен Маратұлы"_s,
                 u"Әбілқасымова Гүлнұр Серікқызы"_s, u"передана услугодателю"_s,
                 u"Пересчитанные бумажные справки: 1"_s, u"Жумабаев Ерлан Серикович"_s,
                 u"Пересчитал(а) (супервайзер)"_s, u"Серикбаев"_s, u"руководитель"_s})
            QVERIFY2(flat.contains(phrase), qPrintable(phrase + u" is missing in:\n"_s + text));
        // The missing come first: what the supervisor must act on.
        QVERIFY(flat.indexOf(u"Касымова"_s) < flat.indexOf(u"Әбілқасымова"_s));
        QVERIFY(flat.indexOf(u"Әбілқасымова"_s) < flat.indexOf(u"Жумабаев"_s));
        QVERIFY(!flat.contains(u"Пробный"_s));
    }

    void aTrialCountSaysSo()
    {
        SafeCountReportDocument::Data d = data();
        d.recorded = false;
        const QString path = m_dir.filePath(u"trial.pdf"_s);
        QString error;
        QVERIFY2(SafeCountReportDocument(d).savePdf(path, &error), qPrintable(error));
        const QString flat = pdfText(path).simplified();
        QVERIFY2(flat.contains(u"Пробный пересчёт: в учёт не записан."_s), qPrintable(flat));
        QVERIFY2(flat.contains(u"Сынақ санау: есепке алуға жазылмады."_s), qPrintable(flat));
    }

    void theCertificatesQrCodeLeadsToItsCase()
    {
        // Without a verification link, and with one (the setting certificate.verify_url).
        const QString link = u"https://verify.example.kz/check?n=%1&date=%2"_s;
        for (const QString &url : {QString(), link}) {
            const QByteArray printed
                = CertificateDocument::verificationPayload(u"7/123"_s, QDate(2026, 3, 4), url);
            const SafeScan scan = SafeScan::parse(QString::fromUtf8(printed), url);
            QVERIFY2(scan.isValid(), qPrintable(scan.error));
            QCOMPARE(scan.kind, SafeScan::Kind::Certificate);
            QCOMPARE(scan.certificateNumber, u"7/123"_s);
            QCOMPARE(scan.certificateDate, QDate(2026, 3, 4));
            SafeCount count({{u"case-7"_s, u"75010126022000017"_s, u"7/123"_s, u"Жумабаев"_s,
                u"at_branch"_s, QString()}});
            const SafePaper *paper = count.expectedFor(scan);
            QVERIFY(paper);
            QCOMPARE(paper->caseId, u"case-7"_s);
        }
    }
};

QTEST_MAIN(TestSafeCountReport)
#include "tst_safecountreport.moc"
