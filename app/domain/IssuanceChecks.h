#pragma once

#include <QCoreApplication>
#include <QList>

#include "domain/Application.h"
#include "domain/IntakeChecks.h"

namespace certdesk {

/// The checks on the one who collects a paper certificate (DOMAIN.md section 4): the intake's
/// rules on who is at the counter and on their identity document, run on the case's own
/// application, and whether the document is the one recorded at intake. Another number is
/// normal (an ID card renewed meanwhile): the clerk is warned and both are kept.
class IssuanceChecks
{
    Q_DECLARE_TR_FUNCTIONS(IssuanceChecks)

public:
    /// The application as taken at intake with the collector and their document in place of
    /// the presenter's, normalized: what the issued event records.
    static Application atPickup(const Application &atIntake,
        const Application::Presenter &collector, const Application::IdentityDocument &shown);

    /// The presenter and identity-document rules on the collector, and identity_document_same
    /// (passed, or warned) when the collector is the one who showed a document at intake.
    static QList<CheckResult> run(const Application &atIntake,
        const Application::Presenter &collector, const Application::IdentityDocument &shown,
        const IntakeChecks::Context &context);

    /// The document the collector showed at intake when the one shown now is another; false
    /// when they are the same, or when there is nothing to compare (another person, an
    /// e-document, an intake without the document's number).
    static bool replaced(const Application &atIntake, const Application &atPickup,
        Application::IdentityDocument *before);
};

} // namespace certdesk
