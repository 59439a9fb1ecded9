#include "storage/ReadOnlyConnection.h"

#include "storage/SqlError.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace certdesk {

ReadOnlyConnection::ReadOnlyConnection(const QString &path, Journal journal)
    : m_name(QStringLiteral("certdesk-readonly-") + QUuid::createUuid().toString())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (journal == Journal::Ignored) {
        // A URI, so that the parameter reaches SQLite; the path is percent-encoded by QUrl
        // and decoded by SQLite, also for Windows drive letters (file:///C:/...).
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    m_open = db.open();
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReadOnlyConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

int ReadOnlyConnection::userVersion() const
{
    if (!m_open)
        return -1;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString ReadOnlyConnection::quickCheckProblems() const
{
    return quickCheckFindings(db());
}

} // namespace certdesk
