#pragma once

#include <QMainWindow>

#include <memory>

#include "domain/Role.h"

namespace Ui {
class MainWindow;
}

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

private:
    void buildMenus();
    void buildFilters();
    void retranslate();
    void showIdentity();
    static QString roleText(Role role);
    CaseFilter currentFilter() const;
    void applyFilter();
    void showSearchMessage(const QString &text, bool error);
    void afterIntake(const IntakeReceipt &receipt);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session &m_session;
    std::unique_ptr<CaseService> m_service;
    CaseListModel *m_model = nullptr;
    CaseView *m_caseView = nullptr;
    ReceiptStopBanner *m_banner = nullptr;
    QMenu *m_toolsMenu = nullptr;
    /// Menus and actions made in code, with their untranslated text, for retranslate().
    QList<QPair<QAction *, const char *>> m_translatedActions;
};

} // namespace certdesk
