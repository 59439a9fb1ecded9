#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "domain/AppealFold.h"
#include "domain/AppealNumber.h"
#include "domain/AppealTerms.h"
#include "print/AppealReceiptDocument.h"

using namespace certdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

/// An appeal as AppealService::accept records it on Friday 20 March 2026 at 16:45.
AppealReceiptDocument::Data sample(const Appeal &appeal)
{
    const QDate received(2026, 3, 20);
    const WorkCalendar cal = WorkCalendar::builtIn();
    const AppealTerms terms(cal);
    const QList<CompliancePoint> points = AppealChecks::points(appeal, received);
    QJsonObject d = appeal.toJson();
    d.insert(u"number"_s, AppealNumber::compose(u"0101"_s, 3, received, 7, nullptr));
    d.insert(u"date"_s, received.toString(Qt::ISODate));
    d.insert(u"referral_due"_s, terms.referralDue(received).toString(Qt::ISODate));
    const QDate decision = terms.decisionDue(appeal.kind(), received);
    d.insert(u"decision_due"_s, decision.toString(Qt::ISODate));
    if (AppealTerms::extendable(appeal.kind()))
        d.insert(u"extension_limit"_s, terms.extensionLimit(received).toString(Qt::ISODate));
    if (appeal.learnedOn.isValid())
        d.insert(u"filing_until"_s, terms.filingUntil(appeal.learnedOn).toString(Qt::ISODate));
    d.insert(u"compliance"_s, AppealChecks::toJson(points));
    if (!points.isEmpty())
        d.insert(u"compliance_due"_s, terms.complianceDue(received).toString(Qt::ISODate));
    d.insert(u"clerk"_s,
        QJsonObject {{u"name"_s, u"Иванова Анна Сергеевна"_s},
            {u"position"_s, u"главный специалист"_s}});
    Event e = Event::make(EventType::AppealReceived, AppealFold::newStreamId(), d);
    e.at = QDateTime(received, QTime(16, 45), QTimeZone(5 * 3600)).toUTC();
    e.by = u"clerk"_s;

    AppealReceiptDocument::Data data;
    data.appeal = AppealFold::fold({e}, 5 * 3600);
    data.receivedLocal = QDateTime(received, QTime(16, 45));
    data.branchName = u"Астана, Есильский район"_s;
    data.branchCode = u"0101"_s;
    return data;
}

Appeal complete()
{
    Appeal a;
    a.about = Appeal::About::Action;
    a.applicant.name = {u"Әбілқасымова"_s, u"Гүлнұр"_s, u"Серікқызы"_s};
    a.applicant.iin = u"871008401427"_s;
    a.applicant.address = u"Астана, пр. Республики, 1"_s;
    a.addressee = u"Директор филиала"_s;
    a.essence = u"Грубость работника"_s;
    a.date = QDate(2026, 3, 19);
    a.isSigned = true;
    a.learnedOn = QDate(2026, 3, 18);
    return a;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {path});
    p.waitForFinished(30000);
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s)
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// Saves the PDF (kept under CERTDESK_KEEP_PDF for looking at) and returns its text.
QString render(const AppealReceiptDocument &doc, QPageSize::PageSizeId size, int *pages)
{
    QTemporaryDir dir;
    Document::PageSetup setup = doc.defaultPageSetup();
    setup.size = size;
    const QString path = dir.filePath(doc.fileName() + u".pdf"_s);
    QString error;
    if (!doc.savePdf(path, setup, &error)) {
        qWarning("savePdf: %s", qPrintable(error));
        return QString();
    }
    if (qEnvironmentVariableIsSet("CERTDESK_KEEP_PDF")) {
        const QString tag = QString::fromLatin1(QTest::currentTestFunction()) + u'-'
            + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        QFile::copy(path, qEnvironmentVariable("CERTDESK_KEEP_PDF") + u'-' + tag + u".pdf"_s);
    }
    *pages = pdfPages(path);
    return pdfText(path);
}

} // namespace

/// The appeal receipt rendered to PDF and read back as text: the unique number, date and
/// time, the surname, initials and position of who accepted it (DOMAIN.md section 7), both
/// languages, the deadlines, the points to bring into compliance, one page at A5 and A4.
class TestAppealReceipt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QFAIL("pdftotext (poppler-utils) is not installed: scripts/dev.sh installs it");
    }

    void completeComplaint_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("A5") << int(QPageSize::A5);
        QTest::newRow("A4") << int(QPageSize::A4);
    }

    void completeComplaint()
    {
        QFETCH(int, page);
        const auto data = sample(complete());
        int pages = 0;
        const QString text
            = render(AppealReceiptDocument(data), QPageSize::PageSizeId(page), &pages).simplified();
        QCOMPARE(pages, 1);
        auto has = [&](const QString &needle) {
            if (!text.contains(needle))
                qWarning("missing \"%s\" in:\n%s", qPrintable(needle), qPrintable(text));
            return text.contains(needle);
        };
        QVERIFY(has(AppealNumber::format(data.appeal.number)));
        QVERIFY(has(u"A-0101-03-260320-007-"_s));
        QVERIFY(has(u"Расписка о приёме жалобы"_s));
        QVERIFY(has(u"Шағымды қабылдау туралы қолхат"_s));
        QVERIFY(has(u"20.03.2026 16:45"_s));
        QVERIFY(has(u"Иванова А.С., главный специалист"_s));
        QVERIFY(has(u"Астана, Есильский район (код 0101)"_s));
        QVERIFY(has(u"Жалоба на действия работника"_s));
        QVERIFY(has(u"Қызметкердің әрекетіне шағым"_s));
        QVERIFY(has(u"Әбілқасымова Г.С."_s));
        QVERIFY(has(u"8710••••1427"_s));
        QVERIFY(!text.contains(u"871008401427"_s)); // the IIN only masked
        QVERIFY(has(u"Директор филиала"_s));
        // 20 working days from Friday 20 March over Nauryz: 22 April.
        QVERIFY(has(u"до 22.04.2026 (20 рабочих дней)"_s));
        QVERIFY(has(u"22.04.2026 ж. дейін (20 жұмыс күні)"_s));
        QVERIFY(has(u"отозвать письменным заявлением до принятия решения"_s));
        QVERIFY(!text.contains(u"Необходимо устранить"_s)); // nothing missing
        QVERIFY(!text.contains(u"Трёхмесячный срок"_s));
        QVERIFY(!text.contains(u"компетентный орган"_s));
    }

    void emptyAppealListsItsPoints()
    {
        // Filed with nothing filled in: still a receipt, with every point in both languages
        // and its term (5 working days from 20 March: 1 April).
        const auto data = sample(Appeal());
        int pages = 0;
        const QString text = render(AppealReceiptDocument(data), QPageSize::A5, &pages).simplified();
        QVERIFY(pages >= 1);
        QVERIFY(text.contains(u"Расписка о приёме обращения"_s));
        QVERIFY(text.contains(u"Необходимо устранить до 01.04.2026"_s));
        QVERIFY(text.contains(u"01.04.2026 ж. дейін түзету қажет"_s));
        QCOMPARE(data.appeal.compliance.size(), 7);
        for (const CompliancePoint &p : data.appeal.compliance) {
            // The first words of each point, as pdftotext may wrap the rest.
            const DocumentText words = DocumentText::translate("AppealChecks", AppealChecks::source(p));
            const QString ru = words.ru.section(u':', 0, 0);
            const QString kk = words.kk.section(u':', 0, 0);
            QVERIFY2(!ru.isEmpty() && ru != kk, qPrintable(ru));
            QVERIFY2(text.contains(ru), qPrintable(ru));
            QVERIFY2(text.contains(kk), qPrintable(kk));
        }
        QVERIFY(text.contains(u"Иванова А.С., главный специалист"_s));
        QVERIFY(text.contains(u"до 15.04.2026 (15 рабочих дней)"_s));
    }

    void referralAndLateComplaint()
    {
        Appeal a = complete();
        a.about = Appeal::About::Decision;
        a.otherBody = true;
        a.addressee = u"Комитет по правовой статистике"_s;
        a.learnedOn = QDate(2025, 11, 30); // term ended 2 March 2026
        a.representative.present = true;
        a.representative.name = {u"Ахметов"_s, u"Болат"_s, QString()};
        a.representative.poaNumber = u"1234"_s;
        a.representative.poaIssuedOn = QDate(2026, 3, 1);
        a.caseReceipt = u"01010326030200427"_s;
        const auto data = sample(a);
        QVERIFY(data.appeal.filedLate());
        int pages = 0;
        const QString text = render(AppealReceiptDocument(data), QPageSize::A5, &pages).simplified();
        QCOMPARE(pages, 1);
        QVERIFY(text.contains(u"Жалоба на решение"_s));
        QVERIFY(text.contains(u"до 30.03.2026 с уведомлением заявителя"_s)); // over Nauryz
        QVERIFY(text.contains(u"Трёхмесячный срок подачи жалобы истёк 02.03.2026"_s));
        QVERIFY(text.contains(u"Это не является основанием для отказа в приёме жалобы"_s));
        QVERIFY(text.contains(u"Ахметов Б., доверенность № 1234 от 01.03.2026"_s));
        QVERIFY(text.contains(u"0101-03-260302-0042-7"_s));
        QVERIFY(text.contains(u"Ахметов Б."_s));
    }

    void fileName()
    {
        const auto data = sample(complete());
        QCOMPARE(AppealReceiptDocument(data).fileName(),
            u"appeal-"_s + AppealNumber::format(data.appeal.number));
    }
};

QTEST_MAIN(TestAppealReceipt)
#include "tst_appealreceipt.moc"
