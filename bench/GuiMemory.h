#pragma once

#include <QString>

class QAbstractItemView;

namespace certdesk::bench {

/// Resident memory of a GUI process, read from /proc/self/status.
struct Memory
{
    qint64 rssKb = -1; ///< VmRSS
    qint64 hwmKb = -1; ///< VmHWM: the peak
    static Memory now();
};

/// Scrolls a view from top to bottom the way a person dragging the scroll bar to its end
/// again and again does, until the model has nothing more to fetch (or maxSeconds pass).
/// Returns the rows the view ends with; *complete says whether the end was reached.
int scrollToEnd(QAbstractItemView *view, int maxSeconds, bool *complete);

} // namespace certdesk::bench
