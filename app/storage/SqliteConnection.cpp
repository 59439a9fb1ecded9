#include "storage/SqliteConnection.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace certdesk {

SqliteConnection::SqliteConnection(const QString &path, int flags)
{
#ifdef Q_OS_WIN
    const QByteArray name = QDir::toNativeSeparators(path).toUtf8();
#else
    const QByteArray name = QFile::encodeName(path);
#endif
    m_code = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
}

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::isOpen() const
{
    return m_db && m_code == SQLITE_OK;
}

QString SqliteConnection::message() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
}

int SqliteConnection::exec(const char *sql)
{
    m_code = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    return m_code;
}

void SqliteConnection::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

} // namespace certdesk
