#include "common/TestDatabase.h"

#include "storage/CalendarStore.h"
#include "storage/SettingsStore.h"

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

} // namespace certdesk::test
