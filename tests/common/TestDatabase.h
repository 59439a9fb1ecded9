#pragma once

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

#include "domain/Clock.h"
#include "storage/Database.h"

namespace certdesk::test {

/// A fresh database in its own temporary folder, migrated and with the calendar seeded,
/// plus a fixed clock set to a working morning. Removed when the object goes.
class TestDatabase
{
public:
    TestDatabase();

    bool isValid() const { return m_ok; }
    QString error() const { return m_error; }
    Database &db() { return m_db; }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    FixedClock m_clock {0}; ///< set to the database's branch offset once it is open
    bool m_ok = false;
    QString m_error;
};

/// Every row of a query's answer as its columns' text joined by '|', or the query's error
/// as the one line when it fails.
QStringList rowsOf(Database &db, const QString &sql);
/// Every column of every case as text, in case order: the projection as a reader sees it,
/// for comparing an incremental projection with its rebuild byte for byte.
QStringList casesTable(Database &db);

} // namespace certdesk::test
