#pragma once

#include <QDateTime>
#include <QString>

#include "domain/Application.h"
#include "domain/ServiceTerms.h"

namespace certdesk {

/// A case taken at the counter as its receipt and application print it: what IntakeService
/// returns after an intake, what CaseService reads back to print it again, and what
/// ReceiptDocument and ApplicationDocument take, one type so that no layer copies it field
/// by field.
struct IntakeReceipt
{
    QString caseId;
    QString receipt;          ///< 17 digits
    QDateTime submittedLocal; ///< branch time
    ServiceTerms::Due due;    ///< dueAt in branch time for electronic results
    Application application;  ///< normalized, as stored
    QString clerkName;        ///< "Surname Name Patronymic"
    QString clerkPosition;
    QString branchCode;
    QString branchName;
    int overrides = 0;
};

} // namespace certdesk
