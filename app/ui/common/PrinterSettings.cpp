#include "ui/common/PrinterSettings.h"

#include <QSettings>

namespace certdesk {

namespace {

QString key(PrinterSettings::Paper paper)
{
    return paper == PrinterSettings::Paper::A5 ? QStringLiteral("print/a5_printer")
                                               : QStringLiteral("print/a4_printer");
}

const QString previewKey = QStringLiteral("print/preview");

} // namespace

PrinterSettings::Paper PrinterSettings::paperOf(QPageSize::PageSizeId size)
{
    switch (size) {
    case QPageSize::A5:
    case QPageSize::A6:
    case QPageSize::A7:
        return Paper::A5;
    default:
        return Paper::A4;
    }
}

QString PrinterSettings::printer(Paper paper)
{
    return QSettings().value(key(paper)).toString();
}

void PrinterSettings::setPrinter(Paper paper, const QString &name)
{
    QSettings().setValue(key(paper), name);
}

bool PrinterSettings::preview()
{
    return QSettings().value(previewKey, false).toBool();
}

void PrinterSettings::setPreview(bool on)
{
    QSettings().setValue(previewKey, on);
}

} // namespace certdesk
