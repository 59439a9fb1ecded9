#pragma once

#include <QStringList>

#include <memory>

class QPrinter;

namespace certdesk {

/// The printers a workstation can send documents to, behind one seam: which exist, whether
/// one can print now (and in words why not: missing, stopped, out of paper), and a QPrinter
/// that sends to it. The counter uses the computer's printers (SystemPrinters); tests put a
/// backend whose printers write PDF files and whose failures they choose.
class PrinterBackend
{
public:
    virtual ~PrinterBackend() = default;

    virtual QStringList printerNames() const = 0;
    /// The computer's default printer; empty when it has none.
    virtual QString defaultPrinterName() const = 0;
    /// Why name cannot take a document now, as a sentence that says what to do; empty when it
    /// can.
    virtual QString problem(const QString &name) const = 0;
    /// A printer that sends what is painted on it to name, as a job called document.
    virtual std::unique_ptr<QPrinter> open(const QString &name, const QString &document) = 0;

    /// The backend in use: the computer's printers unless a test set another.
    static PrinterBackend &current();
    /// Tests: use backend (not owned) from now on; nullptr goes back to the computer's.
    static void setCurrent(PrinterBackend *backend);
};

} // namespace certdesk
