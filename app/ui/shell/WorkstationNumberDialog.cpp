#include "ui/shell/WorkstationNumberDialog.h"

#include "services/Session.h"
#include "services/WorkstationService.h"

#include "ui_WorkstationNumberDialog.h"

#include <QEvent>
#include <QPushButton>

namespace certdesk {

WorkstationNumberDialog::WorkstationNumberDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WorkstationNumberDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->numberSpin->setValue(WorkstationService(session).status().workstation);
    m_ui->errorLabel->hide();
    retranslate();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &WorkstationNumberDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &WorkstationNumberDialog::reject);
    m_ui->numberSpin->setFocus();
    m_ui->numberSpin->selectAll();
    adjustSize();
}

WorkstationNumberDialog::~WorkstationNumberDialog() = default;

void WorkstationNumberDialog::retranslate()
{
    const WorkstationStatus status = WorkstationService(m_session).status();
    m_ui->situationLabel->setText(status.stopped
            ? status.message()
            : tr("Workstation %1 of branch %2. Receipt numbers are made of this "
                 "number: no other workstation of the branch may use it.")
                  .arg(status.workstation)
                  .arg(status.branch));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set the number"));
}

void WorkstationNumberDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        // Queued: the button box hears the same event and puts its own texts back first.
        QMetaObject::invokeMethod(
            this, &WorkstationNumberDialog::retranslate, Qt::QueuedConnection);
    }
    QDialog::changeEvent(event);
}

void WorkstationNumberDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The supervisor types at once, also where no window manager hands the keyboard over.
    activateWindow();
}

QString WorkstationNumberDialog::situationText() const
{
    return m_ui->situationLabel->text();
}

QString WorkstationNumberDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void WorkstationNumberDialog::setNumber(int number)
{
    m_ui->numberSpin->setValue(number);
}

void WorkstationNumberDialog::accept()
{
    QString error;
    const bool done = WorkstationService(m_session).setWorkstationConfirmed(
        m_ui->loginEdit->text(), m_ui->passwordEdit->text(), m_ui->numberSpin->value(), &error);
    m_ui->passwordEdit->clear();
    if (!done) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        if (m_ui->loginEdit->text().trimmed().isEmpty())
            m_ui->loginEdit->setFocus();
        else
            m_ui->numberSpin->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace certdesk
