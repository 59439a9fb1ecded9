#include "print/ReceiptDocument.h"

#include "domain/ApostilleCountries.h"
#include "domain/IdNumber.h"
#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"

#include <utility>

namespace certdesk {

namespace {

// Document wording is fixed Kazakh and Russian, not the clerk's interface language.
DocumentText label(const char *kk, const char *ru)
{
    return DocumentText(QString::fromUtf8(kk), QString::fromUtf8(ru));
}

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

/// The phone as the person recognises it, without printing all of it: +7 701 ••• •• 78.
QString maskedPhone(const QString &phone)
{
    if (phone.size() == 12 && phone.startsWith(QLatin1String("+7")))
        return QStringLiteral("+7 %1 ••• •• %2").arg(phone.mid(2, 3), phone.right(2));
    if (phone.size() < 8)
        return phone;
    return phone.left(phone.size() - 7) + QStringLiteral(" ••• •• ") + phone.right(2);
}

DocumentText purposeText(const Application &a)
{
    switch (a.purpose) {
    case Application::Purpose::Domestic:
        return label("Қазақстанда пайдалану үшін, электрондық түрде",
                     "Для использования в Казахстане, в электронной форме");
    case Application::Purpose::Abroad:
        return label("Шетелге шығу үшін, қағаз түрінде", "Для выезда за рубеж, на бумаге");
    case Application::Purpose::Apostille:
        return label("Шетелге шығу үшін, апостильмен, қағаз түрінде",
                     "Для выезда за рубеж, с апостилем, на бумаге");
    }
    return DocumentText();
}

DocumentText presenterText(const Application &a)
{
    const QString name = a.presenter.name.surnameInitials();
    switch (a.presenter.kind) {
    case Application::PresenterKind::Self:
        return label("Өзі", "Лично");
    case Application::PresenterKind::Representative:
        return DocumentText(QString::fromUtf8("Сенім білдірілген өкіл %1 (нотариалдық сенімхат)").arg(name),
                            QString::fromUtf8("Представитель %1 (нотариальная доверенность)").arg(name));
    case Application::PresenterKind::Parent:
        return DocumentText(QString::fromUtf8("Ата-анасы (қорғаншысы) %1").arg(name),
                            QString::fromUtf8("Родитель (опекун) %1").arg(name));
    case Application::PresenterKind::EntityRepresentative:
        return DocumentText(QString::fromUtf8("Заңды тұлғаның өкілі %1").arg(name),
                            QString::fromUtf8("Представитель юридического лица %1").arg(name));
    }
    return DocumentText();
}

} // namespace

ReceiptDocument::ReceiptDocument(Data data)
    : m_data(std::move(data))
{
}

QString ReceiptDocument::fileName() const
{
    return QStringLiteral("receipt-%1").arg(ReceiptNumber::format(m_data.receipt));
}

Document::PageSetup ReceiptDocument::defaultPageSetup() const
{
    PageSetup setup;
    setup.size = QPageSize::A5;
    setup.marginsMm = QMarginsF(11, 9, 11, 8);
    return setup;
}

QString ReceiptDocument::surnameInitials(const QString &fullName)
{
    const QStringList parts = fullName.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return QString();
    return PersonName{parts.value(0), parts.value(1), parts.mid(2).join(u' ')}.surnameInitials();
}

DocumentText ReceiptDocument::deadlineText(const ServiceTerms::Due &due)
{
    if (due.isDateTime()) {
        const QString at = due.dueAt.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        return DocumentText(QString::fromUtf8("%1 дейін").arg(at), QString::fromUtf8("до %1").arg(at));
    }
    return DocumentText(QString::fromUtf8("%1 дейін").arg(dmy(due.dueDate)),
                        QString::fromUtf8("до %1").arg(dmy(due.dueDate)));
}

QList<DocumentText> ReceiptDocument::pickupNotes(const Application &a)
{
    QList<DocumentText> notes;
    if (!a.isPaper()) {
        notes.append(label("Нәтиже eGov порталындағы жеке кабинетке жіберіледі; бөлімшеге қайта "
                           "келудің қажеті жоқ.",
                           "Результат будет направлен в личный кабинет на портале eGov; "
                           "приходить в отделение повторно не нужно."));
        if (!a.phone.isEmpty())
            notes.append(DocumentText(QString::fromUtf8("Хабарлама телефонға жіберіледі: %1").arg(maskedPhone(a.phone)),
                                      QString::fromUtf8("Уведомление придёт на телефон: %1").arg(maskedPhone(a.phone))));
        return notes;
    }
    notes.append(label("Жеке басын куәландыратын құжат (немесе eGov mobile қосымшасындағы цифрлық "
                       "құжат).",
                       "Документ, удостоверяющий личность (или цифровой документ в приложении eGov "
                       "mobile)."));
    notes.append(label("Осы қолхат.", "Настоящая расписка."));
    notes.append(label("Өкіл арқылы алғанда — өкілдің жеке басын куәландыратын құжаты және "
                       "нотариат куәландырған сенімхат.",
                       "Если получает представитель — его документ, удостоверяющий личность, и "
                       "нотариально удостоверенная доверенность."));
    notes.append(label("Анықтама бөлімшеге келген күннен бастап бір ай сақталады, содан кейін "
                       "көрсетілетін қызметті берушіге жіберіледі.",
                       "Справка хранится в отделении один месяц со дня поступления, затем "
                       "передаётся услугодателю."));
    if (!a.phone.isEmpty())
        notes.append(DocumentText(QString::fromUtf8("Анықтама келгенде телефонға хабарлама жіберіледі: %1").arg(maskedPhone(a.phone)),
                                  QString::fromUtf8("О поступлении справки сообщим на телефон: %1").arg(maskedPhone(a.phone))));
    return notes;
}

void ReceiptDocument::write(DocumentWriter &w) const
{
    const Application &a = m_data.application;
    const QString number = ReceiptNumber::format(m_data.receipt);
    w.setFooter(label("Нәтижені алғанға дейін қолхатты сақтаңыз",
                      "Сохраните расписку до получения результата"));

    QStringList lines{QString::fromUtf8("«Азаматтарға арналған үкімет» мемлекеттік корпорациясы"),
                      QString::fromUtf8("Государственная корпорация «Правительство для граждан»")};
    if (!m_data.branchName.isEmpty() || !m_data.branchCode.isEmpty())
        lines.append(QString::fromUtf8("%1 (код %2)").arg(m_data.branchName, m_data.branchCode).trimmed());
    w.titleWithQr(label("Құжаттарды қабылдау туралы қолхат", "Расписка о приёме документов"),
                  lines, m_data.receipt.toLatin1(), 26, number);

    w.row(label("Қолхат нөмірі", "Номер расписки"), number);
    w.row(label("Қабылданған күні мен уақыты", "Дата и время приёма"),
          m_data.submittedLocal.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    w.row(label("Мемлекеттік көрсетілетін қызмет", "Государственная услуга"),
          label("Соттылығының бар-жоғы туралы анықтама беру",
                "Выдача справки о наличии либо отсутствии судимости"));
    if (a.applicant.kind == Application::ApplicantKind::LegalEntity)
        w.row(label("Өтініш беруші (заңды тұлға)", "Заявитель (юридическое лицо)"),
              QStringLiteral("%1, БСН/БИН %2").arg(a.applicant.name, a.applicant.bin));
    w.row(label("Анықтама кім туралы", "Лицо, о котором справка"),
          QStringLiteral("%1, ЖСН/ИИН %2").arg(a.subject.name.surnameInitials(), IdNumber::masked(a.subject.iin)));
    w.row(label("Құжаттарды тапсырған", "Документы подал"), presenterText(a));
    w.row(label("Мақсаты және нәтиже нысаны", "Цель и форма результата"), purposeText(a));
    if (a.isPaper() && !a.country.isEmpty())
        w.row(label("Баратын елі", "Страна назначения"),
              QStringLiteral("%1 (%2)").arg(ApostilleCountries::builtIn().countryName(a.country), a.country));
    if (a.purpose == Application::Purpose::Apostille) {
        w.row(label("Апостиль үшін мемлекеттік баж", "Государственная пошлина за апостиль"),
              DocumentText(QString::fromUtf8("%1 ₸ (0,5 АЕК), төлем: %2").arg(a.fee.amount).arg(a.fee.paymentRef),
                           QString::fromUtf8("%1 ₸ (0,5 МРП), платёж: %2").arg(a.fee.amount).arg(a.fee.paymentRef)));
    }
    w.row(label("Қызмет көрсету мерзімі", "Срок оказания услуги"), deadlineText(m_data.due));
    w.space(1);
    w.list(label("Нәтижені алу үшін", "Для получения результата"), pickupNotes(a));
    w.rule();
    const QString clerk = m_data.clerkPosition.isEmpty()
                              ? surnameInitials(m_data.clerkName)
                              : QStringLiteral("%1, %2").arg(surnameInitials(m_data.clerkName), m_data.clerkPosition);
    w.signature(label("Қабылдаған", "Принял"), clerk);
    w.signature(label("Өтініш беруші", "Заявитель"), a.presenter.name.surnameInitials());
}

} // namespace certdesk
