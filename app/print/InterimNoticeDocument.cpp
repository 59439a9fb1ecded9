#include "print/InterimNoticeDocument.h"

#include "domain/IdNumber.h"
#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"
#include "print/ReceiptDocument.h"

#include <utility>

namespace certdesk {

namespace {

DocumentText label(const char *kk, const char *ru)
{
    return DocumentText(QString::fromUtf8(kk), QString::fromUtf8(ru));
}

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

} // namespace

InterimNoticeDocument::InterimNoticeDocument(Data data)
    : m_data(std::move(data))
{
}

QString InterimNoticeDocument::fileName() const
{
    return QStringLiteral("interim-notice-%1").arg(ReceiptNumber::format(m_data.receipt));
}

Document::PageSetup InterimNoticeDocument::defaultPageSetup() const
{
    PageSetup setup;
    setup.size = QPageSize::A5;
    setup.marginsMm = QMarginsF(11, 9, 11, 8);
    return setup;
}

void InterimNoticeDocument::write(DocumentWriter &w) const
{
    const Data &d = m_data;
    const QString number = ReceiptNumber::format(d.receipt);
    w.titleWithQr(label("Аралық жауап", "Промежуточный ответ"),
        {QString::fromUtf8("«Азаматтарға арналған үкімет» мемлекеттік корпорациясы"),
            QString::fromUtf8("Государственная корпорация «Правительство для граждан»"),
            QString::fromUtf8("%1 (код %2)").arg(d.branchName, d.branchCode).trimmed()},
        d.receipt.toLatin1(), 22, number);
    w.row(label("Қолхат нөмірі", "Номер расписки"), number);
    w.row(label("Өтініш берілген күн", "Дата подачи заявления"), dmy(d.submittedOn));
    w.row(label("Анықтама кім туралы", "Лицо, о котором справка"),
        QStringLiteral("%1, ЖСН/ИИН %2").arg(d.subjectName, IdNumber::masked(d.iin)));
    w.rule();
    w.bilingual(label("Көрсетілетін қызметті беруші дербес деректері ұқсас адамдар бойынша "
                      "қосымша сәйкестендіру тексерісін жүргізуде, сондықтан анықтама белгіленген "
                      "мерзімде берілмейді.",
                    "Услугодатель проводит дополнительную идентификационную проверку по лицам "
                    "со схожими персональными данными, поэтому справка не может быть выдана в "
                    "установленный срок."),
        DocumentWriter::Role::Body);
    w.bilingual(DocumentText(QString::fromUtf8("Көрсетілетін қызметті беруші өтінішті алған "
                                               "күннен бастап 20 жұмыс күні өткен соң, %1 "
                                               "бастап қайта жүгінуге болады.")
                                 .arg(dmy(d.reapplyFrom)),
                    QString::fromUtf8("Повторно обратиться можно по истечении 20 рабочих дней "
                                      "со дня получения заявления услугодателем, начиная с %1.")
                        .arg(dmy(d.reapplyFrom))),
        DocumentWriter::Role::Value);
    w.row(label("Қайта жүгінуге болатын күн", "Повторно обратиться с"), dmy(d.reapplyFrom));
    w.row(label("Аралық жауаптың мерзімі", "Срок промежуточного ответа"), dmy(d.interimDue));
    w.row(label("Аралық жауап берілді", "Промежуточный ответ выдан"), dmy(d.givenOn));
    w.rule();
    const QString clerk = d.clerkPosition.isEmpty()
        ? ReceiptDocument::surnameInitials(d.clerkName)
        : QStringLiteral("%1, %2").arg(
            ReceiptDocument::surnameInitials(d.clerkName), d.clerkPosition);
    w.signature(label("Берген", "Выдал"), clerk);
    w.signature(label("Алған", "Получил"), ReceiptDocument::surnameInitials(d.subjectName));
}

} // namespace certdesk
