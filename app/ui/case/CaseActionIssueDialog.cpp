#include "ui/case/CaseActionIssueDialog.h"

#include "ui_CaseActionIssueDialog.h"

namespace certdesk {

namespace {

using Kind = Application::PresenterKind;
using IdType = Application::IdentityType;

} // namespace

CaseActionIssueDialog::CaseActionIssueDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CaseActionIssueDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->whichPersonGroup->hide();
    for (Kind k : {Kind::Self, Kind::Representative, Kind::Parent, Kind::EntityRepresentative})
        m_ui->kindCombo->addItem(Application::presenterKindText(k), int(k));
    for (IdType t : {IdType::IdCard, IdType::Passport, IdType::ResidencePermit, IdType::Stateless,
             IdType::EDocument})
        m_ui->docTypeCombo->addItem(Application::identityTypeText(t), int(t));
    connect(
        m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &CaseActionIssueDialog::updateKind);
    connect(m_ui->docTypeCombo, &QComboBox::currentIndexChanged, this,
        &CaseActionIssueDialog::updateKind);
    connect(m_ui->poaTermCheck, &QCheckBox::toggled, m_ui->poaValidUntilEdit, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CaseActionIssueDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CaseActionIssueDialog::reject);
    updateKind();
}

CaseActionIssueDialog::~CaseActionIssueDialog() = default;

void CaseActionIssueDialog::setCase(
    const QString &description, const QString &subjectIin, const QDate &today)
{
    m_ui->caseLabel->setText(description);
    m_subjectIin = subjectIin;
    m_ui->principalEdit->setText(subjectIin);
    for (QDateEdit *d : {m_ui->poaIssuedEdit, m_ui->docIssuedEdit})
        d->setMaximumDate(today);
    m_ui->poaIssuedEdit->setDate(today);
    m_ui->poaValidUntilEdit->setDate(today);
    m_ui->docIssuedEdit->setDate(today.addYears(-1));
    m_ui->docExpiresEdit->setDate(today.addYears(9));
}

void CaseActionIssueDialog::askWhichPerson(const QString &explanation)
{
    m_ui->whichPersonLabel->setText(explanation);
    m_ui->whichPersonGroup->show();
    m_ui->subjectIinEdit->setFocus();
}

bool CaseActionIssueDialog::asksWhichPerson() const
{
    return !m_ui->whichPersonGroup->isHidden();
}

void CaseActionIssueDialog::updateKind()
{
    const Kind kind = Kind(m_ui->kindCombo->currentData().toInt());
    const bool other = kind != Kind::Self;
    // The person themselves: their own data is on the case already.
    for (QWidget *w : {static_cast<QWidget *>(m_ui->iinEdit),
             static_cast<QWidget *>(m_ui->surnameEdit), static_cast<QWidget *>(m_ui->givenNameEdit),
             static_cast<QWidget *>(m_ui->patronymicEdit)})
        w->setEnabled(other);
    m_ui->poaGroup->setVisible(kind == Kind::Representative);
    const bool eDocument = IdType(m_ui->docTypeCombo->currentData().toInt()) == IdType::EDocument;
    for (QWidget *w :
        {static_cast<QWidget *>(m_ui->docNumberEdit), static_cast<QWidget *>(m_ui->docIssuerEdit),
            static_cast<QWidget *>(m_ui->docIssuedEdit),
            static_cast<QWidget *>(m_ui->docExpiresEdit)})
        w->setEnabled(!eDocument);
    m_ui->eCodeEdit->setEnabled(eDocument);
}

Collector CaseActionIssueDialog::collector() const
{
    Collector c;
    if (asksWhichPerson())
        c.subjectIin = m_ui->subjectIinEdit->text().trimmed();
    Application::Presenter &p = c.presenter;
    p.kind = Kind(m_ui->kindCombo->currentData().toInt());
    if (p.kind != Kind::Self) {
        p.iin = m_ui->iinEdit->text();
        p.name = PersonName {m_ui->surnameEdit->text().trimmed(),
            m_ui->givenNameEdit->text().trimmed(), m_ui->patronymicEdit->text().trimmed()};
    }
    if (p.kind == Kind::Representative) {
        p.poa.notary = m_ui->notaryEdit->text();
        p.poa.registrationNumber = m_ui->poaNumberEdit->text();
        p.poa.issuedOn = m_ui->poaIssuedEdit->date();
        if (m_ui->poaTermCheck->isChecked())
            p.poa.validUntil = m_ui->poaValidUntilEdit->date();
        p.poa.principalIin = m_ui->principalEdit->text();
        p.poa.agentIin = p.iin;
    }
    Application::IdentityDocument &d = c.identity;
    d.type = IdType(m_ui->docTypeCombo->currentData().toInt());
    if (d.type == IdType::EDocument) {
        d.eCode = m_ui->eCodeEdit->text();
    } else {
        d.number = m_ui->docNumberEdit->text();
        d.issuer = m_ui->docIssuerEdit->text();
        d.issuedOn = m_ui->docIssuedEdit->date();
        d.expiresOn = m_ui->docExpiresEdit->date();
    }
    return c;
}

void CaseActionIssueDialog::setCollector(const Collector &c)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(c.presenter.kind)));
    m_ui->iinEdit->setText(c.presenter.iin);
    m_ui->surnameEdit->setText(c.presenter.name.surname);
    m_ui->givenNameEdit->setText(c.presenter.name.givenName);
    m_ui->patronymicEdit->setText(c.presenter.name.patronymic);
    m_ui->notaryEdit->setText(c.presenter.poa.notary);
    m_ui->poaNumberEdit->setText(c.presenter.poa.registrationNumber);
    if (c.presenter.poa.issuedOn.isValid())
        m_ui->poaIssuedEdit->setDate(c.presenter.poa.issuedOn);
    m_ui->poaTermCheck->setChecked(c.presenter.poa.validUntil.isValid());
    if (c.presenter.poa.validUntil.isValid())
        m_ui->poaValidUntilEdit->setDate(c.presenter.poa.validUntil);
    if (!c.presenter.poa.principalIin.isEmpty())
        m_ui->principalEdit->setText(c.presenter.poa.principalIin);
    m_ui->docTypeCombo->setCurrentIndex(m_ui->docTypeCombo->findData(int(c.identity.type)));
    m_ui->docNumberEdit->setText(c.identity.number);
    m_ui->docIssuerEdit->setText(c.identity.issuer);
    if (c.identity.issuedOn.isValid())
        m_ui->docIssuedEdit->setDate(c.identity.issuedOn);
    if (c.identity.expiresOn.isValid())
        m_ui->docExpiresEdit->setDate(c.identity.expiresOn);
    m_ui->eCodeEdit->setText(c.identity.eCode);
    m_ui->subjectIinEdit->setText(c.subjectIin);
}

QString CaseActionIssueDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void CaseActionIssueDialog::accept()
{
    QString error;
    if (m_submit && !m_submit(collector(), &error)) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace certdesk
