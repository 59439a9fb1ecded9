#include "ui/appeals/AppealRegisterWindow.h"

#include "domain/AppealNumber.h"
#include "domain/Clock.h"
#include "services/AppealService.h"
#include "services/Session.h"
#include "ui/appeals/AppealDetailText.h"
#include "ui/appeals/AppealFilingDialog.h"
#include "ui/appeals/AppealListModel.h"
#include "ui/appeals/AppealReceiptPrinter.h"
#include "ui/common/KeyboardHabits.h"
#include "ui/common/WindowFit.h"
#include "ui_AppealRegisterWindow.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QPointer>
#include <QShortcut>

#include <algorithm>

namespace certdesk {

using Action = AppealActionDialog::Action;

AppealRegisterWindow::AppealRegisterWindow(Session &session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::AppealRegisterWindow>())
    , m_session(session)
    , m_service(std::make_unique<AppealService>(session))
{
    Ui::AppealRegisterWindow &ui = *m_ui;
    ui.setupUi(this);
    m_model = new AppealListModel(*m_service, this);
    ui.appealTable->setModel(m_model);
    ui.appealTable->verticalHeader()->hide();
    ui.appealTable->horizontalHeader()->setStretchLastSection(true);
    ui.splitter->setStretchFactor(0, 3);
    ui.splitter->setStretchFactor(1, 2);
    WindowFit::apply(this, QSize(1200, 720));
    connect(m_model, &AppealListModel::failed, this,
        [this](const QString &error) { setStatus(error, true); });

    for (const AppealFilter::Scope scope :
        {AppealFilter::Scope::Pending, AppealFilter::Scope::All, AppealFilter::Scope::Closed})
        ui.scopeCombo->addItem(QString(), int(scope));
    connect(
        ui.scopeCombo, &QComboBox::currentIndexChanged, this, &AppealRegisterWindow::applyFilter);
    connect(ui.overdueCheck, &QCheckBox::toggled, this, &AppealRegisterWindow::applyFilter);
    connect(ui.searchEdit, &QLineEdit::returnPressed, this, [this]() {
        applyFilter();
        if (m_model->rowCount() > 0) {
            m_ui->appealTable->setFocus();
            m_ui->appealTable->selectRow(0);
        }
    });
    connect(ui.searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter();
    });

    connect(ui.newButton, &QPushButton::clicked, this, &AppealRegisterWindow::newAppeal);
    connect(ui.amendButton, &QPushButton::clicked, this, &AppealRegisterWindow::amend);
    connect(ui.reprintButton, &QPushButton::clicked, this, &AppealRegisterWindow::reprint);
    const QList<QPair<QPushButton *, Action>> actions {
        {ui.referButton, Action::Refer},
        {ui.notifyButton, Action::Notify},
        {ui.extendButton, Action::Extend},
        {ui.restoreButton, Action::RestoreTerm},
        {ui.decideButton, Action::Decide},
        {ui.withdrawButton, Action::Withdraw},
        {ui.noteButton, Action::Note},
    };
    for (const auto &[button, action] : actions) {
        const Action a = action;
        connect(button, &QPushButton::clicked, this, [this, a]() { runAction(a); });
    }

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    KeyboardHabits::closeOnEscape(this);
    shortcut(QKeySequence::New, [this]() { newAppeal(); });
    shortcut(QKeySequence::Print, [this]() { reprint(); });
    shortcut(QKeySequence::Refresh, [this]() { refresh(); });
    shortcut(QKeySequence::Find, [this]() {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this]() { m_ui->appealTable->setFocus(); });

    connect(ui.appealTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this]() { showCurrent(); });
    ui.newButton->setEnabled(m_session.can(Permission::AcceptAppeal));
    retranslate();
    ui.searchEdit->setFocus();
}

void AppealRegisterWindow::retranslate()
{
    Ui::AppealRegisterWindow &ui = *m_ui;
    ui.scopeCombo->setItemText(0, tr("with something owed"));
    ui.scopeCombo->setItemText(1, tr("all"));
    ui.scopeCombo->setItemText(2, tr("decided or withdrawn"));
    ui.newButton->setToolTip(tr("Ctrl+N"));
    ui.reprintButton->setToolTip(tr("Ctrl+P"));
    applyFilter(); // the list, the details and the status, in the new words
}

void AppealRegisterWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

AppealRegisterWindow::~AppealRegisterWindow() = default;

QString AppealRegisterWindow::menuText()
{
    return tr("&Appeals and complaints");
}

QAction *AppealRegisterWindow::addToMenu(QMenu *menu, Session &session, QWidget *parent)
{
    QAction *open = menu->addAction(menuText());
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    open->setEnabled(session.can(Permission::AcceptAppeal));
    auto window = std::make_shared<QPointer<AppealRegisterWindow>>();
    QObject::connect(open, &QAction::triggered, parent, [window, &session, parent]() {
        if (!*window)
            *window = new AppealRegisterWindow(session, parent);
        (*window)->refresh();
        (*window)->show();
        (*window)->raise();
        (*window)->activateWindow();
    });
    return open;
}

void AppealRegisterWindow::applyFilter()
{
    AppealFilter f;
    f.scope = AppealFilter::Scope(m_ui->scopeCombo->currentData().toInt());
    f.text = m_ui->searchEdit->text();
    f.overdueOnly = m_ui->overdueCheck->isChecked();
    const QDate today = m_session.clock().today();
    m_ui->asOfLabel->setText(tr("as of %1").arg(today.toString(QStringLiteral("dd.MM.yyyy"))));
    const QString current = currentAppealId();
    m_model->setFilter(f, today);
    fitColumns();
    if (current.isEmpty() || !select(current))
        showCurrent();
    setStatus(m_model->hasMore()
            ? tr("The first %n appeals are listed, in the order shown, and there are more: narrow "
                 "the list (which appeals, overdue only, or search) to see the others.",
                nullptr, m_model->rowCount())
            : tr("%n appeal(s) listed", nullptr, m_model->rowCount()),
        false);
}

void AppealRegisterWindow::fitColumns()
{
    // Each column as wide as its longest text, its title included, so the next term and its
    // date read whole in every language; a long name is capped (its tooltip shows it whole)
    // and the state, last, stretches over what is left of the table's width (the details are
    // under the table, not beside it).
    QTableView *table = m_ui->appealTable;
    QHeaderView *header = table->horizontalHeader();
    const int cap = table->fontMetrics().averageCharWidth() * 30;
    for (int column = 0; column < AppealListModel::Status; ++column) {
        table->resizeColumnToContents(column);
        if (column == AppealListModel::Applicant)
            header->resizeSection(column, std::min(header->sectionSize(column), cap));
    }
    header->resizeSection(
        AppealListModel::Status, header->sectionSizeHint(AppealListModel::Status));
}

void AppealRegisterWindow::refresh()
{
    applyFilter();
}

QString AppealRegisterWindow::currentAppealId() const
{
    const QModelIndex index = m_ui->appealTable->currentIndex();
    return index.isValid() ? m_model->data(index, AppealListModel::AppealIdRole).toString()
                           : QString();
}

bool AppealRegisterWindow::select(const QString &appealId)
{
    const int row = m_model->rowOf(appealId);
    if (row < 0)
        return false;
    m_ui->appealTable->setCurrentIndex(m_model->index(row, 0));
    m_ui->appealTable->selectRow(row);
    showCurrent();
    return true;
}

void AppealRegisterWindow::showCurrent()
{
    Ui::AppealRegisterWindow &ui = *m_ui;
    const QString id = currentAppealId();
    AppealState state;
    QString error;
    const bool have = !id.isEmpty() && m_service->state(id, &state, &error);
    ui.detailView->setHtml(have ? AppealDetailText::html(state, m_session.clock().today(),
                               m_session.clock().utcOffsetSeconds())
                                : QString());
    const QList<EventType> allowed = have ? state.allowedActions() : QList<EventType>();
    const bool clerk = m_session.can(Permission::AcceptAppeal);
    const bool supervisor = m_session.can(Permission::DecideAppeal);
    ui.amendButton->setEnabled(clerk && allowed.contains(EventType::AppealAmended));
    ui.withdrawButton->setEnabled(clerk && allowed.contains(EventType::AppealWithdrawn));
    ui.noteButton->setEnabled(clerk && allowed.contains(EventType::Note));
    ui.reprintButton->setEnabled(have);
    ui.referButton->setEnabled(supervisor && allowed.contains(EventType::AppealReferred));
    ui.notifyButton->setEnabled(supervisor && allowed.contains(EventType::AppealNotified));
    // Past the deadline the appeal already counts as refused: nothing left to extend.
    ui.extendButton->setEnabled(supervisor && allowed.contains(EventType::AppealExtended)
        && !state.isDeemedRefused(m_session.clock().today()));
    ui.restoreButton->setEnabled(supervisor && allowed.contains(EventType::AppealTermRestored));
    ui.decideButton->setEnabled(supervisor && allowed.contains(EventType::AppealDecided));
}

void AppealRegisterWindow::setStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_ui->statusLabel->setText(text);
}

QString AppealRegisterWindow::detailText() const
{
    return m_ui->detailView->toPlainText();
}

QString AppealRegisterWindow::statusText() const
{
    return m_ui->statusLabel->text();
}

void AppealRegisterWindow::newAppeal()
{
    if (!m_session.can(Permission::AcceptAppeal))
        return;
    AppealFilingDialog dialog(m_session, this);
    const int answer = dialog.exec();
    activateWindow(); // the keyboard comes back from the dialog and its receipt's printing
    if (answer != QDialog::Accepted)
        return;
    const AppealState &s = dialog.accepted();
    m_ui->searchEdit->clear();
    m_ui->overdueCheck->setChecked(false);
    m_ui->scopeCombo->setCurrentIndex(0);
    applyFilter();
    select(s.appealId);
    // What happened to the receipt, as it happened: printed, saved as a PDF, or not at all.
    setStatus(tr("Appeal %1 registered. Its receipt: %2")
                  .arg(AppealNumber::format(s.number), dialog.receiptPrint().summary()),
        false);
    m_ui->appealTable->setFocus();
}

void AppealRegisterWindow::amend()
{
    AppealState state;
    QString error;
    if (!m_service->state(currentAppealId(), &state, &error)) {
        setStatus(error, true);
        return;
    }
    AppealFilingDialog dialog(m_session, state, this);
    const int answer = dialog.exec();
    activateWindow();
    if (answer != QDialog::Accepted)
        return;
    applyFilter();
    setStatus(tr("The details brought for appeal %1 were recorded.")
                  .arg(AppealNumber::format(state.number)),
        false);
}

void AppealRegisterWindow::runAction(Action action)
{
    AppealState state;
    QString error;
    if (!m_service->state(currentAppealId(), &state, &error)) {
        setStatus(error, true);
        return;
    }
    AppealActionDialog dialog(*m_service, state, action, m_session.clock().today(), this);
    const int answer = dialog.exec();
    activateWindow(); // the keyboard comes back from the dialog, also with no window manager
    if (answer != QDialog::Accepted)
        return;
    applyFilter();
    setStatus(tr("%1: recorded for appeal %2.")
                  .arg(AppealActionDialog::actionTitle(action), AppealNumber::format(state.number)),
        false);
}

void AppealRegisterWindow::reprint()
{
    if (currentAppealId().isEmpty()) {
        // Ctrl+P answers even when the list is empty or nothing is chosen in it.
        setStatus(tr("No appeal is chosen: choose it in the list (Ctrl+L), then Ctrl+P "
                     "prints its receipt."),
            true);
        return;
    }
    AppealState state;
    QString error;
    if (!m_service->state(currentAppealId(), &state, &error)) {
        setStatus(error, true);
        return;
    }
    const PrintResult printed
        = AppealReceiptPrinter::print(AppealReceiptPrinter::data(state, m_session), this);
    setStatus(tr("The receipt of appeal %1: %2")
                  .arg(AppealNumber::format(state.number), printed.summary()),
        false);
}

} // namespace certdesk
