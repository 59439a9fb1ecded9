#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/AppealState.h"
#include "print/Document.h"
#include "print/DocumentText.h"

namespace certdesk {

/// The receipt handed to whoever files an appeal or a complaint (DOMAIN.md section 7), in
/// Kazakh and Russian on one A5 page: the appeal number as text and as a QR code, the date and
/// time of acceptance, the surname, initials and position of who accepted it, the applicant,
/// whom it is addressed to, its deadlines, and the points the applicant must bring into
/// compliance by their term. Acceptance is never refused, so this prints for every appeal.
class AppealReceiptDocument : public Document
{
public:
    struct Data
    {
        AppealState appeal;       ///< as accepted (AppealService::accept)
        QDateTime receivedLocal;  ///< branch time of acceptance
        QString branchName;
        QString branchCode;
    };

    explicit AppealReceiptDocument(Data data);

    QString fileName() const override;
    void write(DocumentWriter &writer) const override;
    PageSetup defaultPageSetup() const override;

    static DocumentText titleText(Appeal::Kind kind);
    static DocumentText aboutText(Appeal::About about);
    /// The points to bring into compliance, in both languages.
    static QList<DocumentText> complianceItems(const QList<CompliancePoint> &points);

private:
    Data m_data;
};

} // namespace certdesk
