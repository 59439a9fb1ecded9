#include "ui/intake/IntakeIdentityPage.h"

#include "ui/intake/IntakeWizard.h"
#include "ui_IntakeIdentityPage.h"

namespace certdesk {

using Type = Application::IdentityType;

IntakeIdentityPage::IntakeIdentityPage(IntakeWizard *wizard)
    : IntakePage(wizard, {IntakeSection::Identity})
    , m_ui(std::make_unique<Ui::IntakeIdentityPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Identity document"));
    for (Type t : {Type::IdCard, Type::Passport, Type::ResidencePermit, Type::Stateless, Type::EDocument})
        m_ui->docTypeCombo->addItem(Application::identityTypeText(t), int(t));
    // The issuers as a Kazakhstan card or passport abbreviates them, in the screen's language
    // (the card prints both): a suggestion only, the clerk types what the document says.
    m_ui->docIssuerCombo->addItems(
        {tr("MIA RK", "issuer: the Ministry of Internal Affairs, as abbreviated on the card"),
         tr("MoJ RK", "issuer: the Ministry of Justice, as abbreviated on the card"),
         tr("MFA RK", "issuer: the Ministry of Foreign Affairs, as abbreviated on the card")});
    m_ui->docIssuerCombo->setCurrentIndex(0);
    connect(m_ui->docTypeCombo, &QComboBox::currentIndexChanged, this, &IntakeIdentityPage::updateRows);
    updateRows();
    watchForEdits();
}

IntakeIdentityPage::~IntakeIdentityPage() = default;

bool IntakeIdentityPage::isEDocument() const
{
    return Type(m_ui->docTypeCombo->currentData().toInt()) == Type::EDocument;
}

void IntakeIdentityPage::updateRows()
{
    const bool e = isEDocument();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->docNumberEdit), static_cast<QWidget *>(m_ui->docIssuerCombo),
                       static_cast<QWidget *>(m_ui->docIssuedEdit), static_cast<QWidget *>(m_ui->docExpiresEdit)})
        m_ui->documentForm->setRowVisible(w, !e);
    m_ui->documentForm->setRowVisible(m_ui->eCodeEdit, e);
}

void IntakeIdentityPage::load(const Application &application)
{
    const Application a = IntakeChecks::normalized(application);
    const QString holder = a.presenter.name.fullName();
    m_ui->holderLabel->setText(a.presenter.kind == Application::PresenterKind::Self
                                   ? tr("The identity document of %1, the person applying.").arg(holder)
                                   : tr("The identity document of %1, who is at the counter.").arg(holder));
}

void IntakeIdentityPage::read(Application &a, QList<CheckResult> *inputErrors) const
{
    Application::IdentityDocument &d = a.identity;
    d = Application::IdentityDocument();
    d.type = Type(m_ui->docTypeCombo->currentData().toInt());
    if (d.type == Type::EDocument) {
        d.eCode = m_ui->eCodeEdit->text();
        return;
    }
    d.number = m_ui->docNumberEdit->text();
    d.issuer = m_ui->docIssuerCombo->currentText();
    d.issuedOn = readDate(m_ui->docIssuedEdit, "identity_document.issued_on", inputErrors);
    d.expiresOn = readDate(m_ui->docExpiresEdit, "identity_document.expires_on", inputErrors);
}

QWidget *IntakeIdentityPage::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("identity_document.number"))
        return m_ui->docNumberEdit;
    if (field == QLatin1String("identity_document.issuer"))
        return m_ui->docIssuerCombo;
    if (field == QLatin1String("identity_document.issued_on"))
        return m_ui->docIssuedEdit;
    if (field == QLatin1String("identity_document.expires_on"))
        return m_ui->docExpiresEdit;
    if (field == QLatin1String("identity_document.e_code"))
        return m_ui->eCodeEdit;
    return nullptr;
}

QWidget *IntakeIdentityPage::firstField() const
{
    return isEDocument() ? static_cast<QWidget *>(m_ui->eCodeEdit) : m_ui->docNumberEdit;
}

} // namespace certdesk
