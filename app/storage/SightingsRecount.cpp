#include "storage/SightingsRecount.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "storage/WorkstationSightings.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <system_error>

namespace certdesk {

namespace {

SightingsRecount::Count countOn(const QString &path)
{
    SightingsRecount::Count out;
    // One thread uses it: no mutex of SQLite's own is needed.
    SqliteConnection connection(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    if (!connection.isOpen())
        return out;
    sqlite3_busy_timeout(connection.handle(), 5000);
    const QByteArray sql = WorkstationSightings::countStatement(0).toUtf8();
    SqliteStatement count(connection.handle(), sql.constData());
    if (!count.isValid())
        return out;
    SqliteStatement::Use use(count);
    for (;;) {
        switch (count.step()) {
        case SqliteStatement::Step::Row:
            out.rows.push_back(
                {count.text(0).toByteArray(), count.integer(1), count.text(2).toByteArray(),
                    count.text(3).toByteArray(), count.text(4).toByteArray(), count.integer(5)});
            continue;
        case SqliteStatement::Step::Done:
            out.ok = true;
            return out;
        case SqliteStatement::Step::Error:
            out.rows.clear();
            return out;
        }
    }
}

} // namespace

SightingsRecount::SightingsRecount(Transaction &tx)
    : m_tx(tx)
{
    Database &database = tx.database();
    const QString path = database.path();
    if (!database.directAllowed() || !QFileInfo(path).isFile())
        return;
    try {
        m_count = std::async(std::launch::async, countOn, path);
    } catch (const std::system_error &) {
        // No thread to be had: store() counts in the transaction.
    }
}

SightingsRecount::~SightingsRecount()
{
    if (m_count.valid())
        m_count.wait();
}

bool SightingsRecount::store(QString *error)
{
    Database &database = m_tx.database();
    WorkstationSightings sightings(database);
    if (!m_count.valid())
        return sightings.rebuild(m_tx, error);
    const Count count = m_count.get();
    if (!count.ok)
        return sightings.rebuild(m_tx, error);
    if (!execOrFail(database.db(), QStringLiteral("DELETE FROM workstation_sightings"), error))
        return false;
    const QString what = QStringLiteral("storing the workstation sightings");
    QSqlQuery add(database.db());
    if (!add.prepare(WorkstationSightings::addStatement())) {
        if (error)
            *error = QStringLiteral("%1 failed: %2").arg(what, add.lastError().text());
        return false;
    }
    // Text as the statement in place would store it: empty, never NULL.
    const auto text = [](const QByteArray &utf8) { return nonNull(QString::fromUtf8(utf8)); };
    for (const Row &row : count.rows) {
        add.bindValue(0, text(row.branch));
        add.bindValue(1, row.workstation);
        add.bindValue(2, text(row.device));
        add.bindValue(3, text(row.firstAt));
        add.bindValue(4, text(row.lastAt));
        add.bindValue(5, row.events);
        if (!execOrFail(add, what, error))
            return false;
    }
    return true;
}

} // namespace certdesk
