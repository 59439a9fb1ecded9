#pragma once

#include <QMainWindow>

#include <memory>

#include "domain/Role.h"

namespace Ui {
class MainWindow;
}

class QLabel;
class QMenu;

namespace certdesk {

class CaseListModel;
class CaseService;
class CaseView;
class ReceiptStopBanner;
class Session;
struct CaseFilter;
struct IntakeReceipt;

/// The counter's main window: one search box that takes a receipt number (a scanner types it
/// and Enter: the case opens), an IIN or a surname; the case list over storage with status and
/// date filters; the case view beside it; and the intake wizard (Ctrl+N).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Other parts of CertDesk (board, users, audit, sync) add their windows here.
    QMenu *toolsMenu() const { return m_toolsMenu; }
    CaseView *caseView() const { return m_caseView; }
    /// The notice shown while this workstation issues no receipt numbers.
    ReceiptStopBanner *receiptBanner() const { return m_banner; }
    CaseListModel *caseModel() const { return m_model; }
    /// Who works at this counter, where: always shown at the foot of the window.
    QString identityText() const;
    /// Every key of the window's menus (read when asked: the tools add theirs later), then
    /// the keys inside the case view, the wizard and the print preview.
    QString keyboardHelp() const;
    /// Sizes the window to fit available (a screen's free area) when it would not, so the
    /// status bar is never off-screen.
    void fitInto(const QRect &available);

public Q_SLOTS:
    /// Runs what is in the search box; one match (or a receipt) opens the case.
    void search();
    /// Opens the intake wizard; after saving, prints the receipt and opens the case.
    void newApplication();
    bool openCase(const QString &caseId);
    void refresh();

protected:
    /// Another language was chosen: every text set in code is set again (docs/translations.md).
    void changeEvent(QEvent *event) override;
    /// Remembers the window's place and size, the split and the case list's columns.
    void closeEvent(QCloseEvent *event) override;
    /// Lets the open case's keys through the search box (Ctrl+A is Paper arrived there, not
    /// "select all" of the box).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void buildFilters();
    void retranslate();
    void showIdentity();
    CaseFilter currentFilter() const;
    void applyFilter();
    void showSearchMessage(const QString &text, bool error);
    void afterIntake(const IntakeReceipt &receipt);
    /// The cases' rows and the case shown are read again after an action on them.
    void casesChanged(const QStringList &caseIds);
    /// Widens the case list's columns to their longest text in the current language.
    void fitColumns();
    void restoreLayout();
    void saveLayout() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session &m_session;
    std::unique_ptr<CaseService> m_service;
    CaseListModel *m_model = nullptr;
    CaseView *m_caseView = nullptr;
    ReceiptStopBanner *m_banner = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QLabel *m_identity = nullptr;
    /// Menus and actions made in code, with their untranslated text, for retranslate().
    QList<QPair<QAction *, const char *>> m_translatedActions;
};

} // namespace certdesk
