#include "print/IssuanceJournalDocument.h"

#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"
#include "print/ReceiptDocument.h"
#include "print/RegisterTable.h"

#include <utility>

namespace certdesk {

namespace {

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("representative"))
        return DocumentText::translate("IssuanceJournalDocument", "representative").joined();
    if (kind == QLatin1String("parent"))
        return DocumentText::translate("IssuanceJournalDocument", "parent").joined();
    if (kind == QLatin1String("entity_representative"))
        return DocumentText::translate("IssuanceJournalDocument", "legal entity's representative").joined();
    return DocumentText::translate("IssuanceJournalDocument", "in person").joined();
}

/// "жеке куәлік / удостоверение личности № 045123987, МВД РК, 13.05.2029": the type in both
/// languages, then what the column title says (number, issued by, valid to).
QString documentCell(const Application::IdentityDocument &d)
{
    const QString type = IssuanceJournalDocument::documentType(d.type).joined();
    if (d.type == Application::IdentityType::EDocument)
        return QStringLiteral("%1, %2 %3")
            .arg(
                type, DocumentText::translate("IssuanceJournalDocument", "code").joined(), d.eCode);
    QStringList parts {QStringLiteral("%1 № %2").arg(type, d.number)};
    if (!d.issuer.isEmpty())
        parts.append(d.issuer);
    if (d.expiresOn.isValid())
        parts.append(dmy(d.expiresOn));
    return parts.join(QStringLiteral(", "));
}

QString poaCell(const Application::PowerOfAttorney &poa)
{
    return QStringLiteral("%1: %2 %3, № %4, %5")
        .arg(DocumentText::translate("IssuanceJournalDocument", "Power of attorney").joined(),
            DocumentText::translate("IssuanceJournalDocument", "notary").joined(), poa.notary,
            poa.registrationNumber, dmy(poa.issuedOn));
}

} // namespace

DocumentText IssuanceJournalDocument::documentType(Application::IdentityType type)
{
    switch (type) {
    case Application::IdentityType::IdCard:
        return DocumentText::translate("IssuanceJournalDocument", "identity card");
    case Application::IdentityType::Passport:
        return DocumentText::translate("IssuanceJournalDocument", "passport");
    case Application::IdentityType::ResidencePermit:
        return DocumentText::translate("IssuanceJournalDocument", "residence permit");
    case Application::IdentityType::Stateless:
        return DocumentText::translate("IssuanceJournalDocument", "stateless person's certificate");
    case Application::IdentityType::EDocument:
        return DocumentText::translate("IssuanceJournalDocument", "digital document");
    }
    return DocumentText();
}

IssuanceJournalDocument::IssuanceJournalDocument(Data data)
    : m_data(std::move(data))
{
}

QString IssuanceJournalDocument::fileName() const
{
    if (m_data.from == m_data.to)
        return QStringLiteral("issuance-journal-%1").arg(m_data.from.toString(Qt::ISODate));
    return QStringLiteral("issuance-journal-%1-%2")
        .arg(m_data.from.toString(Qt::ISODate), m_data.to.toString(Qt::ISODate));
}

Document::PageSetup IssuanceJournalDocument::defaultPageSetup() const
{
    PageSetup setup;
    setup.orientation = QPageLayout::Landscape;
    setup.marginsMm = QMarginsF(12, 10, 12, 10);
    return setup;
}

void IssuanceJournalDocument::write(DocumentWriter &w) const
{
    const Data &d = m_data;
    const QString period
        = d.from == d.to ? dmy(d.from) : QStringLiteral("%1 — %2").arg(dmy(d.from), dmy(d.to));
    w.setFooter(DocumentText(
        QStringLiteral("%1, %2, %3 (%4 %5)")
            .arg(DocumentText::translate("IssuanceJournalDocument", "Journal of issued certificates").joined(),
                period, d.branchName,
                DocumentText::translate("IssuanceJournalDocument", "code").joined(), d.branchCode),
        QString()));
    w.title(DocumentText::translate("IssuanceJournalDocument", "Journal of issued certificates of no criminal record"));
    w.row(DocumentText::translate("IssuanceJournalDocument", "Period"), period);
    w.row(DocumentText::translate("IssuanceJournalDocument", "Branch"), QStringLiteral("%1 (%2)").arg(d.branchName, d.branchCode));

    RegisterTable table({
        {DocumentText::translate("IssuanceJournalDocument", "No."), 0.4, Qt::AlignRight},
        {DocumentText::translate("IssuanceJournalDocument", "Date, time"), 1.2},
        {DocumentText::translate("IssuanceJournalDocument", "Receipt"), 2.0},
        {DocumentText::translate("IssuanceJournalDocument", "Certificate"), 1.2},
        {DocumentText::translate("IssuanceJournalDocument", "Certificate about"), 2.1},
        {DocumentText::translate("IssuanceJournalDocument", "Collected by"), 2.3},
        {DocumentText::translate("IssuanceJournalDocument",
             "Document (type, No., issued by, valid to), power of attorney"),
            3.0},
        {DocumentText::translate("IssuanceJournalDocument", "Issued by"), 1.3},
        {DocumentText::translate("IssuanceJournalDocument", "Collector's signature"), 1.4},
    });
    table.setCellRole(DocumentWriter::Role::Small);
    for (const Line &l : d.lines) {
        QString document = documentCell(l.document);
        if (!l.poa.isEmpty())
            document += u'\n' + poaCell(l.poa);
        table.addRow(
            {QString::number(l.number), l.atLocal.toString(QStringLiteral("dd.MM.yyyy\nHH:mm")),
                ReceiptNumber::format(l.receipt),
                QStringLiteral("%1\n%2").arg(l.certificateNumber, dmy(l.certificateDate)),
                l.subjectName,
                QStringLiteral("%1\n(%2)").arg(l.collectorName, kindText(l.collectorKind)),
                document, ReceiptDocument::surnameInitials(l.clerkName), QString()});
    }
    table.write(w);
    w.bilingual(DocumentText::translate("IssuanceJournalDocument", "Total issued: %1")
                    .arg(QString::number(d.lines.size())),
        DocumentWriter::Role::Value);
}

} // namespace certdesk
