#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "print/Document.h"
#include "print/DocumentText.h"
#include "print/ReceiptDocument.h"

namespace certdesk {

/// The application for the certificate, printed at intake for the person at the counter to
/// sign (the service's first required document), in Kazakh and Russian on A4: the service,
/// the person the certificate is about, who submits it and on what grounds (the power of
/// attorney, the birth certificate), the identity document's details (never a copy of it),
/// the purpose, country and fee, the phone for notices, the consent to the processing of
/// personal data (Law No. 94-V), the date and the signature lines of the applicant and the
/// clerk. Only the application's own IINs are printed, in full: the provider identifies the
/// person by them. A later print is marked as a copy, so the signed original stays the one.
class ApplicationDocument : public Document
{
public:
    struct Data
    {
        ReceiptDocument::Data
            intake; ///< what the receipt prints: number, time, clerk, branch, application
        int copy = 1; ///< 1 = the original for signature; 2 and later are copies
        QDate printedOn; ///< branch date of this print (copies say when)
    };

    explicit ApplicationDocument(Data data);

    QString fileName() const override;
    void write(DocumentWriter &writer) const override;

    /// Who submits the application and on what grounds, as the application words it.
    static DocumentText presenterBasis(const Application &application);
    /// The consent the applicant signs: to their own data, and for another person also to
    /// that person's.
    static DocumentText consentText(const Application &application);

private:
    void writeSubject(DocumentWriter &writer) const;
    void writePresenter(DocumentWriter &writer) const;
    void writeRequest(DocumentWriter &writer) const;
    void writeSignatures(DocumentWriter &writer) const;

    Data m_data;
};

} // namespace certdesk
