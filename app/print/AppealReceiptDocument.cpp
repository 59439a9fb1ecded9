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

// Document wording is Kazakh and Russian from the translation files, whatever the clerk's
// interface language (print/DocumentText.h).

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QString applicantLine(const Appeal &a)
{
    if (a.applicant.kind == Appeal::ApplicantKind::LegalEntity) {
        const QString bin = a.applicant.bin.isEmpty() ? QStringLiteral("—") : a.applicant.bin;
        return QStringLiteral("%1, %2 %3")
            .arg(a.applicant.entityName.isEmpty() ? QStringLiteral("—") : a.applicant.entityName,
                 DocumentText::translate("AppealReceiptDocument", "BIN").joined(QStringLiteral("/")),
                 bin);
    }
    const QString name = a.applicant.name.surnameInitials();
    const QString iin = a.applicant.iin.isEmpty() ? QStringLiteral("—")
                                                  : IdNumber::masked(a.applicant.iin);
    return QStringLiteral("%1, %2 %3")
        .arg(name.isEmpty() ? QStringLiteral("—") : name,
             DocumentText::translate("AppealReceiptDocument", "IIN").joined(QStringLiteral("/")), iin);
}

DocumentText representativeText(const Appeal::Representative &r)
{
    const QString name = r.name.surnameInitials().isEmpty() ? QStringLiteral("—")
                                                            : r.name.surnameInitials();
    if (r.basis == Appeal::Basis::Head)
        return DocumentText::translate("AppealReceiptDocument", "%1, head").arg(name);
    if (r.poaNumber.isEmpty() && !r.poaIssuedOn.isValid())
        return DocumentText::translate("AppealReceiptDocument", "%1, by power of attorney").arg(name);
    return DocumentText::translate("AppealReceiptDocument", "%1, power of attorney No. %2 of %3")
        .arg(name, r.poaNumber, dmy(r.poaIssuedOn));
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
               ? DocumentText::translate("AppealReceiptDocument", "Receipt for an accepted complaint")
               : DocumentText::translate("AppealReceiptDocument", "Receipt for an accepted appeal");
}

DocumentText AppealReceiptDocument::aboutText(Appeal::About about)
{
    switch (about) {
    case Appeal::About::Service:
        return DocumentText::translate("AppealReceiptDocument", "Appeal on the delivery of a public service");
    case Appeal::About::Decision:
        return DocumentText::translate("AppealReceiptDocument", "Complaint about a decision");
    case Appeal::About::Action:
        return DocumentText::translate("AppealReceiptDocument", "Complaint about an employee's action");
    case Appeal::About::Inaction:
        return DocumentText::translate("AppealReceiptDocument", "Complaint about an employee's inaction");
    }
    return DocumentText();
}

QList<DocumentText> AppealReceiptDocument::complianceItems(const QList<CompliancePoint> &points)
{
    QList<DocumentText> items;
    for (const CompliancePoint &p : points)
        if (const char *source = AppealChecks::source(p))
            items.append(DocumentText::translate("AppealChecks", source));
        else
            items.append(DocumentText(p.field, p.field));
    return items;
}

void AppealReceiptDocument::write(DocumentWriter &w) const
{
    const AppealState &s = m_data.appeal;
    const Appeal &a = s.appeal;
    const QString number = AppealNumber::format(s.number);
    w.setFooter(DocumentText::translate("AppealReceiptDocument", "Keep this receipt: the progress of the appeal can be checked by its number"));

    const DocumentText corporation = DocumentText::translate(
        "AppealReceiptDocument", "State Corporation \"Government for Citizens\"");
    QStringList lines{corporation.kk, corporation.ru};
    if (!m_data.branchName.isEmpty() || !m_data.branchCode.isEmpty())
        lines.append(QStringLiteral("%1 (%2 %3)")
                         .arg(m_data.branchName,
                              DocumentText::translate("AppealReceiptDocument", "code").joined(),
                              m_data.branchCode)
                         .trimmed());
    w.titleWithQr(titleText(a.kind()), lines, s.number.toLatin1(), 26, number);

    w.row(DocumentText::translate("AppealReceiptDocument", "Registration number"), number);
    w.row(DocumentText::translate("AppealReceiptDocument", "Date and time of acceptance"),
          m_data.receivedLocal.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    w.row(DocumentText::translate("AppealReceiptDocument", "Kind"), aboutText(a.about));
    w.row(DocumentText::translate("AppealReceiptDocument", "Applicant"), applicantLine(a));
    if (a.representative.present)
        w.row(DocumentText::translate("AppealReceiptDocument", "Representative"), representativeText(a.representative));
    w.row(DocumentText::translate("AppealReceiptDocument", "Addressed to"),
          a.addressee.isEmpty() ? QStringLiteral("—") : a.addressee);
    if (!a.caseReceipt.isEmpty())
        w.row(DocumentText::translate("AppealReceiptDocument", "Concerns the application (receipt number)"),
              ReceiptNumber::format(a.caseReceipt));
    if (a.date.isValid())
        w.row(DocumentText::translate("AppealReceiptDocument", "Date of the appeal"), dmy(a.date));

    const bool complaint = a.kind() == Appeal::Kind::Complaint;
    const AppealTermLengths lengths;
    const int days = complaint ? lengths.complaintWorkingDays : lengths.appealWorkingDays;
    w.row(DocumentText::translate("AppealReceiptDocument", "Time for consideration"),
        DocumentText::translate(
            "AppealReceiptDocument", "until %1 (%n working day(s))", nullptr, days)
            .arg(dmy(s.decisionDue)));
    if (a.otherBody)
        w.row(DocumentText::translate("AppealReceiptDocument", "Referral to the competent body"),
              DocumentText::translate("AppealReceiptDocument", "until %1, notifying the applicant")
                  .arg(dmy(s.referralDue)));
    if (s.filedLate())
        w.bilingual(DocumentText::translate("AppealReceiptDocument",
                        "The three-month term for filing a complaint ended on %1: for a good "
                        "reason the term may be restored. This is no ground to refuse accepting "
                        "the complaint.")
                        .arg(dmy(s.filingUntil)));
    if (!s.compliance.isEmpty()) {
        w.space(1);
        w.list(DocumentText::translate("AppealReceiptDocument", "To be corrected by %1:")
                   .arg(dmy(s.complianceDue)),
               complianceItems(s.compliance));
    }
    w.space(1);
    w.bilingual(DocumentText::translate("AppealReceiptDocument", "The appeal may be withdrawn by a written application before the decision is taken."),
                DocumentWriter::Role::Small);
    w.rule();
    const QString clerk = s.clerkPosition.isEmpty()
                              ? ReceiptDocument::surnameInitials(s.clerkName)
                              : QStringLiteral("%1, %2").arg(
                                  ReceiptDocument::surnameInitials(s.clerkName), s.clerkPosition);
    w.signature(DocumentText::translate("AppealReceiptDocument", "Accepted by"), clerk);
    const QString signer = a.representative.present ? a.representative.name.surnameInitials()
                                                    : a.applicant.name.surnameInitials();
    w.signature(DocumentText::translate("AppealReceiptDocument", "Applicant"), signer);
}

} // namespace certdesk
