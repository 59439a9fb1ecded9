#include "ui/board/AppealBoardPanel.h"

#include "domain/Clock.h"
#include "services/AppealService.h"
#include "services/Session.h"
#include "ui/appeals/AppealListModel.h"
#include "ui/appeals/AppealRegisterWindow.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace certdesk {

AppealBoardPanel::AppealBoardPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(std::make_unique<AppealService>(session))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_open = new QPushButton(this);
    m_open->setText(tr("Appeals re&gister…"));
    top->addWidget(m_heading, 1);
    top->addWidget(m_open);
    layout->addLayout(top);

    m_model = new AppealListModel(*m_service, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab goes on to the next control; arrows move rows
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(180);
    layout->addWidget(m_table);

    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_open, &QPushButton::clicked, this, [this]() { openRow(-1); });
    setAsOf(session.clock().today());
}

AppealBoardPanel::~AppealBoardPanel() = default;

void AppealBoardPanel::setAsOf(const QDate &asOf)
{
    m_needingAction = 0;
    if (!m_session.can(Permission::AcceptAppeal)) {
        hide();
        return;
    }
    m_asOf = asOf;
    m_model->setFilter(AppealFilter(), asOf);
    int overdue = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const AppealRow &row = m_model->row(i);
        if (row.isOverdue(asOf))
            ++overdue;
        if (row.isDue(asOf))
            ++m_needingAction;
    }
    m_heading->setText(tr("<b>Appeals and complaints</b>: %n with something owed", nullptr,
                          m_model->rowCount())
                       + (overdue > 0 ? tr(", <span style=\"color:#b00020\"><b>%n overdue</b>"
                                           "</span>",
                                           nullptr, overdue)
                                      : QString()));
    m_table->resizeColumnsToContents();
}

AppealRegisterWindow *AppealBoardPanel::registerWindow() const
{
    return m_register;
}

void AppealBoardPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_open) {
        m_open->setText(tr("Appeals re&gister…"));
        if (m_asOf.isValid())
            setAsOf(m_asOf);
    }
    QWidget::changeEvent(event);
}

QString AppealBoardPanel::headingText() const
{
    return m_heading->text();
}

void AppealBoardPanel::openRow(int row)
{
    if (!m_register) {
        m_register = new AppealRegisterWindow(m_session, this);
        m_register->setAttribute(Qt::WA_DeleteOnClose);
        m_register->resize(1300, 700);
    }
    m_register->refresh();
    if (row >= 0 && row < m_model->rowCount())
        m_register->select(m_model->row(row).appealId);
    m_register->show();
    m_register->raise();
    m_register->activateWindow();
}

} // namespace certdesk
