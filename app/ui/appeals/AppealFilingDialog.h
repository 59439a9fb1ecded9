#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

#include "domain/Appeal.h"
#include "domain/AppealState.h"
#include "ui/common/DocumentPrinter.h"

namespace Ui {
class AppealFilingDialog;
}

namespace certdesk {

class AppealService;
class Session;

/// Filing an appeal or complaint at the counter, keyboard only. It never refuses what the
/// applicant brings: the points to bring into compliance and the deadlines are shown live as
/// the clerk types, and "Accept" (Ctrl+Enter) registers the appeal and prints its receipt
/// whatever is missing. Opened on an accepted appeal, the same form records the details the
/// applicant brought later. Esc (or closing the window) asks before throwing away what was
/// typed: an appeal may never be refused, so one key must not lose it.
class AppealFilingDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new appeal: accept() registers it and prints the receipt.
    explicit AppealFilingDialog(Session &session, QWidget *parent = nullptr);
    /// Details brought later for an accepted appeal: accept() records them.
    AppealFilingDialog(Session &session, const AppealState &existing, QWidget *parent = nullptr);
    ~AppealFilingDialog() override;

    /// The appeal as the fields say now.
    Appeal appeal() const;
    void setAppeal(const Appeal &appeal);
    /// The points listed now, in the clerk's words.
    QStringList pointTexts() const;
    QString deadlinesText() const;
    /// The appeal as registered, once accept() succeeded (new appeals).
    const AppealState &accepted() const { return m_accepted; }
    /// What became of the receipt printed on acceptance.
    const PrintResult &receiptPrint() const { return m_receiptPrint; }
    QString errorText() const;

    void accept() override;
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUp();
    void retranslate();
    void setOkText();
    void updateVisibility();
    void updatePreview();
    /// A typed date: true with an invalid date for empty text, false for text that is no date.
    static bool readDate(const QString &text, QDate *date);

    std::unique_ptr<Ui::AppealFilingDialog> m_ui;
    Session &m_session;
    std::unique_ptr<AppealService> m_service;
    QString m_amendId; ///< empty for a new appeal
    AppealState m_accepted;
    PrintResult m_receiptPrint;
    bool m_termEdited = false;
    bool m_filling = false;
    bool m_dirty = false; ///< the clerk typed or chose something since the form opened
};

} // namespace certdesk
