#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/Application.h"
#include "domain/IntakeReceipt.h"
#include "domain/ServiceTerms.h"
#include "print/Document.h"
#include "print/DocumentText.h"

namespace certdesk {

/// The intake receipt handed to the person at the counter, in Kazakh and Russian on one
/// page: the receipt number as text and as a QR code (a scanner at pickup opens the case),
/// date and time, who took it (surname, initials, position), the branch, the service and its
/// deadline, and what to bring to collect the result.
class ReceiptDocument : public Document
{
public:
    /// The case as the receipt prints it (caseId and overrides are not printed).
    using Data = IntakeReceipt;

    explicit ReceiptDocument(Data data);

    QString fileName() const override;
    void write(DocumentWriter &writer) const override;
    PageSetup defaultPageSetup() const override;

    /// "Иванова А. С." from "Иванова Анна Сергеевна".
    static QString surnameInitials(const QString &fullName);
    /// The clerk as a signature line names them: "Иванова А.С., главный специалист".
    static QString clerkText(const QString &fullName, const QString &position);
    /// What the person brings to collect a paper result; for an electronic one, where it goes.
    static QList<DocumentText> pickupNotes(const Application &application);
    /// The purpose and form of the result, as the receipt and the application print it.
    static DocumentText purposeText(const Application &application);
    /// The apostille's state fee and its payment, as printed.
    static DocumentText feeText(const Application &application);
    /// The service deadline as printed.
    static DocumentText deadlineText(const ServiceTerms::Due &due);

private:
    Data m_data;
};

} // namespace certdesk
