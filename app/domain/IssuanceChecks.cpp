#include "domain/IssuanceChecks.h"

#include "domain/IntakeVerdicts.h"

namespace certdesk {

namespace {

using IdType = Application::IdentityType;

/// Both documents are numbered papers of the same person.
bool comparable(const Application &before, const Application &now)
{
    const Application::IdentityDocument &a = before.identity;
    const Application::IdentityDocument &b = now.identity;
    return a.type != IdType::EDocument && b.type != IdType::EDocument && !a.number.isEmpty()
        && !b.number.isEmpty() && !before.presenter.iin.isEmpty()
        && before.presenter.iin == now.presenter.iin;
}

QString described(const Application::IdentityDocument &d)
{
    return IssuanceChecks::tr("%1 № %2").arg(Application::identityTypeText(d.type), d.number);
}

} // namespace

Application IssuanceChecks::atPickup(const Application &atIntake,
    const Application::Presenter &collector, const Application::IdentityDocument &shown)
{
    Application a = atIntake;
    a.presenter = collector;
    a.identity = shown;
    return IntakeChecks::normalized(a);
}

bool IssuanceChecks::replaced(
    const Application &atIntake, const Application &pickup, Application::IdentityDocument *before)
{
    const Application intake = IntakeChecks::normalized(atIntake);
    if (!comparable(intake, pickup))
        return false;
    if (intake.identity.type == pickup.identity.type
        && intake.identity.number == pickup.identity.number)
        return false;
    if (before)
        *before = intake.identity;
    return true;
}

QList<CheckResult> IssuanceChecks::run(const Application &atIntake,
    const Application::Presenter &collector, const Application::IdentityDocument &shown,
    const IntakeChecks::Context &context)
{
    const Application pickup = atPickup(atIntake, collector, shown);
    QList<CheckResult> results = IntakeChecks::run(pickup, context, IntakeSection::Presenter);
    results += IntakeChecks::run(pickup, context, IntakeSection::Identity);

    const Application intake = IntakeChecks::normalized(atIntake);
    if (!comparable(intake, pickup))
        return results;
    IntakeVerdicts v(context, IntakeSection::Identity);
    Application::IdentityDocument before;
    if (replaced(atIntake, pickup, &before))
        v.warn("identity_document_same", "identity_document.number",
            tr("%1 was recorded at intake; %2 is shown now")
                .arg(described(before), described(pickup.identity)),
            tr("A renewed document is normal: check that it is the same person. Both numbers "
               "are recorded with the handing over."));
    else
        v.pass("identity_document_same", "identity_document.number");
    return results + v.take();
}

} // namespace certdesk
