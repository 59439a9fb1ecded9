#include "storage/BulkLoad.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace certdesk {

namespace {

/// journal_mode answers with the mode it ended up in instead of failing.
bool setJournalMode(Database &database, const QString &mode, QString *error)
{
    QSqlQuery q(database.db());
    if (q.exec(QStringLiteral("PRAGMA journal_mode=%1").arg(mode)) && q.next()
        && q.value(0).toString().compare(mode, Qt::CaseInsensitive) == 0)
        return true;
    if (error)
        *error = QStringLiteral("%1 could not switch to journal mode %2 (is it open elsewhere?)")
                     .arg(database.path(), mode);
    return false;
}

} // namespace

BulkLoad::BulkLoad(Database &database)
    : m_database(database)
    , m_indexes(database)
{
}

BulkLoad::~BulkLoad()
{
    if (m_active)
        finish(nullptr);
}

bool BulkLoad::begin(const QStringList &tables, QString *error)
{
    m_active = true;
    return m_database.setBulkMode(true, error)
           && setJournalMode(m_database, QStringLiteral("TRUNCATE"), error)
           && m_indexes.suspend(tables, error);
}

bool BulkLoad::finish(QString *error)
{
    m_active = false;
    bool ok = true;
    {
        Transaction tx(m_database);
        ok = m_indexes.restore(error) && tx.commit(error);
    }
    // Back to what Database::open() sets, even when the indexes failed.
    ok = setJournalMode(m_database, QStringLiteral("WAL"), ok ? error : nullptr) && ok;
    ok = m_database.setBulkMode(false, ok ? error : nullptr) && ok;
    return ok;
}

} // namespace certdesk
