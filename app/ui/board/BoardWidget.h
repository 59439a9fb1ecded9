#pragma once

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

#include "services/BoardService.h"

class QAction;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class BoardWidget;
}

namespace certdesk {

class AppealBoardPanel;
class NoticeBoardPanel;
class SafeCountDialog;
class WriteOffDialog;
class FoundPaperDialog;
class BoardModel;
class WorkstationAlertPanel;
class Session;

/// The supervisor board: the buckets with their counts on the left, the chosen bucket's
/// cases on the right (sortable; one click on a receipt opens the case), the appeals with
/// something owed below, one line counting what needs action today (cases and appeals), and
/// what a supervisor does from it: transfer a batch to the provider with its act, record the
/// provider's archiving, print the issuance journal, print the board, export it to CSV.
class BoardWidget : public QWidget
{
    Q_OBJECT

public:
    /// The SMS notices panel (tests drive it).
    NoticeBoardPanel *noticePanel() const { return m_notices; }
    /// How far the board's date may go from today: back over the custody years, a little ahead.
    static constexpr int MaxYearsBack = 5;
    static constexpr int MaxDaysAhead = 92;

    explicit BoardWidget(Session &session, QWidget *parent = nullptr);
    ~BoardWidget() override;

    /// Adds "Supervisor board" to menu, shown while session's user may see the board: it
    /// opens the board in a window of its own over window; a click on a receipt calls
    /// openCase. The main window's one line to reach the board.
    static QAction *addMenuAction(QMenu *menu, Session &session, QWidget *window,
        std::function<void(const QString &caseId)> openCase);
    /// Shows or hides that entry (and its Ctrl+Shift+D) for the person signed in now.
    static void showMenuAction(QAction *action, const Session &session);
    /// That menu entry's text in the interface's language (set again on a language switch).
    static QString menuText();

    QDate asOf() const;
    void setAsOf(const QDate &date);
    /// Reads the board again for the chosen date; false (and a message) when refused.
    bool refresh();
    const Board &board() const { return m_board; }

    void showBucket(BoardBucket bucket);
    BoardBucket currentBucket() const;
    QTableView *table() const;
    QString statusText() const;
    WorkstationAlertPanel *alertPanel() const { return m_alerts; }

    /// Transfers the selected cases of "due for transfer" (or, with none selected, every
    /// one due today or overdue) under one act, and prints it.
    bool transferSelected();
    /// Records the provider's archiving of the selected cases of "to be archived" (or of
    /// every one due).
    bool archiveSelected();
    /// Prints the issuance journal of a day (asked, the board's date by default).
    bool printJournal();
    bool printBoard();
    /// Writes the board as CSV to path (asked when empty).
    bool exportCsv(const QString &path = QString());
    /// Opens the count of the safe (Safe → Count the safe, Ctrl+Shift+C); the board is read
    /// again when it closes. The dialog, for tests.
    SafeCountDialog *countSafe();
    /// Opens the write-off of the paper selected in the anomalies (one missing at a count);
    /// null, with a message, when none is selected.
    WriteOffDialog *writeOffSelected();
    /// Records missing papers found between counts (Safe → A missing paper found).
    FoundPaperDialog *findMissingPaper();
    /// The Safe button's menu entries: count, found, write off.
    QAction *countSafeAction() const { return m_countSafe; }
    QAction *writeOffAction() const { return m_writeOff; }
    QAction *foundPaperAction() const { return m_foundPaper; }

Q_SIGNALS:
    /// The supervisor wants to see this case.
    void openCase(const QString &caseId);

protected:
    /// Another language was chosen: the form's texts and what is shown, in it
    /// (docs/translations.md).
    void changeEvent(QEvent *event) override;
    /// The table's own width changed (the window was laid out, resized, a scroll bar came):
    /// its columns are fitted to it again.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList chosen(BoardBucket bucket) const;
    /// Shows a bucket's entries held, reading a paged bucket's others as the view asks.
    void showEntries(BoardBucket bucket);
    /// Every entry of every bucket on the board's date; false (and a message) when refused.
    bool wholeBoard(Board *out);
    void updateBuckets();
    void updateButtons();
    void markFirstRow();
    /// Every column within the table, the state wrapped when long (see the definition).
    void fitColumns();
    void report(const QString &text, bool error);

    Session &m_session;
    std::unique_ptr<Ui::BoardWidget> m_ui;
    BoardModel *m_model = nullptr;
    AppealBoardPanel *m_appeals = nullptr;
    NoticeBoardPanel *m_notices = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    WorkstationAlertPanel *m_alerts = nullptr;
    Board m_board;
    QPushButton *m_safeButton = nullptr;
    QAction *m_countSafe = nullptr;
    QAction *m_writeOff = nullptr;
    QAction *m_foundPaper = nullptr;
    void retranslateSafe();
};

} // namespace certdesk
