#include "ui/shell/MainWindow.h"

#include "domain/Clock.h"
#include "domain/ReceiptNumber.h"
#include "services/CaseService.h"
#include "services/Session.h"
#include "services/WorkstationService.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "ui/case/CaseListModel.h"
#include "ui/case/CaseTexts.h"
#include "ui/case/CaseView.h"
#include "ui/common/MessageBox.h"
#include "ui/intake/IntakeWizard.h"
#include "ui/intake/ReceiptPrinter.h"
#include "ui/shell/LanguageSelector.h"
#include "ui/shell/ReceiptStopBanner.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QHeaderView>
#include <QMenuBar>
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
const CaseStatus listedStatuses[] = {
    CaseStatus::Submitted, CaseStatus::AdditionalCheck, CaseStatus::ResultReady,
    CaseStatus::AtBranch, CaseStatus::AtProvider, CaseStatus::ReturnRequested,
    CaseStatus::Issued, CaseStatus::Completed, CaseStatus::Refused,
    CaseStatus::Archived, CaseStatus::Withdrawn};

} // namespace

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_service(std::make_unique<CaseService>(session))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("CertDesk — counter"));

    m_model = new CaseListModel(*m_service, session.clock(), this);
    m_ui->caseTable->setModel(m_model);
    m_ui->caseTable->verticalHeader()->hide();
    m_ui->caseTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->caseTable->horizontalHeader()->setSortIndicator(CaseListModel::Submitted, Qt::DescendingOrder);
    m_ui->caseTable->setColumnWidth(CaseListModel::Receipt, 170);
    m_ui->caseTable->setColumnWidth(CaseListModel::Name, 230);
    connect(m_model, &CaseListModel::sortChanged, this, [this](int column, Qt::SortOrder order) {
        m_ui->caseTable->horizontalHeader()->setSortIndicator(column, order);
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
    m_ui->splitter->setSizes({700, 560});
    m_ui->searchStatus->hide();
    connect(m_caseView, &CaseView::caseChanged, this, [this]() { m_model->reload(); });

    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &MainWindow::search);
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
    m_ui->searchEdit->setFocus();
}

MainWindow::~MainWindow() = default;

/// The role as the clerk reads it; roleName() is the stored word.
QString MainWindow::roleText(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("clerk");
    case Role::Supervisor:
        return tr("supervisor");
    case Role::Administrator:
        return tr("administrator");
    }
    return roleName(role);
}

void MainWindow::showIdentity()
{
    const SettingsStore settings(m_session.database());
    const User &u = m_session.user();
    statusBar()->showMessage(tr("%1 (%2) · branch %3 %4 · workstation %5 · %6")
                                 .arg(u.fullName.isEmpty() ? u.login : u.fullName, roleText(u.role),
                                      settings.branchCode(), settings.branchName())
                                 .arg(settings.workstationNumber())
                                 .arg(m_session.database().path()));
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
    QAction *intake = remember(cases->addAction(tr("&New application…"), this, &MainWindow::newApplication),
                               QT_TR_NOOP("&New application…"));
    intake->setShortcut(QKeySequence::New);
    intake->setEnabled(m_session.can(Permission::TakeApplication));
    QAction *find = remember(cases->addAction(tr("&Find"), this, [this]() {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    }), QT_TR_NOOP("&Find"));
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_F3)});
    QAction *list = remember(cases->addAction(tr("Case &list"), this, [this]() { m_ui->caseTable->setFocus(); }),
                             QT_TR_NOOP("Case &list"));
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *reload = remember(cases->addAction(tr("&Refresh"), this, &MainWindow::refresh), QT_TR_NOOP("&Refresh"));
    reload->setShortcut(QKeySequence::Refresh);
    cases->addSeparator();
    QAction *quit = remember(cases->addAction(tr("&Quit"), this, &QWidget::close), QT_TR_NOOP("&Quit"));
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
    QAction *keyboard = help->addAction(tr("&Keyboard"), this, [this]() {
        MessageBox::information(
            this, tr("Keyboard"),
            tr("Ctrl+N  new application\nCtrl+F or F3  find: receipt number, IIN or surname, "
               "then Enter (a scanner does it for you)\nCtrl+L  case list\nF5  refresh\n"
               "In the case view: the shortcut on each action button; Ctrl+P prints the "
               "receipt again.\nIn the wizard: Enter next page, Alt+B back, Ctrl+O supervisor "
               "override, Esc cancel."));
    });
    remember(keyboard, QT_TR_NOOP("&Keyboard"));
    QAction *about = help->addAction(tr("&About CertDesk"), this, [this]() {
        MessageBox::information(this, tr("About CertDesk"),
                                tr("CertDesk %1: the counter for the certificate of no "
                                   "criminal record.")
                                    .arg(QStringLiteral(CERTDESK_VERSION)));
    });
    remember(about, QT_TR_NOOP("&About CertDesk"));
}

void MainWindow::buildFilters()
{
    QComboBox *status = m_ui->statusFilter;
    status->addItem(tr("All"), QStringList());
    status->addItem(tr("Open"), QStringList{caseStatusName(CaseStatus::Submitted),
                                            caseStatusName(CaseStatus::AdditionalCheck),
                                            caseStatusName(CaseStatus::ResultReady),
                                            caseStatusName(CaseStatus::AtBranch),
                                            caseStatusName(CaseStatus::AtProvider),
                                            caseStatusName(CaseStatus::ReturnRequested)});
    for (CaseStatus s : listedStatuses)
        status->addItem(CaseTexts::status(s), QStringList{caseStatusName(s)});

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
    case Today: f.submittedFrom = today; break;
    case LastWeek: f.submittedFrom = today.addDays(-6); break;
    case LastMonth: f.submittedFrom = today.addDays(-29); break;
    case ThisYear: f.submittedFrom = QDate(today.year(), 1, 1); break;
    case Between:
        f.submittedFrom = m_ui->fromDate->date();
        f.submittedTo = m_ui->toDate->date();
        break;
    default: break;
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
    case Kind::Invalid:
        showSearchMessage(s.error, true);
        m_ui->searchEdit->selectAll();
        return;
    default: break;
    }
    if (!s.error.isEmpty()) {
        showSearchMessage(s.error, true);
        return;
    }
    m_model->showSearch(s.rows);
    if (s.rows.isEmpty()) {
        showSearchMessage(s.kind == Kind::Receipt ? tr("No case has receipt %1 in this database.").arg(s.query)
                          : s.kind == Kind::Iin   ? tr("No case about IIN %1.").arg(s.query)
                                                  : tr("No surname starts with \"%1\".").arg(s.query),
                          true);
        m_ui->searchEdit->selectAll();
        m_caseView->clear();
        return;
    }
    showSearchMessage(s.notice.isEmpty()
            ? tr("%n case(s) found. Clear the search box to see the whole list.", nullptr,
                int(s.rows.size()))
            : s.notice,
        !s.notice.isEmpty());
    m_ui->caseTable->selectRow(0);
    // One receipt on two cases: the clerk chooses the person in the list, never the first.
    if (s.rows.size() == 1) {
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
    showSearchMessage(tr("Saved: receipt %1.").arg(ReceiptNumber::format(receipt.receipt)), false);
    applyFilter();
    const int row = m_model->rowOf(receipt.caseId);
    if (row >= 0)
        m_ui->caseTable->selectRow(row);
    openCase(receipt.caseId);
    ReceiptPrinter::preview(receipt, this);
    activateWindow();
}

} // namespace certdesk
