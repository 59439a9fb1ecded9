#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/RuleSet.h"

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace certdesk {

class Session;

/// The supervisor's window on the rules that change by decree (docs/rules.md): the
/// working-day calendar of a year (holidays and decree days), the MCI of each year and the
/// apostille fee, the service terms, and the apostille countries, each with the layer its value
/// comes from (built in, this branch, the central rules). What is saved goes through the same
/// checks as a rules file and is refused with the reasons; a rules file is imported or exported
/// from here too. Keyboard only: Ctrl+Tab between the tabs, Alt and a letter for each button.
class RulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RulesDialog(Session &session, QWidget *parent = nullptr);

    /// The Tools menu entry (hidden from those who may not edit the rules).
    static QAction *addToMenu(QMenu *menu, Session &session, QWidget *parent);
    static QString menuText();

    /// What the last refusal said, for tests ("" after a save that went through).
    QString problemText() const;
    /// Imports a file as the Import button does, without asking for its name (tests).
    bool importPath(const QString &path);
    /// Close, Esc: asks first when a tab has edits that are not saved.
    void reject() override;

private:
    void build();
    void load();
    void showYear(int year);
    void addRow();
    void removeRow();
    void withdrawRow();
    void save();
    /// Saves what the tab shows; false when refused (the reasons are shown).
    bool saveTab(int tab);
    void importFile();
    void exportFile();

    bool readCalendar(RuleSet *set, QStringList *problems) const;
    bool readTable(QTableWidget *table, RuleSet *set, QStringList *problems) const;
    void apply(const RuleSet &set, const QStringList &withdraw);
    /// The units of kinds the table shows that are in force but no longer in it.
    void removedFrom(const QList<RuleUnit::Kind> &kinds, const RuleSet &kept, RuleSet *set,
                     QStringList *withdraw) const;
    QString layerText(const QString &id) const;
    void fill(QTableWidget *table, const QList<RuleUnit> &units);
    QTableWidget *currentTable() const;
    void showProblems(const QString &intro, const QStringList &problems);
    bool eventFilter(QObject *watched, QEvent *event) override;

    // Unsaved edits. Each tab is saved on its own and a save reloads every tab, so the tab with
    // edits is settled (saved, dropped or kept) before anything else is shown or reloaded.
    void markEdited(QTableWidget *table);
    /// Asks what to do with the edits of the tab shown (Save / Discard / Cancel); true when
    /// nothing is left unsaved, false to stay where the edits are.
    bool settleEdits();
    void tabChosen(int tab);
    void yearChosen(int year);
    int tabOf(const QTableWidget *table) const;

    Session &m_session;
    RuleSet m_inForce;
    RuleSet m_branch;
    RuleSet m_central;
    QTabWidget *m_tabs = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_yearNote = nullptr;
    QTableWidget *m_holidays = nullptr;
    QTableWidget *m_swaps = nullptr;
    QTableWidget *m_mci = nullptr;
    QTableWidget *m_fees = nullptr;
    QTableWidget *m_terms = nullptr;
    QTableWidget *m_hague = nullptr;
    QTableWidget *m_legal = nullptr;
    QTableWidget *m_lastTable = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_withdraw = nullptr;
    int m_shownTab = 0;
    int m_shownYear = 0;
    int m_editedTab = -1; ///< the tab with unsaved edits, -1 when none
    bool m_filling = false; ///< the tables are being filled from the rules, not edited
};

} // namespace certdesk
