#pragma once

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace certdesk {

class DocumentWriter;

/// A printable document: the receipt, the certificate, a transfer act, a journal. A subclass
/// only says what is on it (write()); this class gives every document the same page setup
/// and the same two destinations, a printer (QPrinter is a QPagedPaintDevice, with preview
/// in the GUI) and a PDF file (tests and archiving), so what is previewed is what is
/// printed and what is tested.
class Document
{
    Q_DECLARE_TR_FUNCTIONS(Document)

public:
    struct PageSetup
    {
        QPageSize::PageSizeId size = QPageSize::A4;
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QMarginsF marginsMm{15, 12, 15, 12}; ///< left, top, right, bottom
    };

    virtual ~Document() = default;

    /// A file name without extension for saving ("receipt-0101-03-260302-0001-7").
    virtual QString fileName() const = 0;
    /// Lays out the content; page setup and finishing are done by render().
    virtual void write(DocumentWriter &writer) const = 0;
    /// The page the document prefers (A4 portrait unless it says otherwise).
    virtual PageSetup defaultPageSetup() const { return {}; }

    /// Sets the device's page up and draws the document onto it.
    bool render(QPagedPaintDevice &device, const PageSetup &setup, QString *error) const;
    bool render(QPagedPaintDevice &device, QString *error) const
    {
        return render(device, defaultPageSetup(), error);
    }
    /// Draws onto a device whose page the person already chose (a print preview where the
    /// paper size was changed): no page setup, type sized for that paper.
    bool renderOnCurrentPage(QPagedPaintDevice &device, QString *error) const;
    /// Writes a PDF file: fonts embedded, text kept as text (pdftotext reads it back).
    bool savePdf(const QString &path, const PageSetup &setup, QString *error) const;
    bool savePdf(const QString &path, QString *error) const
    {
        return savePdf(path, defaultPageSetup(), error);
    }

    /// Applies size, orientation and margins to a printer or PDF writer.
    static bool applyPageSetup(QPagedPaintDevice &device, const PageSetup &setup, QString *error);
};

} // namespace certdesk
