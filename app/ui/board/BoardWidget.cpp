#include "ui/board/BoardWidget.h"

#include "ui/board/NoticeBoardPanel.h"

#include <QEvent>

#include <algorithm>

#include "domain/Clock.h"
#include "print/BoardReportDocument.h"
#include "print/IssuanceJournalDocument.h"
#include "services/CaseActionService.h"
#include "services/CustodyService.h"
#include "services/IssuanceService.h"
#include "services/RulesService.h"
#include "services/Session.h"
#include "services/TransferService.h"
#include "ui/board/AppealBoardPanel.h"
#include "ui/board/BoardModel.h"
#include "ui/board/BoardReportTexts.h"
#include "ui/board/FoundPaperDialog.h"
#include "ui/board/SafeCountDialog.h"
#include "ui/board/WriteOffDialog.h"
#include "ui/board/WorkstationAlertPanel.h"
#include "ui/case/CaseActionDateDialog.h"
#include "ui/case/CaseActions.h"
#include "ui/common/CaseChanges.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/KeyboardHabits.h"

#include "ui_BoardWidget.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QScrollBar>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace certdesk {

BoardWidget::BoardWidget(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::BoardWidget>())
    , m_model(new BoardModel(session.clock(), this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BoardModel::SortRole);
    m_ui->table->setModel(m_proxy);
    // Every width is set by fitColumns() whenever the table's width or its rows change: a
    // stretched column was laid out later, after a change of bucket, and in between ran past
    // the table's edge.
    m_ui->table->verticalHeader()->hide();
    m_ui->table->viewport()->installEventFilter(this);
    // Each bucket comes sorted the way it is worked (fewest days left, most overdue first).
    m_ui->table->sortByColumn(BoardModel::Due, Qt::AscendingOrder);
    // A paged bucket comes in that order, page by page; sorted any other way it needs every
    // entry first, or the sort would order only the pages read so far.
    connect(m_ui->table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        [this](int column, Qt::SortOrder order) {
            if (column != BoardModel::Due || order != Qt::AscendingOrder)
                m_model->fetchAll();
        });
    connect(m_model, &BoardModel::failed, this, [this](const QString &error) { report(error, true); });
    m_ui->splitter->setStretchFactor(1, 1);
    // The board looks at custody clocks of the past years and a little ahead, never at a
    // date typed by slip of the finger (31.12.2402).
    const QDate today = m_session.clock().today();
    m_ui->asOfEdit->setDateRange(today.addYears(-MaxYearsBack), today.addDays(MaxDaysAhead));
    m_ui->asOfEdit->setDate(today);
    m_ui->asOfEdit->setToolTip(
        tr("From %1 to %2")
            .arg(m_ui->asOfEdit->minimumDate().toString(QStringLiteral("dd.MM.yyyy")),
                m_ui->asOfEdit->maximumDate().toString(QStringLiteral("dd.MM.yyyy"))));
    // Where the keyboard is stays visible: the current row is marked, also in the lists.
    for (QAbstractItemView *list : {static_cast<QAbstractItemView *>(m_ui->bucketList),
             static_cast<QAbstractItemView *>(m_ui->table)})
        list->setStyleSheet(QStringLiteral("%1:focus { border: 2px solid palette(highlight); }")
                                .arg(QLatin1String(list->metaObject()->className())));
    // Esc closes the board's window (and only that: in the main window it does nothing).
    KeyboardHabits::closeOnEscape(this);
    KeyboardHabits::tabLeavesDateBoxes(this);

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &BoardWidget::refresh);
    connect(m_ui->asOfEdit, &QDateEdit::dateChanged, this, &BoardWidget::refresh);
    connect(m_ui->bucketList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        showEntries(BoardBucket(row));
        fitColumns();
        markFirstRow();
        updateButtons();
    });
    // A workstation clock's line has no case to open.
    connect(m_ui->table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString caseId = index.data(BoardModel::CaseIdRole).toString();
        if (index.column() == BoardModel::Receipt && !caseId.isEmpty())
            Q_EMIT openCase(caseId);
    });
    connect(m_ui->table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString caseId = index.data(BoardModel::CaseIdRole).toString();
        if (!caseId.isEmpty())
            Q_EMIT openCase(caseId);
    });
    connect(m_ui->transferButton, &QPushButton::clicked, this, &BoardWidget::transferSelected);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &BoardWidget::archiveSelected);
    connect(m_ui->journalButton, &QPushButton::clicked, this, &BoardWidget::printJournal);
    connect(m_ui->printButton, &QPushButton::clicked, this, &BoardWidget::printBoard);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this]() { exportCsv(); });

    // What this workstation noticed about another computer with its number or its file: above
    // the buckets, where the supervisor looks first.
    m_alerts = new WorkstationAlertPanel(this);
    m_ui->layout->insertWidget(1, m_alerts);

    // The appeals and complaints, overdue first (issue 9), under the buckets on the same date:
    // refresh() reads both, so the count of what needs action covers both.
    m_appeals = new AppealBoardPanel(m_session, this);
    m_ui->layout->insertWidget(3, m_appeals);
    // The SMS notices: what is waiting or failing, what went and when, who sends.
    m_notices = new NoticeBoardPanel(m_session, this);
    m_ui->layout->insertWidget(4, m_notices);
    connect(m_notices, &NoticeBoardPanel::openCase, this, &BoardWidget::openCase);

    // An action anywhere (the case view, this board) moves cases between buckets: shown at once.
    connect(&CaseChanges::instance(), &CaseChanges::changed, this, [this]() {
        if (isVisible())
            refresh();
    });

    // The count of the safe at closing, and the write-off of a paper it found missing: a menu
    // on one button (the toolbar fits 1366 pixels), each entry with its own key.
    m_safeButton = new QPushButton(this);
    auto *safeMenu = new QMenu(m_safeButton);
    m_countSafe = safeMenu->addAction(QString());
    m_countSafe->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_countSafe->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_foundPaper = safeMenu->addAction(QString());
    m_foundPaper->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_writeOff = safeMenu->addAction(QString());
    m_writeOff->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_countSafe);
    m_safeButton->setMenu(safeMenu);
    m_ui->toolbar->addWidget(m_safeButton);
    m_safeButton->setVisible(m_session.can(Permission::CountSafe));
    m_countSafe->setEnabled(m_session.can(Permission::CountSafe));
    connect(m_countSafe, &QAction::triggered, this, [this]() { countSafe(); });
    connect(m_writeOff, &QAction::triggered, this, [this]() { writeOffSelected(); });
    connect(m_foundPaper, &QAction::triggered, this, [this]() { findMissingPaper(); });
    retranslateSafe();

    for (int i = 0; i < BoardBucketCount; ++i)
        m_ui->bucketList->addItem(BoardModel::bucketTitle(BoardBucket(i)));
    m_ui->transferButton->setEnabled(m_session.can(Permission::Transfer));
    m_ui->archiveButton->setEnabled(m_session.can(Permission::Archive));
    refresh();
    m_ui->bucketList->setCurrentRow(0);
}

BoardWidget::~BoardWidget() = default;

QString BoardWidget::menuText()
{
    return tr("Supervisor &board");
}

void BoardWidget::showMenuAction(QAction *action, const Session &session)
{
    const bool allowed = session.can(Permission::ViewBoard);
    action->setVisible(allowed);
    action->setEnabled(allowed);
}

QAction *BoardWidget::addMenuAction(QMenu *menu, Session &session, QWidget *window,
    std::function<void(const QString &caseId)> openCase)
{
    if (!menu)
        return nullptr;
    auto board = std::make_shared<QPointer<BoardWidget>>();
    QAction *action = menu->addAction(menuText());
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    // Shown while the signed-in person may see the board: the person at the counter changes
    // at the lock screen, and whoever shows the menu calls showMenuAction() then.
    showMenuAction(action, session);
    QObject::connect(action, &QAction::triggered, window, [=, &session]() {
        if (!session.can(Permission::ViewBoard))
            return;
        if (!*board) {
            *board = new BoardWidget(session, window);
            (*board)->setWindowFlag(Qt::Window);
            (*board)->setAttribute(Qt::WA_DeleteOnClose);
            (*board)->resize(1200, 700);
            // The board is the window's own window and always above it: it steps aside so
            // the case it opened is seen, and the same shortcut brings it back as it was.
            QObject::connect(*board, &BoardWidget::openCase, window,
                [openCase, board, window](const QString &id) {
                    if (*board)
                        (*board)->hide();
                    openCase(id);
                    window->activateWindow();
                });
        } else {
            (*board)->refresh();
        }
        (*board)->show();
        (*board)->raise();
        (*board)->activateWindow();
    });
    return action;
}

QDate BoardWidget::asOf() const
{
    return m_ui->asOfEdit->date();
}

void BoardWidget::setAsOf(const QDate &date)
{
    m_ui->asOfEdit->setDate(date); // refreshes through dateChanged
}

QTableView *BoardWidget::table() const
{
    return m_ui->table;
}

QString BoardWidget::statusText() const
{
    return m_ui->statusLabel->text();
}

BoardBucket BoardWidget::currentBucket() const
{
    return m_model->bucket();
}

void BoardWidget::showBucket(BoardBucket bucket)
{
    m_ui->bucketList->setCurrentRow(int(bucket));
}

void BoardWidget::report(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    if (error && !CaseActions::isDriven())
        QMessageBox::warning(this, tr("Supervisor board"), text);
}

bool BoardWidget::refresh()
{
    QString error;
    Board board;
    // What the screen shows: every bucket, the papers in running custody a page at a time.
    if (!BoardService(m_session).overview(asOf(), BoardModel::PageSize, &board, &error)) {
        m_board = Board();
        m_alerts->setAlerts({});
        updateBuckets();
        m_ui->statusLabel->setText(error);
        return false;
    }
    m_board = board;
    m_alerts->setAlerts(m_board.workstationAlerts);
    updateBuckets();
    const int row = m_ui->bucketList->currentRow();
    if (row >= 0) {
        showEntries(BoardBucket(row));
        fitColumns();
        markFirstRow();
    }
    m_appeals->setAsOf(asOf());
    m_notices->refresh();
    int due = 0;
    const Board sweep = m_board.sweep();
    for (const QList<BoardEntry> &list : sweep.buckets)
        due += int(list.size());
    const QString day = asOf().toString(QStringLiteral("dd.MM.yyyy"));
    if (m_session.can(Permission::AcceptAppeal)) {
        m_ui->statusLabel->setText(
            tr("Board on %1 — need action today: %2; %3.")
                .arg(day, tr("%n case(s)", nullptr, due),
                    tr("%n appeal(s) or complaint(s)", nullptr, m_appeals->needingAction())));
    } else {
        m_ui->statusLabel->setText(
            tr("Board on %1 — need action today: %2.").arg(day, tr("%n case(s)", nullptr, due)));
    }
    m_ui->statusLabel->setStyleSheet(QString());
    // A deadline on the board counted in a year without a working-day calendar is marked in
    // its row; the status line names the years.
    const QString warning = RulesService::calendarWarning(m_board.yearsWithoutCalendar());
    if (!warning.isEmpty()) {
        m_ui->statusLabel->setText(m_ui->statusLabel->text() + u' ' + warning);
        m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    }
    updateButtons();
    return true;
}

void BoardWidget::showEntries(BoardBucket bucket)
{
    BoardModel::Fetch fetch;
    if (!m_board.isWhole(bucket)) {
        const QDate day = m_board.asOf;
        fetch = [this, bucket, day](const BoardEntry &after, int limit, QList<BoardEntry> *more,
                    QString *error) {
            return BoardService(m_session).page(bucket, day, after, limit, more, error);
        };
    }
    m_model->setEntries(bucket, m_board.bucket(bucket), m_board.total(bucket), fetch);
    const QHeaderView *header = m_ui->table->horizontalHeader();
    if (header->sortIndicatorSection() != BoardModel::Due
        || header->sortIndicatorOrder() != Qt::AscendingOrder)
        m_model->fetchAll();
}

bool BoardWidget::wholeBoard(Board *out)
{
    // The printout and the file hold every paper, not the pages the screen has read so far.
    QString error;
    if (BoardService(m_session).board(asOf(), out, &error))
        return true;
    report(error, true);
    return false;
}

void BoardWidget::markFirstRow()
{
    // Tab into the table lands on a row the clerk can see, not on nothing.
    if (m_proxy->rowCount() > 0 && !m_ui->table->currentIndex().isValid())
        m_ui->table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
}

void BoardWidget::updateBuckets()
{
    const Board sweep = m_board.sweep();
    for (int i = 0; i < BoardBucketCount; ++i) {
        const BoardBucket b = BoardBucket(i);
        QListWidgetItem *item = m_ui->bucketList->item(i);
        if (!item)
            continue;
        const qsizetype due = sweep.bucket(b).size();
        QString text = QStringLiteral("%1 (%2)")
                           .arg(BoardModel::bucketTitle(b))
                           .arg(m_board.total(b));
        if (due > 0)
            text += tr(" — %n due", nullptr, int(due));
        item->setText(text);
        QFont f = item->font();
        f.setBold(due > 0 || (b == BoardBucket::Anomalies && m_board.total(b) > 0));
        item->setFont(f);
    }
    // Every bucket's line whole, in every language ("— 3 due" included).
    QListWidget *list = m_ui->bucketList;
    const int wanted = list->sizeHintForColumn(0) + 2 * list->frameWidth()
        + list->verticalScrollBar()->sizeHint().width();
    if (list->minimumWidth() < wanted)
        list->setMinimumWidth(wanted);
}

void BoardWidget::fitColumns()
{
    // Sized to their contents, a long state (a workstation clock's line, a Kazakh or Russian
    // "result late by") ran past the window and squeezed the stretched name column to an
    // ellipsis. The state takes what the other columns and a name leave, wrapped, and the rows
    // grow to show it whole.
    QTableView *table = m_ui->table;
    QHeaderView *header = table->horizontalHeader();
    // Columns with nothing to say leave their room to the state: an anomaly has no days
    // left, and only papers that arrived have an arrival day. Their titles alone ("Осталось
    // дней") took the width that made a short Russian state wrap to two lines.
    table->setColumnHidden(BoardModel::DaysLeft, currentBucket() == BoardBucket::Anomalies);
    bool anyArrived = false;
    for (int row = 0; row < m_proxy->rowCount() && !anyArrived; ++row)
        anyArrived = !m_proxy->index(row, BoardModel::Arrived).data().toString().isEmpty();
    table->setColumnHidden(BoardModel::Arrived, !anyArrived && m_proxy->rowCount() > 0);
    table->resizeColumnsToContents();
    const int available = table->viewport()->width();
    int others = 0;
    for (int column = 0; column < BoardModel::ColumnCount; ++column) {
        if (column != BoardModel::Name && column != BoardModel::State
            && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    // (public in QAbstractItemView, protected in QTableView)
    const QAbstractItemView *view = table;
    const int name = std::min(view->sizeHintForColumn(BoardModel::Name), available / 4);
    const int state = std::max(available - others - name, header->minimumSectionSize());
    if (header->sectionSize(BoardModel::State) > state)
        header->resizeSection(BoardModel::State, state);
    // The name takes the rest, at least its share.
    header->resizeSection(BoardModel::Name,
        std::max(name, available - others - header->sectionSize(BoardModel::State)));
    table->resizeRowsToContents();
}

bool BoardWidget::eventFilter(QObject *watched, QEvent *event)
{
    // The table's width, not the window's: the window's resize came before its layout gave
    // the table its width, so the board opened with the state column two letters wide.
    if (m_ui && watched == m_ui->table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void BoardWidget::updateButtons()
{
    const BoardBucket b = currentBucket();
    m_ui->transferButton->setEnabled(m_session.can(Permission::Transfer)
        && b == BoardBucket::DueForTransfer && !m_board.bucket(b).isEmpty());
    m_ui->archiveButton->setEnabled(m_session.can(Permission::Archive)
        && b == BoardBucket::ToArchive && !m_board.bucket(b).isEmpty());
}

QStringList BoardWidget::chosen(BoardBucket bucket) const
{
    QStringList ids;
    if (currentBucket() == bucket) {
        const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
        for (const QModelIndex &index : rows)
            ids.append(index.data(BoardModel::CaseIdRole).toString());
    }
    if (ids.isEmpty()) {
        // Nothing selected: everything the sweep says is due.
        const Board due = m_board.sweep();
        for (const BoardEntry &e : due.bucket(bucket))
            ids.append(e.caseId);
    }
    return ids;
}

bool BoardWidget::transferSelected()
{
    const QStringList ids = chosen(BoardBucket::DueForTransfer);
    if (ids.isEmpty()) {
        report(tr("No paper is due for transfer; select the cases to transfer."), true);
        return false;
    }
    CaseActionDateDialog dialog(this);
    dialog.setWindowTitle(tr("Transfer to the provider"));
    dialog.setMessage(tr("%n paper certificate(s) leave for the provider under one transfer "
                         "act, printed now for both sides to sign.",
        nullptr, int(ids.size())));
    TransferResult transfer;
    dialog.setSubmit(
        [&](QString *error) { return TransferService(m_session).transfer(ids, &transfer, error); });
    if (!CaseActions::execDialog(dialog))
        return false;
    CaseChanges::announce(ids);
    const PrintResult printed = CaseActions::printTransferAct(m_session, transfer, this);
    refresh();
    report(tr("Transferred %n paper(s) under act %1.", nullptr, int(transfer.cases.size()))
                .arg(transfer.act)
            + u' ' + printed.summary(),
        false);
    return true;
}

bool BoardWidget::archiveSelected()
{
    const QStringList ids = chosen(BoardBucket::ToArchive);
    if (ids.isEmpty()) {
        report(tr("No paper is due for archiving; select the cases the provider archived."), true);
        return false;
    }
    CaseActionDateDialog dialog(this);
    const QDate today = m_session.clock().today();
    dialog.setWindowTitle(tr("Record the provider's archiving"));
    dialog.setMessage(tr("The provider filed %n paper certificate(s) into its registered "
                         "record; the cases are closed.",
        nullptr, int(ids.size())));
    dialog.showDate(tr("Archived on"), today, today);
    dialog.showText(tr("Registered record number"), false);
    dialog.setSubmit([&](QString *error) {
        return CustodyService(m_session).archive(ids, dialog.date(), dialog.text(), nullptr, error);
    });
    if (!CaseActions::execDialog(dialog))
        return false;
    CaseChanges::announce(ids);
    refresh();
    report(tr("Recorded the archiving of %n paper(s).", nullptr, int(ids.size())), false);
    return true;
}

bool BoardWidget::printJournal()
{
    CaseActionDateDialog dialog(this);
    const QDate today = m_session.clock().today();
    dialog.setWindowTitle(tr("Issuance journal"));
    dialog.setMessage(tr("The journal of the certificates handed over on a day."));
    dialog.showDate(tr("Day"), std::min(asOf(), today), today);
    QList<JournalLine> lines;
    dialog.setSubmit([&](QString *error) {
        return IssuanceService(m_session).journal(dialog.date(), dialog.date(), &lines, error);
    });
    if (!CaseActions::execDialog(dialog))
        return false;
    CaseActionService actions(m_session);
    IssuanceJournalDocument::Data d;
    d.from = d.to = dialog.date();
    d.branchName = actions.branchName();
    d.branchCode = actions.branchCode();
    for (const JournalLine &l : std::as_const(lines)) {
        d.lines.append(IssuanceJournalDocument::Line {l.number, m_session.clock().toLocal(l.at),
            l.receipt, l.certificateNumber, l.certificateDate, l.subjectName, l.collectorName,
            l.collectorKind, l.document, l.poa, l.clerkName.isEmpty() ? l.clerk : l.clerkName});
    }
    const PrintResult printed = DocumentPrinter::print(IssuanceJournalDocument(d), this,
        tr("The issuance journal of %1").arg(d.from.toString(QStringLiteral("dd.MM.yyyy"))));
    report(tr("The issuance journal: %1").arg(printed.summary()), false);
    return printed.printed();
}

bool BoardWidget::printBoard()
{
    CaseActionService actions(m_session);
    BoardReportDocument::Data d;
    d.asOf = asOf();
    d.branchName = actions.branchName();
    d.branchCode = actions.branchCode();
    d.printedBy = m_session.user().fullName;
    Board whole;
    if (!wholeBoard(&whole))
        return false;
    d.sections = BoardReportTexts::sections(whole, m_session.clock());
    const PrintResult printed
        = DocumentPrinter::print(BoardReportDocument(d), this, tr("The board report"));
    report(tr("The board report: %1").arg(printed.summary()), false);
    return printed.printed();
}

bool BoardWidget::exportCsv(const QString &given)
{
    QString path = given;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export the board"),
            QStringLiteral("board-%1.csv").arg(asOf().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    Board whole;
    if (!wholeBoard(&whole))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        report(tr("The file %1 cannot be written: %2. Choose another folder.")
                   .arg(path, file.errorString()),
            true);
        return false;
    }
    // A byte-order mark, so spreadsheet programs read the Kazakh and Russian names as UTF-8.
    file.write("\xEF\xBB\xBF");
    file.write(whole.toCsv().toUtf8());
    if (!file.flush()) {
        report(tr("The file %1 could not be written completely.").arg(path), true);
        return false;
    }
    report(tr("The board was saved to %1.").arg(path), false);
    return true;
}

void BoardWidget::retranslateSafe()
{
    if (!m_safeButton)
        return;
    m_safeButton->setText(tr("&Safe"));
    m_countSafe->setText(tr("&Count the safe…"));
    m_foundPaper->setText(tr("A missing paper &found…"));
    m_writeOff->setText(tr("&Write off a missing paper…"));
}

FoundPaperDialog *BoardWidget::findMissingPaper()
{
    if (!m_session.can(Permission::CountSafe))
        return nullptr;
    auto *dialog = new FoundPaperDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    KeyboardHabits::giveKeyboardBackOnClose(dialog, m_ui->table);
    connect(dialog, &FoundPaperDialog::paperFound, this, &BoardWidget::refresh);
    dialog->open();
    return dialog;
}

SafeCountDialog *BoardWidget::countSafe()
{
    if (!m_session.can(Permission::CountSafe))
        return nullptr;
    auto *dialog = new SafeCountDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    KeyboardHabits::giveKeyboardBackOnClose(dialog, m_ui->table);
    connect(dialog, &QDialog::finished, this, [this]() {
        refresh();
        showBucket(BoardBucket::Anomalies);
    });
    dialog->open();
    return dialog;
}

WriteOffDialog *BoardWidget::writeOffSelected()
{
    if (!m_session.can(Permission::CountSafe))
        return nullptr;
    QString caseId;
    if (currentBucket() == BoardBucket::Anomalies) {
        const QModelIndex current = m_ui->table->currentIndex();
        if (current.isValid())
            caseId = current.data(BoardModel::CaseIdRole).toString();
    }
    QList<MissingPaperLine> missing;
    QString error;
    if (!SafeCountService(m_session).missingPapers(&missing, &error)) {
        report(error, true);
        return nullptr;
    }
    const auto paper = std::find_if(missing.cbegin(), missing.cend(),
        [&caseId](const MissingPaperLine &m) { return m.paper.caseId == caseId; });
    if (caseId.isEmpty() || paper == missing.cend()) {
        // Not an error: the list to choose from, its first missing paper marked.
        showBucket(BoardBucket::Anomalies);
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            const QString id = index.data(BoardModel::CaseIdRole).toString();
            if (std::any_of(missing.cbegin(), missing.cend(),
                    [&id](const MissingPaperLine &m) { return m.paper.caseId == id; })) {
                m_ui->table->setCurrentIndex(index);
                break;
            }
        }
        m_ui->table->setFocus();
        report(missing.isEmpty()
                ? tr("No paper is missing at a count of the safe: there is nothing to write off.")
                : tr("Choose the missing paper in the list (arrows), then Safe → Write off "
                     "again."),
            false);
        return nullptr;
    }
    auto *dialog = new WriteOffDialog(m_session, *paper, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    KeyboardHabits::giveKeyboardBackOnClose(dialog, m_ui->table);
    connect(dialog, &QDialog::accepted, this, &BoardWidget::refresh);
    dialog->open();
    return dialog;
}

void BoardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        retranslateSafe();
        refresh(); // bucket titles, states and days left come from tr()
    }
    QWidget::changeEvent(event);
}

} // namespace certdesk
