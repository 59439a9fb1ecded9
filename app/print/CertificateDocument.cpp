#include "print/CertificateDocument.h"

#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"

#include <utility>

namespace certdesk {

namespace {

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

DocumentText purposeText(const QString &purpose)
{
    if (purpose == QLatin1String("apostille"))
        return DocumentText::translate("CertificateDocument", "For travel abroad, with an apostille");
    if (purpose == QLatin1String("abroad"))
        return DocumentText::translate("CertificateDocument", "For travel abroad");
    return DocumentText::translate("CertificateDocument", "For use in the Republic of Kazakhstan");
}

} // namespace

CertificateDocument::CertificateDocument(Data data)
    : m_data(std::move(data))
{
}

QString CertificateDocument::fileName() const
{
    QString number = m_data.certificateNumber;
    number.replace(u'/', u'-');
    return m_data.copy > 1 ? QStringLiteral("certificate-%1-copy-%2").arg(number).arg(m_data.copy)
                           : QStringLiteral("certificate-%1").arg(number);
}

QByteArray CertificateDocument::verificationPayload(
    const QString &number, const QDate &date, const QString &urlTemplate)
{
    const QString day = date.toString(Qt::ISODate);
    if (urlTemplate.contains(QLatin1String("%1")))
        return QString(urlTemplate)
            .replace(QLatin1String("%1"), number)
            .replace(QLatin1String("%2"), day)
            .toUtf8();
    return QStringLiteral("CERT %1 %2").arg(number, day).toUtf8();
}

DocumentText CertificateDocument::resultText(const QString &outcome)
{
    if (outcome == QLatin1String("record_found"))
        return DocumentText::translate("CertificateDocument", "According to the records of the Committee on Legal Statistics and Special Accounts of the Prosecutor General's Office of the Republic of Kazakhstan, there is information about a criminal record.");
    return DocumentText::translate("CertificateDocument", "According to the records of the Committee on Legal Statistics and Special Accounts of the Prosecutor General's Office of the Republic of Kazakhstan, there is no information about a criminal record.");
}

void CertificateDocument::write(DocumentWriter &w) const
{
    const Data &d = m_data;
    QString printed
        = QString::fromUtf8("%1 (%2), %3").arg(d.branchName, d.branchCode, dmy(d.printedOn));
    if (d.copy > 1)
        printed += QStringLiteral(" — %1")
                       .arg(DocumentText::translate("CertificateDocument", "duplicate No. %1")
                                .arg(d.copy - 1)
                                .joined());
    // One line: the footer is small, and both languages fit on it.
    w.setFooter(DocumentText(
        DocumentText::translate("CertificateDocument", "Printed at the branch").joined()
            + QStringLiteral(": %1").arg(printed),
        QString()));

    // Each language's title is one phrase in its own word order (Kazakh puts "certificate"
    // last), never a shared noun with the attribute on the next line.
    const DocumentText committee = DocumentText::translate("CertificateDocument",
        "Committee on Legal Statistics and Special Accounts of the Prosecutor General's Office of "
        "the Republic of Kazakhstan");
    w.titleWithQr(
        DocumentText::translate("CertificateDocument", "CERTIFICATE OF NO CRIMINAL RECORD"),
        {committee.kk, committee.ru}, d.verification, 30, d.certificateNumber);
    if (d.copy > 1) {
        w.title(DocumentText::translate("CertificateDocument", "DUPLICATE"));
        w.paragraph(DocumentText::translate("CertificateDocument", "Printed again, copy %1")
                        .arg(d.copy)
                        .joined(),
            DocumentWriter::Role::Small, Qt::AlignHCenter);
    }

    w.row(DocumentText::translate("CertificateDocument", "Certificate number"), d.certificateNumber);
    w.row(DocumentText::translate("CertificateDocument", "Certificate date"), dmy(d.certificateDate));
    QStringList name {d.surname, d.givenName, d.patronymic};
    name.removeAll(QString());
    w.row(DocumentText::translate("CertificateDocument", "Surname, name, patronymic"), name.join(u' '));
    w.row(DocumentText::translate("CertificateDocument", "IIN"), d.iin);
    if (d.birthDate.isValid())
        w.row(DocumentText::translate("CertificateDocument", "Date of birth"), dmy(d.birthDate));
    w.row(DocumentText::translate("CertificateDocument", "Purpose"), purposeText(d.purpose));
    if (!d.country.isEmpty())
        w.row(DocumentText::translate("CertificateDocument", "Country of destination"),
            countryText(d.country));
    if (!d.receipt.isEmpty())
        w.row(DocumentText::translate("CertificateDocument", "Application (receipt)"), ReceiptNumber::format(d.receipt));
    w.rule();
    w.bilingual(resultText(d.outcome), DocumentWriter::Role::Value);
    if (d.outcome == QLatin1String("record_found") && !d.details.isEmpty())
        w.paragraph(d.details, DocumentWriter::Role::Body);
    w.rule();
    if (d.purpose == QLatin1String("apostille"))
        writeApostilleArea(w);
    w.bilingual(DocumentText::translate("CertificateDocument", "The authenticity of the certificate can be checked by its QR code."),
        DocumentWriter::Role::Small);
}

void CertificateDocument::writeApostilleArea(DocumentWriter &w) const
{
    // The stamp goes on paper at the provider; the area keeps room for it and, when the
    // provider reported them, its number and date.
    const qreal height = w.toDevice(62);
    const qreal width = w.toDevice(105);
    w.reserve(height + w.toDevice(4));
    QPainter &p = w.painter();
    const QRectF box(w.width() - width, w.top(), width, height);
    p.save();
    p.setPen(QPen(w.style().line, w.toDevice(0.3), Qt::DashLine));
    p.drawRect(box);
    QFont title = w.style().font(DocumentWriter::Role::Value);
    p.setFont(title);
    p.setPen(w.style().text);
    const QRectF inner = box.adjusted(w.toDevice(3), w.toDevice(3), -w.toDevice(3), -w.toDevice(3));
    p.drawText(inner, Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("APOSTILLE"));
    p.setFont(w.style().font(DocumentWriter::Role::Small));
    QStringList lines {QStringLiteral("(Convention de La Haye du 5 octobre 1961)"),
        DocumentText::translate("CertificateDocument", "Place for the apostille").joined()};
    if (!m_data.apostilleNumber.isEmpty())
        lines.append(
            QStringLiteral("№ %1, %2").arg(m_data.apostilleNumber, dmy(m_data.apostilleDate)));
    p.drawText(
        inner.adjusted(0, w.toDevice(6), 0, 0), Qt::AlignHCenter | Qt::AlignTop, lines.join(u'\n'));
    p.restore();
    w.advance(height + w.toDevice(3));
}

} // namespace certdesk
