#include "ui/common/SystemPrinters.h"

#include <QPrinter>
#include <QPrinterInfo>

#ifdef CERTDESK_HAVE_CUPS
#include <cups/cups.h>
#endif

namespace certdesk {

namespace {

/// The keyword without its severity suffix, or empty for a mere report (except "offline",
/// which CUPS reports as "offline-report" for a printer it cannot reach).
QString severeReason(const QString &reason)
{
    static const QLatin1String report("-report");
    QString keyword = reason.trimmed();
    if (keyword.endsWith(report)) {
        keyword.chop(report.size());
        return keyword == QLatin1String("offline") ? keyword : QString();
    }
    for (const QLatin1String suffix : {QLatin1String("-error"), QLatin1String("-warning")}) {
        if (keyword.endsWith(suffix))
            keyword.chop(suffix.size());
    }
    return keyword;
}

} // namespace

QStringList SystemPrinters::printerNames() const
{
    return QPrinterInfo::availablePrinterNames();
}

QString SystemPrinters::defaultPrinterName() const
{
    return QPrinterInfo::defaultPrinterName();
}

QString SystemPrinters::problemOf(
    const QString &name, int state, const QStringList &reasons, bool acceptingJobs)
{
    QStringList keywords;
    for (const QString &reason : reasons)
        keywords.append(severeReason(reason));
    auto has = [&keywords](std::initializer_list<const char *> words) {
        for (const char *word : words) {
            if (keywords.contains(QLatin1String(word)))
                return true;
        }
        return false;
    };
    // A warning alone ("media-low") does not stop a printer; these do.
    if (has({"media-empty", "media-needed"}))
        return tr("The printer %1 is out of paper: load paper.").arg(name);
    if (has({"media-jam"}))
        return tr("The printer %1 has a paper jam: clear it.").arg(name);
    if (has({"door-open", "cover-open", "interlock-open"}))
        return tr("The printer %1 has a cover open: close it.").arg(name);
    if (has({"toner-empty", "marker-supply-empty"}))
        return tr("The printer %1 is out of toner or ink: replace it.").arg(name);
    if (has({"offline", "shutdown"}))
        return tr("The printer %1 is offline: check that it is switched on and connected.")
            .arg(name);
    if (state == 5 && has({"paused"}))
        return tr("The printer %1 is paused on this computer: resume it in the printer settings "
                  "(or ask the administrator).")
            .arg(name);
    if (state == 5)
        return tr("The printer %1 is stopped: check it and its settings.").arg(name);
    if (!acceptingJobs)
        return tr("The printer %1 does not accept documents now (it is set to reject them): "
                  "allow it in the printer settings.")
            .arg(name);
    return QString();
}

QString SystemPrinters::problem(const QString &name) const
{
    const QPrinterInfo info = QPrinterInfo::printerInfo(name);
    if (info.isNull())
        return tr("The printer %1 is not installed on this computer (or was renamed): choose a "
                  "printer, or save the document as a PDF.")
            .arg(name);
#ifdef CERTDESK_HAVE_CUPS
    if (cups_dest_t *dest
        = cupsGetNamedDest(CUPS_HTTP_DEFAULT, name.toUtf8().constData(), nullptr)) {
        auto option = [dest](const char *key) {
            return QString::fromUtf8(cupsGetOption(key, dest->num_options, dest->options));
        };
        const int state = option("printer-state").toInt();
        const QStringList reasons = option("printer-state-reasons").split(u',', Qt::SkipEmptyParts);
        const bool accepting = option("printer-is-accepting-jobs") != QLatin1String("false");
        cupsFreeDests(1, dest);
        const QString why = problemOf(name, state, reasons, accepting);
        if (!why.isEmpty())
            return why;
    }
#endif
    if (info.state() == QPrinter::Error)
        return problemOf(name, 5, {}, true);
    return QString();
}

std::unique_ptr<QPrinter> SystemPrinters::open(const QString &name, const QString &document)
{
    auto printer
        = std::make_unique<QPrinter>(QPrinterInfo::printerInfo(name), QPrinter::HighResolution);
    printer->setDocName(document);
    return printer;
}

} // namespace certdesk
