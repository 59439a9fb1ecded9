#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PrinterSettingsDialog;
}

class QComboBox;

namespace certdesk {

/// Tools → Printers: the printer of each paper (A5 receipts and notices, A4 certificates and
/// acts) and whether a preview comes first, chosen once per computer. Each printer is shown
/// with what keeps it from printing now, so a wrong choice is seen here and not at the queue.
class PrinterSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrinterSettingsDialog(QWidget *parent = nullptr);
    ~PrinterSettingsDialog() override;

    void accept() override;

private:
    void fill(QComboBox *combo, const QString &chosen);
    void showState();

    std::unique_ptr<Ui::PrinterSettingsDialog> m_ui;
};

} // namespace certdesk
