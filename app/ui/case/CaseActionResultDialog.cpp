#include "ui/case/CaseActionResultDialog.h"

#include "ui/common/KeyboardHabits.h"
#include "ui_CaseActionResultDialog.h"

namespace certdesk {

CaseActionResultDialog::CaseActionResultDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CaseActionResultDialog>())
{
    m_ui->setupUi(this);
    KeyboardHabits::tabLeavesDateBoxes(this);
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CaseActionResultDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CaseActionResultDialog::reject);
    connect(m_ui->recordFoundRadio, &QRadioButton::toggled, this,
        &CaseActionResultDialog::updateDetails);
    updateDetails();
}

CaseActionResultDialog::~CaseActionResultDialog() = default;

void CaseActionResultDialog::setCase(const QString &description, bool apostille, const QDate &today)
{
    m_apostille = apostille;
    m_ui->caseLabel->setText(description);
    m_ui->dateEdit->setMaximumDate(today);
    m_ui->dateEdit->setDate(today);
    m_ui->apostilleDateEdit->setMaximumDate(today);
    m_ui->apostilleDateEdit->setDate(today);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->apostilleNumberLabel),
             static_cast<QWidget *>(m_ui->apostilleNumberEdit),
             static_cast<QWidget *>(m_ui->apostilleDateLabel),
             static_cast<QWidget *>(m_ui->apostilleDateEdit)})
        w->setVisible(apostille);
}

void CaseActionResultDialog::updateDetails()
{
    const bool found = m_ui->recordFoundRadio->isChecked();
    m_ui->detailsLabel->setEnabled(found);
    m_ui->detailsEdit->setEnabled(found);
}

CertificateResult CaseActionResultDialog::certificate() const
{
    CertificateResult r;
    r.number = m_ui->numberEdit->text().trimmed();
    r.date = m_ui->dateEdit->date();
    if (m_ui->noRecordRadio->isChecked())
        r.outcome = QStringLiteral("no_record");
    else if (m_ui->recordFoundRadio->isChecked())
        r.outcome = QStringLiteral("record_found");
    if (m_ui->recordFoundRadio->isChecked())
        r.details = m_ui->detailsEdit->toPlainText().trimmed();
    if (m_apostille) {
        r.apostilleNumber = m_ui->apostilleNumberEdit->text().trimmed();
        r.apostilleDate = m_ui->apostilleDateEdit->date();
    }
    return r;
}

void CaseActionResultDialog::setCertificate(const CertificateResult &r)
{
    m_ui->numberEdit->setText(r.number);
    if (r.date.isValid())
        m_ui->dateEdit->setDate(r.date);
    m_ui->noRecordRadio->setChecked(r.outcome == QLatin1String("no_record"));
    m_ui->recordFoundRadio->setChecked(r.outcome == QLatin1String("record_found"));
    m_ui->detailsEdit->setPlainText(r.details);
    m_ui->apostilleNumberEdit->setText(r.apostilleNumber);
    if (r.apostilleDate.isValid())
        m_ui->apostilleDateEdit->setDate(r.apostilleDate);
}

QString CaseActionResultDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void CaseActionResultDialog::accept()
{
    QString error;
    if (m_submit && !m_submit(certificate(), &error)) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace certdesk
