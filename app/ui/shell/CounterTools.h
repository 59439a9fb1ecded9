#pragma once

#include <QObject>

class QAction;

namespace certdesk {

class BackupScheduler;
class IntegrityWatch;
class LockScreenGuard;
class MainWindow;
class NoticeController;
class Session;
class SyncController;
class SyncStatusWidget;

/// Everything the counter's main window carries besides the cases: the supervisor board,
/// the appeals register, accounts and audit, the sync indicator with its settings, the idle
/// lock, the scheduled backup and the background check of the database file. Built once over the
/// main window; menu entries appear only for those whose role may use them, and the core checks
/// again on every call.
class CounterTools : public QObject
{
    Q_OBJECT

public:
    CounterTools(MainWindow &window, Session &session);
    ~CounterTools() override;

    LockScreenGuard *lockGuard() const { return m_lock; }
    SyncController *sync() const { return m_sync; }
    IntegrityWatch *integrity() const { return m_integrity; }
    BackupScheduler *backups() const { return m_backups; }
    NoticeController *notices() const { return m_notices; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void addMenus();
    void addSync();
    void openSyncSettings();
    void addNotices();
    void openNoticeSettings();
    void openUsers();
    void openAudit();
    void openServerDocuments();
    void userChanged();
    void giveBackTheKeyboard();
    void showPermittedActions();

    MainWindow &m_window;
    Session &m_session;
    LockScreenGuard *m_lock = nullptr;
    SyncController *m_sync = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    BackupScheduler *m_backups = nullptr;
    IntegrityWatch *m_integrity = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_noticesAction = nullptr;
    NoticeController *m_notices = nullptr;
    QAction *m_serverDocumentsAction = nullptr;
    QAction *m_printersAction = nullptr;
    QAction *m_boardAction = nullptr; ///< hidden from those who may not see the board
    QAction *m_appealsAction = nullptr;
    QAction *m_rulesAction = nullptr; ///< the rules dialog, for those who may edit the calendar
};

} // namespace certdesk
