#include "print/AppealReceiptDocument.h"

#include "domain/AppealNumber.h"
#include "domain/AppealTerms.h"
#include "domain/IdNumber.h"
#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"
#include "print/ReceiptDocument.h"

#include <utility>

namespace certdesk {

namespace {

// Document wording is fixed Kazakh and Russian, not the clerk's interface language.
DocumentText label(const char *kk, const char *ru)
{
    return DocumentText(QString::fromUtf8(kk), QString::fromUtf8(ru));
}

DocumentText both(const char *kk, const char *ru, const QString &arg)
{
    return DocumentText(QString::fromUtf8(kk).arg(arg), QString::fromUtf8(ru).arg(arg));
}

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QString applicantLine(const Appeal &a)
{
    if (a.applicant.kind == Appeal::ApplicantKind::LegalEntity) {
        const QString bin = a.applicant.bin.isEmpty() ? QStringLiteral("—") : a.applicant.bin;
        return QStringLiteral("%1, БСН/БИН %2")
            .arg(a.applicant.entityName.isEmpty() ? QStringLiteral("—") : a.applicant.entityName,
                 bin);
    }
    const QString name = a.applicant.name.surnameInitials();
    const QString iin = a.applicant.iin.isEmpty() ? QStringLiteral("—")
                                                  : IdNumber::masked(a.applicant.iin);
    return QStringLiteral("%1, ЖСН/ИИН %2").arg(name.isEmpty() ? QStringLiteral("—") : name, iin);
}

DocumentText representativeText(const Appeal::Representative &r)
{
    const QString name = r.name.surnameInitials().isEmpty() ? QStringLiteral("—")
                                                            : r.name.surnameInitials();
    if (r.basis == Appeal::Basis::Head)
        return both("%1, басшысы", "%1, руководитель", name);
    if (r.poaNumber.isEmpty() && !r.poaIssuedOn.isValid())
        return both("%1, сенімхат бойынша", "%1, по доверенности", name);
    return DocumentText(QString::fromUtf8("%1, сенімхат № %2, %3")
                            .arg(name, r.poaNumber, dmy(r.poaIssuedOn)),
                        QString::fromUtf8("%1, доверенность № %2 от %3")
                            .arg(name, r.poaNumber, dmy(r.poaIssuedOn)));
}

} // namespace

AppealReceiptDocument::AppealReceiptDocument(Data data)
    : m_data(std::move(data))
{
}

QString AppealReceiptDocument::fileName() const
{
    return QStringLiteral("appeal-%1").arg(AppealNumber::format(m_data.appeal.number));
}

Document::PageSetup AppealReceiptDocument::defaultPageSetup() const
{
    PageSetup setup;
    setup.size = QPageSize::A5;
    setup.marginsMm = QMarginsF(11, 9, 11, 8);
    return setup;
}

DocumentText AppealReceiptDocument::titleText(Appeal::Kind kind)
{
    return kind == Appeal::Kind::Complaint
               ? label("Шағымды қабылдау туралы қолхат", "Расписка о приёме жалобы")
               : label("Өтінішті қабылдау туралы қолхат", "Расписка о приёме обращения");
}

DocumentText AppealReceiptDocument::aboutText(Appeal::About about)
{
    switch (about) {
    case Appeal::About::Service:
        return label("Мемлекеттік қызмет көрсету мәселесі бойынша өтініш",
                     "Обращение по вопросу оказания государственной услуги");
    case Appeal::About::Decision:
        return label("Шешімге шағым", "Жалоба на решение");
    case Appeal::About::Action:
        return label("Қызметкердің әрекетіне шағым", "Жалоба на действие работника");
    case Appeal::About::Inaction:
        return label("Қызметкердің әрекетсіздігіне шағым", "Жалоба на бездействие работника");
    }
    return DocumentText();
}

QList<DocumentText> AppealReceiptDocument::complianceItems(const QList<CompliancePoint> &points)
{
    QList<DocumentText> items;
    for (const CompliancePoint &p : points)
        items.append(DocumentText(AppealChecks::textKk(p), AppealChecks::textRu(p)));
    return items;
}

void AppealReceiptDocument::write(DocumentWriter &w) const
{
    const AppealState &s = m_data.appeal;
    const Appeal &a = s.appeal;
    const QString number = AppealNumber::format(s.number);
    w.setFooter(label("Қолхатты сақтаңыз: өтініштің барысын оның нөмірі бойынша білуге болады",
                      "Сохраните расписку: о ходе рассмотрения можно узнать по номеру"));

    QStringList lines{QString::fromUtf8("«Азаматтарға арналған үкімет» мемлекеттік корпорациясы"),
                      QString::fromUtf8("Государственная корпорация «Правительство для граждан»")};
    if (!m_data.branchName.isEmpty() || !m_data.branchCode.isEmpty())
        lines.append(QString::fromUtf8("%1 (код %2)")
                         .arg(m_data.branchName, m_data.branchCode)
                         .trimmed());
    w.titleWithQr(titleText(a.kind()), lines, s.number.toLatin1(), 26, number);

    w.row(label("Тіркеу нөмірі", "Регистрационный номер"), number);
    w.row(label("Қабылданған күні мен уақыты", "Дата и время приёма"),
          m_data.receivedLocal.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    w.row(label("Түрі", "Вид"), aboutText(a.about));
    w.row(label("Өтініш беруші", "Заявитель"), applicantLine(a));
    if (a.representative.present)
        w.row(label("Өкіл", "Представитель"), representativeText(a.representative));
    w.row(label("Кімге жолданған", "Кому адресовано"),
          a.addressee.isEmpty() ? QStringLiteral("—") : a.addressee);
    if (!a.caseReceipt.isEmpty())
        w.row(label("Қатысты өтінім (қолхат нөмірі)", "Касается заявления (номер расписки)"),
              ReceiptNumber::format(a.caseReceipt));
    if (a.date.isValid())
        w.row(label("Өтініштің күні", "Дата обращения"), dmy(a.date));

    const bool complaint = a.kind() == Appeal::Kind::Complaint;
    const AppealTermLengths lengths;
    const QString days = QString::number(complaint ? lengths.complaintWorkingDays
                                                   : lengths.appealWorkingDays);
    w.row(label("Қарау мерзімі", "Срок рассмотрения"),
          DocumentText(QString::fromUtf8("%1 дейін (%2 жұмыс күні)").arg(dmy(s.decisionDue), days),
                       QString::fromUtf8("до %1 (%2 рабочих дней)").arg(dmy(s.decisionDue), days)));
    if (a.otherBody)
        w.row(label("Құзыретті органға жолдау", "Направление в компетентный орган"),
              both("%1 дейін, өтініш берушіге хабарлай отырып",
                   "до %1 с уведомлением заявителя", dmy(s.referralDue)));
    if (s.filedLate())
        w.bilingual(both("Шағым берудің үш айлық мерзімі %1 өтті: дәлелді себеп болса, мерзім "
                         "қалпына келтірілуі мүмкін. Бұл шағымды қабылдаудан бас тартуға негіз "
                         "емес.",
                         "Трёхмесячный срок подачи жалобы истёк %1: при уважительной причине "
                         "срок может быть восстановлен. Это не основание для отказа в приёме "
                         "жалобы.",
                         dmy(s.filingUntil)));
    if (!s.compliance.isEmpty()) {
        w.space(1);
        w.list(both("%1 дейін түзету қажет:", "Необходимо устранить до %1:", dmy(s.complianceDue)),
               complianceItems(s.compliance));
    }
    w.space(1);
    w.bilingual(label("Өтінішті шешім қабылданғанға дейін жазбаша өтінішпен кері қайтарып алуға "
                      "болады.",
                      "Обращение можно отозвать письменным заявлением до принятия решения."),
                DocumentWriter::Role::Small);
    w.rule();
    const QString clerk = s.clerkPosition.isEmpty()
                              ? ReceiptDocument::surnameInitials(s.clerkName)
                              : QStringLiteral("%1, %2").arg(
                                  ReceiptDocument::surnameInitials(s.clerkName), s.clerkPosition);
    w.signature(label("Қабылдаған", "Принял"), clerk);
    const QString signer = a.representative.present ? a.representative.name.surnameInitials()
                                                    : a.applicant.name.surnameInitials();
    w.signature(label("Өтініш беруші", "Заявитель"), signer);
}

} // namespace certdesk
