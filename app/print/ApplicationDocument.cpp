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
    DocumentText issued = same(QString());
    if (d.issuedOn.isValid() && !d.issuer.isEmpty())
        issued = DocumentText::translate("ApplicationDocument", ", issued %1 by %2")
                     .arg(dmy(d.issuedOn), d.issuer);
    else if (d.issuedOn.isValid())
        issued = DocumentText::translate("ApplicationDocument", ", issued %1").arg(dmy(d.issuedOn));
    else if (!d.issuer.isEmpty())
        issued = DocumentText::translate("ApplicationDocument", ", issued by %1").arg(d.issuer);
    text = text.arg(issued);
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
    // Intake asks for both; a record imported without the date still prints cleanly.
    DocumentText text = b.issuedOn.isValid()
        ? DocumentText::translate("ApplicationDocument", "№ %1, issued %2")
              .arg(b.number, dmy(b.issuedOn))
        : DocumentText::translate("ApplicationDocument", "№ %1").arg(b.number);
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
            "ApplicationDocument", "Parent (guardian), on the birth certificate");
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

    // The title is the word alone in both languages (on a reprint with the copy mark beside
    // it: only the original carries the signatures that count); the service it asks for
    // follows as the first line under it, then whom it is addressed to.
    const DocumentText service = DocumentText::translate(
        "ApplicationDocument", "for the issuance of a certificate of no criminal record");
    // The provider by the Committee's own name: one line in each language leaves the page
    // to what the person signs.
    const DocumentText addressee = DocumentText::translate(
        "ApplicationDocument", "To the Committee on Legal Statistics and Special Accounts");
    QString title = DocumentText::translate("ApplicationDocument", "APPLICATION").joined();
    QStringList lines {service.kk, service.ru, addressee.kk, addressee.ru};
    if (m_data.copy > 1) {
        title += QStringLiteral(" — ")
            + DocumentText::translate("ApplicationDocument", "COPY").joined();
        lines.prepend(DocumentText::translate("ApplicationDocument", "Printed again on %1, copy %2")
                          .arg(dmy(m_data.printedOn))
                          .arg(m_data.copy)
                          .joined());
    }
    w.titleWithQr(same(title), lines, d.receipt.toLatin1(), 24, number);

    // The branch it was submitted through, the receipt and the moment, on one line.
    w.row(DocumentText::translate("ApplicationDocument", "Branch, receipt number, date and time"),
        QStringLiteral("%1 (%2); %3; %4")
            .arg(d.branchName, d.branchCode, number,
                d.submittedLocal.toString(QStringLiteral("dd.MM.yyyy HH:mm"))));
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
    w.row(DocumentText::translate("ApplicationDocument", "IIN, date of birth"),
        QStringLiteral("%1, %2").arg(a.subject.iin, dmy(a.subject.birthDate)));
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
    if (a.applicant.kind == Application::ApplicantKind::LegalEntity)
        w.row(DocumentText::translate("ApplicationDocument", "Applicant (legal entity)"),
            DocumentText::translate("ApplicationDocument", "%1, BIN %2")
                .arg(a.applicant.name, a.applicant.bin));
    w.row(DocumentText::translate("ApplicationDocument", "Submitted by"), presenterBasis(a));
    if (a.presenter.kind != Application::PresenterKind::Self) {
        w.row(DocumentText::translate("ApplicationDocument", "Surname, name, patronymic; IIN"),
            QStringLiteral("%1; %2").arg(a.presenter.name.fullName(), a.presenter.iin));
    }
    if (!a.presenter.poa.isEmpty())
        w.row(DocumentText::translate("ApplicationDocument", "Power of attorney"),
            poaText(a.presenter.poa));
    if (!a.presenter.birthCertificate.isEmpty())
        w.row(DocumentText::translate("ApplicationDocument", "Birth certificate"),
            birthCertificateText(a.presenter.birthCertificate));
    w.row(DocumentText::translate("ApplicationDocument", "Identity document"),
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
    // The consent to SMS notices is the person's to give: it is on the paper they sign, in the
    // phone's row (a row of its own would push a parent's application onto a second page).
    const DocumentText consent = !a.noticeConsent
        ? DocumentText::translate("ApplicationDocument", "not agreed")
        : a.noticeLanguage == QLatin1String("ru")
        ? DocumentText::translate("ApplicationDocument", "agreed, in Russian")
        : DocumentText::translate("ApplicationDocument", "agreed, in Kazakh");
    w.row(DocumentText::translate("ApplicationDocument", "Phone for notices"),
        a.phone.isEmpty()
            ? DocumentText::translate("ApplicationDocument", "not given")
            : DocumentText::translate("ApplicationDocument", "%1; SMS: %2")
                  .arg(a.phone)
                  .arg(consent));
}

void ApplicationDocument::writeSignatures(DocumentWriter &w) const
{
    const ReceiptDocument::Data &d = m_data.intake;
    const Application &a = d.application;
    // What the applicant signs, in one paragraph per language: the truth of the data and the
    // consent. It stays on one page with the signatures under it, never signed on a sheet of
    // its own.
    const DocumentText statement = DocumentText::translate("ApplicationDocument", "%1 %2")
                                       .arg(DocumentText::translate("ApplicationDocument",
                                           "I confirm that the information in this application "
                                           "is true and that the documents I have shown are "
                                           "valid."))
                                       .arg(consentText(a));
    w.reserve(w.heightOf(statement, DocumentWriter::Role::Body) + w.toDevice(28));
    w.rule();
    w.bilingual(statement, DocumentWriter::Role::Body);
    // Each signature line carries the date beside the name: "Сейтқали Е.М., Күні/Дата 02.03.2026".
    const QString dated = QStringLiteral("%2, %1 %3")
                              .arg(DocumentText::translate("ApplicationDocument", "Date")
                                       .joined(QStringLiteral("/")),
                                  QStringLiteral("%1"), dmy(d.submittedLocal.date()));
    w.signature(a.presenter.kind == Application::PresenterKind::Self
            ? DocumentText::translate("ApplicationDocument", "Applicant")
            : DocumentText::translate("ApplicationDocument", "Applicant's representative"),
        dated.arg(a.presenter.name.surnameInitials()));
    w.signature(DocumentText::translate("ApplicationDocument", "Accepted by"),
        dated.arg(ReceiptDocument::clerkText(d.clerkName, d.clerkPosition)));
}

} // namespace certdesk
