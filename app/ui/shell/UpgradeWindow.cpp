#include "ui/shell/UpgradeWindow.h"

#include "services/DatabaseJob.h"

#include <QCloseEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace certdesk {

UpgradeWindow::UpgradeWindow(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_job(new DatabaseJob(this))
{
    setWindowTitle(tr("CertDesk: bringing the database up to date"));
    setWindowModality(Qt::ApplicationModal);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(
        tr("The database %1 was written by an older version of CertDesk. It is being checked "
           "and brought up to date for this version.\n\nThis is done once. On a large branch it "
           "takes a few minutes; the counter opens by itself when it is over. Do not switch the "
           "computer off meanwhile.")
            .arg(QFileInfo(databasePath).fileName()),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *busy = new QProgressBar(this);
    busy->setRange(0, 0); // how far the check is, SQLite does not say: it moves while it works
    busy->setTextVisible(false);
    busy->setAccessibleName(tr("Bringing the database up to date"));
    layout->addWidget(busy);
    resize(520, sizeHint().height());
}

UpgradeWindow::~UpgradeWindow() = default;

bool UpgradeWindow::run(QString *error)
{
    bool ok = false;
    QEventLoop loop;
    connect(
        m_job, &DatabaseJob::finished, &loop, [&](bool done, const QString &, const QString &why) {
            ok = done;
            if (error)
                *error = why;
            loop.quit();
        });
    // Opening the file on the worker is the upgrade (Database::openCheckingLater checks a
    // file that needs one and migrates it); nothing else is done there.
    if (!m_job->start(m_path, [](Database &, QString *, QString *) { return true; }))
        return false;
    m_running = true;
    show();
    loop.exec();
    m_running = false;
    hide();
    return ok;
}

void UpgradeWindow::reject()
{
    if (!m_running)
        QDialog::reject();
}

void UpgradeWindow::closeEvent(QCloseEvent *event)
{
    if (m_running)
        event->ignore();
    else
        QDialog::closeEvent(event);
}

} // namespace certdesk
