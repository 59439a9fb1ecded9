#include "ui/shell/CounterTools.h"

#include "services/BackupScheduler.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "ui/admin/AuditView.h"
#include "ui/admin/RulesDialog.h"
#include "ui/admin/ServerDocumentsDialog.h"
#include "ui/admin/UsersDialog.h"
#include "ui/appeals/AppealRegisterWindow.h"
#include "ui/board/BoardWidget.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PrinterSettingsDialog.h"
#include "ui/shell/IntegrityWatch.h"
#include "ui/shell/LockScreenGuard.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NoticeController.h"
#include "ui/shell/NoticeSettingsDialog.h"
#include "ui/shell/ReceiptStopBanner.h"
#include "ui/shell/SyncController.h"
#include "ui/shell/SyncSettingsPage.h"
#include "ui/shell/SyncStatusWidget.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QVBoxLayout>

namespace certdesk {

CounterTools::CounterTools(MainWindow &window, Session &session)
    : QObject(&window)
    , m_window(window)
    , m_session(session)
{
    m_lock = new LockScreenGuard(session.database(), session.clock(), &window);
    m_lock->setUser(session.user());
    // Ctrl+L is the case list of the main window; the lock takes Ctrl+Shift+L.
    m_lock->lockAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_lock, &LockScreenGuard::userChanged, this, &CounterTools::userChanged);

    addMenus();
    addSync();
    addNotices();

    m_backups = new BackupScheduler(session.database(), session.clock(), this);
    connect(m_backups, &BackupScheduler::failed, this, [this](const QString &message) {
        m_window.statusBar()->showMessage(tr("The scheduled backup failed: %1").arg(message));
    });
    connect(m_backups, &BackupScheduler::started, this,
        [this]() { m_window.statusBar()->showMessage(tr("Writing the scheduled backup…")); });
    // finished() comes first, then failed() when it failed: its message stays. Only the
    // backup's own line goes; whatever the clerk was told meanwhile stays, and who is signed
    // in is not a message at all (MainWindow::identityText).
    connect(m_backups, &BackupScheduler::finished, this, [this]() {
        if (m_window.statusBar()->currentMessage() == tr("Writing the scheduled backup…"))
            m_window.statusBar()->clearMessage();
    });
    m_backups->start();

    // The file is checked beside the open window when the start did not check it (a big
    // file): a damaged one stops every write, and its backups.
    m_integrity = new IntegrityWatch(window, session.database(), this);
    connect(m_integrity, &IntegrityWatch::damaged, m_backups, &BackupScheduler::stop);
    connect(m_integrity, &IntegrityWatch::damaged, m_sync, &SyncController::halt);
    if (!session.database().checkedAtOpen())
        m_integrity->start();
}

CounterTools::~CounterTools() = default;

void CounterTools::addMenus()
{
    QMenu *tools = m_window.toolsMenu();
    m_boardAction = BoardWidget::addMenuAction(
        tools, m_session, &m_window, [this](const QString &caseId) { m_window.openCase(caseId); });
    m_appealsAction = AppealRegisterWindow::addToMenu(tools, m_session, &m_window);
    tools->addSeparator();
    m_auditAction = tools->addAction(QString(), this, &CounterTools::openAudit);
    m_usersAction = tools->addAction(QString(), this, &CounterTools::openUsers);
    m_syncAction = tools->addAction(QString(), this, &CounterTools::openSyncSettings);
    m_noticesAction = tools->addAction(QString(), this, &CounterTools::openNoticeSettings);
    m_serverDocumentsAction = tools->addAction(QString(), this, &CounterTools::openServerDocuments);
    m_rulesAction = RulesDialog::addToMenu(tools, m_session, &m_window);
    m_printersAction = tools->addAction(QString(), this, [this]() {
        PrinterSettingsDialog dialog(&m_window);
        dialog.exec();
        giveBackTheKeyboard();
    });
    retranslate();
    showPermittedActions();
    // The language may change while the window is open (docs/translations.md).
    m_window.installEventFilter(this);
    tools->addSeparator();
    tools->addAction(m_lock->lockAction());
}

void CounterTools::retranslate()
{
    m_auditAction->setText(tr("Au&dit log…"));
    m_usersAction->setText(tr("A&ccounts…"));
    m_syncAction->setText(tr("&Sync settings…"));
    m_noticesAction->setText(tr("SMS &notices…"));
    m_serverDocumentsAction->setText(tr("Server documents to re&view…"));
    m_printersAction->setText(tr("&Printers…"));
    // The entries other rooms add keep their words in their own classes.
    m_boardAction->setText(BoardWidget::menuText());
    m_appealsAction->setText(AppealRegisterWindow::menuText());
    m_rulesAction->setText(RulesDialog::menuText());
    m_lock->retranslate();
}

bool CounterTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CounterTools::showPermittedActions()
{
    m_auditAction->setVisible(m_session.can(Permission::ViewAudit));
    m_usersAction->setVisible(m_session.can(Permission::ManageUsers));
    m_syncAction->setVisible(m_session.can(Permission::EditSettings));
    m_noticesAction->setVisible(m_session.can(Permission::EditSettings));
    m_serverDocumentsAction->setVisible(m_session.can(Permission::ViewBoard));
    m_rulesAction->setVisible(m_session.can(Permission::EditCalendar));
    // The board and the register follow whoever signed in last, also at the lock screen.
    BoardWidget::showMenuAction(m_boardAction, m_session);
    m_appealsAction->setEnabled(m_session.can(Permission::AcceptAppeal));
    if (m_syncStatus)
        m_syncStatus->setReviewAllowed(m_session.can(Permission::ViewBoard));
}

void CounterTools::addSync()
{
    m_sync = new SyncController(m_session.database(), m_session.clock(), this);
    m_syncStatus = new SyncStatusWidget(m_session.clock(), &m_window);
    m_window.statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_sync, &SyncController::statusChanged, m_syncStatus, &SyncStatusWidget::setStatus);
    connect(m_syncStatus, &SyncStatusWidget::syncNowRequested, m_sync, &SyncController::syncNow);
    connect(
        m_syncStatus, &SyncStatusWidget::settingsRequested, this, &CounterTools::openSyncSettings);
    connect(
        m_syncStatus, &SyncStatusWidget::reviewRequested, this, &CounterTools::openServerDocuments);
    m_syncStatus->setReviewAllowed(m_session.can(Permission::ViewBoard));
    connect(m_sync, &SyncController::passwordNeeded, this,
        [this](const QString &account, const QString &reason) {
            bool ok = false;
            const QString password = QInputDialog::getText(&m_window, tr("Sync password"),
                tr("%1\nThe password of the sync account %2:").arg(reason, account),
                QLineEdit::Password, QString(), &ok);
            if (ok && !password.isEmpty())
                m_sync->providePassword(password, false);
        });
    // What a sync brought may stop the receipt numbers (another computer with this number):
    // the clerk reads it at once, not at the next application.
    connect(m_sync, &SyncController::eventsArrived, m_window.receiptBanner(),
        &ReceiptStopBanner::refresh);
    m_syncStatus->setStatus(m_sync->status());
    m_sync->start();
}

void CounterTools::addNotices()
{
    m_notices = new NoticeController(m_session, this);
    // What a sync brought may make notices due (an arrival recorded elsewhere) or settle them
    // (sent by the notifier): a pass at once.
    connect(m_sync, &SyncController::eventsArrived, m_notices, &NoticeController::runPass);
    connect(m_notices, &NoticeController::passComplete, this, [this](const NoticeSendSummary &s) {
        if (s.failed > 0)
            m_window.statusBar()->showMessage(
                tr("The SMS gateway did not take a notice; it is tried again later (see the "
                   "board)."));
    });
    m_notices->start();
}

void CounterTools::openNoticeSettings()
{
    QString error;
    if (!m_session.require(Permission::EditSettings, &error)) {
        MessageBox::warning(&m_window, tr("SMS notices"), error);
        return;
    }
    NoticeSettingsDialog dialog(m_session, *m_notices, &m_window);
    dialog.exec();
    giveBackTheKeyboard();
}

void CounterTools::openSyncSettings()
{
    QString error;
    if (!m_session.require(Permission::EditSettings, &error)) {
        MessageBox::warning(&m_window, tr("Sync settings"), error);
        return;
    }
    QDialog dialog(&m_window);
    dialog.setWindowTitle(tr("Sync settings"));
    auto *page = new SyncSettingsPage(&dialog);
    page->setConfig(m_sync->config());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(page);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&]() {
        QString why;
        if (!page->validate(&why)
            || !m_sync->applySettings(page->config(), page->password(), page->rememberPassword(),
                m_session.user().login, &why)) {
            MessageBox::warning(&dialog, tr("Sync settings"), why);
            return;
        }
        dialog.accept();
    });
    dialog.exec();
    giveBackTheKeyboard();
}

void CounterTools::openUsers()
{
    QString error;
    if (!m_session.require(Permission::ManageUsers, &error)) {
        MessageBox::warning(&m_window, tr("Accounts"), error);
        return;
    }
    UsersDialog dialog(m_session, &m_window);
    dialog.exec();
    giveBackTheKeyboard();
}

void CounterTools::openServerDocuments()
{
    QString error;
    if (!m_session.require(Permission::ViewBoard, &error)) {
        MessageBox::warning(&m_window, tr("Server documents"), error);
        return;
    }
    ServerDocumentsDialog dialog(m_session, &m_window);
    dialog.exec();
    giveBackTheKeyboard();
}

void CounterTools::openAudit()
{
    QString error;
    if (!m_session.require(Permission::ViewAudit, &error)) {
        MessageBox::warning(&m_window, tr("Audit log"), error);
        return;
    }
    auto *view = new AuditView(m_session, nullptr);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("Audit log"));
    view->resize(1100, 700);
    view->show();
}

void CounterTools::giveBackTheKeyboard()
{
    // A dialog closed: the counter's window takes the keyboard again. Without this, where no
    // window manager hands it over (a kiosk session, the offscreen tests), the next key after
    // Tools → Printers reached no window at all.
    m_window.raise();
    m_window.activateWindow();
}

void CounterTools::userChanged()
{
    // The lock screen let another person in: the same window serves them from now on.
    m_session.setUser(m_lock->user());
    showPermittedActions();
    m_window.refresh();
    m_window.statusBar()->showMessage(
        tr("Signed in: %1 (%2)").arg(m_session.user().fullName, m_session.user().login), 8000);
}

} // namespace certdesk
