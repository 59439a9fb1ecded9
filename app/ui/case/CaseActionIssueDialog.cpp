#include "ui/case/CaseActionIssueDialog.h"

#include "ui/common/DateText.h"
#include "ui/common/WindowFit.h"
#include "ui_CaseActionIssueDialog.h"

namespace certdesk {

namespace {

using Kind = Application::PresenterKind;
using IdType = Application::IdentityType;

/// A typed date; unreadable text gives an invalid date (dateErrors() names it).
QDate typedDate(const QLineEdit *edit)
{
    QDate date;
    QString error;
    return DateText::parse(edit->text(), &date, &error) ? date : QDate();
}

} // namespace

CaseActionIssueDialog::CaseActionIssueDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CaseActionIssueDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->whichPersonGroup->hide();
    // On a small screen the form scrolls; the case, the message and OK stay in view.
    WindowFit::apply(this, size());
    WindowFit::followFocus(m_ui->formScroll);
    m_ui->kindCombo->setFocus();
    for (Kind k : {Kind::Self, Kind::Representative, Kind::Parent, Kind::EntityRepresentative})
        m_ui->kindCombo->addItem(Application::presenterKindText(k), int(k));
    for (IdType t : {IdType::IdCard, IdType::Passport, IdType::ResidencePermit, IdType::Stateless,
             IdType::EDocument})
        m_ui->docTypeCombo->addItem(Application::identityTypeText(t), int(t));
    connect(
        m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &CaseActionIssueDialog::updateKind);
    connect(m_ui->docTypeCombo, &QComboBox::currentIndexChanged, this,
        &CaseActionIssueDialog::updateKind);
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
    m_today = today;
    m_ui->principalEdit->setText(subjectIin);
    updateKind();
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
    // The power of attorney whenever the intake would ask for one for this person.
    Application probe;
    probe.subject.iin = m_subjectIin;
    probe.presenter.kind = kind;
    m_ui->poaGroup->setVisible(IntakeChecks::presenterDocument(probe, m_today)
        == IntakeChecks::PresenterDocument::PowerOfAttorney);
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
    if (!m_ui->poaGroup->isHidden()) {
        p.poa.notary = m_ui->notaryEdit->text();
        p.poa.registrationNumber = m_ui->poaNumberEdit->text();
        p.poa.issuedOn = typedDate(m_ui->poaIssuedEdit);
        p.poa.validUntil = typedDate(m_ui->poaValidUntilEdit);
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
        d.issuedOn = typedDate(m_ui->docIssuedEdit);
        d.expiresOn = typedDate(m_ui->docExpiresEdit);
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
    m_ui->poaIssuedEdit->setText(DateText::format(c.presenter.poa.issuedOn));
    m_ui->poaValidUntilEdit->setText(DateText::format(c.presenter.poa.validUntil));
    if (!c.presenter.poa.principalIin.isEmpty())
        m_ui->principalEdit->setText(c.presenter.poa.principalIin);
    m_ui->docTypeCombo->setCurrentIndex(m_ui->docTypeCombo->findData(int(c.identity.type)));
    m_ui->docNumberEdit->setText(c.identity.number);
    m_ui->docIssuerEdit->setText(c.identity.issuer);
    m_ui->docIssuedEdit->setText(DateText::format(c.identity.issuedOn));
    m_ui->docExpiresEdit->setText(DateText::format(c.identity.expiresOn));
    m_ui->eCodeEdit->setText(c.identity.eCode);
    m_ui->subjectIinEdit->setText(c.subjectIin);
}

QString CaseActionIssueDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

QStringList CaseActionIssueDialog::dateErrors() const
{
    const QList<QPair<const QLineEdit *, const char *>> dates {
        {m_ui->poaIssuedEdit, "presenter.poa.issued_on"},
        {m_ui->poaValidUntilEdit, "presenter.poa.valid_until"},
        {m_ui->docIssuedEdit, "identity_document.issued_on"},
        {m_ui->docExpiresEdit, "identity_document.expires_on"},
    };
    QStringList out;
    for (const auto &[edit, field] : dates) {
        QDate date;
        QString error;
        if (edit->isEnabled() && edit->isVisibleTo(this)
            && !DateText::parse(edit->text(), &date, &error))
            out.append(IntakeChecks::fieldLabel(QString::fromLatin1(field)) + QStringLiteral(": ")
                + error + u'.');
    }
    return out;
}

void CaseActionIssueDialog::showMessage(const QString &text, bool warning)
{
    m_ui->errorLabel->setStyleSheet(warning ? QStringLiteral("color: #8a5300; font-weight: bold;")
                                            : QStringLiteral("color: #b00020;"));
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void CaseActionIssueDialog::accept()
{
    // A date typed wrong is said, never read as another day or as none.
    const QStringList unreadable = dateErrors();
    if (!unreadable.isEmpty()) {
        showMessage(unreadable.join(u'\n'), false);
        return;
    }
    const Collector c = collector();
    if (m_check) {
        QStringList warnings;
        for (const CheckResult &r : m_check(c)) {
            if (r.outcome == CheckResult::Outcome::Warning)
                warnings.append(r.message);
        }
        const QString warning = warnings.join(u'\n');
        if (!warning.isEmpty() && warning != m_warned) {
            m_warned = warning;
            showMessage(warning + u'\n' + tr("Press OK again to hand it over."), true);
            return;
        }
    }
    QString error;
    if (m_submit && !m_submit(c, &error)) {
        showMessage(error, false);
        return;
    }
    QDialog::accept();
}

} // namespace certdesk
