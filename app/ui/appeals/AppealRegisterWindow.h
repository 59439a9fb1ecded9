#pragma once

#include <QWidget>

#include <memory>

#include "ui/appeals/AppealActionDialog.h"

namespace Ui {
class AppealRegisterWindow;
}

class QAction;
class QMenu;

namespace certdesk {

class AppealListModel;
class AppealService;
class Session;

/// The register of appeals and complaints: the list with overdue ones first (by the earliest
/// missed term), a filter, the selected appeal's details under the list, and one button per
/// record that can be made on it now. Filing (Ctrl+N) never refuses; the supervisor's records
/// are offered only to those allowed to make them. Everything works from the keyboard.
class AppealRegisterWindow : public QWidget
{
    Q_OBJECT

public:
    explicit AppealRegisterWindow(Session &session, QWidget *parent = nullptr);
    ~AppealRegisterWindow() override;

    /// Adds "Appeals and complaints" to a menu of the main window: it opens (or raises) one
    /// register window owned by parent.
    static QAction *addToMenu(QMenu *menu, Session &session, QWidget *parent);
    /// That menu entry's text in the interface's language (set again on a language switch).
    static QString menuText();

    AppealListModel *model() const { return m_model; }
    QString currentAppealId() const;
    QString detailText() const;
    QString statusText() const;

public Q_SLOTS:
    void refresh();
    /// Opens the filing dialog; after acceptance the receipt prints and the appeal is selected.
    void newAppeal();
    bool select(const QString &appealId);
    void runAction(certdesk::AppealActionDialog::Action action);
    void amend();
    void reprint();

protected:
    /// Another language was chosen: the form's texts and what is shown, in it (docs/translations.md).
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    /// Columns as wide as their texts (a long name capped; its tooltip shows it whole).
    void fitColumns();
    void showCurrent();
    void setStatus(const QString &text, bool error);

    std::unique_ptr<Ui::AppealRegisterWindow> m_ui;
    Session &m_session;
    std::unique_ptr<AppealService> m_service;
    AppealListModel *m_model = nullptr;
};

} // namespace certdesk
