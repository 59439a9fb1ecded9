// The limit of the GUI rows: the least a Qt Widgets program with a table does to start and
// to stay resident — an empty QMainWindow holding a QTableView over an empty model, measured
// exactly as the real main window is (bench/run for the start, --memory-probe for memory).

#include "GuiMemory.h"

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("CertDesk bench: minimal window"));
    QStandardItemModel model(0, 7);
    auto *view = new QTableView(&window);
    view->setModel(&model);
    window.setCentralWidget(view);
    window.resize(1200, 800);
    window.show();
    window.activateWindow();
    if (QApplication::arguments().contains(QStringLiteral("--memory-probe"))) {
        QApplication::processEvents();
        bool complete = false;
        const int rows = certdesk::bench::scrollToEnd(view, 10, &complete);
        const certdesk::bench::Memory m = certdesk::bench::Memory::now();
        QTextStream(stdout) << "rows=" << rows << " complete=" << (complete ? 1 : 0)
                            << " seconds=0 held=0 rss_kb=" << m.rssKb << " hwm_kb=" << m.hwmKb
                            << Qt::endl;
        return 0;
    }
    return QApplication::exec();
}
