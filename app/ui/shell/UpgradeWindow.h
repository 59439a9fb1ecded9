#pragma once

#include <QDialog>

class QCloseEvent;
class QLabel;

namespace certdesk {

class DatabaseJob;

/// Shown at a start whose database file an older CertDesk wrote, before any other window:
/// the file is checked whole and brought up to date once (Database::needsUpgrade), which
/// takes minutes on a large branch, and a start that shows nothing meanwhile looks like one
/// that failed. The work runs on a worker thread (DatabaseJob, whose open does it); this
/// window says what is happening, moves while it does, and cannot be closed half-way (the
/// upgrade is one transaction a step, but stopping it would only make the next start do it).
class UpgradeWindow : public QDialog
{
    Q_OBJECT

public:
    explicit UpgradeWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~UpgradeWindow() override;

    /// Shows the window, upgrades the file and returns when that is over. False, with the
    /// reason, when the file could not be opened so; the start's own open then says why
    /// (a damaged file leads to the restore of a backup there).
    bool run(QString *error);

public Q_SLOTS:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QString m_path;
    DatabaseJob *m_job = nullptr;
    bool m_running = false;
};

} // namespace certdesk
