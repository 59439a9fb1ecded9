#include "ui/common/PrinterBackend.h"

#include "ui/common/SystemPrinters.h"

namespace certdesk {

namespace {

PrinterBackend *g_backend = nullptr;

} // namespace

PrinterBackend &PrinterBackend::current()
{
    if (g_backend)
        return *g_backend;
    static SystemPrinters system;
    return system;
}

void PrinterBackend::setCurrent(PrinterBackend *backend)
{
    g_backend = backend;
}

} // namespace certdesk
