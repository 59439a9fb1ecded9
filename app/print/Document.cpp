#include "print/Document.h"

#include "print/DocumentStyle.h"
#include "print/DocumentWriter.h"

#include <QFile>
#include <QPagedPaintDevice>
#include <QPdfWriter>

namespace certdesk {

bool Document::applyPageSetup(QPagedPaintDevice &device, const PageSetup &setup, QString *error)
{
    const QPageLayout layout(QPageSize(setup.size), setup.orientation, setup.marginsMm,
                             QPageLayout::Millimeter);
    if (!device.setPageLayout(layout)) {
        if (error)
            *error = tr("The printer does not accept the page %1 with these margins; choose "
                        "another paper size.")
                         .arg(QPageSize(setup.size).name());
        return false;
    }
    return true;
}

bool Document::render(QPagedPaintDevice &device, const PageSetup &setup, QString *error) const
{
    if (!applyPageSetup(device, setup, error))
        return false;
    DocumentWriter writer(device, DocumentStyle::forPage(setup.size));
    if (!writer.isActive())
        return writer.finish(error);
    write(writer);
    return writer.finish(error);
}

bool Document::renderOnCurrentPage(QPagedPaintDevice &device, QString *error) const
{
    DocumentWriter writer(device, DocumentStyle::forPage(device.pageLayout().pageSize().id()));
    if (!writer.isActive())
        return writer.finish(error);
    write(writer);
    return writer.finish(error);
}

bool Document::savePdf(const QString &path, const PageSetup &setup, QString *error) const
{
    {
        QPdfWriter pdf(path);
        pdf.setResolution(600);
        pdf.setCreator(QStringLiteral("CertDesk"));
        pdf.setTitle(fileName());
        if (!render(pdf, setup, error))
            return false;
    }
    if (!QFile::exists(path) || QFile(path).size() == 0) {
        if (error)
            *error = tr("The PDF file %1 could not be written; check the folder and the free "
                        "space.")
                         .arg(path);
        return false;
    }
    return true;
}

} // namespace certdesk
