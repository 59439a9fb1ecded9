// Every printed document is Kazakh and Russian only: rendered to PDF and read back, no Latin
// word may appear except the codes a document carries (country codes such as "(DE)",
// document, certificate and payment numbers that have digits, the eGov app's name, QR, and
// the French line the Hague Convention puts on the apostille). An English country name, a
// month, a value built in the interface's language ("Passport No. …, valid to …") fails here.
// Each document also carries the wording of issue 23 in each language's own order.

#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

#include "domain/AppealFold.h"
#include "domain/AppealNumber.h"
#include "domain/AppealTerms.h"
#include "domain/CaseState.h"
#include "print/AppealReceiptDocument.h"
#include "print/BoardReportDocument.h"
#include "print/CertificateDocument.h"
#include "print/InterimNoticeDocument.h"
#include "print/IssuanceJournalDocument.h"
#include "print/ReceiptDocument.h"
#include "print/SafeCountReportDocument.h"
#include "print/TransferActDocument.h"

Q_DECLARE_METATYPE(std::shared_ptr<certdesk::Document>)

using namespace certdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kBranch = u"Астана, Есильский район"_s;

std::shared_ptr<Document> certificate()
{
    CertificateDocument::Data d;
    d.certificateNumber = u"10100458712"_s;
    d.certificateDate = QDate(2026, 3, 2);
    d.outcome = u"no_record"_s;
    d.surname = u"Әбілқасымова"_s;
    d.givenName = u"Гүлнұр"_s;
    d.patronymic = u"Серікқызы"_s;
    d.iin = u"871008401427"_s;
    d.birthDate = QDate(1987, 10, 8);
    d.purpose = u"apostille"_s;
    d.country = u"AE"_s;
    d.apostilleNumber = u"AP-0042"_s;
    d.apostilleDate = QDate(2026, 3, 3);
    d.receipt = u"75010126030200427"_s;
    d.branchName = kBranch;
    d.branchCode = u"7501"_s;
    d.printedOn = QDate(2026, 3, 4);
    d.copy = 2;
    d.verification
        = CertificateDocument::verificationPayload(d.certificateNumber, d.certificateDate);
    return std::make_shared<CertificateDocument>(d);
}

std::shared_ptr<Document> receipt()
{
    ReceiptDocument::Data d;
    d.receipt = u"75010126030200427"_s;
    d.submittedLocal = QDateTime(QDate(2026, 3, 2), QTime(10, 5));
    d.clerkName = u"Иванова Анна Сергеевна"_s;
    d.clerkPosition = u"главный специалист"_s;
    d.branchName = kBranch;
    d.branchCode = u"7501"_s;
    Application &a = d.application;
    a.purpose = Application::Purpose::Apostille;
    a.country = u"DE"_s;
    a.subject.iin = u"871008401427"_s;
    a.subject.name = {u"Әбілқасымова"_s, u"Гүлнұр"_s, u"Серікқызы"_s};
    a.presenter.kind = Application::PresenterKind::Representative;
    a.presenter.name = {u"Касымова"_s, u"Айгуль"_s, u"Маратовна"_s};
    a.presenter.poa = {u"Иванова А. Б."_s, u"1-2345"_s, QDate(2025, 12, 1), QDate(),
        u"871008401427"_s, u"760212350620"_s};
    a.fee.amount = 2163;
    a.fee.mci = 4325;
    a.fee.paymentRef = u"KASPI-778812"_s;
    a.phone = u"+77012345678"_s;
    d.due.kind = ServiceTerms::Kind::Apostille;
    d.due.dueDate = QDate(2026, 3, 16);
    return std::make_shared<ReceiptDocument>(d);
}

std::shared_ptr<Document> transferAct()
{
    TransferActDocument::Data d;
    d.act = u"7501-01-260326-1"_s;
    d.date = QDate(2026, 3, 26);
    d.branchName = kBranch;
    d.branchCode = u"7501"_s;
    d.handedByName = u"Серикбаев Нурлан Ержанович"_s;
    d.handedByPosition = u"руководитель отдела"_s;
    for (int i = 0; i < 2; ++i) {
        TransferActDocument::Line l;
        l.receipt = u"7501012602200001%1"_s.arg(i);
        l.name = u"Жумабаев Ерлан Серикович"_s;
        l.certificateNumber = u"KZ-26022%1"_s.arg(i);
        l.certificateDate = QDate(2026, 2, 20);
        l.arrivedOn = QDate(2026, 2, 24);
        d.lines.append(l);
    }
    return std::make_shared<TransferActDocument>(d);
}

std::shared_ptr<Document> interimNotice()
{
    InterimNoticeDocument::Data d;
    d.receipt = u"75010126030200427"_s;
    d.submittedOn = QDate(2026, 3, 2);
    d.subjectName = u"Әбілқасымова Гүлнұр Серікқызы"_s;
    d.iin = u"871008401427"_s;
    d.interimDue = QDate(2026, 3, 6);
    d.reapplyFrom = QDate(2026, 3, 31);
    d.givenOn = QDate(2026, 3, 5);
    d.branchName = kBranch;
    d.branchCode = u"7501"_s;
    d.clerkName = u"Иванова Анна Сергеевна"_s;
    d.clerkPosition = u"главный специалист"_s;
    return std::make_shared<InterimNoticeDocument>(d);
}

/// A complaint by a representative with a power of attorney, filed after its term, with
/// points to correct: every optional line of the appeal receipt is printed.
std::shared_ptr<Document> appealReceipt()
{
    Appeal a;
    a.about = Appeal::About::Action;
    a.applicant.name = {u"Әбілқасымова"_s, u"Гүлнұр"_s, u"Серікқызы"_s};
    a.applicant.iin = u"871008401428"_s; // not a valid IIN: a point to correct
    a.addressee = u"Директор филиала"_s;
    a.essence = u"Грубость работника"_s;
    a.date = QDate(2026, 3, 19);
    a.isSigned = true;
    a.learnedOn = QDate(2025, 11, 1);
    a.caseReceipt = u"75010126030200427"_s;
    a.representative.present = true;
    a.representative.name = {u"Касымова"_s, u"Айгуль"_s, u"Маратовна"_s};
    a.representative.poaNumber = u"1-2345"_s;
    a.representative.poaIssuedOn = QDate(2026, 1, 15);
    const QDate received(2026, 3, 20);
    const WorkCalendar calendar = WorkCalendar::builtIn();
    const AppealTerms terms(calendar);
    const QList<CompliancePoint> points = AppealChecks::points(a, received);
    QJsonObject d = a.toJson();
    d.insert(u"number"_s, AppealNumber::compose(u"0101"_s, 3, received, 7, nullptr));
    d.insert(u"date"_s, received.toString(Qt::ISODate));
    d.insert(u"referral_due"_s, terms.referralDue(received).toString(Qt::ISODate));
    const QDate decision = terms.decisionDue(a.kind(), received);
    d.insert(u"decision_due"_s, decision.toString(Qt::ISODate));
    d.insert(u"extension_limit"_s, terms.extensionLimit(decision).toString(Qt::ISODate));
    d.insert(u"filing_until"_s, terms.filingUntil(a.learnedOn).toString(Qt::ISODate));
    d.insert(u"compliance"_s, AppealChecks::toJson(points));
    d.insert(u"compliance_due"_s, terms.complianceDue(received).toString(Qt::ISODate));
    d.insert(u"clerk"_s,
        QJsonObject {
            {u"name"_s, u"Иванова Анна Сергеевна"_s}, {u"position"_s, u"главный специалист"_s}});
    Event e = Event::make(EventType::AppealReceived, AppealFold::newStreamId(), d);
    e.at = QDateTime(received, QTime(16, 45), QTimeZone(5 * 3600)).toUTC();
    e.by = u"clerk"_s;
    AppealReceiptDocument::Data data;
    data.appeal = AppealFold::fold({e}, 5 * 3600); // the branch of the test, UTC+5
    data.receivedLocal = QDateTime(received, QTime(16, 45));
    data.branchName = kBranch;
    data.branchCode = u"0101"_s;
    return std::make_shared<AppealReceiptDocument>(data);
}

std::shared_ptr<Document> journal()
{
    IssuanceJournalDocument::Data d;
    d.from = d.to = QDate(2026, 3, 20);
    d.branchName = kBranch;
    d.branchCode = u"7501"_s;
    IssuanceJournalDocument::Line self;
    self.number = 1;
    self.atLocal = QDateTime(QDate(2026, 3, 20), QTime(9, 41));
    self.receipt = u"75010126022000017"_s;
    self.certificateNumber = u"KZ-260226"_s;
    self.certificateDate = QDate(2026, 2, 26);
    self.subjectName = u"Жумабаев Ерлан Серикович"_s;
    self.collectorName = self.subjectName;
    self.collectorKind = u"self"_s;
    self.document.type = Application::IdentityType::EDocument;
    self.document.eCode = u"482913"_s;
    self.clerkName = u"Иванова Анна Сергеевна"_s;
    IssuanceJournalDocument::Line rep = self;
    rep.number = 2;
    rep.collectorName = u"Касымова Айгуль Маратовна"_s;
    rep.collectorKind = u"representative"_s;
    rep.document = {Application::IdentityType::Passport, u"N12345678"_s, u"МВД РК"_s,
        QDate(2021, 2, 1), QDate(2031, 1, 31), QString()};
    rep.poa = {u"Иванова А. Б."_s, u"1-2345"_s, QDate(2025, 12, 1), QDate(), QString(), QString()};
    d.lines = {self, rep};
    return std::make_shared<IssuanceJournalDocument>(d);
}

std::shared_ptr<Document> boardReport()
{
    BoardReportDocument::Data d;
    d.asOf = QDate(2026, 3, 20);
    d.branchName = kBranch;
    d.branchCode = u"7501"_s;
    d.printedBy = u"Серикбаев Нурлан Ержанович"_s;
    BoardReportDocument::Section s;
    s.title = DocumentText::translate("BoardReportDocument", "At the branch");
    s.rows.append({u"7501-01-260220-0001-7"_s, u"Жумабаев Ерлан Серикович"_s, QDate(2026, 3, 24),
        DocumentText::translate("BoardReportDocument", "%n day(s) left", nullptr, 4)});
    BoardReportDocument::Section anomalies;
    anomalies.title = DocumentText::translate("BoardReportDocument", "Anomalies and exceptions");
    anomalies.rows.append(
        {u"7501-01-260220-0002-5"_s, u"Касымова Айгуль Маратовна"_s, QDate(2026, 3, 19),
            DocumentText::translate("CaseFold", CaseFold::codeText(u"issued_twice"_s))});
    d.sections = {s, anomalies};
    return std::make_shared<BoardReportDocument>(d);
}

std::shared_ptr<Document> safeCountReport()
{
    SafeCountReportDocument::Data d;
    d.branchName = kBranch;
    d.branchCode = u"7501"_s;
    d.startedLocal = QDateTime(QDate(2026, 3, 20), QTime(18, 5));
    d.finishedLocal = QDateTime(QDate(2026, 3, 20), QTime(18, 20));
    d.supervisorName = u"Серикбаев Нурлан Ержанович"_s;
    d.supervisorPosition = u"руководитель отдела"_s;
    d.expected = 2;
    SafePaper counted {u"c1"_s, u"75010126022000017"_s, u"10100458712"_s,
        u"Жумабаев Ерлан Серикович"_s, u"at_branch"_s, u"75010126022000017"_s};
    SafePaper missing {u"c2"_s, u"75010126022000025"_s, QString(),
        u"Касымова Айгуль Маратовна"_s, u"at_branch"_s, QString()};
    SafePaper issued {u"c3"_s, u"75010126021900011"_s, QString(),
        u"Әбілқасымова Гүлнұр Серікқызы"_s, u"issued"_s, u"75010126021900011"_s};
    d.counted = {counted};
    d.missing = {missing};
    d.unexpected = {issued};
    return std::make_shared<SafeCountReportDocument>(d);
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The Latin words of a document's text that are not codes or names a document may carry.
QStringList latinWords(QString text)
{
    // The apostille's own heading, in the Convention's language.
    text.remove(u"APOSTILLE"_s);
    text.remove(u"(Convention de La Haye du 5 octobre 1961)"_s);
    static const QRegularExpression token(u"[A-Za-z0-9](?:[A-Za-z0-9./-]*[A-Za-z0-9])?"_s);
    static const QRegularExpression latin(u"[A-Za-z]"_s);
    static const QRegularExpression digit(u"[0-9]"_s);
    static const QRegularExpression countryCode(u"^[A-Z]{2}$"_s);
    static const QStringList names {u"eGov"_s, u"mobile"_s, u"QR"_s};
    QStringList words;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (!w.contains(latin) || w.contains(digit) || countryCode.match(w).hasMatch()
            || names.contains(w))
            continue;
        words.append(w);
    }
    return words;
}

/// Without spaces and hyphens: a phrase may wrap, and pdftotext joins a word broken at its
/// hyphen ("қабылдау-" / "тапсыру").
QString squeezed(QString text)
{
    static const QRegularExpression space(u"[\\s-]+"_s);
    return text.remove(space);
}

} // namespace

class TestDocumentLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
            "pdftotext (poppler-utils) is needed to read the documents back");
        QVERIFY(m_dir.isValid());
    }

    void onlyKazakhAndRussian_data()
    {
        QTest::addColumn<std::shared_ptr<Document>>("document");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("certificate")
            << certificate()
            << QStringList {u"СОТТЫЛЫҒЫНЫҢ БАР-ЖОҒЫ ТУРАЛЫ АНЫҚТАМА"_s,
                   u"СПРАВКА О НАЛИЧИИ ЛИБО ОТСУТСТВИИ СУДИМОСТИ"_s,
                   u"арнайы есепке алу деректері бойынша соттылығы туралы мәліметтер жоқ"_s,
                   u"Біріккен Араб Әмірліктері (AE)"_s, u"Объединённые Арабские Эмираты (AE)"_s,
                   u"Анықтаманың берілген күні"_s, u"Дата выдачи справки"_s};
        QTest::newRow("receipt") << receipt()
                                 << QStringList {u"Германия (DE)"_s, u"Анықтама сұралатын тұлға"_s,
                                        u"Лицо, в отношении которого запрашивается справка"_s,
                                        u"Кем поданы документы"_s, u"№ платежа: KASPI-778812"_s};
        QTest::newRow("transfer act")
            << transferAct()
            << QStringList {
                   u"соттылығының бар-жоғы туралы қағаз анықтамаларды қабылдау-тапсыру актісі"_s,
                   u"Акт приёма-передачи № 7501-01-260326-1"_s, u"Дата поступления в отделение"_s};
        QTest::newRow("interim notice")
            << interimNotice()
            << QStringList {u"Аралық жауап берілген күн"_s, u"Дата выдачи промежуточного ответа"_s};
        QTest::newRow("appeal receipt")
            << appealReceipt()
            << QStringList {u"Өтініш берушінің ЖСН-і"_s, u"Жалоба на действия работника"_s,
                   u"Это не является основанием для отказа в приёме жалобы"_s};
        QTest::newRow("issuance journal")
            << journal()
            << QStringList {u"паспорт № N12345678, МВД РК, 31.01.2031"_s,
                   u"нотариус Иванова А. Б."_s, u"01.12.2025"_s, u"Иванова А. С."_s,
                   u"Анықтама берілген тұлға"_s, u"которого выдана справка"_s};
        QTest::newRow("safe count report")
            << safeCountReport()
            << QStringList {u"Сейфтегі қағаз анықтамаларды санау туралы есеп"_s,
                   u"Отчёт о пересчёте бумажных справок в сейфе"_s, u"Касымова Айгуль Маратовна"_s,
                   u"7501-01-260220-0002-5"_s, u"алушыға берілді"_s, u"выдана получателю"_s};
        QTest::newRow("board report") << boardReport()
                                      << QStringList {u"4 күн қалды"_s, u"осталось 4 дня"_s,
                                             u"выдана дважды"_s, u"Бақылау панелі"_s};
    }

    void onlyKazakhAndRussian()
    {
        QFETCH(std::shared_ptr<Document>, document);
        QFETCH(QStringList, phrases);
        const QString path = m_dir.filePath(document->fileName() + u".pdf"_s);
        QString error;
        QVERIFY2(document->savePdf(path, &error), qPrintable(error));
        const QString keep = qEnvironmentVariable("CERTDESK_PRINT_DIR");
        if (!keep.isEmpty())
            QFile::copy(path, keep + u'/' + document->fileName() + u".pdf"_s);
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QStringList latin = latinWords(text);
        QVERIFY2(latin.isEmpty(),
            qPrintable(u"Latin words on a Kazakh and Russian document: "_s + latin.join(u", "_s)
                + u"\n"_s + text));
        for (const QString &phrase : phrases)
            QVERIFY2(squeezed(text).contains(squeezed(phrase)),
                qPrintable(phrase + u" is missing in:\n"_s + text));
    }
};

QTEST_MAIN(TestDocumentLanguage)
#include "tst_documentlanguage.moc"
