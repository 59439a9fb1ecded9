#include "ui/intake/OverrideDialog.h"

#include "ui_OverrideDialog.h"

#include <QPushButton>

namespace certdesk {

OverrideDialog::OverrideDialog(IntakeService &service, const QList<CheckResult> &refusals, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OverrideDialog>())
    , m_service(service)
    , m_refusals(refusals)
{
    m_ui->setupUi(this);
    QStringList lines{tr("A supervisor is asked to let these refused checks pass:")};
    for (const CheckResult &r : refusals)
        lines.append(QStringLiteral("• ") + r.message);
    lines.append(tr("The override, the supervisor and the reason are recorded with the case."));
    m_ui->refusalsLabel->setText(lines.join(u'\n'));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Override"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &OverrideDialog::reject);
    m_ui->loginEdit->setFocus();
    adjustSize();
}

OverrideDialog::~OverrideDialog() = default;

void OverrideDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The supervisor types at once, also where no window manager hands the keyboard over.
    activateWindow();
}

QString OverrideDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void OverrideDialog::accept()
{
    QString error;
    const QList<OverrideGrant> grants = m_service.authorizeOverrides(
        m_refusals, m_ui->loginEdit->text(), m_ui->passwordEdit->text(), m_ui->reasonEdit->text(), &error);
    m_ui->passwordEdit->clear();
    if (grants.isEmpty()) {
        m_ui->errorLabel->setText(error);
        if (m_ui->loginEdit->text().trimmed().isEmpty())
            m_ui->loginEdit->setFocus();
        else if (m_ui->reasonEdit->text().simplified().size() < 5)
            m_ui->reasonEdit->setFocus();
        else
            m_ui->passwordEdit->setFocus();
        return;
    }
    m_grants = grants;
    QDialog::accept();
}

} // namespace certdesk
