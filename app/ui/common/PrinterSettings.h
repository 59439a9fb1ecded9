#pragma once

#include <QPageSize>
#include <QString>

namespace certdesk {

/// Where this workstation prints, chosen once (Tools → Printers): one printer for the small
/// paper (A5: receipts, appeal receipts, interim notices) and one for A4 (the application
/// for signature, certificates, transfer acts, journals, the board report), and whether a preview
/// comes first. Kept with the computer's other settings (QSettings), since printers belong to the
/// computer, not to the branch's database. An empty printer is the computer's default printer.
class PrinterSettings
{
public:
    enum class Paper { A5, A4 };

    /// The paper a document of this page size goes on (A5 and smaller: A5; else A4).
    static Paper paperOf(QPageSize::PageSizeId size);

    static QString printer(Paper paper);
    static void setPrinter(Paper paper, const QString &name);
    /// Whether a preview is shown before printing (off: one key prints at once).
    static bool preview();
    static void setPreview(bool on);
};

} // namespace certdesk
