#include "ui/admin/AuditView.h"

#include <QEvent>

#include "domain/Clock.h"
#include "services/AuditService.h"
#include "services/DatabaseJob.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "ui/admin/AuditViewModel.h"
#include "ui/common/AuthorText.h"
#include "ui/common/KeyboardHabits.h"
#include "ui_AuditView.h"

#include <QHeaderView>

namespace certdesk {

AuditView::AuditView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditView>())
    , m_session(session)
    , m_model(new AuditViewModel(session.clock(), this))
    , m_verification(new DatabaseJob(this))
{
    m_ui->setupUi(this);
    KeyboardHabits::tabLeavesDateBoxes(this);
    m_ui->entriesView->setModel(m_model);
    m_ui->entriesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->entriesView->verticalHeader()->hide();
    const QDate today = session.clock().today();
    m_ui->fromEdit->setDate(today.addDays(-7));
    m_ui->toEdit->setDate(today);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &AuditView::refresh);
    connect(m_ui->caseEdit, &QLineEdit::returnPressed, this, &AuditView::refresh);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditView::verify);
    connect(m_verification, &DatabaseJob::finished, this,
        [this](bool ran, const QString &, const QString &error) { showVerification(ran, error); });
    QString error;
    if (!session.require(Permission::ViewAudit, &error)) {
        m_ui->statusLabel->setText(error);
        for (QWidget *w :
            {static_cast<QWidget *>(m_ui->applyButton), static_cast<QWidget *>(m_ui->verifyButton),
                static_cast<QWidget *>(m_ui->entriesView)})
            w->setEnabled(false);
        return;
    }
    loadChoices();
    refresh();
}

AuditView::~AuditView() = default;

QString AuditView::status() const
{
    return m_ui->statusLabel->text();
}

void AuditView::loadChoices()
{
    QStringList users;
    QStringList actions;
    QString error;
    if (!AuditService(m_session).filterChoices(&users, &actions, &error))
        return;
    m_ui->userCombo->clear();
    m_ui->userCombo->addItem(tr("anyone"), QString());
    for (const QString &u : std::as_const(users))
        m_ui->userCombo->addItem(AuthorText::of(u), u);
    m_ui->actionCombo->clear();
    m_ui->actionCombo->addItem(tr("any action"), QString());
    for (const QString &a : std::as_const(actions))
        m_ui->actionCombo->addItem(a, a);
}

void AuditView::setUser(const QString &login)
{
    const int i = m_ui->userCombo->findData(login);
    m_ui->userCombo->setCurrentIndex(i < 0 ? 0 : i);
}

void AuditView::setAction(const QString &type)
{
    const int i = m_ui->actionCombo->findData(type);
    m_ui->actionCombo->setCurrentIndex(i < 0 ? 0 : i);
}

void AuditView::setCase(const QString &caseOrReceipt)
{
    m_ui->caseEdit->setText(caseOrReceipt);
}

void AuditView::setDates(const QDate &from, const QDate &to)
{
    m_ui->fromCheck->setChecked(from.isValid());
    if (from.isValid())
        m_ui->fromEdit->setDate(from);
    m_ui->toCheck->setChecked(to.isValid());
    if (to.isValid())
        m_ui->toEdit->setDate(to);
}

void AuditView::refresh()
{
    AuditFilter filter;
    filter.user = m_ui->userCombo->currentData().toString();
    filter.action = m_ui->actionCombo->currentData().toString();
    filter.caseOrReceipt = m_ui->caseEdit->text().trimmed();
    if (m_ui->fromCheck->isChecked())
        filter.from = m_ui->fromEdit->date();
    if (m_ui->toCheck->isChecked())
        filter.to = m_ui->toEdit->date();
    QList<AuditEntry> entries;
    QString error;
    if (!AuditService(m_session).log(filter, &entries, &error)) {
        m_ui->statusLabel->setText(error);
        return;
    }
    m_model->setEntries(entries);
    m_ui->entriesView->resizeColumnsToContents();
    m_ui->statusLabel->setText(entries.size() >= filter.limit
            ? tr("The newest %n line(s); narrow the filter to see older ones.", nullptr,
                int(entries.size()))
            : tr("%n line(s).", nullptr, int(entries.size())));
}

void AuditView::verify()
{
    QString error;
    if (!m_session.require(Permission::ViewAudit, &error)) {
        m_ui->statusLabel->setText(error);
        return;
    }
    if (m_verification->isRunning())
        return;
    auto report = std::make_shared<AuditReport>();
    m_report = report;
    m_ui->verifyButton->setEnabled(false);
    m_ui->statusLabel->setStyleSheet(QString());
    m_ui->statusLabel->setText(tr("Verifying the log of every workstation… This reads every "
                                  "event; the window can be used meanwhile."));
    m_verification->start(
        m_session.database().path(), [report](Database &database, QString *, QString *why) {
            return AuditService::verifyDatabase(database, report.get(), why);
        });
}

void AuditView::showVerification(bool ran, const QString &error)
{
    m_ui->verifyButton->setEnabled(true);
    const AuditReport report = m_report ? *m_report : AuditReport();
    m_report.reset();
    if (!ran) {
        m_ui->statusLabel->setText(error);
        Q_EMIT verified();
        return;
    }
    if (report.ok()) {
        QString text
            = tr("Verified %n event(s) in %1: no sign of tampering.", nullptr, int(report.events))
                  .arg(tr("%n chain(s)", nullptr, int(report.chains)));
        if (!report.gaps.isEmpty())
            text += u' '
                + tr("%n chain(s) of other workstations are not complete yet (not "
                     "received yet).",
                    nullptr, int(report.gaps.size()));
        m_ui->statusLabel->setStyleSheet(QString());
        m_ui->statusLabel->setText(text);
        Q_EMIT verified();
        return;
    }
    QStringList lines {tr("The log was changed outside CertDesk: %n problem(s). Report it to "
                          "the administrator as a personal data breach (within one working day).",
        nullptr, int(report.problems.size()))};
    for (qsizetype i = 0; i < report.problems.size() && i < 10; ++i)
        lines.append(QStringLiteral("• ") + report.problems.at(i).message);
    m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->statusLabel->setText(lines.join(u'\n'));
    Q_EMIT verified();
}

void AuditView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        refresh(); // action names and the summary come from tr()
    }
    QWidget::changeEvent(event);
}

} // namespace certdesk
