#include "ui/shell/FirstRunRestoreDialog.h"

#include "services/BackupService.h"
#include "storage/Backup.h"
#include "ui_FirstRunRestoreDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace certdesk {

FirstRunRestoreDialog::FirstRunRestoreDialog(const QString &databasePath, const QString &problem,
                                             const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunRestoreDialog>())
    , m_databasePath(databasePath)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->problemLabel->setText(problem);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &FirstRunRestoreDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &FirstRunRestoreDialog::reject);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &FirstRunRestoreDialog::choose);
    connect(m_ui->backupEdit, &QLineEdit::editingFinished, this, &FirstRunRestoreDialog::inspect);
}

FirstRunRestoreDialog::~FirstRunRestoreDialog() = default;

void FirstRunRestoreDialog::setBackup(const QString &path)
{
    m_ui->backupEdit->setText(path);
    inspect();
}

void FirstRunRestoreDialog::choose()
{
    const QString folder = QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("backups"));
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a backup"), folder,
                                                      tr("CertDesk databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        setBackup(path);
}

void FirstRunRestoreDialog::inspect()
{
    const QString path = m_ui->backupEdit->text().trimmed();
    QPushButton *restore = m_ui->buttons->button(QDialogButtonBox::Ok);
    if (path.isEmpty()) {
        m_ui->inspectionLabel->clear();
        restore->setEnabled(false);
        return;
    }
    const Backup::Inspection found = Backup::inspect(path);
    if (!found.ok) {
        m_ui->inspectionLabel->setText(found.error);
        restore->setEnabled(false);
        return;
    }
    m_ui->inspectionLabel->setText(
        tr("This backup is intact: cases: %1, events: %2, "
           "accounts: %3; saved %4.")
            .arg(found.cases)
            .arg(found.events)
            .arg(found.users)
            .arg(QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat)));
    restore->setEnabled(true);
}

void FirstRunRestoreDialog::accept()
{
    QString error;
    if (!BackupService::restore(m_ui->backupEdit->text().trimmed(), m_databasePath, m_clock,
                                QStringLiteral("certdesk"), &m_keptAs, &error)) {
        m_ui->inspectionLabel->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace certdesk
