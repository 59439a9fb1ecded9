#include "ui/common/WindowFit.h"

#include <QApplication>
#include <QScreen>
#include <QScrollArea>
#include <QWidget>

namespace certdesk {

namespace {

// What a window manager adds around a window: the title bar and the borders.
constexpr int FrameWidth = 16;
constexpr int FrameHeight = 48;

QRect availableNear(const QWidget *near)
{
    QScreen *screen = near ? near->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

} // namespace

QSize WindowFit::bounded(const QSize &preferred, const QWidget *near)
{
    const QRect available = availableNear(near);
    if (available.isEmpty())
        return preferred;
    return preferred.boundedTo(available.size() - QSize(FrameWidth, FrameHeight));
}

void WindowFit::apply(QWidget *window, const QSize &preferred)
{
    const QWidget *near = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    window->resize(bounded(preferred, near ? near : window));
    if (!near) {
        const QRect available = availableNear(window);
        QRect frame(QPoint(), window->size() + QSize(FrameWidth, FrameHeight));
        frame.moveCenter(available.center());
        window->move(frame.topLeft());
    }
}

void WindowFit::followFocus(QScrollArea *area)
{
    QObject::connect(qApp, &QApplication::focusChanged, area, [area](QWidget *, QWidget *now) {
        if (now && area->widget() && area->widget()->isAncestorOf(now))
            area->ensureWidgetVisible(now);
    });
}

} // namespace certdesk
