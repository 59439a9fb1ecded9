#pragma once

#include <QWidget>

#include "sync/SyncStatus.h"

class QLabel;
class QToolButton;

namespace certdesk {

class Clock;

/// The sync indicator of the status bar: a coloured mark and one line a clerk understands
/// (online, offline, sending, error), the events not yet sent, while receiving how far it got,
/// the server's documents set aside or found changed, the last successful sync, and "Sync
/// now". The reason and the next step are in the tooltip and, on an error, on the line.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(const Clock &clock, QWidget *parent = nullptr);

    void setStatus(const SyncStatus &status);
    /// Whether the person may look at the documents set aside (a supervisor).
    void setReviewAllowed(bool allowed);
    /// The line as shown (for tests and screen readers).
    QString text() const;

Q_SIGNALS:
    void syncNowRequested();
    void settingsRequested();
    void reviewRequested();

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
    QToolButton *m_review;
    bool m_reviewAllowed = false;
    bool m_somethingToReview = false;
    SyncStatus m_status; ///< the last one shown, to show it again in another language
};

} // namespace certdesk
