// The transfer act rendered to PDF and read back: the act's number and date, both parties,
// every line of the register with its receipt and name, the totals, both signatures; a long
// batch runs over pages with the header repeated and nothing lost.

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "print/TransferActDocument.h"

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

TransferActDocument::Data sample(int lines)
{
    TransferActDocument::Data d;
    d.act = QStringLiteral("7501-01-260326-1");
    d.date = QDate(2026, 3, 26);
    d.branchName = QStringLiteral("Астана, Есильский район");
    d.branchCode = QStringLiteral("7501");
    d.handedByName = QStringLiteral("Серикбаев Нурлан Ержанович");
    d.handedByPosition = QStringLiteral("руководитель отдела");
    for (int i = 0; i < lines; ++i) {
        TransferActDocument::Line l;
        l.receipt = QStringLiteral("750101260223%1").arg(i + 1, 4, 10, QLatin1Char('0')) + u'5';
        l.name = i == 0 ? QStringLiteral("Жумабаев Ерлан Серикович")
                        : QStringLiteral("Фамилия%1 Имя Отчество").arg(i + 1);
        l.certificateNumber = QStringLiteral("KZ-%1").arg(1000 + i);
        l.certificateDate = QDate(2026, 2, 20);
        l.arrivedOn = QDate(2026, 2, 23);
        d.lines.append(l);
    }
    return d;
}

} // namespace

class TestTransferAct : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString save(const Document &doc, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!doc.savePdf(path, &error))
            qWarning("%s", qPrintable(error));
        const QString keep = qEnvironmentVariable("CERTDESK_PRINT_DIR");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(keep + u'/' + name);
            QFile::copy(path, keep + u'/' + name);
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is not installed: scripts/dev.sh installs it");
    }

    void registerAndSignatures()
    {
        const TransferActDocument doc(sample(3));
        QCOMPARE(doc.fileName(), QStringLiteral("transfer-act-7501-01-260326-1"));
        const QString path = save(doc, QStringLiteral("transfer-act-short.pdf"));
        QCOMPARE(pdfPages(path), 1);
        const QString text = pdfText(path);
        for (const char *expected :
            {"Акт приёма-передачи № 7501-01-260326-1", "тапсыру актісі № 7501-01-260326-1",
                "26.03.2026", "Астана, Есильский район (код 7501)",
                "Комитет по правовой статистике и специальным учётам", "7501-01-260223-0001-5",
                "Жумабаев Ерлан Серикович", "KZ-1000", "23.02.2026", "7501-01-260223-0003-5",
                "KZ-1002", "Итого", "Всего передано: 3 справки на 3 листах",
                "Барлығы тапсырылды: 3 анықтама, 3 парақ", "Передал", "Тапсырды",
                "Серикбаев Н.Е., руководитель отдела", "Принял (услугодатель)", "подпись"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)),
                qPrintable(QString::fromUtf8(expected) + QStringLiteral(" missing in: ") + text));
        }
        // The act needs no IIN.
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\b\\d{12}\\b"))));
    }

    void longBatchRunsOverPages()
    {
        const QString path
            = save(TransferActDocument(sample(60)), QStringLiteral("transfer-act-long.pdf"));
        QVERIFY(pdfPages(path) >= 2);
        const QString text = pdfText(path);
        for (int i = 1; i <= 60; ++i) {
            const QString receipt
                = QStringLiteral("7501-01-260223-%1-5").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY2(text.contains(receipt), qPrintable(receipt));
        }
        QVERIFY(text.contains(QStringLiteral("Всего передано: 60 справок на 60 листах")));
        // The header row is repeated on the next page.
        QVERIFY(text.count(QStringLiteral("Номер расписки")) >= 2);
    }
};

QTEST_MAIN(TestTransferAct)
#include "tst_transferact.moc"
