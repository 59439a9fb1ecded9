#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include "print/Document.h"
#include "print/DocumentText.h"

namespace certdesk {

/// The paper certificate of no criminal record, printed at the branch from the provider's
/// result: Kazakh and Russian, the person's data, the result text, the certificate's number
/// and date, a QR code to verify it, and the apostille area on the composite service. A
/// reprint says it is a duplicate and which copy it is.
class CertificateDocument : public Document
{
public:
    struct Data
    {
        QString certificateNumber;
        QDate certificateDate;
        QString outcome; ///< no_record | record_found
        QString details; ///< record_found: the provider's wording
        QString surname;
        QString givenName;
        QString patronymic;
        QString iin;
        QDate birthDate;
        QString purpose; ///< domestic | abroad | apostille
        QString country; ///< ISO code
        QString apostilleNumber;
        QDate apostilleDate;
        QString receipt;
        QString branchName;
        QString branchCode;
        QDate printedOn;
        int copy = 1; ///< 1 = the original; 2 and later are duplicates
        /// What the QR code holds: a verification link, or the number and date.
        QByteArray verification;
    };

    explicit CertificateDocument(Data data);

    QString fileName() const override;
    void write(DocumentWriter &writer) const override;

    /// The QR content: urlTemplate with %1 = number and %2 = date (YYYY-MM-DD) when given,
    /// otherwise "CERT <number> <date>", which any branch can type into the search.
    static QByteArray verificationPayload(
        const QString &number, const QDate &date, const QString &urlTemplate = QString());
    /// The result wording printed on the certificate.
    static DocumentText resultText(const QString &outcome);

private:
    void writeApostilleArea(DocumentWriter &writer) const;

    Data m_data;
};

} // namespace certdesk
