#include "ui/shell/MainWindow.h"

#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "domain/ReceiptNumber.h"
#include "services/CaseService.h"
#include "services/Session.h"
#include "services/WorkstationService.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "ui/case/CaseListModel.h"
#include "ui/case/CaseTexts.h"
#include "ui/case/CaseView.h"
#include "ui/common/CaseChanges.h"
#include "ui/common/KeyboardHabits.h"
#include "ui/common/MessageBox.h"
#include "ui/intake/ApplicationPrinter.h"
#include "ui/intake/IntakeWizard.h"
#include "ui/intake/ReceiptPrinter.h"
#include "ui/shell/LanguageSelector.h"
#include "ui/shell/ReceiptStopBanner.h"
#include "ui_MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QWidgetAction>

namespace certdesk {

namespace {

enum Period { AnyTime, Today, LastWeek, LastMonth, ThisYear, Between };

// The period filter's entries, in the order of Period; translated where shown.
const char *const periodTexts[] = {QT_TRANSLATE_NOOP("certdesk::MainWindow", "any time"),
    QT_TRANSLATE_NOOP("certdesk::MainWindow", "today"),
    QT_TRANSLATE_NOOP("certdesk::MainWindow", "last 7 days"),
    QT_TRANSLATE_NOOP("certdesk::MainWindow", "last 30 days"),
    QT_TRANSLATE_NOOP("certdesk::MainWindow", "this year"),
    QT_TRANSLATE_NOOP("certdesk::MainWindow", "between…")};

// The statuses listed one by one in the status filter, after "All" and "Open".
const CaseStatus listedStatuses[] = {CaseStatus::Submitted, CaseStatus::AdditionalCheck,
    CaseStatus::ResultReady, CaseStatus::AtBranch, CaseStatus::AtProvider,
    CaseStatus::ReturnRequested, CaseStatus::Issued, CaseStatus::Completed, CaseStatus::Refused,
    CaseStatus::Archived, CaseStatus::Withdrawn};

} // namespace

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_service(std::make_unique<CaseService>(session))
{
    m_ui->setupUi(this);
    KeyboardHabits::tabLeavesDateBoxes(this);
    setWindowTitle(tr("CertDesk — counter"));
    // Who is signed in stays in view: a permanent widget, which no passing message hides or
    // clears (a scheduled backup's "done" used to wipe it).
    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    statusBar()->addPermanentWidget(m_identity);
    // The filters follow their texts when the language changes (kk and ru are longer).
    m_ui->statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->periodFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_model = new CaseListModel(*m_service, session.clock(), this);
    m_ui->caseTable->setModel(m_model);
    m_ui->caseTable->verticalHeader()->hide();
    QHeaderView *header = m_ui->caseTable->horizontalHeader();
    // Every column as wide as its texts (fitColumns); the last takes what is left. A name that
    // stretched instead was squeezed to "…" once a case's action buttons took their room.
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSortIndicator(CaseListModel::Submitted, Qt::DescendingOrder);
    connect(m_model, &CaseListModel::sortChanged, this, [this](int column, Qt::SortOrder order) {
        // Only shown: the header would otherwise ask the model for this order as if the clerk
        // had clicked it, and an order the list fell back to would become the clerk's.
        const QSignalBlocker quiet(m_ui->caseTable->horizontalHeader());
        m_ui->caseTable->horizontalHeader()->setSortIndicator(column, order);
        m_ui->caseTable->horizontalHeader()->viewport()->update();
    });
    connect(m_model, &CaseListModel::failed, this,
        [this](const QString &error) { showSearchMessage(error, true); });
    connect(m_model, &CaseListModel::notice, this,
        [this](const QString &text) { showSearchMessage(text, false); });

    // Above everything else: while it shows, no application can be taken here.
    m_banner = new ReceiptStopBanner(session, this);
    m_ui->centralLayout->insertWidget(0, m_banner);
    connect(m_banner, &ReceiptStopBanner::numberChanged, this, &MainWindow::showIdentity);

    m_caseView = new CaseView(session, m_ui->caseViewHost);
    m_ui->caseViewLayout->addWidget(m_caseView);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setChildrenCollapsible(false);
    // The list gets the larger part (restoreLayout() sizes it to its columns).
    m_ui->splitter->setSizes({800, CaseView::PreferredWidth});
    m_ui->searchStatus->hide();
    connect(&CaseChanges::instance(), &CaseChanges::changed, this, &MainWindow::casesChanged);
    // What an action or a print did, under the search box where it is read whole: in the status
    // bar the signed-in line beside it cut it off.
    connect(m_caseView, &CaseView::notice, this,
        [this](const QString &text) { showSearchMessage(text, false); });

    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &MainWindow::search);
    m_ui->searchEdit->installEventFilter(this);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty() && m_model->isSearch()) {
            showSearchMessage(QString(), false);
            applyFilter();
        }
    });
    connect(m_ui->caseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                openCase(m_model->data(current, CaseListModel::CaseIdRole).toString());
        });

    buildFilters();
    buildMenus();

    showIdentity();
    applyFilter();
    restoreLayout();
    m_ui->searchEdit->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::showIdentity()
{
    const SettingsStore settings(m_session.database());
    const User &u = m_session.user();
    m_identity->setText(tr("%1 (%2) · branch %3 %4 · workstation %5")
                            .arg(u.fullName.isEmpty() ? u.login : u.fullName, roleText(u.role),
                                settings.branchCode(), settings.branchName())
                            .arg(settings.workstationNumber()));
    m_identity->setToolTip(tr("Database: %1").arg(m_session.database().path()));
}

QString MainWindow::identityText() const
{
    return m_identity->text();
}

void MainWindow::fitColumns()
{
    // The widest text each column can hold in this language, so no status or purpose is cut.
    const QFontMetrics metrics(m_ui->caseTable->font());
    const QFontMetrics headerMetrics(m_ui->caseTable->horizontalHeader()->font());
    auto widest = [&metrics](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width;
    };
    QStringList statuses;
    for (CaseStatus status : listedStatuses)
        statuses.append(CaseTexts::status(status));
    const QString sampleTime = QStringLiteral("30.12.2026 23:59");
    const QHash<int, int> needed {
        {CaseListModel::Receipt,
            widest({ReceiptNumber::format(QStringLiteral("01010312312300007"))})},
        {CaseListModel::Iin, widest({IdNumber::masked(QStringLiteral("871008401427"))})},
        // A long surname and given name; longer ones end in "…" (the case view has it whole).
        {CaseListModel::Name, widest({QStringLiteral("Нурмухамедова Айгерим")})},
        {CaseListModel::Purpose,
            widest({CaseTexts::purpose(QStringLiteral("domestic")),
                CaseTexts::purpose(QStringLiteral("abroad")),
                CaseTexts::purpose(QStringLiteral("apostille"))})},
        {CaseListModel::Status, widest(statuses)},
        {CaseListModel::Submitted, widest({sampleTime})},
        {CaseListModel::Due, widest({sampleTime.left(10)})},
    };
    const int padding
        = 2 * m_ui->caseTable->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
        const QString title = m_model->headerData(it.key(), Qt::Horizontal).toString();
        const int width
            = std::max(it.value(), headerMetrics.horizontalAdvance(title) + 24) + padding;
        if (m_ui->caseTable->columnWidth(it.key()) < width)
            m_ui->caseTable->setColumnWidth(it.key(), width);
    }
}

void MainWindow::fitInto(const QRect &available)
{
    // Never larger than the screen's free area, so the status bar stays on it (1366×768).
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize room = available.size() - frame;
    const QSize size = this->size().boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
    if (size != this->size())
        resize(size);
    QRect placed = frameGeometry();
    placed.moveTopLeft(
        QPoint(std::clamp(placed.left(), available.left(),
                   std::max(available.left(), available.right() - placed.width() + 1)),
            std::clamp(placed.top(), available.top(),
                std::max(available.top(), available.bottom() - placed.height() + 1))));
    if (placed.topLeft() != frameGeometry().topLeft())
        move(placed.topLeft());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    const bool restored
        = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const bool split = m_ui->splitter->restoreState(
        settings.value(QStringLiteral("window/split")).toByteArray());
    m_ui->caseTable->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/case_columns")).toByteArray());
    fitColumns();
    if (!split) {
        // First start: the list as wide as its columns up to the status (a Kazakh status is
        // the widest), the case view the rest; the submission time may scroll into view.
        QHeaderView *header = m_ui->caseTable->horizontalHeader();
        int list = 2 * m_ui->caseTable->frameWidth()
            + m_ui->caseTable->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        for (int column = 0; column <= CaseListModel::Status; ++column)
            list += header->sectionSize(column);
        m_ui->splitter->setSizes({list, CaseView::PreferredWidth});
    }
    if (QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        // First start on a small screen (1366×768): the whole screen, with the window
        // manager's frame inside it, rather than the designed 1280×800 running off it.
        if (!restored && !available.contains(QRect(available.topLeft(), size()))) {
            setGeometry(available);
            setWindowState(windowState() | Qt::WindowMaximized);
        }
        fitInto(available);
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/split"), m_ui->splitter->saveState());
    settings.setValue(
        QStringLiteral("window/case_columns"), m_ui->caseTable->horizontalHeader()->saveState());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // After a scan or an action the keyboard is often in the search box, and the box claims
    // Ctrl+A for itself: the open case's action on that key comes first. Without a case (or
    // an action on the key) the box keeps its own keys.
    if (watched == m_ui->searchEdit && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QAbstractButton *button : m_caseView->actionButtons()) {
            if (button->isVisible() && button->isEnabled() && button->shortcut() == pressed)
                return true; // not claimed by the box: the action's shortcut fires
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_model)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    setWindowTitle(tr("CertDesk — counter"));
    for (const auto &[action, source] : std::as_const(m_translatedActions))
        action->setText(tr(source));
    m_ui->statusFilter->setItemText(0, tr("All"));
    m_ui->statusFilter->setItemText(1, tr("Open"));
    int index = 2;
    for (CaseStatus status : listedStatuses)
        m_ui->statusFilter->setItemText(index++, CaseTexts::status(status));
    index = 0;
    for (const char *text : periodTexts)
        m_ui->periodFilter->setItemText(index++, tr(text));
    showIdentity();
    showSearchMessage(QString(), false);
    m_model->reload(); // status words and column titles come from tr() in the model
    fitColumns();
}

void MainWindow::buildMenus()
{
    // Each text is kept untranslated beside its action so retranslate() can set it again.
    auto remember = [this](QAction *action, const char *source) {
        m_translatedActions.append({action, source});
        return action;
    };
    QMenu *cases = menuBar()->addMenu(tr("&Case"));
    remember(cases->menuAction(), QT_TR_NOOP("&Case"));
    QAction *intake
        = remember(cases->addAction(tr("&New application…"), this, &MainWindow::newApplication),
            QT_TR_NOOP("&New application…"));
    intake->setShortcut(QKeySequence::New);
    intake->setEnabled(m_session.can(Permission::TakeApplication));
    QAction *find = remember(cases->addAction(tr("&Find"), this,
                                 [this]() {
                                     m_ui->searchEdit->setFocus();
                                     m_ui->searchEdit->selectAll();
                                 }),
        QT_TR_NOOP("&Find"));
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_F3)});
    QAction *list = remember(
        cases->addAction(tr("Case &list"), this, [this]() { m_ui->caseTable->setFocus(); }),
        QT_TR_NOOP("Case &list"));
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *reload = remember(
        cases->addAction(tr("&Refresh"), this, &MainWindow::refresh), QT_TR_NOOP("&Refresh"));
    reload->setShortcut(QKeySequence::Refresh);
    cases->addSeparator();
    QAction *quit
        = remember(cases->addAction(tr("&Quit"), this, &QWidget::close), QT_TR_NOOP("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    remember(m_toolsMenu->menuAction(), QT_TR_NOOP("&Tools"));
    // The interface language, switched at once (the same choice as at sign-in).
    auto *language = new QWidgetAction(m_toolsMenu);
    language->setDefaultWidget(new LanguageSelector(m_toolsMenu));
    m_toolsMenu->addAction(language);
    // Every user sees it: the dialog asks for a supervisor's password itself.
    remember(
        m_toolsMenu->addAction(tr("&Workstation number…"), m_banner, &ReceiptStopBanner::setNumber),
        QT_TR_NOOP("&Workstation number…"));
    m_toolsMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    remember(help->menuAction(), QT_TR_NOOP("&Help"));
    QAction *keyboard = help->addAction(tr("&Keyboard"), this,
        [this]() { MessageBox::information(this, tr("Keyboard"), keyboardHelp()); });
    remember(keyboard, QT_TR_NOOP("&Keyboard"));
    QAction *about = help->addAction(tr("&About CertDesk"), this, [this]() {
        MessageBox::information(this, tr("About CertDesk"),
            tr("CertDesk %1: the counter for the certificate of no "
               "criminal record.")
                .arg(QStringLiteral(CERTDESK_VERSION)));
    });
    remember(about, QT_TR_NOOP("&About CertDesk"));
}

QString MainWindow::keyboardHelp() const
{
    // Read from the menus as they are now, so a key added to a menu is never missing here.
    QStringList lines;
    for (const QAction *title : menuBar()->actions()) {
        if (!title->menu())
            continue;
        for (const QAction *action : title->menu()->actions()) {
            if (action->shortcuts().isEmpty() || !action->isVisible())
                continue;
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            QString what = action->text();
            what.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            what.remove(u'…');
            lines.append(QStringLiteral("%1  %2").arg(keys.join(QStringLiteral(", ")), what));
        }
    }
    lines.append(QString());
    lines.append(tr("Find: a receipt number, an IIN or a surname, then Enter (a scanner does it "
                    "for you)."));
    lines.append(tr("In the case view: the shortcut on each action button; Ctrl+P prints the "
                    "receipt again, Ctrl+Shift+E the application (marked as a copy)."));
    lines.append(tr("In the wizard: Enter next page, %1 back, Ctrl+O supervisor override, "
                    "Esc cancel.")
                     .arg(IntakeWizard::backKey()));
    lines.append(tr("In a print preview: Enter or Ctrl+P prints, Ctrl+S saves a PDF, Esc "
                    "closes without printing."));
    lines.append(tr("On the supervisor board: Esc closes it."));
    return lines.join(u'\n');
}

void MainWindow::buildFilters()
{
    QComboBox *status = m_ui->statusFilter;
    status->addItem(tr("All"), QStringList());
    status->addItem(tr("Open"),
        QStringList {caseStatusName(CaseStatus::Submitted),
            caseStatusName(CaseStatus::AdditionalCheck), caseStatusName(CaseStatus::ResultReady),
            caseStatusName(CaseStatus::AtBranch), caseStatusName(CaseStatus::AtProvider),
            caseStatusName(CaseStatus::ReturnRequested)});
    for (CaseStatus s : listedStatuses)
        status->addItem(CaseTexts::status(s), QStringList {caseStatusName(s)});

    QComboBox *period = m_ui->periodFilter;
    for (int p = AnyTime; p <= Between; ++p)
        period->addItem(tr(periodTexts[p]), p);
    const QDate today = m_session.clock().today();
    m_ui->fromDate->setDate(today.addDays(-7));
    m_ui->toDate->setDate(today);
    m_ui->fromDate->setEnabled(false);
    m_ui->toDate->setEnabled(false);

    connect(status, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(period, &QComboBox::currentIndexChanged, this, [this]() {
        const bool between = m_ui->periodFilter->currentData().toInt() == Between;
        m_ui->fromDate->setEnabled(between);
        m_ui->toDate->setEnabled(between);
        applyFilter();
    });
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &MainWindow::applyFilter);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, &MainWindow::applyFilter);
}

CaseFilter MainWindow::currentFilter() const
{
    CaseFilter f;
    for (const QString &name : m_ui->statusFilter->currentData().toStringList())
        f.statuses.append(caseStatusFromName(name));
    const QDate today = m_session.clock().today();
    switch (m_ui->periodFilter->currentData().toInt()) {
    case Today:
        f.submittedFrom = today;
        break;
    case LastWeek:
        f.submittedFrom = today.addDays(-6);
        break;
    case LastMonth:
        f.submittedFrom = today.addDays(-29);
        break;
    case ThisYear:
        f.submittedFrom = QDate(today.year(), 1, 1);
        break;
    case Between:
        f.submittedFrom = m_ui->fromDate->date();
        f.submittedTo = m_ui->toDate->date();
        break;
    default:
        break;
    }
    return f;
}

void MainWindow::applyFilter()
{
    if (!m_model)
        return;
    m_model->setFilter(currentFilter());
}

void MainWindow::refresh()
{
    showIdentity(); // another person may have signed in at the lock screen
    m_banner->refresh();
    if (m_model->isSearch())
        search();
    else
        m_model->reload();
    const QString id = m_caseView->caseId();
    QString error;
    if (!id.isEmpty() && !m_caseView->showCase(id, &error))
        m_caseView->clear();
}

void MainWindow::showSearchMessage(const QString &text, bool error)
{
    m_ui->searchStatus->setText(text);
    m_ui->searchStatus->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_ui->searchStatus->setVisible(!text.isEmpty());
}

void MainWindow::search()
{
    const QString text = m_ui->searchEdit->text();
    const CaseService::Search s = m_service->search(text);
    using Kind = CaseService::Search::Kind;
    switch (s.kind) {
    case Kind::Empty:
        showSearchMessage(QString(), false);
        applyFilter();
        return;
    default:
        break;
    }
    // A refused or fruitless search shows no case at all: after a mis-scan the previous
    // person's case must not stay on screen for the clerk to act on.
    if (s.kind == Kind::Invalid || !s.error.isEmpty() || s.found == 0) {
        m_model->showSearch(CaseFilter());
        m_caseView->clear();
        m_ui->searchEdit->selectAll();
        if (s.kind == Kind::Invalid || !s.error.isEmpty())
            showSearchMessage(s.error, true);
        else
            showSearchMessage(s.kind == Kind::Receipt
                    ? tr("No case has receipt %1 in this database.").arg(s.query)
                    : s.kind == Kind::Iin ? tr("No case about IIN %1.").arg(s.query)
                                          : tr("No surname starts with \"%1\".").arg(s.query),
                true);
        return;
    }
    m_model->showSearch(s.filter);
    if (!s.notice.isEmpty())
        showSearchMessage(s.notice, true);
    else if (s.found < CaseQueries::smallSelection(s.filter))
        showSearchMessage(tr("%n case(s) found. Clear the search box to see the whole list.",
                              nullptr, s.found),
            false);
    else
        showSearchMessage(tr("%n or more cases found, listed by surname. Type more of the surname "
                             "to narrow them, or clear the search box to see the whole list.",
                              nullptr, s.found),
            false);
    m_ui->caseTable->selectRow(0);
    // One receipt on two cases: the clerk chooses the person in the list, never the first.
    if (s.found == 1) {
        // One scan, one case: the clerk's next keys go to the case's actions.
        m_caseView->setFocus();
        m_ui->searchEdit->selectAll();
    } else {
        m_ui->caseTable->setFocus();
    }
}

bool MainWindow::openCase(const QString &caseId)
{
    if (caseId.isEmpty())
        return false;
    if (caseId == m_caseView->caseId())
        return true;
    QString error;
    if (!m_caseView->showCase(caseId, &error)) {
        showSearchMessage(error, true);
        return false;
    }
    return true;
}

void MainWindow::newApplication()
{
    // Said before anything is typed, not after a whole application (IntakeService refuses
    // it again at saving, should it change meanwhile).
    m_banner->refresh();
    const WorkstationStatus workstation = WorkstationService(m_session).status();
    if (workstation.stopped) {
        MessageBox::warning(this, tr("New application"), workstation.message());
        return;
    }
    auto *wizard = new IntakeWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // After the wizard has closed: the receipt preview comes on top of the main window.
    connect(wizard, &QDialog::accepted, this, [this, wizard]() { afterIntake(wizard->receipt()); });
    wizard->open();
    wizard->activateWindow();
}

void MainWindow::afterIntake(const IntakeReceipt &receipt)
{
    m_ui->searchEdit->clear();
    const QString number = ReceiptNumber::format(receipt.receipt);
    showSearchMessage(tr("Saved: receipt %1.").arg(number), false);
    applyFilter();
    const int row = m_model->rowOf(receipt.caseId);
    if (row >= 0)
        m_ui->caseTable->selectRow(row);
    openCase(receipt.caseId);
    // Saved first, printed second: whatever the printers do, the case is there. One key gives
    // both papers: the receipt the person keeps (A5) and the application they sign (A4).
    const PrintResult printed = ReceiptPrinter::print(receipt, this);
    const PrintResult application = ApplicationPrinter::print(m_session, receipt, 1, this);
    showSearchMessage(tr("Saved: receipt %1. The receipt: %2 The application: %3")
                          .arg(number, printed.summary(), application.summary()),
        !printed.printed() || !application.printed() || !application.problem.isEmpty());
    CaseChanges::announce({receipt.caseId}); // the case view lists the recorded print
    activateWindow();
}

void MainWindow::casesChanged(const QStringList &caseIds)
{
    // The rows in place (the list keeps its scroll, selection and the clerk's place); the case
    // view reads itself again (CaseView listens too).
    m_model->refreshCases(caseIds);
}

} // namespace certdesk
