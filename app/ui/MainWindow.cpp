#include "ui/MainWindow.h"

namespace certdesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("CertDesk"));
    resize(1200, 800);
}

} // namespace certdesk
