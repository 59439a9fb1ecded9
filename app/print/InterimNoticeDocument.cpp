#include "print/InterimNoticeDocument.h"

#include "domain/IdNumber.h"
#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"
#include "print/ReceiptDocument.h"

#include <utility>

namespace certdesk {

namespace {

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
    const DocumentText corporation = DocumentText::translate(
        "InterimNoticeDocument", "State Corporation \"Government for Citizens\"");
    w.titleWithQr(DocumentText::translate("InterimNoticeDocument", "Interim response"),
        {corporation.kk, corporation.ru,
            QStringLiteral("%1 (%2 %3)")
                .arg(d.branchName,
                    DocumentText::translate("InterimNoticeDocument", "code").joined(), d.branchCode)
                .trimmed()},
        d.receipt.toLatin1(), 22, number);
    w.row(DocumentText::translate("InterimNoticeDocument", "Receipt number"), number);
    w.row(DocumentText::translate("InterimNoticeDocument", "Date the application was submitted"), dmy(d.submittedOn));
    w.row(DocumentText::translate("InterimNoticeDocument", "Person the certificate is about"),
        QStringLiteral("%1, %2 %3")
            .arg(d.subjectName,
                DocumentText::translate("InterimNoticeDocument", "IIN").joined(QStringLiteral("/")),
                IdNumber::masked(d.iin)));
    w.rule();
    w.bilingual(DocumentText::translate("InterimNoticeDocument", "The service provider is carrying out an additional identification check of persons with similar personal data, so the certificate cannot be issued within the set time."),
        DocumentWriter::Role::Body);
    w.bilingual(DocumentText::translate("InterimNoticeDocument",
                    "You may apply again from %1: the working days of the term are counted "
                    "from the day the service provider received the application.")
                    .arg(dmy(d.reapplyFrom)),
        DocumentWriter::Role::Value);
    w.row(DocumentText::translate("InterimNoticeDocument", "May apply again from"), dmy(d.reapplyFrom));
    w.row(DocumentText::translate("InterimNoticeDocument", "Interim response due"), dmy(d.interimDue));
    w.row(DocumentText::translate("InterimNoticeDocument", "Interim response given"), dmy(d.givenOn));
    w.rule();
    w.signature(DocumentText::translate("InterimNoticeDocument", "Given by"),
        ReceiptDocument::clerkText(d.clerkName, d.clerkPosition));
    w.signature(DocumentText::translate("InterimNoticeDocument", "Received by"), ReceiptDocument::surnameInitials(d.subjectName));
}

} // namespace certdesk
