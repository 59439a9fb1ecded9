#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class FirstRunRestoreDialog;
}

namespace certdesk {

class Clock;

/// Shown at start instead of the window when the database is damaged (it failed its
/// quick check) or cannot be used: says so in plain words, lets the person pick a backup,
/// shows what the backup holds or why it cannot be used, and restores it. Accepted means
/// the database file was replaced and may be opened again.
class FirstRunRestoreDialog : public QDialog
{
    Q_OBJECT

public:
    FirstRunRestoreDialog(const QString &databasePath, const QString &problem,
                          const Clock &clock, QWidget *parent = nullptr);
    ~FirstRunRestoreDialog() override;

    /// Sets the backup to restore (the Choose… button does it through a file dialog).
    void setBackup(const QString &path);
    /// Where the replaced file was kept, after a restore.
    QString keptAs() const { return m_keptAs; }

public Q_SLOTS:
    void accept() override;

private:
    void choose();
    void inspect();

    std::unique_ptr<Ui::FirstRunRestoreDialog> m_ui;
    QString m_databasePath;
    const Clock &m_clock;
    QString m_keptAs;
};

} // namespace certdesk
