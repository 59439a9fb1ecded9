#include "common/TestDatabase.h"

#include "storage/CalendarStore.h"
#include "storage/SettingsStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace certdesk::test {

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.db")))
{
    m_ok = m_dir.isValid() && m_db.open(m_path, &m_error) == Database::OpenResult::Ok
        && CalendarStore(m_db).ensureSeeded(&m_error);
    if (m_ok)
        m_clock.setUtcOffsetSeconds(SettingsStore(m_db).utcOffsetSeconds());
    m_clock.setLocal(QDate(2026, 3, 2), QTime(10, 0));
}

QStringList rowsOf(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return {q.lastError().text()};
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i).toString());
        out.append(row.join(u'|'));
    }
    return out;
}

QStringList casesTable(Database &db)
{
    return rowsOf(db, QStringLiteral("SELECT * FROM cases ORDER BY case_id"));
}

} // namespace certdesk::test
