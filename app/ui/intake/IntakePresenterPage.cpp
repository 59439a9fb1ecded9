#include "ui/intake/IntakePresenterPage.h"

#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "services/Session.h"
#include "ui/intake/IntakeWizard.h"
#include "ui_IntakePresenterPage.h"

#include <QStandardItemModel>

namespace certdesk {

using Kind = Application::PresenterKind;

IntakePresenterPage::IntakePresenterPage(IntakeWizard *wizard)
    : IntakePage(wizard, {IntakeSection::Presenter})
    , m_ui(std::make_unique<Ui::IntakePresenterPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Who is at the counter"));
    for (Kind k : {Kind::Self, Kind::Representative, Kind::Parent, Kind::EntityRepresentative})
        m_ui->presenterCombo->addItem(Application::presenterKindText(k), int(k));
    connect(m_ui->presenterCombo, &QComboBox::currentIndexChanged, this, &IntakePresenterPage::updateVisible);
    updateVisible();
    watchForEdits();
}

IntakePresenterPage::~IntakePresenterPage() = default;

Kind IntakePresenterPage::kind() const
{
    return Kind(m_ui->presenterCombo->currentData().toInt());
}

void IntakePresenterPage::load(const Application &a)
{
    const IdNumber iin = IdNumber::parse(a.subject.iin);
    const QString name = IntakeChecks::normalized(a).subject.name.fullName();
    if (iin.isValid() && iin.kind() == IdNumber::Kind::Individual) {
        const int age = iin.ageOn(intake()->session().clock().today());
        const bool minor = age < IntakeChecks::AdultAge;
        m_ui->ageNote->setText(minor ? tr("%1 is %n year(s) old: a minor. Another person needs "
                                            "the child's birth certificate.",
                                   nullptr, age)
                                             .arg(name)
                                       : tr("%1 is %n year(s) old: an adult. Another person needs "
                                            "a notarized power of attorney from them.",
                                           nullptr, age)
                                             .arg(name));
    }
    // A legal entity applies only through its representative; an individual never does.
    const bool entity = a.applicant.kind == Application::ApplicantKind::LegalEntity;
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->presenterCombo->model());
    for (int i = 0; i < m_ui->presenterCombo->count(); ++i) {
        const bool entityItem = Kind(m_ui->presenterCombo->itemData(i).toInt()) == Kind::EntityRepresentative;
        if (model)
            model->item(i)->setEnabled(entity == entityItem);
    }
    if (entity)
        m_ui->presenterCombo->setCurrentIndex(m_ui->presenterCombo->findData(int(Kind::EntityRepresentative)));
    else if (kind() == Kind::EntityRepresentative)
        m_ui->presenterCombo->setCurrentIndex(0);
    updateVisible();
}

void IntakePresenterPage::updateVisible()
{
    // Only the document this presenter needs for this person, so the page stays short.
    using Document = IntakeChecks::PresenterDocument;
    Application probe = intake()->application();
    probe.presenter.kind = kind();
    const Document needed
        = IntakeChecks::presenterDocument(probe, intake()->session().clock().today());
    m_ui->personGroup->setVisible(probe.presenter.kind != Kind::Self);
    m_ui->poaGroup->setVisible(needed == Document::PowerOfAttorney);
    m_ui->birthGroup->setVisible(needed == Document::BirthCertificate);
}

void IntakePresenterPage::read(Application &a, QList<CheckResult> *inputErrors) const
{
    Application::Presenter &p = a.presenter;
    p.kind = kind();
    p.iin = m_ui->presenterIinEdit->text();
    p.name = {m_ui->presenterSurnameEdit->text(), m_ui->presenterGivenNameEdit->text(),
              m_ui->presenterPatronymicEdit->text()};
    p.poa = Application::PowerOfAttorney();
    if (!m_ui->poaGroup->isHidden()) {
        p.poa.notary = m_ui->poaNotaryEdit->text();
        p.poa.registrationNumber = m_ui->poaNumberEdit->text();
        p.poa.issuedOn = readDate(m_ui->poaIssuedEdit, "presenter.poa.issued_on", inputErrors);
        p.poa.validUntil = readDate(m_ui->poaUntilEdit, "presenter.poa.valid_until", inputErrors);
        p.poa.principalIin = m_ui->poaPrincipalEdit->text();
        p.poa.agentIin = m_ui->poaAgentEdit->text();
    }
    p.birthCertificate = Application::BirthCertificate();
    if (!m_ui->birthGroup->isHidden()) {
        Application::BirthCertificate &b = p.birthCertificate;
        b.number = m_ui->bcNumberEdit->text();
        b.issuedOn = readDate(m_ui->bcIssuedEdit, "presenter.birth_certificate.issued_on", inputErrors);
        b.childIin = m_ui->bcChildIinEdit->text();
        b.parentIin = m_ui->bcParentIinEdit->text();
        b.parent = {m_ui->bcParentSurnameEdit->text(), m_ui->bcParentGivenNameEdit->text(), QString()};
    }
}

QWidget *IntakePresenterPage::fieldWidget(const QString &field) const
{
    const QHash<QString, QWidget *> widgets{
        {QStringLiteral("presenter.kind"), m_ui->presenterCombo},
        {QStringLiteral("presenter.iin"), m_ui->presenterIinEdit},
        {QStringLiteral("presenter.surname"), m_ui->presenterSurnameEdit},
        {QStringLiteral("presenter.given_name"), m_ui->presenterGivenNameEdit},
        {QStringLiteral("presenter.patronymic"), m_ui->presenterPatronymicEdit},
        {QStringLiteral("presenter.poa"), m_ui->poaNotaryEdit},
        {QStringLiteral("presenter.poa.notary"), m_ui->poaNotaryEdit},
        {QStringLiteral("presenter.poa.registration_number"), m_ui->poaNumberEdit},
        {QStringLiteral("presenter.poa.issued_on"), m_ui->poaIssuedEdit},
        {QStringLiteral("presenter.poa.valid_until"), m_ui->poaUntilEdit},
        {QStringLiteral("presenter.poa.principal_iin"), m_ui->poaPrincipalEdit},
        {QStringLiteral("presenter.poa.agent_iin"), m_ui->poaAgentEdit},
        {QStringLiteral("presenter.birth_certificate"), m_ui->bcNumberEdit},
        {QStringLiteral("presenter.birth_certificate.number"), m_ui->bcNumberEdit},
        {QStringLiteral("presenter.birth_certificate.issued_on"), m_ui->bcIssuedEdit},
        {QStringLiteral("presenter.birth_certificate.child_iin"), m_ui->bcChildIinEdit},
        {QStringLiteral("presenter.birth_certificate.parent_iin"), m_ui->bcParentIinEdit},
        {QStringLiteral("presenter.birth_certificate.parent"), m_ui->bcParentSurnameEdit},
        {QStringLiteral("presenter.birth_certificate.parent.surname"), m_ui->bcParentSurnameEdit},
        {QStringLiteral("presenter.birth_certificate.parent.given_name"), m_ui->bcParentGivenNameEdit},
    };
    return widgets.value(field);
}

QWidget *IntakePresenterPage::firstField() const
{
    return m_ui->presenterCombo;
}

} // namespace certdesk
