#pragma once

#include <QCoreApplication>

#include "ui/common/PrinterBackend.h"

namespace certdesk {

/// The computer's printers as the operating system lists them (QPrinterInfo). Before a
/// document is sent, the printer's state is read: Qt tells a stopped printer from a ready
/// one; where CUPS is there (Linux, macOS) its state reasons also tell an empty paper tray, a
/// jam, an open cover or a printer that went offline, so the clerk hears the reason before
/// the person leaves without their receipt.
class SystemPrinters : public PrinterBackend
{
    Q_DECLARE_TR_FUNCTIONS(SystemPrinters)

public:
    QStringList printerNames() const override;
    QString defaultPrinterName() const override;
    QString problem(const QString &name) const override;
    std::unique_ptr<QPrinter> open(const QString &name, const QString &document) override;

    /// The sentence for CUPS's printer-state-reasons (RFC 8011 keywords, with or without their
    /// -error/-warning/-report suffix) of a printer in a state (3 idle, 4 printing,
    /// 5 stopped); empty when nothing keeps it from printing. Public for its test.
    static QString problemOf(
        const QString &name, int state, const QStringList &reasons, bool acceptingJobs);
};

} // namespace certdesk
