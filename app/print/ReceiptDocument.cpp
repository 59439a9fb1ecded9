#include "print/ReceiptDocument.h"

#include "domain/IdNumber.h"
#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"

#include <cmath>
#include <utility>

namespace certdesk {

namespace {

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

} // namespace

DocumentText ReceiptDocument::purposeText(const Application &a)
{
    switch (a.purpose) {
    case Application::Purpose::Domestic:
        return DocumentText::translate("ReceiptDocument", "For use in Kazakhstan, in electronic form");
    case Application::Purpose::Abroad:
        return DocumentText::translate("ReceiptDocument", "For travel abroad, on paper");
    case Application::Purpose::Apostille:
        return DocumentText::translate("ReceiptDocument", "For travel abroad, with an apostille, on paper");
    }
    return DocumentText();
}

DocumentText ReceiptDocument::feeText(const Application &a)
{
    // The fee in MCI as the rules in force made it (amount = MCI x share, rounded to whole
    // tenge; shares have two decimals at most), written with the decimal comma of kk and ru.
    const double share
        = a.fee.mci > 0 ? std::round(double(a.fee.amount) / a.fee.mci * 100.0) / 100.0 : 0.0;
    return DocumentText::translate("ReceiptDocument", "%1 ₸ (%2 MCI), payment: %3")
        .arg(QString::number(a.fee.amount),
            QString::number(share, 'g', 4).replace(QLatin1Char('.'), QLatin1Char(',')),
            a.fee.paymentRef);
}

namespace {

DocumentText presenterText(const Application &a)
{
    const QString name = a.presenter.name.surnameInitials();
    switch (a.presenter.kind) {
    case Application::PresenterKind::Self:
        return DocumentText::translate("ReceiptDocument", "In person");
    case Application::PresenterKind::Representative:
        return DocumentText::translate("ReceiptDocument", "Representative %1 (notarized power of attorney)").arg(name);
    case Application::PresenterKind::Parent:
        return DocumentText::translate("ReceiptDocument", "Parent (guardian) %1").arg(name);
    case Application::PresenterKind::EntityRepresentative:
        return DocumentText::translate("ReceiptDocument", "Representative of the legal entity %1").arg(name);
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

QString ReceiptDocument::clerkText(const QString &fullName, const QString &position)
{
    return position.isEmpty() ? surnameInitials(fullName)
                              : QStringLiteral("%1, %2").arg(surnameInitials(fullName), position);
}

DocumentText ReceiptDocument::deadlineText(const ServiceTerms::Due &due)
{
    if (due.isDateTime())
        return DocumentText::translate("ReceiptDocument", "until %1, %2")
            .arg(dmy(due.dueAt.date()), due.dueAt.toString(QStringLiteral("HH:mm")));
    return DocumentText::translate("ReceiptDocument", "until %1").arg(dmy(due.dueDate));
}

QList<DocumentText> ReceiptDocument::pickupNotes(const Application &a)
{
    QList<DocumentText> notes;
    if (!a.isPaper()) {
        notes.append(DocumentText::translate("ReceiptDocument", "The result will be sent to the personal account on the eGov portal; there is no need to come to the branch again."));
        if (!a.phone.isEmpty())
            notes.append(DocumentText::translate("ReceiptDocument", "A notice will be sent to the phone: %1").arg(maskedPhone(a.phone)));
        return notes;
    }
    notes.append(DocumentText::translate("ReceiptDocument", "An identity document (or the digital document in the eGov mobile app)."));
    notes.append(DocumentText::translate("ReceiptDocument", "This receipt."));
    notes.append(DocumentText::translate("ReceiptDocument", "If a representative collects it: the representative's identity document and the notarized power of attorney."));
    notes.append(DocumentText::translate("ReceiptDocument", "The certificate is kept at the branch for one month from the day it arrives, then handed over to the service provider."));
    if (!a.phone.isEmpty())
        notes.append(DocumentText::translate("ReceiptDocument", "We will tell you by phone when the certificate arrives: %1")
                         .arg(maskedPhone(a.phone)));
    return notes;
}

void ReceiptDocument::write(DocumentWriter &w) const
{
    const Application &a = m_data.application;
    const QString number = ReceiptNumber::format(m_data.receipt);
    w.setFooter(DocumentText::translate("ReceiptDocument", "Keep this receipt until you receive the result"));

    const DocumentText corporation
        = DocumentText::translate("ReceiptDocument", "State Corporation \"Government for Citizens\"");
    QStringList lines{corporation.kk, corporation.ru};
    if (!m_data.branchName.isEmpty() || !m_data.branchCode.isEmpty())
        lines.append(QStringLiteral("%1 (%2 %3)")
                         .arg(m_data.branchName, DocumentText::translate("ReceiptDocument", "code").joined(),
                              m_data.branchCode)
                         .trimmed());
    w.titleWithQr(DocumentText::translate("ReceiptDocument", "Receipt for accepted documents"),
                  lines, m_data.receipt.toLatin1(), 26, number);

    w.row(DocumentText::translate("ReceiptDocument", "Receipt number"), number);
    w.row(DocumentText::translate("ReceiptDocument", "Date and time of acceptance"),
          m_data.submittedLocal.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    w.row(DocumentText::translate("ReceiptDocument", "Public service"),
          DocumentText::translate("ReceiptDocument", "Issuance of a certificate of no criminal record"));
    if (a.applicant.kind == Application::ApplicantKind::LegalEntity)
        w.row(DocumentText::translate("ReceiptDocument", "Applicant (legal entity)"),
              QStringLiteral("%1, %2 %3")
                  .arg(a.applicant.name, DocumentText::translate("ReceiptDocument", "BIN").joined(QStringLiteral("/")),
                       a.applicant.bin));
    w.row(DocumentText::translate("ReceiptDocument", "Person the certificate is about"),
          QStringLiteral("%1, %2 %3")
              .arg(a.subject.name.surnameInitials(),
                   DocumentText::translate("ReceiptDocument", "IIN").joined(QStringLiteral("/")),
                   IdNumber::masked(a.subject.iin)));
    w.row(DocumentText::translate("ReceiptDocument", "Documents submitted by"), presenterText(a));
    w.row(DocumentText::translate("ReceiptDocument", "Purpose and form of the result"), purposeText(a));
    if (a.isPaper() && !a.country.isEmpty())
        w.row(DocumentText::translate("ReceiptDocument", "Country of destination"),
            countryText(a.country));
    if (a.purpose == Application::Purpose::Apostille) {
        w.row(
            DocumentText::translate("ReceiptDocument", "State fee for the apostille"), feeText(a));
    }
    w.row(DocumentText::translate("ReceiptDocument", "Service delivery time"), deadlineText(m_data.due));
    w.space(1);
    w.list(DocumentText::translate("ReceiptDocument", "To collect the result"), pickupNotes(a));
    w.rule();
    w.signature(DocumentText::translate("ReceiptDocument", "Accepted by"),
        clerkText(m_data.clerkName, m_data.clerkPosition));
    w.signature(DocumentText::translate("ReceiptDocument", "Applicant"), a.presenter.name.surnameInitials());
}

} // namespace certdesk
