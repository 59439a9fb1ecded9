#include "storage/IndexSuspension.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace certdesk {

namespace {

QString pragma(Database &database, const char *name)
{
    QSqlQuery q(database.db());
    return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next()
               ? q.value(0).toString()
               : QString();
}

} // namespace

IndexSuspension::IndexSuspension(Transaction &tx)
    : m_tx(tx)
{
}

bool IndexSuspension::suspend(const QStringList &tables, QString *error)
{
    QList<QPair<QString, QString>> found;
    {
        QSqlQuery q(m_tx.database().db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                 "AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"));
        for (const QString &table : tables) {
            q.addBindValue(table);
            if (!execOrFail(q, QStringLiteral("reading the indexes of %1").arg(table), error))
                return false;
            while (q.next())
                found.append({q.value(0).toString(), q.value(1).toString()});
            q.finish();
        }
    }
    if (found.isEmpty())
        return true;
    m_cacheSize = pragma(m_tx.database(), "cache_size");
    m_threads = pragma(m_tx.database(), "threads");
    if (!execOrFail(m_tx.database().db(), QStringLiteral("PRAGMA cache_size=-4194304"), error)
        || !execOrFail(m_tx.database().db(), QStringLiteral("PRAGMA threads=2"), error))
        return false;
    for (const auto &[name, sql] : std::as_const(found)) {
        if (!execOrFail(m_tx.database().db(), QStringLiteral("DROP INDEX \"%1\"").arg(name), error))
            return false;
        m_indexes.append({name, sql});
    }
    return true;
}

IndexSuspension::~IndexSuspension()
{
    restoreSettings(nullptr);
}

bool IndexSuspension::restoreSettings(QString *error)
{
    for (const auto &[name, value] : {std::pair{"cache_size", m_cacheSize}, std::pair{"threads", m_threads}}) {
        if (!value.isEmpty()
            && !execOrFail(m_tx.database().db(),
                QStringLiteral("PRAGMA %1=%2").arg(QLatin1String(name), value), error))
            return false;
    }
    m_cacheSize.clear();
    m_threads.clear();
    return true;
}

bool IndexSuspension::restore(QString *error)
{
    while (!m_indexes.isEmpty()) {
        if (!execOrFail(m_tx.database().db(), m_indexes.constFirst().second, error))
            return false;
        m_indexes.removeFirst();
    }
    return restoreSettings(error);
}

} // namespace certdesk
