#pragma once

#include <QCoreApplication>

#include "print/ApplicationDocument.h"
#include "services/IntakeService.h"
#include "ui/common/DocumentPrinter.h"

class QWidget;

namespace certdesk {

class Session;

/// Puts the application for signature on paper through the one print path (DocumentPrinter),
/// on the A4 printer: with the receipt after intake, and again from the case view. A print
/// the printer took is recorded on the case, so the next one comes out marked as a copy.
class ApplicationPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationPrinter)

public:
    static ApplicationDocument::Data data(
        const IntakeReceipt &receipt, int copy, const QDate &today);
    /// copy: the number this print gets (CaseState::nextApplicationCopy(); 1 at intake).
    /// A print that went to paper but could not be recorded says so in the result's problem.
    static PrintResult print(
        Session &session, const IntakeReceipt &receipt, int copy, QWidget *parent);
};

} // namespace certdesk
