#include "ui/intake/IntakeApplicantPage.h"

#include "ui/intake/IntakeWizard.h"
#include "ui_IntakeApplicantPage.h"

namespace certdesk {

IntakeApplicantPage::IntakeApplicantPage(IntakeWizard *wizard)
    : IntakePage(wizard, {IntakeSection::Applicant})
    , m_ui(std::make_unique<Ui::IntakeApplicantPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Applicant"));
    setSubTitle(tr("Who applies for the certificate."));
    connect(m_ui->entityRadio, &QRadioButton::toggled, this, &IntakeApplicantPage::updateEnabled);
    updateEnabled();
    watchForEdits();
}

IntakeApplicantPage::~IntakeApplicantPage() = default;

void IntakeApplicantPage::updateEnabled()
{
    m_ui->entityGroup->setEnabled(m_ui->entityRadio->isChecked());
}

void IntakeApplicantPage::read(Application &a, QList<CheckResult> *) const
{
    a.applicant.kind = m_ui->entityRadio->isChecked() ? Application::ApplicantKind::LegalEntity
                                                      : Application::ApplicantKind::Individual;
    a.applicant.bin = m_ui->binEdit->text();
    a.applicant.name = m_ui->entityNameEdit->text();
}

QWidget *IntakeApplicantPage::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("applicant.bin"))
        return m_ui->binEdit;
    if (field == QLatin1String("applicant.name"))
        return m_ui->entityNameEdit;
    return nullptr;
}

QWidget *IntakeApplicantPage::firstField() const
{
    if (m_ui->entityRadio->isChecked())
        return m_ui->binEdit;
    return m_ui->individualRadio;
}

} // namespace certdesk
