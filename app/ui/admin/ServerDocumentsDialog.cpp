#include "ui/admin/ServerDocumentsDialog.h"

#include "domain/Clock.h"
#include "services/Session.h"
#include "services/SyncReview.h"
#include "ui_ServerDocumentsDialog.h"

#include <QHeaderView>

namespace certdesk {

namespace {

QList<QStandardItem *> row(const QStringList &cells)
{
    QList<QStandardItem *> items;
    for (const QString &cell : cells)
        items.append(new QStandardItem(cell));
    return items;
}

void shape(QTableView *view, QStandardItemModel *model)
{
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
}

} // namespace

ServerDocumentsDialog::ServerDocumentsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerDocumentsDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    shape(m_ui->quarantineView, &m_quarantine);
    shape(m_ui->anomalyView, &m_anomalies);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

ServerDocumentsDialog::~ServerDocumentsDialog() = default;

bool ServerDocumentsDialog::reload(QString *error)
{
    m_quarantine.clear();
    m_anomalies.clear();
    m_quarantine.setHorizontalHeaderLabels({tr("First seen"), tr("Document"), tr("Why")});
    m_anomalies.setHorizontalHeaderLabels(
        {tr("First seen"), tr("Case or stream"), tr("Event"), tr("What the server did")});
    const SyncReview review(m_session);
    QList<QuarantinedDocument> documents;
    QList<ServerAnomaly> anomalies;
    QString why;
    if (!review.quarantined(&documents, &why) || !review.serverAnomalies(&anomalies, &why)) {
        m_ui->introLabel->setText(why);
        if (error)
            *error = why;
        return false;
    }
    const Clock &clock = m_session.clock();
    const QString format = QStringLiteral("dd.MM.yyyy HH:mm");
    for (const QuarantinedDocument &d : std::as_const(documents))
        m_quarantine.appendRow(row({clock.toLocal(d.firstSeen).toString(format), d.id, d.reason}));
    for (const ServerAnomaly &a : std::as_const(anomalies)) {
        const QString what = a.kind == ServerAnomaly::Kind::Deleted
            ? tr("deleted it")
            : tr("changed it (%1)").arg(a.detail);
        m_anomalies.appendRow(
            row({clock.toLocal(a.firstSeen).toString(format), a.caseId, a.eventId, what}));
    }
    m_ui->introLabel->setText(
        tr("Nothing here was applied: this workstation keeps its own events as they are. "
           "Documents set aside are read again after CertDesk is upgraded; tell the branch "
           "administrator about changes made on the server."));
    for (QTableView *view : {m_ui->quarantineView, m_ui->anomalyView}) {
        view->resizeColumnsToContents();
        if (view->model()->rowCount() > 0)
            view->selectRow(0);
    }
    return true;
}

QString ServerDocumentsDialog::quarantineText(int r, int column) const
{
    return m_quarantine.index(r, column).data().toString();
}

QString ServerDocumentsDialog::anomalyText(int r, int column) const
{
    return m_anomalies.index(r, column).data().toString();
}

} // namespace certdesk
