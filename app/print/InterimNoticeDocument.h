#pragma once

#include <QDate>
#include <QString>

#include "print/Document.h"

namespace certdesk {

/// The interim response given to a person whose application is under the provider's
/// additional identification check: why the answer takes longer, and the date from which
/// the person may apply again. Kazakh and Russian, A5.
class InterimNoticeDocument : public Document
{
public:
    struct Data
    {
        QString receipt;
        QDate submittedOn;
        QString subjectName; ///< "Surname Name Patronymic"
        QString iin; ///< printed masked
        QDate interimDue;
        QDate reapplyFrom;
        QDate givenOn;
        QString branchName;
        QString branchCode;
        QString clerkName;
        QString clerkPosition;
    };

    explicit InterimNoticeDocument(Data data);

    QString fileName() const override;
    void write(DocumentWriter &writer) const override;
    PageSetup defaultPageSetup() const override;

private:
    Data m_data;
};

} // namespace certdesk
