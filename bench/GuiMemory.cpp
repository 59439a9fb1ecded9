#include "GuiMemory.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>

namespace certdesk::bench {

Memory Memory::now()
{
    Memory m;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return m;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2)
            continue;
        if (parts.at(0) == "VmRSS:")
            m.rssKb = parts.at(1).toLongLong();
        else if (parts.at(0) == "VmHWM:")
            m.hwmKb = parts.at(1).toLongLong();
    }
    return m;
}

int scrollToEnd(QAbstractItemView *view, int maxSeconds, bool *complete)
{
    QAbstractItemModel *model = view->model();
    QScrollBar *bar = view->verticalScrollBar();
    QElapsedTimer timer;
    timer.start();
    *complete = false;
    int stable = 0;
    while (timer.elapsed() < qint64(maxSeconds) * 1000) {
        const int before = model->rowCount();
        bar->setValue(bar->maximum());
        QApplication::processEvents();
        // The view fetches when the bar reaches its end; a model that cannot fetch more and
        // a bar at its end twice in a row is the bottom of the list.
        if (!model->canFetchMore(QModelIndex()) && model->rowCount() == before
            && bar->value() == bar->maximum()) {
            if (++stable >= 2) {
                *complete = true;
                break;
            }
        } else {
            stable = 0;
        }
    }
    return model->rowCount();
}

} // namespace certdesk::bench
