#pragma once

#include <QSize>

class QScrollArea;
class QWidget;

namespace certdesk {

/// Sizes a window to the screen it opens on: the size it was designed for where there is
/// room, less on a small screen or at a large scaling (1366×768 at 125 % leaves 1093×614),
/// with room for the window's frame. Its contents scroll rather than shrink.
class WindowFit
{
public:
    /// preferred, bounded by the available area of the screen that near is on (the primary
    /// screen when near is null), less the window frame.
    static QSize bounded(const QSize &preferred, const QWidget *near);
    /// Resizes the window to bounded(preferred) and, when it has no parent to centre on,
    /// centres it on that screen.
    static void apply(QWidget *window, const QSize &preferred);
    /// Scrolls the area to whichever of its fields gets the keyboard focus (Tab, a mnemonic,
    /// a field named by a problem), so the clerk never types into a field out of view.
    static void followFocus(QScrollArea *area);
};

} // namespace certdesk
