#pragma once

#include <QDialog>

#include <memory>

#include "services/SafeCountService.h"

namespace Ui {
class SafeCountDialog;
}

namespace certdesk {

class Session;

/// The end-of-day count of the safe (issue 17): a blind count. The supervisor scans each
/// paper certificate's QR code (a scanner types it and presses Enter) or types its receipt
/// number; the window shows how many were counted and what the last one was ("already
/// counted" on a repeat), never how many the ledger expects. Finish records the count as one
/// event and lists the missing and the unexpected papers by name and receipt number, with the
/// report to print; Esc or Cancel after anything was scanned asks before the count is dropped,
/// and a dropped count records nothing.
class SafeCountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SafeCountDialog(Session &session, QWidget *parent = nullptr);
    ~SafeCountDialog() override;

    /// One presented paper, as the scan field's Enter gives it (tests drive this too).
    void present(const QString &text);
    /// Asks, records the count, shows the result; false when refused or not confirmed.
    bool finishCount();
    /// Prints the report of the finished count.
    bool printReport();
    bool isFinished() const { return m_finished; }
    const SafeCountReport &report() const { return m_report; }
    QString countText() const;
    QString messageText() const;
    QString summaryText() const;
    /// Where the record puts a paper not expected in the safe, in the interface's language.
    static QString whereText(const SafePaper &paper);

public Q_SLOTS:
    /// Esc and Cancel: once something was scanned, asks before dropping the count.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMessage(const QString &text, const QString &color);
    void showResult();

    Session &m_session;
    std::unique_ptr<Ui::SafeCountDialog> m_ui;
    SafeCountService m_service;
    SafeCountReport m_report;
    bool m_finished = false;
    QString m_startError;
};

} // namespace certdesk
