#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/Application.h"
#include "print/Document.h"
#include "print/DocumentText.h"

namespace certdesk {

/// The journal of paper certificates handed over at the branch: one line per issuance, with
/// who took it, on which document and power of attorney, who handed it over, and a column
/// for the recipient's signature. Printed for a day or a period, A4 landscape. Every cell is
/// in Kazakh and Russian, whatever the interface language, and dates are dd.MM.yyyy.
class IssuanceJournalDocument : public Document
{
public:
    struct Line
    {
        int number = 0;
        QDateTime atLocal; ///< branch time
        QString receipt;
        QString certificateNumber;
        QDate certificateDate;
        QString subjectName;
        QString collectorName;
        QString collectorKind; ///< self | representative | parent | entity_representative
        Application::IdentityDocument document; ///< the collector's
        Application::PowerOfAttorney poa; ///< representatives only
        QString clerkName; ///< full name (or the login when unknown)
    };

    struct Data
    {
        QDate from;
        QDate to;
        QString branchName;
        QString branchCode;
        QList<Line> lines;
    };

    explicit IssuanceJournalDocument(Data data);

    /// An identity document's type in both languages ("жеке куәлік" / "удостоверение личности").
    static DocumentText documentType(Application::IdentityType type);

    QString fileName() const override;
    void write(DocumentWriter &writer) const override;
    PageSetup defaultPageSetup() const override;

private:
    Data m_data;
};

} // namespace certdesk
