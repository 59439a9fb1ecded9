#include "ui/case/CaseActionDateDialog.h"

#include "ui/common/KeyboardHabits.h"
#include "ui_CaseActionDateDialog.h"

namespace certdesk {

CaseActionDateDialog::CaseActionDateDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CaseActionDateDialog>())
{
    m_ui->setupUi(this);
    KeyboardHabits::tabLeavesDateBoxes(this);
    m_ui->dateLabel->hide();
    m_ui->dateEdit->hide();
    m_ui->textLabel->hide();
    m_ui->textEdit->hide();
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CaseActionDateDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CaseActionDateDialog::reject);
}

CaseActionDateDialog::~CaseActionDateDialog() = default;

void CaseActionDateDialog::setMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
}

void CaseActionDateDialog::showDate(const QString &label, const QDate &date, const QDate &latest)
{
    m_dateShown = true;
    m_ui->dateLabel->setText(label);
    m_ui->dateLabel->show();
    m_ui->dateEdit->setMaximumDate(latest);
    m_ui->dateEdit->setDate(date);
    m_ui->dateEdit->show();
}

void CaseActionDateDialog::showText(const QString &label, bool required)
{
    m_textRequired = required;
    m_ui->textLabel->setText(label);
    m_ui->textLabel->show();
    m_ui->textEdit->show();
    if (!required)
        m_ui->textEdit->setMaximumHeight(m_ui->textEdit->fontMetrics().height() * 3);
}

QDate CaseActionDateDialog::date() const
{
    return m_dateShown ? m_ui->dateEdit->date() : QDate();
}

QString CaseActionDateDialog::text() const
{
    return m_ui->textEdit->toPlainText().trimmed();
}

void CaseActionDateDialog::setDate(const QDate &date)
{
    m_ui->dateEdit->setDate(date);
}

void CaseActionDateDialog::setText(const QString &text)
{
    m_ui->textEdit->setPlainText(text);
}

QString CaseActionDateDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void CaseActionDateDialog::accept()
{
    QString error;
    if (m_textRequired && text().isEmpty())
        error = tr("%1 is empty; fill it in.").arg(m_ui->textLabel->text());
    else if (m_submit && !m_submit(&error) && error.isEmpty())
        error = tr("Nothing was recorded.");
    if (!error.isEmpty()) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace certdesk
