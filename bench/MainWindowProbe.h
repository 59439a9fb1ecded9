#pragma once

#include <QString>

namespace certdesk::bench {

/// The real main window on a database (built as app/main.cpp builds it, the demo clerk
/// signed in through AuthService), its case list scrolled to the end; prints one line
/// "rows=N complete=0|1 seconds=S rss_kb=R hwm_kb=H" and returns 0, or a message and 1.
int mainWindowMemoryProbe(const QString &database, int maxSeconds);

} // namespace certdesk::bench
