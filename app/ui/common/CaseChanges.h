#pragma once

#include <QObject>
#include <QStringList>

namespace certdesk {

/// Where the windows of this counter tell each other that cases changed: whatever records an
/// action (the case view, the board's batch transfer and archiving, the intake) announces the
/// cases it wrote, and every view showing one of them (the case list's row, the case view,
/// the board) reads it again at once, so no view says "submitted" until F5.
class CaseChanges : public QObject
{
    Q_OBJECT

public:
    static CaseChanges &instance();

    /// Cases just written; an empty list means "any case" (after a sync brought events).
    static void announce(const QStringList &caseIds);

Q_SIGNALS:
    void changed(const QStringList &caseIds);

private:
    CaseChanges() = default;
};

} // namespace certdesk
