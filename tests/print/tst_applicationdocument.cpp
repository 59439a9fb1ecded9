#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "domain/ReceiptNumber.h"
#include "print/ApplicationDocument.h"

using namespace certdesk;

namespace {

const QString kSubjectIin = QStringLiteral("871008401427");
const QString kAgentIin = QStringLiteral("760212350620");

ApplicationDocument::Data adultInPerson()
{
    ApplicationDocument::Data d;
    ReceiptDocument::Data &r = d.intake;
    QString error;
    r.receipt = ReceiptNumber::compose(QStringLiteral("0101"), 3, QDate(2026, 3, 2), 42, &error);
    r.submittedLocal = QDateTime(QDate(2026, 3, 2), QTime(10, 5));
    r.clerkName = QStringLiteral("Иванова Анна Сергеевна");
    r.clerkPosition = QStringLiteral("главный специалист");
    r.branchName = QStringLiteral("Астана, Есильский район");
    r.branchCode = QStringLiteral("0101");
    Application &a = r.application;
    a.subject.iin = kSubjectIin;
    a.subject.name
        = {QStringLiteral("Әбілқасымова"), QStringLiteral("Гүлнұр"), QStringLiteral("Серікқызы")};
    a.subject.birthDate = QDate(1987, 10, 8);
    a.presenter.iin = kSubjectIin;
    a.presenter.name = a.subject.name;
    a.identity.type = Application::IdentityType::IdCard;
    a.identity.number = QStringLiteral("045123456");
    a.identity.issuer = QStringLiteral("МВД РК");
    a.identity.issuedOn = QDate(2020, 5, 14);
    a.identity.expiresOn = QDate(2030, 5, 13);
    a.phone = QStringLiteral("+77012345678");
    a.noticeConsent = true;
    a.noticeLanguage = QStringLiteral("ru");
    a.purpose = Application::Purpose::Apostille;
    a.country = QStringLiteral("DE");
    a.fee = {2163, 4325, QStringLiteral("KASPI-778899")};
    r.due.kind = ServiceTerms::Kind::Apostille;
    r.due.dueDate = QDate(2026, 3, 13);
    d.printedOn = QDate(2026, 3, 2);
    return d;
}

ApplicationDocument::Data representativeWithPoa()
{
    ApplicationDocument::Data d = adultInPerson();
    Application &a = d.intake.application;
    a.presenter.kind = Application::PresenterKind::Representative;
    a.presenter.iin = kAgentIin;
    a.presenter.name
        = {QStringLiteral("Сейтқали"), QStringLiteral("Ерлан"), QStringLiteral("Маратұлы")};
    a.presenter.poa.notary = QStringLiteral("Жұмабекова Г.Т.");
    a.presenter.poa.registrationNumber = QStringLiteral("2026-1187");
    a.presenter.poa.issuedOn = QDate(2026, 1, 20);
    a.presenter.poa.validUntil = QDate(2027, 1, 20);
    a.presenter.poa.principalIin = kSubjectIin;
    a.presenter.poa.agentIin = kAgentIin;
    a.identity.type = Application::IdentityType::Passport;
    a.identity.number = QStringLiteral("N12345678");
    a.purpose = Application::Purpose::Domestic;
    a.country.clear();
    a.fee = {};
    a.phone.clear();
    return d;
}

ApplicationDocument::Data parentWithBirthCertificate()
{
    ApplicationDocument::Data d = adultInPerson();
    Application &a = d.intake.application;
    a.subject.iin = QStringLiteral("100315650019");
    a.subject.name = {QStringLiteral("Омарова"), QStringLiteral("Аружан"), QString()};
    a.subject.birthDate = QDate(2010, 3, 15);
    a.presenter.kind = Application::PresenterKind::Parent;
    a.presenter.iin = kSubjectIin;
    a.presenter.name
        = {QStringLiteral("Омарова"), QStringLiteral("Гүлнұр"), QStringLiteral("Серікқызы")};
    a.presenter.birthCertificate.number = QStringLiteral("I-АЛ 0456789");
    a.presenter.birthCertificate.issuedOn = QDate(2010, 4, 1);
    a.noticeConsent = false;
    a.presenter.birthCertificate.childIin = a.subject.iin;
    a.presenter.birthCertificate.parent = a.presenter.name;
    a.purpose = Application::Purpose::Abroad;
    a.country = QStringLiteral("TR");
    a.fee = {};
    return d;
}

ApplicationDocument::Data legalEntity()
{
    ApplicationDocument::Data d = representativeWithPoa();
    Application &a = d.intake.application;
    a.applicant.kind = Application::ApplicantKind::LegalEntity;
    a.applicant.bin = QStringLiteral("940140000385");
    a.applicant.name = QStringLiteral("ТОО «Береке Логистик»");
    a.presenter.kind = Application::PresenterKind::EntityRepresentative;
    return d;
}

QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

/// The application for signature rendered to PDF and read back with pdftotext: every field
/// the issue names, in Kazakh and in Russian, the grounds of a representative, a parent and
/// a legal entity, the IIN in full where the form needs it, and the copy mark of a reprint.
class TestApplicationDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// The document as pdftotext reads it, whitespace made single spaces; the pages in *pages.
    QString render(const ApplicationDocument::Data &data, int *pages = nullptr)
    {
        const ApplicationDocument document(data);
        const QString path = m_dir.filePath(document.fileName() + QStringLiteral(".pdf"));
        QString error;
        if (!document.savePdf(path, &error)) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        // CERTDESK_KEEP_PDF=FOLDER keeps them, to look at the pages.
        const QString keep = qEnvironmentVariable("CERTDESK_KEEP_PDF");
        if (!keep.isEmpty()) {
            const QString kept = QDir(keep).filePath(
                QStringLiteral("%1-%2.pdf")
                    .arg(QString::fromLatin1(QTest::currentTestFunction()), document.fileName()));
            QFile::remove(kept);
            QFile::copy(path, kept);
        }
        if (pages) {
            const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                               .match(run(QStringLiteral("pdfinfo"), {path}));
            *pages = m.hasMatch() ? m.captured(1).toInt() : -1;
        }
        return run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
    }

    static bool has(const QString &text, const QString &needle)
    {
        if (!text.contains(needle))
            qWarning("missing \"%s\" in:\n%s", qPrintable(needle), qPrintable(text));
        return text.contains(needle);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A check that cannot read the paper is no check: the tools must be there.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
            "pdftotext (poppler-utils) is not installed");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
            "pdfinfo (poppler-utils) is not installed");
        QVERIFY(m_dir.isValid());
    }

    void adultInPersonEveryField()
    {
        int pages = 0;
        const QString t = render(adultInPerson(), &pages);
        QCOMPARE(pages, 1);
        // Title, the service it asks for, the addressee and the branch, both languages.
        QVERIFY(has(t, QStringLiteral("ӨТІНІШ / ЗАЯВЛЕНИЕ")));
        QVERIFY(has(t, QStringLiteral("о выдаче справки о наличии либо отсутствии судимости")));
        QVERIFY(has(t, QStringLiteral("соттылығының бар-жоғы туралы анықтама беру туралы")));
        QVERIFY(has(t, QStringLiteral("В Комитет по правовой статистике и специальным учётам")));
        QVERIFY(has(
            t, QStringLiteral("Құқықтық статистика және арнайы есепке алу жөніндегі комитетке")));
        // The branch, the receipt and the time of the application.
        QVERIFY(has(t, QStringLiteral("Отделение, номер расписки, дата и время")));
        QVERIFY(has(t, QStringLiteral("Бөлімше, қолхат нөмірі, күні мен уақыты")));
        QVERIFY(has(t, QStringLiteral("Астана, Есильский район (0101)")));
        QVERIFY(has(t, QStringLiteral("0101-03-260302-0042")));
        QVERIFY(has(t, QStringLiteral("02.03.2026 10:05")));
        // The person, with the IIN in full: the provider identifies them by it.
        QVERIFY(has(t, QStringLiteral("Әбілқасымова Гүлнұр Серікқызы")));
        QVERIFY(has(t, kSubjectIin));
        QVERIFY(has(t, QStringLiteral("08.10.1987")));
        QVERIFY(has(t, QStringLiteral("Анықтама сұралатын тұлғаның өзі")));
        QVERIFY(has(t, QStringLiteral("лично")));
        // The identity document's details, never more.
        QVERIFY(has(t, QStringLiteral("удостоверение личности № 045123456")));
        QVERIFY(has(t, QStringLiteral("жеке куәлік № 045123456")));
        QVERIFY(has(t, QStringLiteral("дата выдачи 14.05.2020, кем выдан: МВД РК")));
        QVERIFY(has(t, QStringLiteral("13.05.2030")));
        // Purpose, country, fee, phone.
        QVERIFY(has(t, QStringLiteral("Германия (DE)")));
        QVERIFY(has(t, QStringLiteral("2163 ₸")));
        QVERIFY(has(t, QStringLiteral("KASPI-778899")));
        QVERIFY(has(t, QStringLiteral("+77012345678")));
        // The consent to SMS notices, signed with the rest.
        QVERIFY(has(t, QStringLiteral("+77012345678; SMS: согласие дано, на русском")));
        QVERIFY(has(t, QStringLiteral("+77012345678; SMS: келісті, орыс тілінде")));
        // The consent under Law No. 94-V, both languages, to the applicant's own data.
        QVERIFY(has(t, QStringLiteral("№ 94-V «О персональных данных и их защите»")));
        QVERIFY(has(t, QStringLiteral("«Дербес деректер және оларды қорғау туралы»")));
        QVERIFY(has(t,
            QStringLiteral(
                "Даю согласие на сбор и обработку моих персональных данных, в том числе")));
        // Signature lines: the applicant and the clerk.
        QVERIFY(has(t, QStringLiteral("Заявитель")));
        QVERIFY(has(t, QStringLiteral("Күні/Дата 02.03.2026")));
        QVERIFY(has(t, QStringLiteral("ИИН, дата рождения")));
        QVERIFY(has(t, QStringLiteral("Әбілқасымова Г.С.")));
        QVERIFY(has(t, QStringLiteral("Принял")));
        QVERIFY(has(t, QStringLiteral("Иванова А.С., главный специалист")));
        QVERIFY(has(t, QStringLiteral("қолы / подпись")));
        // The original carries no copy mark.
        QVERIFY(!t.contains(QStringLiteral("КОПИЯ")));
        QVERIFY(!t.contains(QStringLiteral("КӨШІРМЕ")));
    }

    void representativeWithPowerOfAttorney()
    {
        int pages = 0;
        const QString t = render(representativeWithPoa(), &pages);
        QCOMPARE(pages, 1);
        QVERIFY(has(t, QStringLiteral("Представитель по нотариально удостоверенной доверенности")));
        QVERIFY(has(t, QStringLiteral("Нотариат куәландырған сенімхат бойынша өкіл")));
        QVERIFY(has(t, QStringLiteral("Сейтқали Ерлан Маратұлы")));
        QVERIFY(has(t, QStringLiteral("Сейтқали Ерлан Маратұлы; 760212350620"))); // the signer, in full
        QVERIFY(has(t, kSubjectIin));
        QVERIFY(has(t, QStringLiteral("нотариус Жұмабекова Г.Т., регистрационный № 2026-1187")));
        QVERIFY(has(t, QStringLiteral("дата выдачи 20.01.2026; действительна до 20.01.2027")));
        QVERIFY(has(t, QStringLiteral("нотариаттық әрекеттің тіркеу № 2026-1187")));
        QVERIFY(has(t, QStringLiteral("паспорт № N12345678")));
        QVERIFY(has(t, QStringLiteral("Бесплатно (без апостиля)")));
        QVERIFY(has(t, QStringLiteral("Тегін (апостильсіз)")));
        QVERIFY(has(t, QStringLiteral("не указан"))); // no phone given
        QVERIFY(has(t,
            QStringLiteral(
                "и персональных данных лица, в отношении которого запрашивается справка")));
        QVERIFY(has(t, QStringLiteral("Представитель заявителя")));
        QVERIFY(has(t, QStringLiteral("Өтініш берушінің өкілі")));
        QVERIFY(has(t, QStringLiteral("Сейтқали Е.М.")));
    }

    void powerOfAttorneyWithoutTerm()
    {
        auto data = representativeWithPoa();
        data.intake.application.presenter.poa.validUntil = QDate();
        const QString t = render(data);
        QVERIFY(has(t, QStringLiteral("срок не указан: действительна один год со дня выдачи")));
    }

    void parentWithTheBirthCertificate()
    {
        int pages = 0;
        const QString t = render(parentWithBirthCertificate(), &pages);
        QCOMPARE(pages, 1);
        QVERIFY(has(t,
            QStringLiteral("Родитель (опекун), по свидетельству о рождении")));
        QVERIFY(has(t, QStringLiteral("Свидетельство о рождении")));
        QVERIFY(has(t, QStringLiteral("Туу туралы куәлік")));
        QVERIFY(has(t, QStringLiteral("№ I-АЛ 0456789, дата выдачи 01.04.2010")));
        QVERIFY(has(t, QStringLiteral("указанный в нём родитель: Омарова Гүлнұр Серікқызы")));
        QVERIFY(has(t, QStringLiteral("100315650019")));
        QVERIFY(has(t, QStringLiteral("Омарова Аружан")));
        QVERIFY(has(t, QStringLiteral("Турция (TR)")));
        // A phone without the tick: said so, on the paper the person signs.
        QVERIFY(has(t, QStringLiteral("+77012345678; SMS: согласия нет")));
        QVERIFY(has(t, QStringLiteral("Для выезда за рубеж, на бумаге")));
    }

    void aBirthCertificateWithoutItsDate()
    {
        // Intake asks for the date; a record that came without it prints no empty date.
        ApplicationDocument::Data d = parentWithBirthCertificate();
        d.intake.application.presenter.birthCertificate.issuedOn = QDate();
        const QString t = render(d);
        QVERIFY(has(t, QStringLiteral("№ I-АЛ 0456789")));
        QVERIFY2(!t.contains(QStringLiteral("№ I-АЛ 0456789, ")), qPrintable(t));
        QVERIFY2(!t.contains(QStringLiteral(", ,")), qPrintable(t));
    }

    void legalEntityAndItsRepresentative()
    {
        const QString t = render(legalEntity());
        QVERIFY(has(t, QStringLiteral("Заявитель (юридическое лицо)")));
        QVERIFY(has(t, QStringLiteral("ТОО «Береке Логистик», БИН 940140000385")));
        QVERIFY(has(t, QStringLiteral("ТОО «Береке Логистик», БСН 940140000385")));
        QVERIFY(has(t, QStringLiteral("Представитель юридического лица")));
        QVERIFY(has(t, QStringLiteral("Заңды тұлғаның өкілі")));
        QVERIFY(has(t, QStringLiteral("нотариус Жұмабекова Г.Т.")));
    }

    void previousDataAndTheDocumentOfTheChange()
    {
        auto data = adultInPerson();
        Application::Previous &p = data.intake.application.subject.previous;
        p.present = true;
        p.name.surname = QStringLiteral("Сейітова");
        p.document = {QStringLiteral("свидетельство о браке"), QStringLiteral("II-КР 123"),
            QDate(2012, 6, 1), QStringLiteral("ЗАГС г. Астаны")};
        const QString t = render(data);
        QVERIFY(has(t, QStringLiteral("Прежние фамилия, имя, отчество")));
        QVERIFY(has(t, QStringLiteral("Сейітова")));
        QVERIFY(has(t, QStringLiteral("Документ, подтверждающий изменение")));
        QVERIFY(has(
            t, QStringLiteral("свидетельство о браке № II-КР 123, 01.06.2012, ЗАГС г. Астаны")));
    }

    void aReprintIsMarkedAsACopy()
    {
        auto data = representativeWithPoa();
        data.copy = 3;
        data.printedOn = QDate(2026, 3, 20);
        int pages = 0;
        const QString t = render(data, &pages);
        QCOMPARE(pages, 1);
        QVERIFY(has(t, QStringLiteral("ӨТІНІШ / ЗАЯВЛЕНИЕ — КӨШІРМЕ / КОПИЯ")));
        QVERIFY(has(t, QStringLiteral("Напечатано повторно 20.03.2026, экземпляр 3")));
        QVERIFY(has(t, QStringLiteral("20.03.2026 қайта басып шығарылды, 3-дана")));
        // Still the whole application, with the date it was made.
        QVERIFY(has(t, QStringLiteral("02.03.2026 10:05")));
        QVERIFY(has(t, kSubjectIin));
        QCOMPARE(ApplicationDocument(data).fileName(),
            QStringLiteral("application-0101-03-260302-0042-%1-copy-3")
                .arg(ReceiptNumber::format(data.intake.receipt).right(1)));
    }

    void fileNameNamesNoPerson()
    {
        const ApplicationDocument document(adultInPerson());
        QVERIFY(document.fileName().startsWith(QStringLiteral("application-0101-03-260302-0042")));
        QVERIFY(!document.fileName().contains(kSubjectIin));
    }

    void a5PaperStillHoldsIt()
    {
        // A clerk who turned the A4 printer's paper to A5 in the preview gets every field
        // still, on more pages, with the footer naming the receipt on each.
        const ApplicationDocument document(legalEntity());
        Document::PageSetup setup = document.defaultPageSetup();
        QCOMPARE(setup.size, QPageSize::A4);
        setup.size = QPageSize::A5;
        const QString path = m_dir.filePath(QStringLiteral("a5.pdf"));
        QString error;
        QVERIFY2(document.savePdf(path, setup, &error), qPrintable(error));
        const QString t
            = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
        QVERIFY(has(t, QStringLiteral("Представитель юридического лица")));
        QVERIFY(has(t,
            QStringLiteral("Расписка № 0101-03-260302-0042")
                .replace(QStringLiteral("Расписка"), QStringLiteral("расписка"))));
        QVERIFY(has(t, QStringLiteral("Иванова А.С., главный специалист")));
    }
};

QTEST_MAIN(TestApplicationDocument)
#include "tst_applicationdocument.moc"
