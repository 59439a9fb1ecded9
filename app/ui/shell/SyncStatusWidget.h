#pragma once

#include <QWidget>

#include "sync/SyncStatus.h"

class QLabel;
class QToolButton;

namespace certdesk {

class Clock;

/// The sync indicator of the status bar: a coloured mark and one line a clerk understands
/// (online, offline, sending, error), the events not yet sent, the last successful sync, and
/// "Sync now". The reason and the next step are in the tooltip and, on an error, on the line.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(const Clock &clock, QWidget *parent = nullptr);

    void setStatus(const SyncStatus &status);
    /// The line as shown (for tests and screen readers).
    QString text() const;

Q_SIGNALS:
    void syncNowRequested();
    void settingsRequested();

protected:
    /// Another language was chosen: the line and the buttons are written again in it.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString lastSyncText(const QDateTime &utc) const;

    const Clock &m_clock;
    QLabel *m_mark;
    QLabel *m_text;
    QToolButton *m_syncNow;
    QToolButton *m_settings;
    SyncStatus m_status; ///< the last one shown, to show it again in another language
};

} // namespace certdesk
