#include "ui/shell/IntegrityWatch.h"

#include "services/DatabaseJob.h"
#include "storage/Database.h"
#include "ui/common/MessageBox.h"

#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace certdesk {

namespace {

QString markerPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".damaged");
}

} // namespace

IntegrityWatch::IntegrityWatch(QMainWindow &window, Database &database, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_database(database)
    , m_job(new DatabaseJob(this))
{
    connect(m_job, &DatabaseJob::finished, this,
            [this](bool ok, const QString &, const QString &error) { finish(ok, error); });
}

IntegrityWatch::~IntegrityWatch() = default;

bool IntegrityWatch::foundDamaged(const QString &path)
{
    return QFile::exists(markerPath(path));
}

void IntegrityWatch::clearFound(const QString &path)
{
    QFile::remove(markerPath(path));
}

bool IntegrityWatch::isChecking() const
{
    return m_job->isRunning();
}

void IntegrityWatch::start()
{
    if (!m_label) {
        m_label = new QLabel(&m_window);
        m_window.statusBar()->addPermanentWidget(m_label);
    }
    m_label->setText(tr("Checking the database file…"));
    m_label->setStyleSheet(QString());
    m_label->show();
    m_job->start(m_database.path(), [](Database &db, QString *, QString *error) {
        return db.quickCheck(error);
    });
}

void IntegrityWatch::finish(bool ok, const QString &error)
{
    if (ok) {
        m_label->hide();
        Q_EMIT checked();
        return;
    }
    // Whatever failed — damage found, or the file could not even be read again — the file is
    // not trusted: from now on nothing is written to it.
    m_database.refuseWrites(error);
    QFile marker(markerPath(m_database.path()));
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        marker.write(error.toUtf8());
    m_label->setText(tr("Database damaged: nothing is saved"));
    m_label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    Q_EMIT damaged(error);
    MessageBox::warning(&m_window, tr("Database damaged"),
                        tr("%1\n\nCertDesk saves nothing more to %2 from now on: what is done "
                           "now is not kept. Close CertDesk and start it again: it checks the "
                           "file first and offers to restore the latest backup. (Or: "
                           "certdeskctl --db %2 restore BACKUP.)")
                            .arg(error, m_database.path()));
}

} // namespace certdesk
