// The issuance journal rendered to PDF and read back: the period, each line with the
// receipt, the certificate, the person, who collected it on which document and power of
// attorney, who handed it over, and the total.

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "print/IssuanceJournalDocument.h"

using namespace certdesk;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesOfADay()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is not installed: scripts/dev.sh installs it");
        IssuanceJournalDocument::Data d;
        d.from = d.to = QDate(2026, 3, 20);
        d.branchName = QStringLiteral("Астана, Есильский район");
        d.branchCode = QStringLiteral("7501");
        IssuanceJournalDocument::Line self;
        self.number = 1;
        self.atLocal = QDateTime(QDate(2026, 3, 20), QTime(9, 41));
        self.receipt = QStringLiteral("75010126022000017");
        self.certificateNumber = QStringLiteral("KZ-260226");
        self.certificateDate = QDate(2026, 2, 26);
        self.subjectName = QStringLiteral("Жумабаев Ерлан Серикович");
        self.collectorName = self.subjectName;
        self.collectorKind = QStringLiteral("self");
        self.document = {Application::IdentityType::IdCard, QStringLiteral("045123987"),
            QStringLiteral("МВД РК"), QDate(2019, 5, 14), QDate(2029, 5, 13), QString()};
        self.clerkName = QStringLiteral("Иванова Анна Сергеевна");
        IssuanceJournalDocument::Line rep = self;
        rep.number = 2;
        rep.atLocal = QDateTime(QDate(2026, 3, 20), QTime(15, 30));
        rep.receipt = QStringLiteral("75010126022000025");
        rep.collectorName = QStringLiteral("Касымова Айгуль Маратовна");
        rep.collectorKind = QStringLiteral("representative");
        rep.document = {Application::IdentityType::Passport, QStringLiteral("N12345678"),
            QStringLiteral("МВД РК"), QDate(2021, 2, 1), QDate(2031, 1, 31), QString()};
        rep.poa = {QStringLiteral("Иванова А. Б."), QStringLiteral("1-2345"), QDate(2025, 12, 1),
            QDate(), QString(), QString()};
        d.lines = {self, rep};

        const IssuanceJournalDocument doc(d);
        QCOMPARE(doc.fileName(), QStringLiteral("issuance-journal-2026-03-20"));
        QCOMPARE(doc.defaultPageSetup().orientation, QPageLayout::Landscape);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.pdf"));
        QString error;
        QVERIFY2(doc.savePdf(path, &error), qPrintable(error));
        const QString keep = qEnvironmentVariable("CERTDESK_PRINT_DIR");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(keep + QStringLiteral("/journal.pdf"));
            QFile::copy(path, keep + QStringLiteral("/journal.pdf"));
        }
        const QString text = pdfText(path);
        for (const char *expected : {"Журнал выдачи справок", "Анықтамаларды беру журналы",
                 "20.03.2026", "09:41", "15:30", "7501-01-260220-0001-7", "7501-01-260220-0002-5",
                 "KZ-260226", "Жумабаев Ерлан Серикович", "Касымова Айгуль Маратовна",
                 "представитель", "лично", "N12345678", "1-2345", "01.12.2025", "31.01.2031",
                 "Иванова А.С.", "Подпись получателя", "Всего выдано: 2"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)),
                qPrintable(QString::fromUtf8(expected) + QStringLiteral(" missing in: ") + text));
        }
    }
};

QTEST_MAIN(TestJournal)
#include "tst_journal.moc"
