#include "ui/common/PrinterSettingsDialog.h"

#include "ui/common/PrinterBackend.h"
#include "ui/common/PrinterSettings.h"
#include "ui_PrinterSettingsDialog.h"

namespace certdesk {

PrinterSettingsDialog::PrinterSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PrinterSettingsDialog>())
{
    m_ui->setupUi(this);
    fill(m_ui->a5Combo, PrinterSettings::printer(PrinterSettings::Paper::A5));
    fill(m_ui->a4Combo, PrinterSettings::printer(PrinterSettings::Paper::A4));
    m_ui->previewCheck->setChecked(PrinterSettings::preview());
    connect(
        m_ui->a5Combo, &QComboBox::currentIndexChanged, this, &PrinterSettingsDialog::showState);
    connect(
        m_ui->a4Combo, &QComboBox::currentIndexChanged, this, &PrinterSettingsDialog::showState);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PrinterSettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PrinterSettingsDialog::reject);
    showState();
    m_ui->a5Combo->setFocus();
}

PrinterSettingsDialog::~PrinterSettingsDialog() = default;

void PrinterSettingsDialog::fill(QComboBox *combo, const QString &chosen)
{
    const PrinterBackend &printers = PrinterBackend::current();
    const QString system = printers.defaultPrinterName();
    combo->addItem(system.isEmpty() ? tr("the computer's default printer (none is set)")
                                    : tr("the computer's default printer (%1)").arg(system),
        QString());
    for (const QString &name : printers.printerNames())
        combo->addItem(name, name);
    if (!chosen.isEmpty() && combo->findData(chosen) < 0)
        combo->addItem(tr("%1 (not installed)").arg(chosen), chosen);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

void PrinterSettingsDialog::showState()
{
    const PrinterBackend &printers = PrinterBackend::current();
    QStringList problems;
    for (const QComboBox *combo : {m_ui->a5Combo, m_ui->a4Combo}) {
        QString name = combo->currentData().toString();
        if (name.isEmpty())
            name = printers.defaultPrinterName();
        const QString problem = name.isEmpty()
            ? tr("This computer has no default printer: choose one.")
            : printers.problem(name);
        if (!problem.isEmpty() && !problems.contains(problem))
            problems.append(problem);
    }
    m_ui->statusLabel->setText(problems.join(u'\n'));
    m_ui->statusLabel->setStyleSheet(
        problems.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

void PrinterSettingsDialog::accept()
{
    PrinterSettings::setPrinter(
        PrinterSettings::Paper::A5, m_ui->a5Combo->currentData().toString());
    PrinterSettings::setPrinter(
        PrinterSettings::Paper::A4, m_ui->a4Combo->currentData().toString());
    PrinterSettings::setPreview(m_ui->previewCheck->isChecked());
    QDialog::accept();
}

} // namespace certdesk
