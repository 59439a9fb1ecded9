#include "print/ApplicationDocument.h"

#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"
#include "print/IssuanceJournalDocument.h"

#include <utility>

namespace certdesk {

namespace {

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

/// A value that is the same in both languages (a name, a number, a date).
DocumentText same(const QString &value)
{
    return DocumentText(value, QString());
}

/// "удостоверение личности № 045123456, выдано 14.05.2020 МВД РК, действительно до
/// 13.05.2030" in each language; what was not recorded is left out.
DocumentText identityText(const Application::IdentityDocument &d)
{
    const DocumentText type = IssuanceJournalDocument::documentType(d.type);
    if (d.type == Application::IdentityType::EDocument)
        return DocumentText::translate("ApplicationDocument", "%1, code %2").arg(type).arg(d.eCode);
    DocumentText text = DocumentText::translate("ApplicationDocument", "%1 № %2%3%4").arg(type);
    text = text.arg(d.number);
    text = text.arg(d.issuedOn.isValid() || !d.issuer.isEmpty()
            ? DocumentText::translate("ApplicationDocument", ", issued %1 by %2")
                  .arg(dmy(d.issuedOn), d.issuer)
            : same(QString()));
    return text.arg(d.expiresOn.isValid()
            ? DocumentText::translate("ApplicationDocument", ", valid until %1")
                  .arg(dmy(d.expiresOn))
            : same(QString()));
}

DocumentText poaText(const Application::PowerOfAttorney &poa)
{
    const DocumentText term = poa.validUntil.isValid()
        ? DocumentText::translate("ApplicationDocument", "valid until %1").arg(dmy(poa.validUntil))
        : DocumentText::translate(
            "ApplicationDocument", "no term stated: valid for one year from the date of issue");
    return DocumentText::translate(
        "ApplicationDocument", "notary %1, registration № %2 of the notarial act, issued %3; %4")
        .arg(poa.notary, poa.registrationNumber, dmy(poa.issuedOn))
        .arg(term);
}

DocumentText birthCertificateText(const Application::BirthCertificate &b)
{
    DocumentText text = DocumentText::translate("ApplicationDocument", "№ %1, issued %2")
                            .arg(b.number, dmy(b.issuedOn));
    if (!b.parent.isEmpty())
        text = DocumentText::translate("ApplicationDocument", "%1; parent named on it: %2")
                   .arg(text)
                   .arg(b.parent.fullName());
    return text;
}

} // namespace

ApplicationDocument::ApplicationDocument(Data data)
    : m_data(std::move(data))
{
}

QString ApplicationDocument::fileName() const
{
    const QString number = ReceiptNumber::format(m_data.intake.receipt);
    return m_data.copy > 1 ? QStringLiteral("application-%1-copy-%2").arg(number).arg(m_data.copy)
                           : QStringLiteral("application-%1").arg(number);
}

DocumentText ApplicationDocument::presenterBasis(const Application &a)
{
    switch (a.presenter.kind) {
    case Application::PresenterKind::Self:
        return DocumentText::translate(
            "ApplicationDocument", "The person the certificate is about, in person");
    case Application::PresenterKind::Representative:
        return DocumentText::translate(
            "ApplicationDocument", "Representative under a notarized power of attorney");
    case Application::PresenterKind::Parent:
        return DocumentText::translate(
            "ApplicationDocument", "Parent (guardian) of a minor, on the birth certificate");
    case Application::PresenterKind::EntityRepresentative:
        return DocumentText::translate("ApplicationDocument", "Representative of the legal entity");
    }
    return DocumentText();
}

DocumentText ApplicationDocument::consentText(const Application &a)
{
    if (a.presenter.kind == Application::PresenterKind::Self)
        return DocumentText::translate("ApplicationDocument",
            "I consent to the collection and processing of my personal data, including data "
            "held in information systems, to the extent needed to provide this public service, "
            "under the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V \"On personal "
            "data and their protection\".");
    return DocumentText::translate("ApplicationDocument",
        "I consent to the collection and processing of my personal data and of the personal "
        "data of the person the certificate is about, including data held in information "
        "systems, to the extent needed to provide this public service, under the Law of the "
        "Republic of Kazakhstan of 21 May 2013 No. 94-V \"On personal data and their "
        "protection\".");
}

void ApplicationDocument::write(DocumentWriter &w) const
{
    const ReceiptDocument::Data &d = m_data.intake;
    const QString number = ReceiptNumber::format(d.receipt);
    w.setFooter(
        DocumentText::translate("ApplicationDocument", "Application, receipt № %1").arg(number));

    const DocumentText addressee = DocumentText::translate("ApplicationDocument",
        "To the Committee on Legal Statistics and Special Accounts of the Prosecutor General's "
        "Office of the Republic of Kazakhstan");
    const DocumentText through = DocumentText::translate("ApplicationDocument",
        "through the State Corporation \"Government for Citizens\", %1 (code %2)")
                                     .arg(d.branchName, d.branchCode);
    w.titleWithQr(DocumentText::translate("ApplicationDocument",
                      "APPLICATION for the issuance of a certificate of no criminal record"),
        {addressee.kk, addressee.ru, through.kk, through.ru}, d.receipt.toLatin1(), 24, number);
    if (m_data.copy > 1) {
        // Said as loudly as the title: only the original carries the signatures that count.
        w.title(DocumentText::translate("ApplicationDocument", "COPY"));
        w.paragraph(DocumentText::translate("ApplicationDocument", "Printed again on %1, copy %2")
                        .arg(dmy(m_data.printedOn))
                        .arg(m_data.copy)
                        .joined(),
            DocumentWriter::Role::Small, Qt::AlignHCenter);
    }

    w.row(DocumentText::translate("ApplicationDocument", "Receipt number"), number);
    w.row(DocumentText::translate("ApplicationDocument", "Date and time of the application"),
        d.submittedLocal.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    w.row(DocumentText::translate("ApplicationDocument", "Public service"),
        DocumentText::translate(
            "ApplicationDocument", "Issuance of a certificate of no criminal record"));
    writeSubject(w);
    writePresenter(w);
    writeRequest(w);
    writeSignatures(w);
}

void ApplicationDocument::writeSubject(DocumentWriter &w) const
{
    const Application &a = m_data.intake.application;
    w.heading(DocumentText::translate("ApplicationDocument", "Person the certificate is about"));
    w.row(DocumentText::translate("ApplicationDocument", "Surname, name, patronymic"),
        a.subject.name.fullName());
    w.row(DocumentText::translate("ApplicationDocument", "IIN"), a.subject.iin);
    w.row(
        DocumentText::translate("ApplicationDocument", "Date of birth"), dmy(a.subject.birthDate));
    const Application::Previous &p = a.subject.previous;
    if (p.present) {
        if (!p.name.isEmpty())
            w.row(DocumentText::translate(
                      "ApplicationDocument", "Previous surname, name, patronymic"),
                p.name.fullName());
        if (p.birthDate.isValid())
            w.row(DocumentText::translate("ApplicationDocument", "Previous date of birth"),
                dmy(p.birthDate));
        w.row(DocumentText::translate("ApplicationDocument", "Document confirming the change"),
            QStringLiteral("%1 № %2, %3, %4")
                .arg(p.document.type, p.document.number, dmy(p.document.issuedOn),
                    p.document.issuer));
    }
}

void ApplicationDocument::writePresenter(DocumentWriter &w) const
{
    const Application &a = m_data.intake.application;
    w.heading(DocumentText::translate("ApplicationDocument", "The one at the counter"));
    if (a.applicant.kind == Application::ApplicantKind::LegalEntity) {
        w.row(DocumentText::translate("ApplicationDocument", "Applicant (legal entity)"),
            a.applicant.name);
        w.row(DocumentText::translate("ApplicationDocument", "BIN"), a.applicant.bin);
    }
    w.row(DocumentText::translate("ApplicationDocument", "Submitted by"), presenterBasis(a));
    if (a.presenter.kind != Application::PresenterKind::Self) {
        w.row(DocumentText::translate(
                  "ApplicationDocument", "Surname, name, patronymic of the one at the counter"),
            a.presenter.name.fullName());
        w.row(DocumentText::translate("ApplicationDocument", "IIN of the one at the counter"),
            a.presenter.iin);
    }
    if (!a.presenter.poa.isEmpty())
        w.row(DocumentText::translate("ApplicationDocument", "Power of attorney"),
            poaText(a.presenter.poa));
    if (!a.presenter.birthCertificate.isEmpty())
        w.row(DocumentText::translate("ApplicationDocument", "Birth certificate"),
            birthCertificateText(a.presenter.birthCertificate));
    w.row(DocumentText::translate(
              "ApplicationDocument", "Identity document of the one at the counter"),
        identityText(a.identity));
}

void ApplicationDocument::writeRequest(DocumentWriter &w) const
{
    const Application &a = m_data.intake.application;
    w.heading(DocumentText::translate("ApplicationDocument", "The certificate requested"));
    w.row(DocumentText::translate("ApplicationDocument", "Purpose and form of the result"),
        ReceiptDocument::purposeText(a));
    if (a.isPaper() && !a.country.isEmpty())
        w.row(DocumentText::translate("ApplicationDocument", "Country of destination"),
            countryText(a.country));
    w.row(DocumentText::translate("ApplicationDocument", "State fee"),
        a.purpose == Application::Purpose::Apostille
            ? ReceiptDocument::feeText(a)
            : DocumentText::translate("ApplicationDocument", "Free of charge (no apostille)"));
    w.row(DocumentText::translate("ApplicationDocument", "Phone for notices"),
        a.phone.isEmpty() ? DocumentText::translate("ApplicationDocument", "not given")
                          : same(a.phone));
}

void ApplicationDocument::writeSignatures(DocumentWriter &w) const
{
    const ReceiptDocument::Data &d = m_data.intake;
    const Application &a = d.application;
    w.rule();
    w.bilingual(DocumentText::translate("ApplicationDocument",
                    "I confirm that the information in this application is true and that the "
                    "documents I have shown are valid."),
        DocumentWriter::Role::Body);
    w.bilingual(consentText(a), DocumentWriter::Role::Body);
    w.row(DocumentText::translate("ApplicationDocument", "Date"), dmy(d.submittedLocal.date()));
    w.signature(a.presenter.kind == Application::PresenterKind::Self
            ? DocumentText::translate("ApplicationDocument", "Applicant")
            : DocumentText::translate("ApplicationDocument", "Applicant's representative"),
        a.presenter.name.surnameInitials());
    w.signature(DocumentText::translate("ApplicationDocument", "Accepted by"),
        ReceiptDocument::clerkText(d.clerkName, d.clerkPosition));
}

} // namespace certdesk
